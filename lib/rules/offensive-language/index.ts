/**
 * `offensive-language`: profanity, slurs, name-calling and threats, disguised or not.
 * The words are in `lexicon.ts`, what is only offensive aimed at someone in
 * `phrases.ts`, and `matcher.ts` finds both in a draft.
 */
import { CLAUSES } from '../../policy/clauses';
import { sourceSpan } from '../../text/prepared';
import { defineRule, type RuleHit } from '../rule';
import { MILD_BELOW } from './lexicon';
import { findOffensive, type OffensiveMatch } from './matcher';

/** The words as typed, for a message, shortened when long. */
function quote(words: string): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 40 ? `${flat.slice(0, 39)}…` : flat}”`;
}

/** What to say, by what was found. Plain and calm: the writer may not have meant harm. */
function messageFor(match: OffensiveMatch, words: string, mildOnSchool: boolean): string {
  switch (match.kind) {
    case 'slur':
      // A slur is not repeated back to the writer; the underline shows where it is.
      return 'This word is a slur and can cause real hurt. Remove it before posting.';
    case 'threat':
      return `${quote(words)} could read as a threat or harassment. Remove it before posting.`;
    case 'insult':
      return `${quote(words)} reads as name-calling. Say what you mean calmly, or leave it out, before posting.`;
    case 'profanity':
      if (mildOnSchool) return `${quote(words)} is a mild swear word, but on the school account it can still read as unprofessional. Consider rephrasing it before posting.`;
      if (match.disguised) return `${quote(words)} still reads as a swear word, even with letters hidden or spaced out, and could offend. Rephrase it before posting.`;
      return `${quote(words)} is a swear word and could offend. Rephrase it before posting.`;
  }
}

export default defineRule({
  id: 'offensive-language',
  title: 'Profanity, slurs, insults or harassment, including disguised spellings',
  clauses: [CLAUSES.offensive, CLAUSES.professional],
  severity: { personal: 'block', school: 'block' },
  check({ draft, policy }) {
    return findOffensive(draft, policy.protectedWords).map((match): RuleHit => {
      const span = sourceSpan(draft, match.start, match.end);
      // Mild words (crap, bugger, arse) warn on the school account rather than block.
      const mildOnSchool = draft.kind === 'school' && match.sureness < MILD_BELOW;
      const hit: RuleHit = { ...span, message: messageFor(match, draft.draft.text.slice(span.start, span.end), mildOnSchool) };
      if (mildOnSchool) hit.severity = 'warn';
      return hit;
    });
  },
});
