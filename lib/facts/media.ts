/**
 * The press in a draft: news outlets ("the Cornish Guardian", "BBC Radio Cornwall",
 * "Pirate FM", "@CornwallLive"), references to news coverage ("the story in the paper",
 * "made the headlines", "your article about…") and accounts that look like the press
 * (`@PirateFMNews`). Shared by `controversial` (media stories about the school) and
 * `journalist-contact` (replying to the press), so it sits with the facts.
 */
import { anyOf, type Vocabulary, allMatches } from '../text/patterns';
import type { PreparedDraft } from '../text/prepared';
import type { Span, Token } from '../text/tokens';

/** Words that end the name of a paper, magazine or station: "Cornish Guardian", "Bristol Post", "Pirate FM". */
const OUTLET_TAILS = new Set([
  'guardian', 'times', 'post', 'echo', 'herald', 'gazette', 'chronicle', 'mail', 'telegraph', 'mirror', 'express',
  'observer', 'standard', 'journal', 'argus', 'courier', 'examiner', 'advertiser', 'mercury', 'news', 'live', 'star',
  'independent', 'press', 'packet', 'briton', 'record', 'sentinel', 'citizen', 'messenger', 'tribune', 'bugle',
  'clarion', 'leader', 'weekly', 'fm', 'radio', 'tv', 'television', 'today', 'spotlight', 'newsround',
]);
/** Tails that are outlets even after "the" alone: "the Guardian", "the Times", "the Sun". */
const NATIONAL_TAILS = new Set(['guardian', 'times', 'telegraph', 'mirror', 'express', 'observer', 'independent', 'sun', 'mail', 'star', 'standard', 'echo', 'argus', 'herald', 'gazette', 'chronicle']);
/** Outlets known by one word. */
const OUTLET_WORDS = new Set(['bbc', 'itv', 'lbc', 'tes', 'cnn', 'reuters', 'huffpost', 'buzzfeed', 'newsround', 'c4', 'gbnews', 'skynews']);
/** Two-word outlets and generic press, written in any case. */
const OUTLET_PAIRS: readonly (readonly [string, string])[] = [
  ['sky', 'news'], ['gb', 'news'], ['channel', '4'], ['channel', '5'], ['channel', 'four'], ['channel', 'five'],
  ['schools', 'week'], ['local', 'paper'], ['local', 'papers'], ['local', 'news'], ['local', 'radio'], ['local', 'press'],
  ['daily', 'mail'], ['the', 'sun'], ['the', 'i'],
];
const PAIR_KEYS = new Set(OUTLET_PAIRS.map(([a, b]) => `${a} ${b}`));

/** The nouns of news coverage. */
const MEDIA_NOUN_WORDS: Vocabulary = [
  'stor(?:y|ies)', 'articles?', 'pieces?', 'coverage', 'headlines?', 'front\\s+page', 'reports?', 'reporting', 'features?',
  'interviews?', 'exclusive', 'editorial', 'column', 'segment', 'bulletin', 'programme', 'documentary', 'podcast',
];
const MEDIA_NOUNS = anyOf(...MEDIA_NOUN_WORDS);
const MEDIA_NOUN_AT_START = new RegExp(String.raw`^(?:'s|')?\s+(?:[\p{L}\p{N}'-]+\s+){0,2}?${MEDIA_NOUNS}\b`, 'u');
const MEDIA_NOUN_BEFORE = new RegExp(String.raw`\b${MEDIA_NOUNS}\s+(?:in|on|by|from)\s+(?:the\s+)?$`);

/** Press phrases that need no outlet name. */
const PRESS_REFERENCES: readonly RegExp[] = [
  // "news story", "press coverage", "media attention", "radio interview"
  /\b(?:news(?:paper)?|press|media|paper'?s|tv|television|telly|radio)\s+(?:stor(?:y|ies)|articles?|coverage|reports?|reporting|pieces?|headlines?|interest|attention|features?|interviews?)\b/g,
  // "the story in the paper", "a piece on the local news"
  /\b(?:stor(?:y|ies)|articles?|pieces?|reports?|coverage|headlines?|features?|interviews?)\s+(?:in|on|from)\s+(?:the\s+)?(?:local\s+|national\s+)?(?:papers?|press|news|newspapers?|media|telly|tv|radio)\b/g,
  // "made the headlines", "hit the papers", "in the paper", "on the news"
  /\b(?:made|make|makes|making|hit|hits|hitting)\s+(?:the\s+)?(?:local\s+|national\s+)?(?:papers|newspapers?|headlines|front\s+page|news)\b/g,
  /\b(?:in|on)\s+the\s+(?:local\s+|national\s+)?(?:papers?|newspapers?|press|news|headlines|front\s+page)\b/g,
  // "your article about the school's parking row": addressing the writer of a story
  /\byour\s+(?:news\s+)?(?:stor(?:y|ies)|articles?|pieces?|reports?|coverage|features?|programme|segment|column|investigation)\s+(?:about|on|into|regarding|concerning|over)\b/g,
];

/** Words a press account's handle is made of: `@PirateFMNews`, `@CornwallLiveEd`, `@JessWestBriton`. */
const PRESS_HANDLE_WORDS = new Set([
  'news', 'live', 'times', 'bbc', 'itv', 'press', 'reporter', 'reporters', 'journalist', 'journo', 'editor', 'media',
  'radio', 'fm', 'tv', 'gazette', 'herald', 'echo', 'post', 'guardian', 'mail', 'telegraph', 'mirror', 'express',
  'chronicle', 'journal', 'argus', 'courier', 'advertiser', 'mercury', 'briton', 'examiner', 'observer', 'standard',
  'packet', 'sentinel', 'newsdesk', 'correspondent', 'spotlight', 'reports', 'reporting', 'journalism', 'newsroom',
  'citizen', 'tribune', 'messenger', 'bugle', 'clarion', 'weekly', 'online', 'daily',
]);
/** Stems safe to look for inside an all-lower-case handle (`@cornwallnews`, `@jo_reporter`). */
const PRESS_HANDLE_STEMS = ['news', 'bbc', 'itv', 'reporter', 'journalist', 'journo', 'gazette', 'herald', 'newsdesk', 'correspondent'];

/** The handle a draft opens with ("@EchoNewsdesk Thank you for…"): who a reply is to, when the site does not say. */
export function leadingMention(draft: PreparedDraft): string | undefined {
  const first = draft.tokens[0];
  return first?.kind === 'mention' ? first.raw : undefined;
}

/** Does this handle look like a news outlet's or a journalist's account? A weak signal on its own. */
export function isPressHandle(handle: string | undefined): boolean {
  if (!handle) return false;
  const bare = handle.trim().replace(/^@/, '');
  const words = bare
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z]+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 0);
  if (words.some((w) => PRESS_HANDLE_WORDS.has(w))) return true;
  const flat = bare.toLowerCase();
  return PRESS_HANDLE_STEMS.some((stem) => flat.includes(stem));
}

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word' && !token.inLink;
}

