import type { PupilNamed } from '../facts';
import { CLAUSES } from '../policy/clauses';
import { describeCue } from '../school/context';
import { defineRule, type RuleHit } from './rule';

export default defineRule({
  id: 'pupil-name',
  title: "A pupil's name: never on a personal account; first names only on the school account",
  clauses: [CLAUSES.dataProtection, CLAUSES.pupilPictures],
  severity: { personal: 'block', school: 'warn' },
  check({ draft, facts }) {
    const hits: RuleHit[] = [];
    for (const mention of facts.pupilMentions) {
      // A pupil without media consent is reported by no-consent-pupil instead.
      if (mention.noConsent) continue;
      // A pupil's handle on a personal post is pupil-contact (docs/rules.md: one span, one finding).
      if (mention.how === 'handle' && draft.kind === 'personal') continue;
      hits.push({ start: mention.start, end: mention.end, ...describe(mention, draft.kind, draft.draft.text), revealsPupil: true });
    }
    return hits;
  },
});

function describe(mention: PupilNamed, kind: 'personal' | 'school', text: string): Pick<RuleHit, 'message' | 'severity'> {
  const fullName = mention.how === 'full-name' || mention.how === 'hashtag' || mention.how === 'handle';
  if (kind === 'personal') {
    if (fullName) {
      return {
        message:
          "Pupils' full names can't go on a personal account. Remove the name, or ask for the news to go on the school account, using their first name only.",
      };
    }
    const why = mention.context ? `${text.slice(mention.start, mention.end)}, ${describeCue(mention.context, text)}, looks like a pupil's name.` : "This looks like a pupil's name.";
    return {
      message: `${why} Pupils shouldn't be named on a personal account: remove it, or ask for the news to go on the school account. If it's someone else, carry on.`,
    };
  }
  if (fullName) {
    return {
      severity: 'warn',
      message: "This gives a pupil's full name. Use their first name only (or first name and initial), especially next to a photo.",
    };
  }
  return {
    severity: 'info',
    message: 'A pupil is named. Check they have media consent, and that no photo or caption gives their full name.',
  };
}
