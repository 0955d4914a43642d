import { CLAUSES } from '../policy/clauses';
import { firstAtLeast } from '../text/spans';
import type { Span } from '../text/tokens';
import { complaintSpans } from './internal-grievance';
import { defineRule } from './rule';

/**
 * A complaint is "alongside" a name when it is in the same paragraph: no blank line
 * between them. Blank lines are found once; each question is then a binary search.
 */
function paragraphTest(text: string): (a: Span, b: Span) => boolean {
  const blankLines: number[] = [];
  for (let at = text.indexOf('\n\n'); at !== -1; at = text.indexOf('\n\n', at + 1)) blankLines.push(at);
  return (a, b) => {
    const from = Math.min(a.start, b.start);
    const to = Math.max(a.end, b.end);
    const next = blankLines[firstAtLeast(blankLines, from, (at) => at)];
    return next === undefined || next + 2 > to;
  };
}

export default defineRule({
  id: 'staff-named',
  title: 'A member of staff is named on a personal post, or next to a complaint',
  clauses: [CLAUSES.judgmentsAboutStaff, CLAUSES.withoutNamingStaff],
  severity: { personal: 'warn', school: 'info' },
  check({ draft, facts }) {
    const mentions = facts.staffMentions;
    if (mentions.length === 0) return [];
    const complaints = complaintSpans(draft, facts).sort((a, b) => a.start - b.start);
    const sameParagraph = paragraphTest(draft.draft.text);
    return mentions.flatMap((mention) => {
      // A complaint is one or two sentences, never holding a blank line, so if any
      // complaint shares the name's paragraph, the nearest one on that side does.
      const after = firstAtLeast(complaints, mention.start + 1, (c) => c.start);
      const withComplaint = [complaints[after - 1], complaints[after]].some((c) => c !== undefined && sameParagraph(c, mention));
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