/** News outlets named in the draft, as spans of the folded text. */
export function findOutlets(draft: PreparedDraft): Span[] {
  const { tokens } = draft;
  const out: Span[] = [];
  const capitalisedRun = (from: number, step: 1 | -1, limit: number): number => {
    // Extends over capitalised words ("BBC Radio Cornwall", "Western Morning News") within one sentence.
    let at = from;
    for (let k = 0; k < limit; k++) {
      const next = tokens[at + step];
      if (!isWord(next) || !next.capitalised) break;
      if (step === 1 && next.sentenceStart) break;
      if (step === -1 && tokens[at]!.sentenceStart) break;
      at += step;
    }
    return at;
  };
  // A draft that tags the same account again and again asks about it once.
  const pressHandles = new Map<string, boolean>();
  const pressHandle = (raw: string) => {
    let known = pressHandles.get(raw);
    if (known === undefined) pressHandles.set(raw, (known = isPressHandle(raw)));
    return known;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.inLink) continue;
    if (token.kind === 'mention') {
      if (pressHandle(token.raw)) out.push({ start: token.start, end: token.end });
      continue;
    }
    if (token.kind !== 'word' && token.kind !== 'number') continue;
    if (OUTLET_WORDS.has(token.key)) {
      const last = capitalisedRun(i, 1, 3);
      out.push({ start: token.start, end: tokens[last]!.end });
      i = last;
      continue;
    }
    const next = tokens[i + 1];
    const pair = next !== undefined && !next.sentenceStart && PAIR_KEYS.has(`${token.key} ${next.key}`);
    if (pair) {
      // "the Sun" and "the i" only with their capitals: "in the sun" is the weather.
      if (token.key === 'the' && !next.capitalised) continue;
      out.push({ start: token.start, end: next.end });
      i += 1;
      continue;
    }
    // "Radio Cornwall": a capitalised "Radio" heading a capitalised name.
    if (token.key === 'radio' && token.capitalised && isWord(next) && next.capitalised && !next.sentenceStart) {
      const last = capitalisedRun(i, 1, 3);
      out.push({ start: token.start, end: tokens[last]!.end });
      i = last;
      continue;
    }
    // "The Mendip Herald's story": the tail without its possessive.
    const tail = token.base;
    if (!OUTLET_TAILS.has(tail) && !NATIONAL_TAILS.has(tail)) continue;
    if (!token.capitalised || token.sentenceStart) continue;
    // Shouted words are not names ("BIG NEWS"), but short call signs are ("Pirate FM").
    if (token.allCaps && token.key.length > 2) continue;
    // "Star of the Week" is a certificate, not a paper.
    if (next?.key === 'of') continue;
    const previous = tokens[i - 1];
    if (isWord(previous) && previous.capitalised && OUTLET_TAILS.has(tail)) {
      const first = capitalisedRun(i, -1, 3);
      out.push({ start: tokens[first]!.start, end: token.end });
    } else if (previous?.key === 'the' && (NATIONAL_TAILS.has(tail) || (OUTLET_TAILS.has(tail) && MEDIA_NOUN_AT_START.test(draft.folded.plain.slice(token.end, token.end + 60))))) {
      // "the Guardian"; "the Courier's piece", "the Echo story" (a local paper known by its last word, with a story word after it)
      out.push({ start: previous.start, end: token.end });
    }
  }
  return out;
}

/**
 * References to news coverage: an outlet next to a story word ("the Cornish Times story",
 * "a piece in the Bristol Post"), or press phrases that need no outlet ("news story", "in
 * the papers", "your article about…"). Spans of the folded text, in order.
 */
export function findMediaReferences(draft: PreparedDraft, outlets: readonly Span[] = findOutlets(draft)): Span[] {
  const text = draft.folded.plain;
  const out: Span[] = [];
  for (const outlet of outlets) {
    const after = MEDIA_NOUN_AT_START.exec(text.slice(outlet.end, outlet.end + 60));
    if (after) {
      out.push({ start: outlet.start, end: outlet.end + after[0].length });
      continue;
    }
    const before = MEDIA_NOUN_BEFORE.exec(text.slice(Math.max(0, outlet.start - 60), outlet.start));
    if (before) out.push({ start: outlet.start - before[0].length, end: outlet.end });
  }
  for (const pattern of PRESS_REFERENCES) {
    pattern.lastIndex = 0;
    for (const m of allMatches(pattern, text)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
