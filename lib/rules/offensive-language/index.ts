/**
 * `offensive-language`: profanity, slurs, name-calling and threats, disguised or not.
 * The words are in `lexicon.ts`, what is only offensive aimed at someone in
 * `phrases.ts`, and `matcher.ts` finds both in a draft.
 */
import { CLAUSES } from '../../policy/clauses';
import { sourceSpan } from '../../text/prepared';
import { defineRule } from '../rule';
import { findOffensive, type OffenceKind } from './matcher';

/** What to say, by what was found. Plain and calm: the writer may not have meant harm. */
const MESSAGES: Record<OffenceKind, string> = {
  profanity: 'This word could offend. Rephrase it before posting.',
  slur: 'This word is a slur and can cause real hurt. Remove it before posting.',
  insult: 'This reads as name-calling. Say what you mean calmly, or leave it out, before posting.',
  threat: 'This could read as a threat or harassment. Remove it before posting.',
};

const DISGUISED = 'This word could offend, even with letters hidden or spaced out. Rephrase it before posting.';

export default defineRule({
  id: 'offensive-language',
  title: 'Profanity, slurs, insults or harassment, including disguised spellings',
  clauses: [CLAUSES.offensive, CLAUSES.professional],
  severity: { personal: 'block', school: 'block' },
  check({ draft, policy }) {
    return findOffensive(draft, policy.protectedWords).map((match) => ({
      ...sourceSpan(draft, match.start, match.end),
      message: match.disguised && match.kind === 'profanity' ? DISGUISED : MESSAGES[match.kind],
    }));
  },
});
