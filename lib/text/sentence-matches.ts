/**
 * Sentences of a draft, and matches of folded-text patterns placed in them.
 *
 * Judgement rules (a complaint, a verdict on the school, a confidential matter) need
 * their parts in the same sentence: "SLT" in one post and "no idea" in another line
 * about the weather are not a complaint. Unlike token `sentenceStart`, a colon or
 * semicolon does not end a sentence here: "Confidential: staffing restructure…" and
 * "Verdict on SSCA: a shambles" are one thought.
 */
import { foldedMatches, needsOwnCharacters, sourceSpan, type PreparedDraft } from './prepared';
import { lastAtMost } from './spans';
import { mayMatch } from './word-starts';
import { ABBREVIATIONS, type Span } from './tokens';

export interface Sentence {
  readonly index: number;
  /** Span in the folded text, from the first word to the end of the last. */
  readonly start: number;
  readonly end: number;
  /** Token indexes, inclusive. */
  readonly first: number;
  readonly last: number;
  /** Folded text of the sentence, one byte per character (`FoldedText.plain`): what patterns run on. */
  readonly text: string;
  /** Folded text of the sentence with its own characters, for a pattern that looks for emoji. */
  readonly folded: string;
}

/** A match of a pattern on the folded text, with the sentence it starts in. */
export interface FoldedMatch {
  /** Span in the folded text (turn it into a draft span with `toDraftSpan`). */
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly match: RegExpMatchArray;
}

const ENDS_SENTENCE = /[.!?\n]/;

const cache = new WeakMap<PreparedDraft, Sentence[]>();

export function sentencesOf(draft: PreparedDraft): readonly Sentence[] {
  const known = cache.get(draft);
  if (known) return known;
  const { tokens } = draft;
  const { plain, text } = draft.folded;
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last < first) return;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    sentences.push({ index: sentences.length, start, end, first, last, text: plain.slice(start, end), folded: text.slice(start, end) });
  };
  for (let i = 1; i < tokens.length; i++) {
    const gap = tokens[i]!.gapBefore;
    if (!ENDS_SENTENCE.test(gap)) continue;
    // "St. Stephen's": a lone full stop after an abbreviation, followed by more words.
    if (gap.trim() === '.' && ABBREVIATIONS.has(tokens[i - 1]!.key)) continue;
    // "£89.60", "07:42", "4.50pm": a full stop between digits is not the end of a sentence.
    if (gap === '.' && tokens[i - 1]!.kind === 'number' && /^[0-9]/.test(tokens[i]!.folded)) continue;
    // "https://www.example.com/piece": the dots inside a link.
    if (tokens[i - 1]!.inLink && tokens[i]!.inLink && !/\s/.test(gap)) continue;
    // "a d!ckhead", "sh!t": a mark standing for a letter inside a word, with letters on both sides.
    if ((gap === '!' || gap === '?') && /\p{L}$/u.test(tokens[i - 1]!.folded) && /^\p{Ll}/u.test(tokens[i]!.raw)) continue;
    close(i - 1);
    first = i;
  }
  close(tokens.length - 1);
  cache.set(draft, sentences);
  return sentences;
}

/** The index of the sentence that holds folded offset `at` (the nearest before it, between sentences). */
export function sentenceIndexAt(sentences: readonly Sentence[], at: number): number {
  return Math.max(0, lastAtMost(sentences, at, (s) => s.start));
}

/** The sentence holding offset `at` of the draft as typed, if any. */
export function sentenceAtSource(draft: PreparedDraft, at: number): Sentence | undefined {
  const { tokens } = draft;
  return sentencesOf(draft).find((s) => tokens[s.first]!.sourceStart <= at && at < tokens[s.last]!.sourceEnd);
}

/** The sentence holding token `index`. */
export function sentenceOfToken(sentences: readonly Sentence[], index: number): number {
  return Math.max(0, lastAtMost(sentences, index, (s) => s.first));
}

/**
 * Every match of a folded-text pattern, placed in its sentence; with `only`, only the
 * matches that start in those sentences (by index, in order), which are all that is read.
 */
export function findInSentences(draft: PreparedDraft, pattern: RegExp, only?: readonly number[]): FoldedMatch[] {
  const sentences = sentencesOf(draft);
  if (sentences.length === 0) return [];
  const out: FoldedMatch[] = [];
  for (const match of foldedMatches(draft, pattern, only && spansOf(sentences, only))) {
    if (match[0].length === 0) continue;
    const start = match.index;
    out.push({ start, end: start + match[0].length, sentence: sentenceIndexAt(sentences, start), match });
  }
  return out;
}

/** The folded-text spans of some sentences, joined where they follow one another (from one sentence's start to the next one's). */
const spansCache = new WeakMap<readonly number[], Span[]>();
function spansOf(sentences: readonly Sentence[], only: readonly number[]): Span[] {
  let spans = spansCache.get(only);
  if (spans) return spans;
  spans = [];
  for (const k of only) {
    const sentence = sentences[k]!;
    const next = sentences[k + 1];
    const end = next ? next.start : Number.MAX_SAFE_INTEGER;
    const start = k === 0 ? 0 : sentence.start;
    const last = spans[spans.length - 1];
    if (last && last.end === start) spans[spans.length - 1] = { start: last.start, end };
    else spans.push({ start, end });
  }
  spansCache.set(only, spans);
  return spans;
}

/** The span of the draft as typed that a folded span came from. */
export function toDraftSpan(draft: PreparedDraft, span: Span): Span {
  return sourceSpan(draft, span.start, span.end);
}

/** Does a pattern match in this sentence? A `u` pattern, which may look for an emoji, reads the sentence's own characters. */
export function sentenceHas(pattern: RegExp, sentence: Sentence): boolean {
  return has(pattern, needsOwnCharacters(pattern) ? sentence.folded : sentence.text);
}

/** Does a pattern match anywhere in this folded text? Resets `lastIndex` so shared patterns stay safe. */
export function has(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return mayMatch(pattern, text) && pattern.test(text);
}
