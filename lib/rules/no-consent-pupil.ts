import { CLAUSES } from '../policy/clauses';
import { describeCue } from '../school/context';
import { defineRule } from './rule';

export default defineRule({
  id: 'no-consent-pupil',
  title: "A pupil whose media consent is refused, withdrawn or missing is named",
  clauses: [CLAUSES.noPublishList, CLAUSES.askedNotToBePhotographed],
  severity: { personal: 'block', school: 'block' },
  check({ draft, facts }) {
    const text = draft.draft.text;
    return facts.pupilMentions
      // A pupil's handle on a personal post is pupil-contact, whatever their consent (docs/rules.md: one span, one finding).
      .filter((mention) => mention.noConsent && !(mention.how === 'handle' && draft.kind === 'personal'))
      .map((mention) => {
        const why = mention.context ? `${text.slice(mention.start, mention.end)}, ${describeCue(mention.context, text)}, looks like a pupil's name, and a` : 'A';
        return {
          start: mention.start,
          end: mention.end,
          revealsPupil: true,
          message:
            mention.how === 'forename'
              ? `${why} pupil with this first name doesn't have media consent on the school's list. Remove the name unless you're sure it's a different child.`
              : "This pupil doesn't have media consent on the school's list, so they can't be named or shown. Remove their name before posting.",
        };
      });
  },
});
