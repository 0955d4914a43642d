import type { PreparedDraft } from '../text/prepared';
import type { Span } from '../text/tokens';
import type { Pupil } from './types';

export type PupilMentionHow = 'full-name' | 'initial' | 'forename' | 'handle' | 'hashtag';

export interface PupilMention extends Span {
  /** Positions in the roster of the pupils these words could be. */
  pupils: number[];
  how: PupilMentionHow;
  /** At least one of those pupils has no media consent. */
  noConsent: boolean;
}

export class PupilIndex {
  constructor(readonly roster: readonly Pupil[]) {}
  get size(): number {
    return this.roster.length;
  }
  *nameKeys(): Iterable<string> {}
  /** Is this @handle on the roster's pupil-handle list? */
  isPupilHandle(_handle: string): boolean {
    return false;
  }
  find(_draft: PreparedDraft): PupilMention[] {
    return [];
  }
}
