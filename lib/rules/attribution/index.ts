/**
 * `attribution`: "Ensure you have permission to ‘share’ other peoples’ materials and
 * acknowledge the author" (Do's), resting on the copyright clause. A reminder (info)
 * for each link, quotation or "found this online" / "not my photo" that carries no
 * credit ("via @name", "h/t", "Credit:", "©", "Source:", "by @name", "— Author").
 * Links to the school's own website or its official accounts need no credit.
 *
 * Decisions: a quotation is 4+ words in double quotes (or single quotes that open
 * after a space), not a title in capitals ("The Tiger Who Came to Tea") and not
 * reported speech ("one of my Year 2s said …", "… asked Tom"): what someone said to
 * you is not someone else's published material, and the speaker is named by the verb.
 */
import type { CompiledPolicy } from '../../compiled-policy';
import { CLAUSES } from '../../policy/clauses';
import { BY_NAME, CREDIT, FOUND_ELSEWHERE, NOT_AN_AUTHOR } from './credits';
import { sourceSpan, type PreparedDraft } from '../../text/prepared';
import { sentenceIndexAt, sentencesOf } from '../../text/sentence-matches';
import { firstAtLeast, SpanSet } from '../../text/spans';
import type { LinkSpan, Span } from '../../text/tokens';
import { defineRule, type RuleHit } from '../rule';

type ItemKind = 'link' | 'quote' | 'found';

interface Item extends Span {
  kind: ItemKind;
}

const MESSAGES: Record<ItemKind, string> = {
  link: "Say where this link came from, e.g. 'via @name' or 'Source: …', so the author gets the credit.",
  quote: "Say who said or wrote this, e.g. '— Author Name' or 'Quote credit: …'.",
  found: "Say whose this is if you can, e.g. 'Photo: @name' or 'via @name', and check you have permission to share it.",
};

/** How far either side of an item a credit may sit and still belong to it. */
const CREDIT_REACH = 200;

const DOUBLE_QUOTED = /"([^"]{1,600})"/g;
// Single quotes only when the opening one follows a space or bracket and the closing
// one is not inside a word, so apostrophes ("don't", "the kids' coats") are not quotes.
const SINGLE_QUOTED = /(?<=^|[\s(\[:])'(?=[\p{L}\p{N}])((?:[^'\n]|'(?=\p{L})){1,400}?)(?<=[\p{L}\p{N}.,!?])'(?![\p{L}\p{N}])/gu;
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
/** Small words a title leaves in lower case. */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'is', 'as', 'nor', 'so', 'up', 'into', 'than']);

const SPEECH_BEFORE = /\b(?:said|says|say|saying|asked|asks|ask|told\s+(?:me|us|him|her|them|the\s+class|everyone)|tells\s+(?:me|us)|shouted|shouts|yelled|announced|announces|exclaimed|replied|replies|whispered|declared|remarked|muttered|screamed|cried|commented|pointed\s+out|went|goes)\s*[,:-]?\s*$/;
/** The school's own words and the names of things: "our motto is …", "Year 2 sang …". */
const OWN_OR_TITLE_BEFORE =
  /\b(?:(?:our|my)\s+(?:school\s+|class\s+)?(?:motto|values?|vision|slogan|mission|ethos|theme|pledge|rules?|song|prayer)(?:\s+(?:is|are|this\s+\w+\s+is))?|sang|sing|singing|sung|performed|performing|perform|read|reading|watched|watching|called|titled|entitled|named|song|book|poem|play|film|show)\s*[,:-]?\s*$/;
