/**
 * The school's own rules (`customRules` in the settings file) as Rule objects the
 * engine runs beside the built-in ones: same severities per account kind, same
 * findings, with the school's own ID, message and policy sentence.
 */
import type { CompiledPolicy } from '../compiled-policy';
import { CHECKLIST } from '../policy/checklist';
import { CLAUSES } from '../policy/clauses';
import type { Rule } from '../rules/rule';
import type { CustomRule } from '../settings/custom-rules';
import { foldPhrase } from '../text/normalise';
import type { CustomRuleId, PolicyClause } from '../types';
import type { PreparedDraft } from '../text/prepared';
import { PhraseMatcher, type PhraseFound } from '../text/phrase-groups';

/** How a finding of a school rule cites a sentence that is not one Post Check already quotes. */
const SCHOOL_RULE_SECTION = 'School rule';

const comparable = (sentence: string) =>
  foldPhrase(sentence)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

let known: Map<string, PolicyClause> | null = null;

/** The policy's sentences Post Check quotes already, by their folded words. */
function knownClauses(): Map<string, PolicyClause> {
  if (!known) {
    known = new Map();
    const all = [...Object.values(CLAUSES), ...CHECKLIST.flatMap((group) => group.items.flatMap((item) => item.clauses))];
    for (const clause of all) if (!known.has(comparable(clause.quote))) known.set(comparable(clause.quote), clause);
  }
  return known;
}

/**
 * The clause a school rule rests on: the policy's own heading when the sentence is one
 * Post Check already quotes ("Don't publish confidential…" is under The Don'ts),
 * otherwise the sentence as the school wrote it under "School rule".
 */
export function customRuleClause(policy: string): PolicyClause {
  return knownClauses().get(comparable(policy)) ?? { section: SCHOOL_RULE_SECTION, quote: policy.trim() };
}

const compiled = new WeakMap<CompiledPolicy, readonly Rule[]>();

/**
 * The school's own rules of a compiled policy (`settings.customRules`), compiled once
 * per policy, like the rest of it, and run by the engine after the built-in ones. They
 * are kept here rather than in the compiled policy because a rule is checked against
 * the compiled policy: the policy sits below the rules.
 */
export function schoolRulesOf(policy: CompiledPolicy): readonly Rule[] {
  let rules = compiled.get(policy);
  if (!rules) {
    rules = compileCustomRules(policy.settings.customRules);
    compiled.set(policy, rules);
  }
  return rules;
}

/**
 * Every school rule as a Rule object. They share one matcher, so a draft is scanned once
 * for all of them (the first rule to run works it out; the rest read it).
 */
function compileCustomRules(rules: readonly CustomRule[]): Rule[] {
  const matcher = new PhraseMatcher(rules.map((rule) => rule.phrases));
  const found = new WeakMap<PreparedDraft, PhraseFound[][]>();
  const foundIn = (draft: PreparedDraft) => {
    let groups = found.get(draft);
    if (!groups) {
      groups = matcher.find(draft);
      found.set(draft, groups);
    }
    return groups;
  };
  return rules.map((rule, index) => ({
    // Checked against CUSTOM_RULE_ID_PATTERN when the settings were read.
    id: rule.id as CustomRuleId,
    title: rule.title,
    clauses: [customRuleClause(rule.policy)],
    severity: rule.severity,
    check({ draft }) {
      return foundIn(draft)[index]!.map(({ start, end }) => ({ start, end, message: rule.message }));
    },
  }));
}
