/**
 * Credits: the ways people acknowledge whose words, pictures or links they share
 * ("via @name", "h/t @name", "Credit: …", "©", "Source: …", "photo by …", "— Author").
 * Patterns are written for folded text; checks that need capitals (a name after "by")
 * look at the draft as typed.
 */
import { alternatives, allMatches } from '../../text/patterns';
import { sourceSpan, type PreparedDraft } from '../../text/prepared';
import { firstAtLeast, SpanSet } from '../../text/spans';
import type { Span } from '../../text/tokens';
import type { Item } from './items';

/** A credit that names nobody: "credit to whoever made this", "source unknown". */
const NOBODY = String.raw`(?:whoever|the\s+(?:original\s+)?(?:creator|owner|artist|author|person|maker)|unknown|original\s+(?:creator|owner|artist|author|poster)|owner|n\/a|\?)`;

/** Credits recognisable from their words alone. */
const CREDIT = alternatives([
  String.raw`\bvia\s+@?[\p{L}\p{N}]`,
  String.raw`\bh\/t\b`,
  String.raw`\bht\s+@`,
  String.raw`\bhat[\s-]?tip\b`,
  String.raw`\b(?:quote\s+|photo\s+|image\s+|picture\s+|pic\s+|video\s+)?credits?\s*(?::|-|to|goes\s+to)\s*(?!\s*${NOBODY})[\p{L}\p{N}@#]`,
  String.raw`©`,
  String.raw`\(c\)`,
  String.raw`\bcopyright\s+(?!\s*${NOBODY})[\p{L}\p{N}@©(]`,
  String.raw`\bsource\s*[:-]\s*(?!\s*${NOBODY})[\p{L}\p{N}@#]`,
  String.raw`\bby\s+@[\p{L}\p{N}]`,
  String.raw`\b(?:photo|photos|picture|pictures|pic|pics|image|images|words|quote|artwork|illustration|video|drawing|poem|cartoon|meme|graphic)\s+(?:by|from|courtesy\s+of|:)\s*@?[\p{L}\p{N}]`,
  String.raw`\bcourtesy\s+of\b`,
  String.raw`\b(?:thanks|thank\s+you)\s+to\s+@[\p{L}\p{N}]`,
  String.raw`\b(?:shared|written|posted|made|created|drawn|taken|tweeted)\s+by\s+@?[\p{L}\p{N}]`,
  String.raw`\bin\s+the\s+words\s+of\b`,
  String.raw`\battributed\s+to\b`,
  String.raw`\breposted?\s+from\s+@`,
  String.raw`\brt\s+@`,
], 'gu');

/**
 * "by" and a name written with capitals, or "from" and a full name: "great blog by Tom
 * Sherrington", "a thread from Mary Myatt" ("greetings from Cornwall" names a place).
 * Days, months and seasons are deadlines, not authors.
 */
const BY_NAME = /\bby\s+(\p{Lu}[\p{L}-]+)|\bfrom\s+(\p{Lu}[\p{L}-]+)\s+\p{Lu}[\p{L}-]+/gu;
export const NOT_AN_AUTHOR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'easter', 'half', 'the',
  'a', 'an', 'this', 'that', 'my', 'our', 'your', 'year', 'reception', 'facebook', 'twitter', 'instagram', 'tiktok',
  'pinterest', 'reddit', 'google', 'linkedin', 'x', 'whatsapp', 'youtube', 'online', 'someone', 'somebody', 'i', 'me',
  'here', 'there', 'now', 'today', 'tomorrow', 'next', 'last', 'term', 'summer', 'spring', 'autumn', 'winter',
]);