const SPEECH_AFTER = /^\s*[,.!?]?\s*(?:[\p{L}\p{N}'-]+\s+){0,5}?(?:said|says|asked|asks|shouted|yelled|announced|exclaimed|replied|whispered|declared|remarked|muttered|screamed|cried|told)\b/u;
/** Right after a quotation: "— Maya Angelou", "(Rosenshine, 2012)", "by Dr Seuss". */
const CREDIT_AFTER_QUOTE = /^\s*[,.!?]?\s*(?:[-~]\s*\S|\(\s*\p{Lu}|(?:by|from)\s+[@\p{Lu}])/u;
/** Right before a quotation: "Maya Angelou:" (a name in capitals and a colon). */
const NAME_BEFORE_QUOTE = /(?:^|[\n.!?]\s*)((?:\p{Lu}[\p{L}.'-]*\s+){0,3}\p{Lu}[\p{L}.'-]*)\s*[:,-]\s*$/u;
const NOT_A_NAME = new Set([
  'thought', 'thoughts', 'quote', 'quotes', 'reminder', 'today', 'motto', 'mantra', 'note', 'fact', 'tip', 'advice',
  'inspiration', 'wisdom', 'motivation', 'words', 'saying', 'day', 'week', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'morning', 'evening', 'message', 'lesson', 'question', 'answer', 'ps', 'nb',
  'important', 'remember', 'statement', 'update', 'news', 'headline', 'title', 'slogan', 'theme', 'topic',
]);
/** "stole this from Sarah", "nicked this off @mrsb": the source is named. */
const NAMED_SOURCE_AFTER = /^\s*(?:@[\p{L}\p{N}_]|(?:my\s+(?:friend|colleague|sister|brother|mum|dad)\s+)?(\p{Lu}[\p{L}'-]+))/u;

function normaliseHost(address: string): { host: string; path: string } {
  const bare = address.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^www\./i, '');
  const slash = bare.search(/[/?#]/);
  const host = (slash === -1 ? bare : bare.slice(0, slash)).toLowerCase().replace(/\.$/, '');
  const path = slash === -1 ? '' : bare.slice(slash);
  return { host, path };
}

const SOCIAL_HOSTS: Record<string, 'x' | 'facebook' | 'linkedin'> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'mobile.twitter.com': 'x',
  'facebook.com': 'facebook',
  'm.facebook.com': 'facebook',
  'fb.com': 'facebook',
  'linkedin.com': 'linkedin',
  'uk.linkedin.com': 'linkedin',
};

/** Links to the school's own website or to one of its official accounts need no credit. */
function isSchoolsOwn(link: LinkSpan, policy: CompiledPolicy): boolean {
  const { host, path } = normaliseHost(link.text);
  const website = policy.settings.school.website;
  if (website) {
    const own = normaliseHost(website.trim()).host;
    if (own && (host === own || host.endsWith(`.${own}`))) return true;
  }
  const site = SOCIAL_HOSTS[host];
  if (site) {
    const segments = path.split(/[/?#]/).filter((s) => s.length > 0);
    const name = ['company', 'school', 'in', 'pages'].includes(segments[0] ?? '') ? segments[1] : segments[0];
    if (name && policy.school.isOfficialAccount(site, decodeURIComponent(name).replace(/[-_.]/g, ' '))) return true;
    if (name && policy.school.isOfficialAccount(site, `@${name}`)) return true;
  }
  return false;
}

function isTitle(draft: PreparedDraft, start: number, end: number): boolean {
  const span = sourceSpan(draft, start, end);
  const words = draft.folded.source.slice(span.start, span.end).match(WORD) ?? [];
  const major = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  return major.length >= 2 && major.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

function findQuotes(draft: PreparedDraft, links: SpanSet): Item[] {
  const text = draft.folded.text;
  const sentences = sentencesOf(draft);
  const out: Item[] = [];
  const consider = (start: number, end: number, innerStart: number, innerEnd: number) => {
    const inner = text.slice(innerStart, innerEnd);
    if (inner.includes('\n\n')) return;
    if (links.overlaps(start, end)) return;
    // Scare quotes and names of things are not quotations.
    if ((inner.match(WORD) ?? []).length < 4) return;
    if (isTitle(draft, innerStart, innerEnd)) return;
    const before = sameLineBefore(text, start, 60);
    const sentence = sentences.length > 0 ? sentences[sentenceIndexAt(sentences, end - 1)] : undefined;
    const after = sameLineAfter(text, end, 80);
    // Reported speech: the verb names the speaker.
    if (SPEECH_BEFORE.test(before) || OWN_OR_TITLE_BEFORE.test(before)) return;
    // SPEECH_AFTER looks a few words ahead: 200 characters is plenty, and keeps a quote in a very long sentence cheap.
    const sameSentenceAfter = sentence && sentence.end > end ? text.slice(end, Math.min(sentence.end, end + 200)) : after;
    if (SPEECH_AFTER.test(sameSentenceAfter)) return;
    out.push({ kind: 'quote', start, end });
  };
  const doubles = [...text.matchAll(DOUBLE_QUOTED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const d of doubles) consider(d.start, d.end, d.start + 1, d.end - 1);
  const doubleSet = new SpanSet(doubles);
  for (const m of text.matchAll(SINGLE_QUOTED)) {
    const start = m.index;
    const end = start + m[0].length;
    // Single quotes inside double ones are part of that quotation.
    if (doubleSet.overlaps(start, end)) continue;
    consider(start, end, start + 1, end - 1);
  }
  return out;
}

/** Up to `max` characters before `at`, not reaching back past a line break. */
function sameLineBefore(text: string, at: number, max: number): string {
  const window = text.slice(Math.max(0, at - max), at);
  return window.slice(window.lastIndexOf('\n') + 1);
}

/** Up to `max` characters from `at`, stopping at a line break. */
function sameLineAfter(text: string, at: number, max: number): string {
  const window = text.slice(at, at + max);
  const lineEnd = window.indexOf('\n');
  return lineEnd === -1 ? window : window.slice(0, lineEnd);
}

/** Is the quotation credited right next to it ("— Author", "(Author, 2019)", "Author: …")? */
function quoteCreditedInPlace(draft: PreparedDraft, item: Item): boolean {
  const source = draft.folded.source;
  const { start, end } = sourceSpan(draft, item.start, item.end);
  const after = sameLineAfter(source, end, 80);
  if (CREDIT_AFTER_QUOTE.test(after.replace(/[\u2013\u2014\u2015]/g, '-'))) return true;
  const before = sameLineBefore(source, start, 60);
  const name = NAME_BEFORE_QUOTE.exec(before);
  if (name) {
    const words = name[1]!.split(/\s+/).map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ''));
    if (!words.some((w) => NOT_A_NAME.has(w) || NOT_AN_AUTHOR.has(w))) return true;
  }
  return false;
}

function foundCreditedInPlace(draft: PreparedDraft, item: Item): boolean {
  const { end } = sourceSpan(draft, item.start, item.end);
  const after = NAMED_SOURCE_AFTER.exec(draft.folded.source.slice(end, end + 60));
  if (!after) return false;
  return after[1] === undefined || !NOT_AN_AUTHOR.has(after[1].toLowerCase());
}

/** Credits in the draft: spans of the folded text, outside links. */
function findCredits(draft: PreparedDraft): Span[] {
  const text = draft.folded.text;
  const links = new SpanSet(draft.links);
  const inLink = (at: number) => links.covers(at);
  const credits: Span[] = [];
  for (const m of text.matchAll(CREDIT)) if (!inLink(m.index)) credits.push({ start: m.index, end: m.index + m[0].length });
  // Handles credit what they sit next to ("Brilliant blog @TeacherToolkit https://…").
  for (const t of draft.tokens) if (t.kind === 'mention' && !t.inLink) credits.push({ start: t.start, end: t.end });
  // "blog by Tom Sherrington", "thread from Mary Myatt": checked on the draft as typed, for the capitals.
  const source = draft.folded.source;
  for (const m of source.matchAll(BY_NAME)) {
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

export function findUncredited(draft: PreparedDraft, policy: CompiledPolicy): Item[] {
  const text = draft.folded.text;
  const urls = draft.links.filter((l) => l.kind === 'url');
  const items: Item[] = urls.filter((l) => !isSchoolsOwn(l, policy)).map((l) => ({ kind: 'link' as const, start: l.start, end: l.end }));
  items.push(...findQuotes(draft, new SpanSet(draft.links)));
  const sentences = sentencesOf(draft);
  const linksAndQuotes = new SpanSet(items);
  for (const m of text.matchAll(FOUND_ELSEWHERE)) {
    const item: Item = { kind: 'found', start: m.index, end: m.index + m[0].length };
    // "Found this online: https://…" is one thing to credit, reported once at the link.
    const sentence = sentences.length > 0 ? sentences[sentenceIndexAt(sentences, item.start)] : undefined;
    if (sentence && linksAndQuotes.overlaps(sentence.start, sentence.end)) continue;
    items.push(item);
  }
  items.sort((a, b) => a.start - b.start);
  const credits = findCredits(draft).sort((a, b) => a.start - b.start);
  return items.filter((item, k) => {
    const from = Math.max(items[k - 1]?.end ?? 0, item.start - CREDIT_REACH);
    const to = Math.min(items[k + 1]?.start ?? text.length, item.end + CREDIT_REACH);
    // Credits starting in [from, to) that are not inside the item itself. Items of one
    // kind never overlap, so each credit is walked past for at most a few items.
    let credited = false;
    for (let c = firstAtLeast(credits, from, (x) => x.start); c < credits.length && credits[c]!.start < to; c++) {
      const credit = credits[c]!;
      if (credit.start >= item.start && credit.end <= item.end) continue;
      credited = true;
      break;
    }
    if (credited) return false;
    if (item.kind === 'quote' && quoteCreditedInPlace(draft, item)) return false;
    if (item.kind === 'found' && foundCreditedInPlace(draft, item)) return false;
    return true;
  });
}

export default defineRule({
  id: 'attribution',
  title: 'Credit links, quotations and pictures that are not your own',
  clauses: [CLAUSES.attribution, CLAUSES.copyright],
  severity: { personal: 'info', school: 'info' },
  check({ draft, policy }) {
    return findUncredited(draft, policy).map((item): RuleHit => ({ ...sourceSpan(draft, item.start, item.end), message: MESSAGES[item.kind] }));
  },
});
