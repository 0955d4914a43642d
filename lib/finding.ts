/**
 * A finding: what the engine reports about a draft, what the background sends the
 * content script and the popup, what check-drafts prints. The zod schema is the one
 * declaration; `Finding` (exported from lib/types.ts too) is inferred from it.
 */
import { z } from './settings/zod';
import { isAnyRuleId, SEVERITIES, type AnyRuleId } from './types';

/** A built-in rule ID (docs/rules.md) or a school rule's own `school-…` ID. */
export const ruleIdSchema = z.custom<AnyRuleId>((value) => typeof value === 'string' && isAnyRuleId(value), 'unknown rule');

export const findingSchema = z.object({
  /** A built-in rule's ID, or a school rule's own (`school-…`). */
  rule: ruleIdSchema,
  severity: z.enum(SEVERITIES),
  /** UTF-16 offsets into the draft text, `[start, end)`; absent for whole-draft findings. */
  start: z.optional(z.int().check(z.minimum(0))),
  end: z.optional(z.int().check(z.minimum(0))),
  /** What to do, in plain British English. Never contains roster data the draft did not contain. */
  message: z.string(),
  /** The policy sentence, quoted, with its section: `Section: "…"`. */
  policy: z.string(),
  fix: z.optional(z.literal('insert-disclaimer')),
  /**
   * Other words the finding is about when it has no span of its own (the words that
   * mention the school, for a missing disclaimer). Set by the background for the inline
   * panel; the engine and check-drafts leave it out.
   */
  about: z.optional(z.array(z.object({ start: z.int().check(z.minimum(0)), end: z.int().check(z.minimum(0)) })).check(z.maxLength(50))),
});

export type Finding = z.output<typeof findingSchema>;
