/**
 * The school's own rules in the settings file (`customRules`, docs/check-drafts.md):
 * words or phrases to watch, with a message, the policy sentence they rest on, a
 * severity per account kind, and examples that must and must not be flagged. The
 * examples are run when the file is read, so a rule that does not do what its examples
 * say is refused, naming the example, and never reaches a compose box.
 */
import { PhraseMatcher, phraseWordCount } from '../text/phrase-groups';
import { prepareDraft } from '../text/prepared';
import { CUSTOM_RULE_ID_PATTERN, isBuiltInRuleId, SEVERITIES } from '../types';
import { z } from './zod';

/** Limits that keep a settings file's rules quick to check on every keystroke. */
const CUSTOM_RULE_LIMITS = {
  rules: 50,
  phrases: 100,
  phraseWords: 12,
  examples: 50,
  exampleLength: 2000,
} as const;

const text = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max, `is longer than ${max} characters`));

const idSchema = z.string().check(
  z.trim(),
  z.refine((id) => CUSTOM_RULE_ID_PATTERN.test(id), 'must begin "school-", then lower-case letters, digits and hyphens (for example school-ofsted-embargo)'),
  z.refine((id) => !isBuiltInRuleId(id), 'is the ID of one of Post Check\'s own checks: choose another'),
  z.maxLength(80, 'is longer than 80 characters'),
);

const phraseSchema = text(200).check(
  z.superRefine((phrase, ctx) => {
    const words = phraseWordCount(phrase);
    if (words === 0) ctx.addIssue({ code: 'custom', message: 'has no letters or digits to look for', input: phrase });
    else if (words > CUSTOM_RULE_LIMITS.phraseWords) ctx.addIssue({ code: 'custom', message: `is longer than ${CUSTOM_RULE_LIMITS.phraseWords} words`, input: phrase });
  }),
);

const severitySchema = z
  .strictObject({
    personal: z.optional(z.enum(SEVERITIES)),
    school: z.optional(z.enum(SEVERITIES)),
  })
  .check(z.refine((s) => s.personal !== undefined || s.school !== undefined, 'give a severity for personal accounts, school accounts or both'));

const examplesList = z._default(z.array(text(CUSTOM_RULE_LIMITS.exampleLength)).check(z.maxLength(CUSTOM_RULE_LIMITS.examples, `has more than ${CUSTOM_RULE_LIMITS.examples} examples`)), []);

const customRuleSchema = z.object({
  id: idSchema,
  title: text(200),
  phrases: z.array(phraseSchema).check(
    z.minLength(1, 'give at least one word or phrase to look for'),
    z.maxLength(CUSTOM_RULE_LIMITS.phrases, `has more than ${CUSTOM_RULE_LIMITS.phrases} phrases`),
  ),
  message: text(500),
  policy: text(500),
  severity: severitySchema,
  examples: z._default(z.object({ flag: examplesList, pass: examplesList }), { flag: [], pass: [] }),
});

/** A school rule as read from the file; its `id` has been checked against CUSTOM_RULE_ID_PATTERN. */
export type CustomRule = z.output<typeof customRuleSchema>;

/** Where a rule's examples disagree with what it does: the example's path and why. */
export interface ExampleProblem {
  /** `examples.flag[0]`, relative to the rule. */
  path: (string | number)[];
  message: string;
}

function quoteExample(example: string): string {
  const flat = example.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 80 ? `${flat.slice(0, 79)}…` : flat}”`;
}

/**
 * Runs a rule's examples through the matcher the engine uses: each `flag` example must
 * be flagged and each `pass` example must not. Returns the first that disagrees.
 */
function customRuleExampleProblem(rule: Pick<CustomRule, 'phrases' | 'examples'>): ExampleProblem | null {
  const matcher = new PhraseMatcher([rule.phrases]);
  const found = (example: string) => matcher.find(prepareDraft({ text: example, site: 'x', account: 'personal' }))[0]!;
  for (const [index, example] of rule.examples.flag.entries()) {
    if (found(example).length === 0) {
      return {
        path: ['examples', 'flag', index],
        message: `${quoteExample(example)} should be flagged, but none of the rule's words or phrases is in it`,
      };
    }
  }
  for (const [index, example] of rule.examples.pass.entries()) {
    const hit = found(example)[0];
    if (hit) {
      return {
        path: ['examples', 'pass', index],
        message: `${quoteExample(example)} should pass, but the rule flags “${example.slice(hit.start, hit.end)}” in it`,
      };
    }
  }
  return null;
}

export const customRulesSchema = z.array(customRuleSchema).check(
  z.maxLength(CUSTOM_RULE_LIMITS.rules, `has more than ${CUSTOM_RULE_LIMITS.rules} rules`),
  z.superRefine((rules, ctx) => {
    const seen = new Set<string>();
    for (const [index, rule] of rules.entries()) {
      if (seen.has(rule.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `another rule already has the ID "${rule.id}"`, input: rule.id });
        return;
      }
      seen.add(rule.id);
      const problem = customRuleExampleProblem(rule);
      if (problem) {
        ctx.addIssue({ code: 'custom', path: [index, ...problem.path], message: problem.message, input: rule });
        return;
      }
    }
  }),
);