/** Sharing something found elsewhere without saying whose it is. */
export const FOUND_ELSEWHERE = alternatives([
  String.raw`\bfound\s+(?:this|these|it)\s+(?:\w+\s+){0,2}?(?:online|on\s+(?:the\s+)?(?:internet|web|net|facebook|fb|twitter|x|instagram|insta|tiktok|pinterest|reddit|google|linkedin|whatsapp|youtube|here))\b`,
  // ("not my work phone" is a phone.)
  String.raw`\bnot\s+my\s+(?:own\s+)?(?:photos?|pictures?|pics?|images?|videos?|memes?|words|quote|post|artwork|drawing|work(?!\s+(?:phone|mobile|email|e-mail|laptop|number|account|address|hours|pattern|bag|desk))|creation|content|joke|poem)\b`,
  String.raw`\b(?:saw|seen|spotted)\s+(?:this|these|it)\s+(?:\w+\s+){0,2}?(?:online|on\s+(?:the\s+)?(?:internet|web|facebook|fb|twitter|x|instagram|insta|tiktok|pinterest|reddit|linkedin|whatsapp|youtube))\b`,
  String.raw`\b(?:stole|stolen|nicked|pinched|borrowed|swiped|lifted|copied|grabbed|robbed)\s+(?:this|these|it)\s+(?:\w+\s+){0,2}?(?:from|off)\b`,
  String.raw`\b(?:from|off)\s+the\s+(?:internet|interwebs?|web)\b`,
  // "Saw this on a Facebook group", "spotted it on a poster in town", "found these in a teachers' group"
  // (Not the reader sent to read it: "you can read it in full on the website".)
  String.raw`\b(?:saw|seen|spotted|found|(?<!\b(?:can|to|please|and|you)\s)read)\s+(?:this|these|it)\s+(?:\w+\s+){0,2}?(?:on|in)\s+(?:a|an|the|some|someone's)\s+(?:[\w']+\s+){0,2}?(?:poster|sign|mug|wall|page|group|forum|thread|post|story|blog|website|site|reel|meme|account|noticeboard|chat)s?\b`,
  String.raw`\b(?:credit|source|author|photographer|artist)\s+unknown\b|\bunknown\s+(?:source|author|artist|photographer)\b`,
  String.raw`\b(?:don't|do\s+not|dont)\s+know\s+who\s+(?:made|took|wrote|drew|created|said|owns)\b`,
  String.raw`\bcan't\s+remember\s+where\s+i\s+(?:found|saw|got)\b`,
  // "This is doing the rounds" (something shared), not "dodgy emails are doing the rounds" (a warning).
  String.raw`\b(?:this|these|it|that|which)\s+(?:\w+\s+){0,3}?(?:is|are|'s|was|were|has\s+been|have\s+been)\s+doing\s+the\s+rounds\b`,
], 'gu');

/** "stole this from Sarah", "nicked this off @mrsb": the source is named. */
const NAMED_SOURCE_AFTER = /^\s*(?:@[\p{L}\p{N}_]|(?:my\s+(?:friend|colleague|sister|brother|mum|dad)\s+)?(\p{Lu}[\p{L}'-]+))/u;

export function foundCreditedInPlace(draft: PreparedDraft, item: Item): boolean {
  const { end } = sourceSpan(draft, item.start, item.end);
  const after = NAMED_SOURCE_AFTER.exec(draft.folded.source.slice(end, end + 60));
  if (!after) return false;
  return after[1] === undefined || !NOT_AN_AUTHOR.has(after[1].toLowerCase());
}

/** Credits in the draft: spans of the folded text, outside links. */
export function findCredits(draft: PreparedDraft): Span[] {
  const text = draft.folded.plain;
  const links = new SpanSet(draft.links);
  const inLink = (at: number) => links.covers(at);
  const credits: Span[] = [];
  for (const m of allMatches(CREDIT, text)) if (!inLink(m.index)) credits.push({ start: m.index, end: m.index + m[0].length });
  // Handles credit what they sit next to ("Brilliant blog @TeacherToolkit https://…").
  for (const t of draft.tokens) if (t.kind === 'mention' && !t.inLink) credits.push({ start: t.start, end: t.end });
  // "blog by Tom Sherrington", "thread from Mary Myatt": checked on the draft as typed, for the capitals.
  const source = draft.folded.source;
  for (const m of allMatches(BY_NAME, source)) {
    if (NOT_AN_AUTHOR.has((m[1] ?? m[2]!).toLowerCase())) continue;
    const at = foldedOffset(draft, m.index);
    if (at !== null && !inLink(at)) credits.push({ start: at, end: at + m[0].length });
  }
  return credits;
}

/** The folded offset of a source offset (first folded unit that came from it). */
function foldedOffset(draft: PreparedDraft, sourceAt: number): number | null {
  const starts = draft.folded.sourceStart;
  const at = firstAtLeast(starts, sourceAt, (n) => n);
  return at < starts.length ? at : null;
}
