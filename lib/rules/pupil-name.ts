import { CLAUSES } from '../policy/clauses';
import type { PupilMention } from '../roster/name-index';
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
      // A pupil's handle on a personal post is pupil-contact (rules.md: one span, one finding).
      if (mention.how === 'handle' && draft.kind === 'personal') continue;
      hits.push({ start: mention.start, end: mention.end, ...describe(mention, draft.kind), revealsPupil: true });
    }
    return hits;
  },
});

function describe(mention: PupilMention, kind: 'personal' | 'school'): Pick<RuleHit, 'message' | 'severity'> {
  const fullName = mention.how === 'full-name' || mention.how === 'hashtag' || mention.how === 'handle';
  if (kind === 'personal') {
    return {
      message: fullName
        ? "Pupils' full names can't go on a personal account. Remove the name, or ask for the news to go on the school account, using their first name only."
        : "This looks like a pupil's name. Pupils shouldn't be named on a personal account: remove it, or ask for the news to go on the school account.",
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
