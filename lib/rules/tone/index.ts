/**
 * `tone`: on the school account, shouting (runs of words in capitals, `shouting.ts`),
 * runs of !!! or ???, and dismissive slang (`slang.ts`).
 */
import type { DraftFacts } from '../../facts';
import { CLAUSES } from '../../policy/clauses';
import { matchFolded, type PreparedDraft } from '../../text/prepared';
import type { Span } from '../../text/tokens';
import { defineRule, type RuleHit } from '../rule';
import { findShouting } from './shouting';
import { findSlang } from './slang';

/** The words as typed, quoted for a message, shortened when long. */
function quote(draft: PreparedDraft, span: Span): string {
  const words = draft.draft.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return `“${words.length > 50 ? `${words.slice(0, 49)}…` : words}”`;
}

const SHOUTING = (words: string) => `${words} reads as shouting. Sentence case sounds calmer on the school account.`;
const MARKS = (words: string) => `${words} can read as shouting or exasperation. One is enough on the school account.`;
const SLANG = (words: string) => `${words} sounds too casual or dismissive for the school account. Use calm, professional wording.`;

/** Three or more ! or ? in a row ("!!!", "???", "?!?"); "!!" is fine. `‼` and `⁉` fold to two marks. */
const MARK_RUN = /[!?‽]{3,}/gu;

/**
 * Tokens naming the school or trust ("SSCA", "ST STEPHENS COMMUNITY ACADEMY"): a name
 * typed as on the sign is not shouting. Pupils' names are not here: "WELL DONE GRACE
 * OKAFOR" is still typed in capitals.
 */
function schoolNameTokens(facts: DraftFacts): Set<number> {
  const out = new Set<number>();
  for (const mention of facts.schoolMentions) {
    if (mention.kind !== 'school' && mention.kind !== 'trust') continue;
    for (let i = mention.first; i <= mention.last; i++) out.add(i);
  }
  return out;
}

export default defineRule({
  id: 'tone',
  title: 'Shouting, runs of !!! or ???, and dismissive slang on the school account',
  clauses: [CLAUSES.tone, CLAUSES.professional],
  severity: { school: 'warn' },
  check({ draft, facts }) {
    const hits: RuleHit[] = [];
    for (const span of findShouting(draft, schoolNameTokens(facts))) hits.push({ ...span, message: SHOUTING(quote(draft, span)) });
    for (const m of matchFolded(draft, MARK_RUN)) hits.push({ start: m.start, end: m.end, message: MARKS(quote(draft, m)) });
    for (const span of findSlang(draft)) hits.push({ ...span, message: SLANG(quote(draft, span)) });
    return hits;
  },
});
