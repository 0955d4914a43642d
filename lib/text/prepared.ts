/** A draft folded and tokenised once, shared by every rule that checks it. */
import type { Draft, RuleAccountKind } from '../types';
import { fold, toSourceSpan, type FoldedText } from './normalise';
import { findLinks, tokenise, type LinkSpan, type Span, type Token } from './tokens';
import { allMatches, globalFormOf } from './patterns';
import { lastAtMost } from './spans';
import { matchesAtWordStarts, WordStartIndex, wordStartFilter } from './word-starts';

export interface PreparedDraft {
  readonly draft: Draft;
  /** The account kind rules apply: `unknown` is checked as `personal`, the stricter case. */
  readonly kind: RuleAccountKind;
  readonly folded: FoldedText;
  readonly tokens: readonly Token[];
  readonly links: readonly LinkSpan[];
}

export function prepareDraft(draft: Draft): PreparedDraft {
  const folded = fold(draft.text);
  const links = findLinks(folded.text);
  return {
    draft,
    kind: draft.account === 'school' ? 'school' : 'personal',
    folded,
    tokens: tokenise(folded, links),
    links,
  };
}

/**
 * Does a pattern look for particular characters above U+00FF (an emoji, a curly quote,
 * `\p{M}`)? Then it runs on the folded characters themselves. Any other pattern, `u` or
 * not, finds the same spans in `plain`, where `\p{L}` and `\p{N}` read the stand-ins as
 * the letters and numbers they replace.
 */
const OWN_CHARACTERS = /[^\t-\xff]|\\u\{|\\u(?!00[0-9a-fA-F]{2})[0-9a-fA-F]{4}|\\[pP]\{(?![LN]\})/;
const ownCharacters = new WeakMap<RegExp, boolean>();

export function needsOwnCharacters(pattern: RegExp): boolean {
  let needs = ownCharacters.get(pattern);
  if (needs === undefined) {
    needs = OWN_CHARACTERS.test(pattern.source);
    ownCharacters.set(pattern, needs);
  }
  return needs;
}

/**
 * The folded text a pattern runs on: `plain` (one byte per character, the same matches,
 * always the fast kind of string; see `FoldedText.plain`), or the folded characters
 * themselves for a pattern that looks for characters above U+00FF.
 *
 * Why it matters beyond one draft: V8 compiles a pattern again for each kind of string
 * (one byte or two) the first time it meets it. A draft with an emoji is two-byte; if
 * the first such draft comes after the process holds 16 MB of machine code, every
 * pattern it meets is compiled without V8's optimisations, for good (`allMatches` in
 * patterns.ts says more).
 */
export function subjectFor(prepared: PreparedDraft, pattern: RegExp): string {
  return needsOwnCharacters(pattern) ? prepared.folded.text : prepared.folded.plain;
}

/** The span of the draft as typed that a span of the folded text came from. */
export function sourceSpan(prepared: PreparedDraft, start: number, end: number): Span {
  const [s, e] = toSourceSpan(prepared.folded, start, end);
  return { start: s, end: e };
}

export interface TextMatch extends Span {
  /** The regular-expression match on the folded text. */
  match: RegExpMatchArray;
}

/**
 * Every match of a pattern written for folded text (lower case, plain letters, `'`
 * for every apostrophe), with spans mapped back to the draft as typed.
 */
export function matchFolded(prepared: PreparedDraft, pattern: RegExp): TextMatch[] {
  const out: TextMatch[] = [];
  for (const match of foldedMatches(prepared, pattern)) {
    if (match[0].length === 0) continue;
    out.push({ ...sourceSpan(prepared, match.index!, match.index! + match[0].length), match });
  }
  return out;
}

/**
 * Texts at least this long are searched word by word (`word-starts.ts`): below it a
 * scan costs less than indexing the words.
 */
const INDEX_FROM_CHARS = 1_000;

const wordStarts = new WeakMap<PreparedDraft, Map<string, WordStartIndex>>();

/**
 * Every match of a folded-text pattern in the draft, as a global scan finds them. In a
 * long draft a pattern whose matches start words is tried only at the words that begin
 * as its matches can.
 */
export function foldedMatches(prepared: PreparedDraft, pattern: RegExp, within?: readonly Span[]): RegExpExecArray[] {
  const subject = subjectFor(prepared, pattern);
  const filter = subject.length >= INDEX_FROM_CHARS ? wordStartFilter(pattern) : null;
  if (!filter) {
    const all = allMatches(globalFormOf(pattern), subject);
    return within ? all.filter((m) => startsWithin(within, m.index)) : all;
  }
  let indexes = wordStarts.get(prepared);
  if (!indexes) wordStarts.set(prepared, (indexes = new Map()));
  let index = indexes.get(subject);
  if (!index) indexes.set(subject, (index = new WordStartIndex(subject)));
  return matchesAtWordStarts(pattern, filter, index, within);
}

/** Does `at` fall in one of these spans (in order, not overlapping)? */
function startsWithin(spans: readonly Span[], at: number): boolean {
  const k = lastAtMost(spans, at, (span) => span.start);
  return k >= 0 && at < spans[k]!.end;
}
