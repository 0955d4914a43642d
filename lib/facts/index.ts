/**
 * Facts about one draft that several rules need, each worked out at most once per check.
 *
 * Beside this file are the recognisers two or more rules share, kept here rather than
 * with one of them: complaints (`internal-grievance` and `staff-named`, through
 * `complaints` below), the workplace's words (complaints and `disrepute`), the press
 * (`controversial` and `journalist-contact`) and invitations to get in touch
 * (`pupil-contact` and `journalist-contact`).
 */
import type { CompiledPolicy } from '../compiled-policy';
import type { PupilMention } from '../roster/name-index';
import { isKnownPerson } from '../roster/relations';
import { findSchoolContext, nearestCue, type SchoolContextCue } from '../school/context';
import type { DisclaimerFound } from '../school/disclaimer';
import type { SchoolMention } from '../school/mentions';
import type { StaffMention } from '../school/staff';
import { foldPhrase } from '../text/normalise';
import { sourceSpan, type PreparedDraft } from '../text/prepared';
import type { Span } from '../text/tokens';
import { complaintSignals, findComplaints, namesInstitution, SIGNAL_COUNT, type Complaint, type ComplaintContext } from './complaints';
import { couldOverrule, couldReach, MODEL_READS_TOKENS, MODELS, readWithModel, overrules, withSignals, wordFeatures, type ModelContext, type ModelFeature, type ModelledRule, type ModelReading } from './models';
import { allMatches } from '../text/patterns';

/** Handles written in the draft: `@tariq_a`, `@olivia.b`. Not the `@` of an email address. */
const HANDLE = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_.]{1,30}/gu;

export interface FactsOptions {
  /**
   * Asked once per check with the distinct pupils' names (and pupils' handles) the
   * draft holds, folded: may the findings say which words they are? When not, pupil
   * findings are reported about the whole draft (lib/reveal-limits.ts). Default: yes.
   */
  revealPupils?: (names: readonly string[]) => boolean;
}

/** A pupil named in the draft, with why a forename alone was read as a pupil. */
export interface PupilNamed extends PupilMention {
  /** For a forename alone on a personal account: the words that put the post in school context. */
  context?: SchoolContextCue;
}

/** Words that make a post about a colleague: a staff forename there is the colleague. */
const STAFF_CONTEXT = /\b(?:colleague(?!s)|leaving do|leaving party|retir(?:es|ed|ing|ement)|work (?:wife|husband|bestie)|teaching partner|job share|years (?:here|at the school|teaching))\b/g;

