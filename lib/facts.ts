/**
 * Facts about one draft that several rules need, each worked out at most once per check.
 */
import type { CompiledPolicy } from './compiled-policy';
import type { PupilMention } from './roster/name-index';
import type { DisclaimerFound } from './school/disclaimer';
import type { SchoolMention } from './school/mentions';
import type { StaffMention } from './school/staff';
import { findComplaints } from './text/complaints';
import type { PreparedDraft } from './text/prepared';
import type { Span } from './text/tokens';

export class DraftFacts {
  private cache = new Map<string, unknown>();

  constructor(
    private readonly draft: PreparedDraft,
    private readonly policy: CompiledPolicy,
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

  /** Pupils on the roster named in the draft (full names, initials, forenames where allowed, handles). */
  get pupilMentions(): PupilMention[] {
    return this.once('pupilMentions', () => this.policy.pupils.find(this.draft));
  }

  get staffMentions(): StaffMention[] {
    return this.once('staffMentions', () => this.policy.staff.find(this.draft));
  }

  /** Complaints about leaders, colleagues, workload, pay, conditions or decisions. */
  get complaints(): Span[] {
    return this.once('complaints', () => findComplaints(this.draft));
  }
}
