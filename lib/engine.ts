/**
 * The policy engine: runs the enabled rules for the draft's account kind, applies the
 * school's severity overrides, keeps one finding per span and sorts by position.
 */
import type { CompiledPolicy } from './compiled-policy';
import { DraftFacts } from './facts';
import { RULES } from './rules';
import type { Rule } from './rules/rule';
import { citePolicy } from './policy/clauses';
import { prepareDraft } from './text/prepared';
import { isBuiltInRuleId, type Draft, type Finding, type RuleAccountKind, type RuleId, type Severity } from './types';

const SEVERITY_RANK: Record<Severity, number> = { block: 3, warn: 2, info: 1 };

/**
 * Rules about who is named or identified in the same words. When their spans overlap
 * only the first in this list is kept: a name inside an email address is personal
 * data, a pupil without consent is not also reported as a named pupil.
 */
const IDENTITY_PRECEDENCE: readonly RuleId[] = ['personal-data', 'no-consent-pupil', 'pupil-contact', 'pupil-name', 'staff-named'];

/** The severity a rule has for an account kind after the school's settings, or null when it is off. */
export function effectiveSeverity(rule: Rule, kind: RuleAccountKind, policy: CompiledPolicy): Severity | null {
  // A school's own rule carries its severities itself; `rules` holds overrides of built-in rules only.
  const setting = isBuiltInRuleId(rule.id) ? policy.settings.rules[rule.id] : undefined;
  if (setting?.enabled === false) return null;
  return setting?.severity?.[kind] ?? rule.severity[kind] ?? null;
}

/** Checks a draft with the built-in rules and then the school's own (`policy.customRules`), unless given `rules`. */
export function checkDraft(draft: Draft, policy: CompiledPolicy, rules: readonly Rule[] = [...RULES, ...policy.customRules]): Finding[] {
  const prepared = prepareDraft(draft);
  const facts = new DraftFacts(prepared, policy);
  const context = { draft: prepared, policy, facts };
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = effectiveSeverity(rule, prepared.kind, policy);
    if (severity === null) continue;
    const overridden = isBuiltInRuleId(rule.id) && policy.settings.rules[rule.id]?.severity?.[prepared.kind] !== undefined;
    const policyText = citePolicy(rule.clauses[0]);
    for (const hit of rule.check(context)) {
      // Key order as in docs/check-drafts.md's output lines.
      const finding: Finding = { rule: rule.id, severity: overridden ? severity : (hit.severity ?? severity) } as Finding;
      if (hit.start !== undefined && hit.end !== undefined) {
        finding.start = hit.start;
        finding.end = hit.end;
      }
      finding.message = hit.message;
      finding.policy = policyText;
      if (hit.fix) finding.fix = hit.fix;
      findings.push(finding);
    }
  }
  return mergeFindings(findings);
}

function overlaps(a: Finding, b: Finding): boolean {
  return a.start !== undefined && b.start !== undefined && a.start < b.end! && b.start < a.end!;
}

/**
 * One span, one finding: overlapping findings of one rule become one (the wider span,
 * the stronger severity); overlapping identity findings keep only the rule that says
 * most (IDENTITY_PRECEDENCE). Different concerns about the same words (a profane
 * insult aimed at leaders) stay separate, as the policy treats them separately.
 */
export function mergeFindings(findings: Finding[]): Finding[] {
  const precedence = (f: Finding) => {
    const i = IDENTITY_PRECEDENCE.indexOf(f.rule as RuleId);
    return i === -1 ? Infinity : i;
  };
  const sorted = [...findings].sort(
    (a, b) =>
      precedence(a) - precedence(b) ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      (b.end ?? 0) - (b.start ?? 0) - ((a.end ?? 0) - (a.start ?? 0)),
  );
  const kept: Finding[] = [];
  for (const finding of sorted) {
    const sameRule = kept.find((k) => k.rule === finding.rule && overlaps(k, finding));
    if (sameRule) {
      sameRule.start = Math.min(sameRule.start!, finding.start!);
      sameRule.end = Math.max(sameRule.end!, finding.end!);
      continue;
    }
    if (finding.start === undefined && kept.some((k) => k.rule === finding.rule && k.start === undefined)) continue;
    const identity = precedence(finding) !== Infinity;
    if (identity && kept.some((k) => precedence(k) !== Infinity && overlaps(k, finding))) continue;
    kept.push(finding);
  }
  return kept.sort(
    (a, b) =>
      (a.start ?? -1) - (b.start ?? -1) ||
      (a.end ?? -1) - (b.end ?? -1) ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      a.rule.localeCompare(b.rule),
  );
}
