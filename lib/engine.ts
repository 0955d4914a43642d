/**
 * The policy engine: runs the enabled rules for the draft's account kind, applies the
 * school's severity overrides, keeps one finding per span and sorts by position.
 */
import type { CompiledPolicy } from './compiled-policy';
import { schoolRulesOf } from './custom-rules/compile';
import { DraftFacts, type FactsOptions } from './facts';
import { CHECK_LIMIT } from './limits';
import { RULES } from './rules';
import type { Rule, RuleHit } from './rules/rule';
import { citePolicy } from './policy/clauses';
import { readPatternBeginnings } from './text/pattern-beginnings';
import { prepareDraft } from './text/prepared';
import { SpanSet } from './text/spans';
import type { Span } from './text/tokens';
import { isBuiltInRuleId, SEVERITY_RANK, type AnyRuleId, type Draft, type Finding, type RuleAccountKind, type RuleId, type Severity } from './types';
import { readBeginningsWith } from './text/word-starts';

// The engine reads its tables' beginnings, so a long draft is searched word by word (`text/word-starts.ts`).
readBeginningsWith(readPatternBeginnings);

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

export { CHECK_LIMIT };

export interface CheckOptions extends FactsOptions {
  rules?: readonly Rule[];
}

export interface CheckOutcome {
  findings: Finding[];
  /** Present when the draft is longer than CHECK_LIMIT: characters from `from` on were not checked. */
  unchecked?: { reason: 'too-long'; from: number };
  /** Pupil findings were reported about the whole draft, not the words (FactsOptions.revealPupils said no). */
  pupilsConcealed?: boolean;
  /** Where the draft mentions the school, when a finding about the whole draft rests on it (a missing disclaimer). */
  schoolMentions?: Span[];
}

/** What a pupil finding says when it must not point at the words (lib/reveal-limits.ts). */
const CONCEALED_MESSAGES: Partial<Record<RuleId, (kind: RuleAccountKind) => string>> = {
  'pupil-name': (kind) =>
    kind === 'personal'
      ? "This post names one or more pupils on the school's list. To keep the list private, Post Check isn't underlining the names in this post: check every name in it, and leave pupils' names off a personal account."
      : "This post names one or more pupils on the school's list. To keep the list private, Post Check isn't underlining the names in this post: check every name in it, and use first names only.",
  'no-consent-pupil': () =>
    "A pupil named in this post doesn't have media consent on the school's list. To keep the list private, Post Check isn't underlining which name: check every name against the consent list and remove theirs before posting.",
  'pupil-contact': () =>
    "This post tags or replies to a pupil's account from a personal account. To keep the list private, Post Check isn't underlining which one: remove the tags, and use the school's official channels if a pupil needs a reply.",
};

/** Checks a draft with the built-in rules and then the school's own (`customRules` in the settings), unless given `rules`. */
export function checkDraft(draft: Draft, policy: CompiledPolicy, rules?: readonly Rule[]): Finding[] {
  return checkDraftFully(draft, policy, rules ? { rules } : {}).findings;
}