/** "Grace in 7C2", "Will from Year 9": a pupil, whatever the post says about colleagues. */
const IN_A_CLASS = /^(?:'s)?\s+(?:in|from)\s+(?:year|yr|reception|nursery|\d)/;

export class DraftFacts {
  private cache = new Map<string, unknown>();

  constructor(
    private readonly draft: PreparedDraft,
    private readonly policy: CompiledPolicy,
    private readonly options: FactsOptions = {},
  ) {}

  private once<T>(key: string, work: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, work());
    return this.cache.get(key) as T;
  }

  /** The disclaimer in the text, if any (a profile disclaimer is `profileDisclaimer`). */
  get disclaimer(): DisclaimerFound | null {
    return this.once('disclaimer', () => this.policy.disclaimer.find(this.draft));
  }

  /** The posting account's profile carries the disclaimer (settings). */
  get profileDisclaimer(): boolean {
    const { site, handle } = this.draft.draft;
    return this.policy.disclaimer.profileCarriesDisclaimer(site, handle);
  }

  /** Mentions of the school, not counting the disclaimer's own words. */
  get schoolMentions(): SchoolMention[] {
    return this.once('schoolMentions', () => {
      const disclaimer = this.disclaimer;
      return this.policy.school.find(this.draft, disclaimer ? [disclaimer] : []);
    });
  }

  get mentionsSchool(): boolean {
    return this.schoolMentions.length > 0;
  }

  /**
   * Pupils on the roster named in the draft: full names, initials and handles always;
   * a forename alone only when it is not marked as family, a friend, a neighbour or a
   * pet, and, on a personal or unknown account, only when the post is in school context
   * (docs/rules.md, "Forename-alone matching").
   */
  get pupilMentions(): PupilNamed[] {
    return this.once('pupilMentions', () => {
      const { tokens } = this.draft;
      const staff = this.staffMentions;
      // A forename that is part of a staff member's name ("Grace Mallory"), or a staff forename where the
      // post is about a colleague ("Marcus's leaving do… best colleague"), is not a pupil.
      const plain = this.draft.folded.plain;
      // Where the post talks about a colleague, found once: most posts never do, and then no name is checked.
      const colleagueAt = [...allMatches(STAFF_CONTEXT, plain)].map((c) => c.index);
      const aboutColleague = (m: PupilMention) => {
        if (colleagueAt.length === 0 || !this.policy.staff.hasForename(tokens[m.first]!.base)) return false;
        const from = tokens[m.first]!.start;
        const to = tokens[m.last]!.end;
        if (IN_A_CLASS.test(plain.slice(to, to + 20))) return false;
        return colleagueAt.some((at) => at >= from - 150 && at <= to + 150);
      };
      const named = this.policy.pupils
        .find(this.draft)
        .filter((m) => m.how !== 'forename' || !isKnownPerson(tokens, m.first, m.last))
        .filter((m) => m.how !== 'forename' || !staff.some((s) => s.first <= m.last && s.last >= m.first))
        .filter((m) => m.how !== 'forename' || !aboutColleague(m))
        // "Eden and Fells Trust", "St Winefride's": a forename inside the school's or the trust's own name is the name.
        .filter((m) => m.how !== 'forename' || !this.schoolMentions.some((s) => s.kind !== 'work-reference' && s.first <= m.first && m.last <= s.last));
      if (this.draft.kind === 'school' || !named.some((m) => m.how === 'forename')) return named;
      const replyTo = this.draft.draft.replyTo;
      const cues = findSchoolContext({
        tokens,
        schoolMentions: this.schoolMentions,
        pupilMentions: named,
        repliesToPupil: replyTo !== undefined && this.policy.pupils.isPupilHandle(replyTo),
      });
      if (cues.length === 0) return named.filter((m) => m.how !== 'forename');
      return named.map((m) => (m.how === 'forename' ? { ...m, context: nearestCue(cues, m) } : m));
    });
  }

  /** Pupils' handles on the roster's handle list written in the draft, as spans of the draft. */
  get pupilHandles(): Span[] {
    return this.once('pupilHandles', () => {
      const out: Span[] = [];
      const text = this.draft.folded.plain;
      if (this.policy.pupils.size === 0 || !text.includes('@')) return out;
      for (const m of allMatches(HANDLE, text)) {
        const handle = m[0].replace(/\.+$/, '');
        const span = sourceSpan(this.draft, m.index, m.index + handle.length);
        if (this.policy.pupils.isPupilHandle(this.draft.folded.source.slice(span.start, span.end))) out.push(span);
      }
      return out;
    });
  }

  /** The account replied to is a pupil's handle. */
  get repliesToPupil(): boolean {
    const replyTo = this.draft.draft.replyTo;
    return replyTo !== undefined && this.policy.pupils.isPupilHandle(replyTo);
  }

  /**
   * Findings must not say which words are pupils' names (too many in this draft, or
   * in this tab lately): pupil findings are then about the whole draft.
   */
  get pupilsConcealed(): boolean {
    return this.once('pupilsConcealed', () => {
      const ask = this.options.revealPupils;
      if (!ask) return false;
      const names = new Set<string>();
      const source = this.draft.folded.source;
      const key = (span: Span) => foldPhrase(source.slice(span.start, span.end)).replace(/[^\p{L}\p{N}]+/gu, '');
      // A mention's key tells one name from another without saying it (a salted hash for a school pack).
      for (const mention of this.pupilMentions) names.add(mention.key);
      for (const handle of this.pupilHandles) names.add(key(handle));
      if (this.repliesToPupil) names.add(foldPhrase(this.draft.draft.replyTo!).replace(/[^\p{L}\p{N}]+/gu, ''));
      return !ask([...names]);
    });
  }

  get staffMentions(): StaffMention[] {
    return this.once('staffMentions', () => this.policy.staff.find(this.draft));
  }

  /** Complaints about leaders, colleagues, workload, pay, conditions or decisions, with the words that made each one. */
  get complaints(): Complaint[] {
    return this.once('complaints', () => findComplaints(this.draft, this.complaintContext));
  }

  /** Staff named and the school or trust named: what complaints are read with. */
  private get complaintContext(): ComplaintContext {
    return this.once('complaintContext', () => ({ staff: this.staffMentions, school: this.schoolMentions.filter((m) => m.kind === 'school' || m.kind === 'trust') }));
  }

  /** What the models read names as: the school's, the trust's, the staff's and the pupils'. */
  get modelContext(): ModelContext {
    return this.once('modelContext', () => ({ school: this.schoolMentions, staff: this.staffMentions, names: this.policy.protectedWords, disclaimer: this.disclaimer }));
  }

  /** The draft's words as the models read them, without the sentence readings' signals (cheaper). */
  private get modelWords(): readonly ModelFeature[] {
    return this.once('modelWords', () => wordFeatures(this.draft, this.modelContext));
  }

  /** The draft as the models read it (`models/`): its words and its sentences' signals, worked out once for every model. */
  get modelFeatures(): readonly ModelFeature[] {
    return this.once('modelFeatures', () => withSignals(this.draft, this.modelWords, complaintSignals(this.draft, this.complaintContext, MODEL_READS_TOKENS)));
  }

  /**
   * Do the models see the school in this draft: its name, handle, hashtag or the trust
   * (`<school>`, `<trust>`), or a sentence about the workplace as an employer
   * (`~institution`), within what they read? Worked out without the models' other signals.
   */
  get modelSeesTheSchool(): boolean {
    return this.once(
      'modelSeesTheSchool',
      () => this.schoolMentions.some((m) => m.kind !== 'work-reference' && m.first < MODEL_READS_TOKENS) || namesInstitution(this.draft, this.complaintContext, MODEL_READS_TOKENS),
    );
  }

  /** Does a rule's model overrule the rule's own shapes for this draft (`models/`: long enough to judge, and scoring low)? */
  modelOverrules(rule: ModelledRule): boolean {
    const model = MODELS[rule];
    return this.once(`modelOverrules:${rule}`, () => couldOverrule(this.modelWords, model, SIGNAL_COUNT) && overrules(this.modelFeatures.map((f) => f.name), model));
  }

  /** A rule's model's reading (`models/`): where and why the draft reads as that rule's finding, or null. */
  modelReading(rule: ModelledRule): ModelReading | null {
    const model = MODELS[rule];
    return this.once(`model:${rule}`, () => (couldReach(this.modelWords, model, SIGNAL_COUNT) ? readWithModel(this.draft, this.modelFeatures, model) : null));
  }
}
