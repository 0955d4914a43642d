/**
 * Mocking the school's own hashtag: "#BrookFamily 😂 what family?", "#FoldFamily yeah
 * right", "#AldhelmAchieves… achieves what?", "#TeamTrelawny 🤡". The school's hashtag
 * is how it presents itself, so turning it against the school is a verdict on it.
 *
 * The hashtag's own word ("family", "achieves") comes from the settings: a hashtag
 * written in capitals is split at them (#FoldFamily → fold, family); one written in
 * lower case is matched against common endings (`HASHTAG_TAILS`). Words of the
 * school's name are left out, so "what Fold?" means nothing here.
 *
 * Mockery is one of: the hashtag's word thrown back ("what family?", "family my arse",
 * "some family", "so-called family"), a put-down straight after the hashtag ("yeah
 * right", "more like…", #not, 🤡), or a milder irony mark after it (🙄, "apparently",
 * "lol", "says the banner", "they tell us") in a paragraph that also carries bad news ("bottom of the tables", "another
 * resignation"). "#FoldFamily 😂 best sports day ever" is a joke with the school, not
 * at it. An irony mark with no bad news is read and passed over (`passedOver`), and the
 * disrepute model does not overrule that.
 */
import type { Settings } from '../../settings/schema';
import { anyOf } from '../../text/patterns';
import { phraseKeys } from '../../text/phrases';
import type { PreparedDraft } from '../../text/prepared';
import { has, sentenceOfToken, sentencesOf, toDraftSpan } from '../../text/sentence-matches';
import type { Span } from '../../text/tokens';
import { BAD_NEWS, BEFORE_HASHTAG, HASHTAG_IRONY, HASHTAG_MOCKERY, HASHTAG_MOCKERY_TAGS, HASHTAG_TAILS } from './vocabulary';

/** A hashtag of the school's found in the draft: token indexes, inclusive. */
export interface HashtagReference {
  readonly first: number;
  readonly last: number;
}

