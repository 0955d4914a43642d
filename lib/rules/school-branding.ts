import { CLAUSES } from '../policy/clauses';
import type { SchoolMention } from '../school/mentions';
import type { PreparedDraft } from '../text/prepared';
import { defineRule, type RuleHit } from './rule';

/** Words that make a school name at the end of a post a signature: "Love from all at SSCA". */
const SIGN_OFF = /(?:^|[\n.!?:-]|\b(?:from|love|thanks|regards|wishes|cheers|best)\b)[\s,]*(?:(?:(?:all|everyone|the team|the staff|team|everybody) (?:at|from)|on behalf of|the)\s+)?$/;

/** The index of the last word or number of the draft (-1 when there is none). */
function lastWordIndex(draft: PreparedDraft): number {
  const { tokens } = draft;
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i]!.kind === 'word' || tokens[i]!.kind === 'number') return i;
  return -1;
}

function isSignOff(draft: PreparedDraft, mention: SchoolMention, lastWord: number): boolean {
  const { tokens, folded } = draft;
  if (mention.kind !== 'school' && mention.kind !== 'trust') return false;
  // Nothing but punctuation or emoji may follow the name.
  if (lastWord > mention.last) return false;
  const before = folded.text.slice(Math.max(0, tokens[mention.first]!.start - 40), tokens[mention.first]!.start);
  if (/\bnot on behalf of\s+(?:the\s+)?$/.test(before)) return false;
  return SIGN_OFF.test(before);
}

export default defineRule({
  id: 'school-branding',
  title: "The school's logo, hashtags or name used to present a personal post as the school's",
  clauses: [CLAUSES.branding],
  severity: { personal: 'warn' },
  check({ draft, facts }) {
    const hits: RuleHit[] = [];
    if ((draft.draft.logoMatches ?? 0) > 0) {
      hits.push({
        severity: 'block',
        message: "An attached image looks like the school's logo. The logo is for the school's own accounts: remove the image from this personal post.",
      });
    }
    const lastWord = lastWordIndex(draft);
    for (const mention of facts.schoolMentions) {
      if (mention.kind === 'hashtag') {
        hits.push({
          start: mention.start,
          end: mention.end,
          message: "This is one of the school's official hashtags, which makes a personal post look like the school's. Leave it for the school account.",
        });
      } else if (isSignOff(draft, mention, lastWord)) {
        hits.push({
          start: mention.start,
          end: mention.end,
          message: "Signing off with the school's name makes a personal post look like the school's. Sign with your own name instead.",
        });
      }
    }
    return hits;
  },
});