/** Checks a draft (its first CHECK_LIMIT characters) and says what was left unchecked or unsaid. */
export function checkDraftFully(draft: Draft, policy: CompiledPolicy, options: CheckOptions = {}): CheckOutcome {
  const rules = options.rules ?? [...RULES, ...schoolRulesOf(policy)];
  let limit = Math.min(draft.text.length, CHECK_LIMIT);
  // Never cut an emoji (a surrogate pair) in half.
  if (limit < draft.text.length && /[\uD800-\uDBFF]/.test(draft.text[limit - 1] ?? '')) limit--;
  const checked = limit < draft.text.length ? { ...draft, text: draft.text.slice(0, limit) } : draft;
  const prepared = prepareDraft(checked);
  const facts = new DraftFacts(prepared, policy, options);
  const context = { draft: prepared, policy, facts };
  const findings: Finding[] = [];
  let concealed = false;
  for (const rule of rules) {
    const severity = effectiveSeverity(rule, prepared.kind, policy);
    if (severity === null) continue;
    const overridden = isBuiltInRuleId(rule.id) && policy.settings.rules[rule.id]?.severity?.[prepared.kind] !== undefined;
    const policyText = citePolicy(rule.clauses[0]);
    let hits = rule.check(context);
    if (hits.some((hit) => hit.revealsPupil) && facts.pupilsConcealed) {
      concealed = true;
      hits = concealPupils(rule.id, hits, prepared.kind, severity);
    }
    for (const hit of hits) {
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
  const outcome: CheckOutcome = { findings: mergeFindings(findings) };
  if (limit < draft.text.length) outcome.unchecked = { reason: 'too-long', from: limit };
  if (concealed) outcome.pupilsConcealed = true;
  if (outcome.findings.some((f) => f.rule === 'disclaimer-missing' && f.start === undefined)) {
    outcome.schoolMentions = facts.schoolMentions.map(({ start, end }) => ({ start, end }));
  }
  return outcome;
}

/** A rule's hits that point at pupils become one hit about the whole draft, as strong as the strongest. */
function concealPupils(rule: AnyRuleId, hits: RuleHit[], kind: RuleAccountKind, severity: Severity): RuleHit[] {
  const kept = hits.filter((hit) => !hit.revealsPupil);
  const hidden = hits.filter((hit) => hit.revealsPupil);
  const strongest = hidden.map((hit) => hit.severity ?? severity).sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a])[0]!;
  const message = CONCEALED_MESSAGES[rule as RuleId]?.(kind) ?? hidden[0]!.message;
  return [...kept, { message, severity: strongest }];
}

/**
 * One span, one finding: overlapping findings of one rule become one (the wider span,
 * the stronger severity); overlapping identity findings keep only the rule that says
 * most (IDENTITY_PRECEDENCE). Different concerns about the same words (a profane
 * insult aimed at leaders) stay separate, as the policy treats them separately.
 *
 * O(n log n) in the number of findings: a long draft can hold tens of thousands.
 */
export function mergeFindings(findings: Finding[]): Finding[] {
  const byRule = new Map<AnyRuleId, Finding[]>();
  for (const finding of findings) {
    const list = byRule.get(finding.rule);
    if (list) list.push(finding);
    else byRule.set(finding.rule, [finding]);
  }
  const kept: Finding[] = [];
  // Identity rules in order of precedence: words claimed by one are not reported by the next.
  let claimed = new SpanSet([]);
  const claimedSpans: Span[] = [];
  for (const rule of IDENTITY_PRECEDENCE) {
    const list = byRule.get(rule);
    if (!list) continue;
    byRule.delete(rule);
    const merged = mergeOneRule(list.filter((f) => f.start === undefined || !claimed.overlaps(f.start, f.end!)));
    for (const finding of merged) if (finding.start !== undefined) claimedSpans.push({ start: finding.start, end: finding.end! });
    claimed = new SpanSet(claimedSpans);
    kept.push(...merged);
  }
  for (const list of byRule.values()) kept.push(...mergeOneRule(list));
  return kept.sort(
    (a, b) =>
      (a.start ?? -1) - (b.start ?? -1) ||
      (a.end ?? -1) - (b.end ?? -1) ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      a.rule.localeCompare(b.rule),
  );
}

/**
 * One rule's findings: overlapping spans become one finding with the span of them all,
 * worded as the strongest (then widest) of them; whole-draft findings become one.
 */
function mergeOneRule(findings: readonly Finding[]): Finding[] {
  const better = (a: Finding, b: Finding) =>
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.end ?? 0) - (a.start ?? 0) - ((b.end ?? 0) - (b.start ?? 0));
  const out: Finding[] = [];
  let wholeDraft: Finding | undefined;
  const spans: Finding[] = [];
  for (const finding of findings) {
    if (finding.start === undefined) {
      if (!wholeDraft || better(finding, wholeDraft) > 0) wholeDraft = finding;
    } else spans.push(finding);
  }
  if (wholeDraft) out.push({ ...wholeDraft });
  spans.sort((a, b) => a.start! - b.start!);
  let group: Finding | undefined;
  let best: Finding | undefined;
  const close = () => {
    if (group && best) out.push({ ...best, start: group.start, end: group.end });
  };
  for (const finding of spans) {
    if (group && finding.start! < group.end!) {
      group.end = Math.max(group.end!, finding.end!);
      if (better(finding, best!) > 0) best = finding;
      continue;
    }
    close();
    group = { ...finding };
    best = finding;
  }
  close();
  return out;
}
