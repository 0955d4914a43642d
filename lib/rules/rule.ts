/**
 * What a rule is: the clause it enforces, where it applies, and a pure check.
 * One rule per file (`<id>.ts`) or folder (`<id>/index.ts` with its own files) in this
 * folder; the name is the rule ID.
 */
import type { CompiledPolicy } from '../compiled-policy';
import type { DraftFacts } from '../facts';
import type { PreparedDraft } from '../text/prepared';
import type { AnyRuleId, FixId, PolicyClause, RuleAccountKind, RuleId, Severity } from '../types';

export interface RuleHit {
  /** UTF-16 span in the draft as typed; omit both for a finding about the whole draft. */
  start?: number;
  end?: number;
  /** What to do, in plain words. Never quote roster data the draft itself does not contain. */
  message: string;
  /** When one rule has two strengths (a pupil's full name vs forename alone). */
  severity?: Severity;
  fix?: FixId;
  /**
   * The hit points at a pupil's name or handle. When the draft's pupils must not be
   * pointed at (`facts.pupilsConcealed`), the engine reports such hits once, about
   * the whole draft, with CONCEALED_MESSAGES instead.
   */
  revealsPupil?: boolean;
}

interface CheckContext {
  readonly draft: PreparedDraft;
  readonly policy: CompiledPolicy;
  /** Facts several rules share (does it mention the school? which pupils?), worked out once. */
  readonly facts: DraftFacts;
}

export interface Rule {
  /** A built-in rule's ID; a school's own rule (lib/custom-rules/) has its `school-…` ID. */
  readonly id: AnyRuleId;
  /** One line for people: what the rule looks for. */
  readonly title: string;
  /** The clause cited in findings first, then any others it rests on. */
  readonly clauses: readonly [PolicyClause, ...PolicyClause[]];
  /** Default severity per account kind; a missing kind means the rule does not apply there. */
  readonly severity: Readonly<Partial<Record<RuleAccountKind, Severity>>>;
  check(context: CheckContext): RuleHit[];
}

/** One of Post Check's own rules (this folder), whose ID is in RULE_IDS. */
export interface BuiltInRule extends Rule {
  readonly id: RuleId;
}

export function defineRule(rule: BuiltInRule): BuiltInRule {
  return rule;
}
