/**
 * Quotations: 4+ words in double quotes (or single quotes that open after a space), not
 * a title in capitals and not reported speech; and whether one is credited right next
 * to it ("— Author", "(Author, 2019)", "Author: …").
 */
import { anyOf, type Vocabulary, allMatches } from '../../text/patterns';
import { sourceSpan, type PreparedDraft } from '../../text/prepared';
import { sentenceIndexAt, sentencesOf } from '../../text/sentence-matches';
import { SpanSet } from '../../text/spans';
import { NOT_AN_AUTHOR } from './credits';
import type { Item } from './items';

const DOUBLE_QUOTED = /"([^"]{1,600})"/g;
// Single quotes only when the opening one follows a space or bracket and the closing
// one is not inside a word, so apostrophes ("don't", "the kids' coats") are not quotes.
const SINGLE_QUOTED = /(?<=^|[\s([:])'(?=[\p{L}\p{N}])((?:[^'\n]|'(?=\p{L})){1,400}?)(?<=[\p{L}\p{N}.,!?])'(?![\p{L}\p{N}])/gu;
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
/** Small words a title leaves in lower case. */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'is', 'as', 'nor', 'so', 'up', 'into', 'than']);

/** Verbs of speech before a quotation: "she said, …", "told the class: …". */
const SPEECH_BEFORE_WORDS: Vocabulary = [
  'said', 'says', 'say', 'saying', 'asked', 'asks', 'ask', 'told\\s+(?:me|us|him|her|them|the\\s+class|everyone)',
  'tells\\s+(?:me|us)', 'shouted', 'shouts', 'yelled', 'announced', 'announces', 'exclaimed', 'replied', 'replies', 'whispered',
  'declared', 'remarked', 'muttered', 'screamed', 'cried', 'commented', 'pointed\\s+out', 'went', 'goes',
];
const SPEECH_BEFORE = new RegExp(String.raw`\b${anyOf(...SPEECH_BEFORE_WORDS)}\s*[,:-]?\s*$`);
/**
 * Said by nobody in particular: "as someone wise once said", "as they say", "a wise
 * teacher once told me". Not reported speech the verb credits: the quotation still needs
 * its author.
 */
const UNNAMED_SPEAKER_BEFORE = /\b(?:someone|somebody|they|a\s+(?:wise|clever|great|famous)\s+(?:man|woman|person|soul|teacher|head|leader|friend)|the\s+(?:saying|quote|internet))\s+(?:(?:wise|clever|famous|smart|once|very|who)\s+){0,3}(?:said|says|say|wrote|writes|put\s+it|told\s+me|goes)\s*[,:-]?\s*$/;
/** The school's own words and the names of things: "our motto is …", "Year 2 sang …". */
const OWN_OR_TITLE_WORDS: Vocabulary = [
  '(?:our|my)\\s+(?:school\\s+|class\\s+)?(?:motto|values?|vision|slogan|mission|ethos|theme|pledge|rules?|song|prayer)(?:\\s+(?:is|are|this\\s+\\w+\\s+is))?',
  'sang', 'sing', 'singing', 'sung', 'performed', 'performing', 'perform', 'read', 'reading', 'watched', 'watching', 'called',
  'titled', 'entitled', 'named', 'song', 'book', 'poem', 'play', 'film', 'show',
];
const OWN_OR_TITLE_BEFORE = new RegExp(String.raw`\b${anyOf(...OWN_OR_TITLE_WORDS)}\s*[,:-]?\s*$`);
/**
 * A short phrase in quotes after "is", "was", "called" is a label put on something, not a
 * quotation to credit: asking for a lunch break is "not being a team player".
 */
const LABEL_BEFORE = /\b(?:is|was|are|were|be|being|been|counts\s+as|labelled|labeled|branded|deemed|considered)(?:\s+(?:now|apparently|officially|basically|just|still|suddenly|somehow))?\s*$/;
/** Up to this many words, a quoted phrase after `LABEL_BEFORE` is a label. */
const MAX_LABEL_WORDS = 8;
/** Verbs of speech after a quotation: "… said Tom", "… she asked". */
const SPEECH_AFTER_WORDS: Vocabulary = [
  'said', 'says', 'asked', 'asks', 'shouted', 'yelled', 'announced', 'exclaimed', 'replied', 'whispered', 'declared', 'remarked',
  'muttered', 'screamed', 'cried', 'told',
];
const SPEECH_AFTER = new RegExp(String.raw`^\s*[,.!?]?\s*(?:[\p{L}\p{N}'-]+\s+){0,5}?${anyOf(...SPEECH_AFTER_WORDS)}\b`, 'u');
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

function isTitle(draft: PreparedDraft, start: number, end: number): boolean {
  const span = sourceSpan(draft, start, end);
  const words = draft.folded.source.slice(span.start, span.end).match(WORD) ?? [];
  const major = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  return major.length >= 2 && major.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

export function findQuotes(draft: PreparedDraft, links: SpanSet): Item[] {
  const text = draft.folded.plain;
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
    if ((SPEECH_BEFORE.test(before) && !UNNAMED_SPEAKER_BEFORE.test(before)) || OWN_OR_TITLE_BEFORE.test(before)) return;
    if (LABEL_BEFORE.test(before) && (inner.match(WORD) ?? []).length <= MAX_LABEL_WORDS && !/^\p{Lu}/u.test(draft.folded.source.slice(sourceSpan(draft, innerStart, innerStart + 1).start))) return;
    // SPEECH_AFTER looks a few words ahead: 200 characters is plenty, and keeps a quote in a very long sentence cheap.
    const sameSentenceAfter = sentence && sentence.end > end ? text.slice(end, Math.min(sentence.end, end + 200)) : after;
    if (SPEECH_AFTER.test(sameSentenceAfter)) return;
    out.push({ kind: 'quote', start, end });
  };
  const doubles = [...allMatches(DOUBLE_QUOTED, text)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const d of doubles) consider(d.start, d.end, d.start + 1, d.end - 1);
  const doubleSet = new SpanSet(doubles);
  for (const m of allMatches(SINGLE_QUOTED, text)) {
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
export function quoteCreditedInPlace(draft: PreparedDraft, item: Item): boolean {
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
