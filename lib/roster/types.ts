/** A pupil as Post Check keeps them: names, media consent, handles and class only. */

export type MediaConsent = 'granted' | 'refused' | 'unknown';

export interface Pupil {
  forename: string;
  surname: string;
  preferredForename?: string;
  preferredSurname?: string;
  /**
   * `refused` covers refused, withdrawn and a blank cell in a consent column;
   * `unknown` means the export had no consent column at all.
   */
  mediaConsent: MediaConsent;
  /** Social media handles from the export, e.g. `@olivia_b`. */
  handles: string[];
  /** Year group and registration class, for display only. */
  yearGroup?: string;
  className?: string;
}
