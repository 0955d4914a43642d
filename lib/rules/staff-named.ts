import { CLAUSES } from '../policy/clauses';
import type { Span } from '../text/tokens';
import { defineRule } from './rule';

/** A complaint is "alongside" a name when it is in the same paragraph. */
function sameParagraph(text: string, a: Span, b: Span): boolean {
  const from = Math.min(a.start, b.start);
  const to = Math.max(a.end, b.end);
  return !text.slice(from, to).includes('\n\n');
}

export default defineRule({
  id: 'staff-named',
  title: 'A member of staff is named on a personal post, or next to a complaint',
  clauses: [CLAUSES.judgmentsAboutStaff, CLAUSES.withoutNamingStaff],
  severity: { personal: 'warn', school: 'info' },
  check({ draft, facts }) {
    const complaints = facts.complaints;
    return facts.staffMentions.flatMap((mention) => {
      const withComplaint = complaints.some((c) => sameParagraph(draft.draft.text, c, mention));
      if (draft.kind === 'school' && !withComplaint) return [];
      return [
        {
          start: mention.start,
          end: mention.end,
          message: withComplaint
            ? 'A colleague is named next to a complaint. Leave their name out, and raise the concern with them or a senior leader instead.'
            : "A colleague is named. Check they're happy to be named on your personal account, or leave their name out.",
        },
      ];
    });
  },
});