/** "…? Reach for the exit, more like.": a short retort after the hashtag's question, ending in "more like". */
const MORE_LIKE_AFTER = /^[^a-z0-9#\n]{0,4}(?:(?:lol|lmao|haha|ha|pfft)[^a-z0-9#\n]{0,4})?[^.!?\n]{1,40}?,?\s+more\s+like(?=\s*[.!?]|\s*$)/;

/** How far after the hashtag (in characters of folded text) a put-down still belongs to it. */
const REACH = 40;
/** How far either side of the hashtag its sentence and paragraph are read (a draft may be one 20,000-character sentence). */
const WINDOW = 300;
/** What may come between the hashtag and a put-down aimed at it: emoji, punctuation, spaces. */
const LEAD = /^[^a-z0-9#]*/;
/** "(nothing)", "… zilch": an answer to the hashtag's own boast. */
const NOTHING = /^[^a-z0-9#]{0,4}(?:nothing|zilch|zero|sod\s+all|bugger\s+all|very\s+little|f\s*all)\b\)?/;

/** Words of the school's hashtags that are not its name: "family" of #FoldFamily. */
export function hashtagWords(settings: Settings): string[] {
  const nameKeys = new Set<string>();
  const names = [settings.school.name, ...settings.school.aliases, settings.school.trust?.name ?? '', ...(settings.school.trust?.aliases ?? [])];
  for (const name of names) for (const key of phraseKeys(name)) nameKeys.add(key);
  const isName = (word: string) => [...nameKeys].some((key) => key === word || key.startsWith(word) || (word.length > 3 && word.startsWith(key)));
  const out = new Set<string>();
  for (const tag of settings.hashtags) {
    const bare = tag.replace(/^#/, '');
    const parts = bare
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .split(/[^A-Za-z]+/)
      .map((w) => w.toLowerCase())
      .filter((w) => w.length > 2);
    const words = parts.length > 1 ? parts : HASHTAG_TAILS.filter((tail) => bare.toLowerCase().endsWith(tail) && bare.length > tail.length);
    for (const word of words) if (!isName(word)) out.add(word);
  }
  return [...out];
}

const echoCache = new Map<string, RegExp>();

/** The hashtag's words thrown back: "what family?", "family my arse", "some family this is", "'family'". */
function echoPattern(words: readonly string[]): RegExp {
  const key = words.join('|');
  let pattern = echoCache.get(key);
  if (!pattern) {
    const w = anyOf(...words);
    const plural = anyOf(...words.map((word) => (word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`)));
    pattern = new RegExp(
      [
        // "Families don't make you reapply for your own job": the word thrown back, denied.
        String.raw`\b(?:${w}|${plural})\s+(?:don't|doesn't|do\s+not|does\s+not|wouldn't|would\s+not|never|aren't|isn't)\b(?!\s+(?:come|get)\s+(?:any\s+)?(?:more|better|closer|bigger|stronger|friendlier|warmer|kinder))`,
        // "#OakhurstPride when there's nothing left to be proud of"
        String.raw`\bnothing\s+(?:left\s+)?(?:to\s+be\s+)?(?:${w}|proud)\s*(?:of|about|in)?\b`,
        // "Family. Right."
        String.raw`\b${w}\s*[.!?]+\s*(?:right|yeah\s+right|sure|aye\s+right|okay\s+then|ok\s+then)\s*[.!?]`,
        String.raw`\bwhat\s+${w}\s*[?.!]`,
        // "#DartsideDifference 😂 yeah, the difference between the website and real life"
        String.raw`\b${w}\s+between\s+[^.!?\n]{1,50}?\band\s+(?:real\s+life|reality|the\s+truth|what\s+(?:actually|really)\s+happens)\b`,
        String.raw`\b${w}\s*\?\s*(?:what|more\s+like|yeah\s+right|lol|haha|do\s+me\s+a\s+favour)\b`,
        String.raw`\b${w},?\s+my\s+(?:arse|foot|backside|eye|bum)\b`,
        String.raw`\b(?:some|so[\s-]called|call\s+(?:this|that|it|us)\s+an?)\s+${w}\b`,
        String.raw`["']${w}["']`,
        String.raw`\b${w},?\s+(?:what|who|how)(?:,?\s+exactly)?\s*\?`,
        String.raw`\b${w}\s+of\s+what\b`,
        // "#BrookTogether? Aye, together like a bag of ferrets.", "Together in the sense that we're all drowning":
        // the hashtag questioned, then its word given a meaning the school would not choose.
        String.raw`\?\s*(?:aye|yeah|yes|oh|well|sure|ha|lol|haha)?[,.!]?\s*${w}\s+(?:like\s+(?:a|an|the|rats|crabs|cats)|in\s+the\s+sense\s+(?:that|of)|as\s+in)\b`,
        // "#WealdWay? The Weald Way is eight hours of meetings": the hashtag questioned, then defined.
        String.raw`\?\s*(?:the\s+)?(?:[a-z]+\s+)?${w}\s+(?:is|means|=)\s+(?:actually\s+|really\s+)?(?:\w+\s+){0,2}?(?:hours|meetings|paperwork|chaos|nothing|a\s+biscuit|spreadsheets|emails|forms)\b`,
        // "#TeamOakhurst lol. Team of who exactly?", "#OakhurstPride? Pride in what"
        String.raw`\b${w}\s+(?:of|in|about)\s+(?:who|whom|what)\b`,
        // "#ReachHigher? The only thing reaching higher is the number of families looking elsewhere."
        String.raw`\bthe\s+only\s+thing\s+\w+\s+${w}\b`,
        String.raw`\b${w}\s+for\s+what\b`,
        // "#FoldFamily 😂 aye, if your family's the one off Shameless"
        String.raw`\b(?:if|unless)\s+(?:your|that|this|their|the)\s+(?:idea\s+of\s+(?:an?\s+)?)?${w}(?:'s|\s+is|\s+was)\s+(?:the\s+one|like|a\s+(?:circus|zoo|joke|soap))\b`,
        String.raw`\b${w}\s*\(?\s*(?:nothing|zilch|zero|sod\s+all|bugger\s+all|very\s+little|f\s*all)\b`,
      ].join('|'),
      'g',
    );
    if (echoCache.size > 16) echoCache.clear();
    echoCache.set(key, pattern);
  }
  return pattern;
}

/** Where the draft mocks the school's own hashtag, as spans of the draft as typed. */
export function findHashtagMockery(draft: PreparedDraft, hashtags: readonly HashtagReference[], words: readonly string[], passedOver?: Span[]): Span[] {
  if (hashtags.length === 0) return [];
  const { tokens } = draft;
  const text = draft.folded.plain;
  const sentences = sentencesOf(draft);
  const out: Span[] = [];
  const echo = words.length > 0 ? echoPattern(words) : null;
  // The paragraph around a hashtag, at most WINDOW characters either side.
  const paragraphOf = (at: number) => {
    const window = text.slice(Math.max(0, at - WINDOW), at + WINDOW);
    const here = at - Math.max(0, at - WINDOW);
    const from = window.lastIndexOf('\n\n', here) + 1;
    const to = window.indexOf('\n\n', here);
    return window.slice(from, to === -1 ? window.length : to);
  };
  // The draft's own words for each hashtag are looked at once, however many times it is used.
  for (const tag of hashtags.slice(0, 50)) {
    const start = tokens[tag.first]!.start;
    const end = tokens[tag.last]!.end;
    const sentence = sentences[sentenceOfToken(sentences, tag.first)]!;
    let next = sentences[sentence.index + 1];
    // "#FenmoorFamily banner going up. Family. Right.": past a one-word sentence to the retort after it.
    if (next && next.last - next.first < 2 && sentences[next.index + 1]) next = sentences[next.index + 1]!;
    // The hashtag's sentence and the one after it ("#BrookFamily 😂 what family? More like a circus.")
    // (with the question mark that ends it: a sentence's text stops at its last word)
    const from = Math.max(sentence.start, start - WINDOW);
    const around = text.slice(from, Math.min(text.length, (next ? next.end : sentence.end) + 2, end + WINDOW));
    const after = text.slice(end, Math.min(text.length, end + REACH));
    // The same stretch with its own characters, for the emoji put-downs (🤡, 🙄).
    const afterAsTyped = draft.folded.text.slice(end, Math.min(text.length, end + REACH));
    if (echo && has(echo, around)) {
      echo.lastIndex = 0;
      const m = echo.exec(around)!;
      out.push(toDraftSpan(draft, { start: Math.min(start, from + m.index), end: Math.max(end, from + m.index + m[0].length) }));
      continue;
    }
    // "#AldhelmAchieves (nothing)": the hashtag's own last word, answered.
    const key = tokens[tag.last]!.key;
    if (words.some((word) => key.endsWith(word)) && NOTHING.test(after)) {
      out.push(toDraftSpan(draft, { start, end: end + NOTHING.exec(after)![0].length }));
      continue;
    }
    // Straight before it: "so much for #FoldFamily", "the so-called #FoldFamily".
    const before = BEFORE_HASHTAG.exec(text.slice(Math.max(0, start - 30), start));
    if (before) {
      out.push(toDraftSpan(draft, { start: start - before[0].length, end }));
      continue;
    }
    // Straight after the hashtag, past emoji and punctuation: "#FoldFamily 🙄 yeah right", not "#FoldFamily Year 2 sang as if…".
    const lead = LEAD.exec(after)![0].length + 1;
    const soon = (m: RegExpExecArray | null) => (m && m.index <= lead ? m : null);
    // "#ReachHigher? Reach for the exit, more like.": the hashtag's boast turned round, ending its sentence.
    const turned = MORE_LIKE_AFTER.exec(after);
    if (turned) {
      out.push(toDraftSpan(draft, { start, end: end + turned[0].length }));
      continue;
    }
    const putDown = soon(firstMatch(HASHTAG_MOCKERY, after)) ?? soon(firstMatch(HASHTAG_MOCKERY_TAGS, afterAsTyped));
    if (putDown) {
      out.push(toDraftSpan(draft, { start, end: end + putDown.index + putDown[0].length }));
      continue;
    }
    const irony = soon(firstMatch(HASHTAG_IRONY, afterAsTyped));
    if (!irony) continue;
    const span = toDraftSpan(draft, { start, end: end + irony.index + irony[0].length });
    // An irony mark with no bad news beside it ("#TrelawnyAchieves, says the banner, and Year 6 did"): read and passed over.
    if (has(BAD_NEWS, paragraphOf(start))) out.push(span);
    else passedOver?.push(span);
  }
  return out;
}

function firstMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(text);
}
