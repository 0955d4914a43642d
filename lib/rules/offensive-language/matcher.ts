/**
 * Offensive words in a draft: profanity, slurs, name-calling and threats, including
 * disguised spellings (f*ck, f***ing, sh1t, a$$hole, tw@ts, f u c k, f.u.c.k, fuuuck).
 *
 * How it works, and why:
 * - `obscenity` scans the folded text once for the roots of the lexicon. Its
 *   transformers undo look-alike letters, leetspeak (`$` → s, `4` → a) and stretched
 *   letters, which is what it is good at.
 * - obscenity finds letters anywhere, including inside ordinary words, which is what
 *   it gets wrong for school text (Scunthorpe, Harshit, assessment, Pissarro). So every
 *   candidate is checked against the whole word it sits in: the word must be the root
 *   with one of that root's own beginnings and endings (bull+shit, wank+ers, arse+d).
 *   Any other letters around the root mean an ordinary word, and nothing fires.
 * - Masks obscenity cannot read (`*`, `_`, `#`, `?` in f*ck, b*llend, f***ing), symbols
 *   in any position, and words spelt out with spaces or dots are matched against the
 *   same lexicon here.
 * - Words that are innocent on their own (dick, prick, tit, git, cow) fire only when
 *   aimed at someone ("you prick", "stupid cow"), and never as part of a proper noun
 *   ("Dick Whittington", "blue tit").
 * - Names on the roster and staff list and the school's own names
 *   (`policy.protectedWords`) never fire, whatever letters they contain.
 *
 * The words are in `lexicon.ts`, the phrases in `phrases.ts`; this file matches them.
 */
import { DataSet, RegExpMatcher, englishRecommendedTransformers, parseRawPattern } from 'obscenity';
import { anyOf, allMatches } from '../../text/patterns';
import { sourceSpan, type PreparedDraft } from '../../text/prepared';
import { lastNumberAtMost } from '../../text/spans';
import { tokenAt, type Token } from '../../text/tokens';
import { DEFAULT_SURENESS, LEET, LOOKALIKES, LOOSE, TERMS, WILDCARD, type OffenceKind, type Term } from './lexicon';
import { PHRASES } from './phrases';

/** A finding in the folded text (`draft.folded.text`); callers map it to the source. */
export interface OffensiveMatch {
  start: number;
  end: number;
  kind: OffenceKind;
  /** The lexicon entry or phrase that matched, for tests and diagnostics. */
  term: string;
  /** Letters were hidden or swapped (f*ck, sh1t, f u c k). */
  disguised: boolean;
  /** How sure it is to offend, 0 to 1 (`lexicon.ts`). */
  sureness: number;
}

function surenessOf(term: Term): number {
  return term.sureness ?? DEFAULT_SURENESS[term.kind];
}

// ---------------------------------------------------------------------------------
// Matching a word against the lexicon, tolerant of masks, leetspeak and stretching.

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}

/**
 * A letter of the lexicon as it may be typed: itself, stretched (three or more, so a
 * doubled letter in "Pratt" is not read as a stretched "prat"), a leet symbol or a mask.
 */
function letterPattern(letter: string): string {
  const leet = LEET[letter] ?? '';
  const symbols = escapeClass([...new Set(leet + WILDCARD + LOOSE)].join(''));
  return `(?:${letter}(?:${letter}{2,})?|[${symbols}])`;
}

function spellingPattern(word: string): string {
  let out = '';
  for (const ch of word) out += letterPattern(ch);
  return out;
}

interface CompiledTerm extends Term {
  /** Whole word: optional beginning, the root (group 1), an ending. */
  word: RegExp;
}

function compileTerm(term: Term): CompiledTerm {
  const spellings = (words: readonly string[]) => anyOf(...words.map(spellingPattern));
  const begin = term.beginnings === 'any' ? '[^]*?' : term.beginnings ? `${spellings(term.beginnings)}?` : '';
  const endings = term.endings ?? [''];
  const nonEmpty = endings.filter((e) => e !== '');
  const end = term.anyEnding
    ? '[^]*'
    : nonEmpty.length === 0
      ? ''
      : `${spellings(nonEmpty)}${endings.includes('') ? '?' : ''}`;
  return { ...term, word: new RegExp(`^${begin}(${spellings(term.roots)})${end}$`, 'u') };
}

const COMPILED: readonly CompiledTerm[] = TERMS.map(compileTerm);

/**
 * obscenity collapses runs of a letter before matching (threshold 2 for b e o l s g,
 * 1 for the rest), so its patterns must be written collapsed the same way.
 */
const COLLAPSE_KEEP_TWO = new Set(['b', 'e', 'o', 'l', 's', 'g']);
function collapseLikeObscenity(root: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < root.length; i++) {
    const ch = root[i]!;
    run = i > 0 && root[i - 1] === ch ? run + 1 : 1;
    if (run <= (COLLAPSE_KEEP_TWO.has(ch) ? 2 : 1)) out += ch;
  }
  return out;
}

/** Built once for the whole extension: the lexicon as an obscenity matcher. */
function buildMatcher(): { matcher: RegExpMatcher; dataset: DataSet<{ term: number }> } {
  const dataset = new DataSet<{ term: number }>();
  COMPILED.forEach((term, index) => {
    if (term.maskedOnly) return;
    dataset.addPhrase((phrase) => {
      phrase.setMetadata({ term: index });
      const seen = new Set<string>();
      for (const root of term.roots) {
        const collapsed = collapseLikeObscenity(root);
        if (seen.has(collapsed)) continue;
        seen.add(collapsed);
        // A root that may follow other letters (bull+shit) is searched for anywhere.
        phrase.addPattern(parseRawPattern(term.beginnings ? collapsed : `|${collapsed}`));
      }
      // Whitelisted phrases ("offa's dyke") are not given to obscenity: it screens each
      // distinct word once, out of context, so phrases are checked where the word stands.
      return phrase;
    });
  });
  const matcher = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });
  return { matcher, dataset };
}

let built: ReturnType<typeof buildMatcher> | undefined;
function obscenityMatcher(): ReturnType<typeof buildMatcher> {
  built ??= buildMatcher();
  return built;
}

// ---------------------------------------------------------------------------------
// Words of the draft as a profanity filter sees them: masks and symbols kept.

interface Chunk {
  start: number;
  end: number;
  /** The chunk folded, look-alikes resolved: what the lexicon is tested on. */
  text: string;
  /** Letters only: what protected names are compared with. */
  letters: string;
  /** Contains a mask or a symbol standing for a letter. */
  masked: boolean;
}

// Apostrophes split words, so "who're" is never read as one word, and "idiot's" is "idiot".
const CHUNK = /[\p{L}\p{N}*@$!_#?€|+]+/gu;
const MASK_OR_LEET = /[*_#?@$!€|+\d]/u;
const LETTER = /\p{L}/u;
const LETTERS_ONLY = /[^\p{L}]/gu;
const TRIM = '!?_#|+';

function resolveLookalikes(text: string): string {
  let out = '';
  for (const ch of text) out += LOOKALIKES[ch] ?? ch;
  return out;
}

function makeChunk(text: string, start: number, end: number): Chunk | null {
  // Trim punctuation around the word, keeping masks that end it (f***) but not *emphasis*.
  while (start < end && TRIM.includes(text[start]!)) start++;
  while (end > start && TRIM.includes(text[end - 1]!)) end--;
  if (text[start] === '*' && text[end - 1] === '*') {
    while (start < end && text[start] === '*') start++;
    while (end > start && text[end - 1] === '*') end--;
  }
  if (start >= end) return null;
  const raw = text.slice(start, end);
  // A leading @ is kept: "@rse" is leetspeak, and a handle is only flagged when it is a
  // lexicon word as a whole (e-mail addresses are links, skipped already).
  // No letter at all is no word, unless symbols spell one out: "a complete @$$".
  if (!LETTER.test(raw) && !(raw.length >= 3 && raw.includes('@') && raw.includes('$') && /^[@$!|*]+$/.test(raw))) return null;
  const clean = resolveLookalikes(raw);
  return { start, end, text: clean, letters: clean.replace(LETTERS_ONLY, ''), masked: MASK_OR_LEET.test(clean) };
}

function chunksOf(prepared: PreparedDraft): Chunk[] {
  const text = prepared.folded.text;
  const links = prepared.links;
  let link = 0;
  const out: Chunk[] = [];
  for (const m of allMatches(CHUNK, text)) {
    const chunk = makeChunk(text, m.index, m.index + m[0].length);
    if (!chunk) continue;
    while (link < links.length && links[link]!.end <= chunk.start) link++;
    if (link < links.length && links[link]!.start < chunk.end) continue;
    out.push(chunk);
  }
  return out;
}

/** The first lexicon entry a whole word is, or null. Masked words must show enough letters to be read. */
function termForWord(word: string, candidates: readonly CompiledTerm[] = COMPILED): CompiledTerm | null {
  if (word.length > 60) return null;
  const visible = word.replace(/[*_#?]/g, '').length;
  for (const term of candidates) {
    const m = term.word.exec(word);
    if (!m) continue;
    const root = m[1]!;
    // "****ing" hides the whole root: it could be anything.
    if (!/[^*_#?]/.test(root)) continue;
    // Fewer than three visible letters is too little ("A*s" are top exam grades), except
    // for the two words everyone reads from a letter or two: f***, f**k, c**t.
    const readable = (term.term === 'fuck' && root.startsWith('f')) || (term.term === 'cunt' && /^c[\s\S]*t$/.test(root));
    if (visible < 3 && !readable) continue;
    return term;
  }
  return null;
}

/**
 * What each distinct word is (a lexicon index, or -1 for clean), remembered across
 * checks: drafts are re-checked as people type, so only new words reach obscenity.
 */
const verdicts = new Map<string, number>();
const VERDICT_CACHE_SIZE = 50_000;

/** Screens words not seen before: obscenity finds candidate roots, the whole word must then fit the lexicon. */
function screen(words: readonly string[]): void {
  let fresh = [...new Set(words)].filter((w) => !verdicts.has(w));
  if (fresh.length === 0) return;
  if (verdicts.size + fresh.length > VERDICT_CACHE_SIZE) {
    // Start afresh, screening every word of this draft again so none is left unjudged.
    verdicts.clear();
    fresh = [...new Set(words)];
  }
  const found = new Map<string, number>();
  const starts: number[] = [];
  let joined = '';
  for (const word of fresh) {
    starts.push(joined.length);
    joined += word + ' ';
  }
  const { matcher, dataset } = obscenityMatcher();
  for (const match of matcher.getAllMatches(joined)) {
    const index = dataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.term;
    if (index === undefined) continue;
    const at = lastAtOrBefore(starts, match.startIndex);
    const word = fresh[at]!;
    if (found.has(word) || match.endIndex >= starts[at]! + word.length) continue;
    const term = COMPILED[index]!;
    if (termForWord(word, [term]) || piecesOf(word).some((piece) => termForWord(piece, [term]))) found.set(word, index);
  }
  for (const word of fresh) {
    let verdict = found.get(word) ?? -1;
    // Masks obscenity cannot read (f*ck, b*llend, f***ing) are matched against the whole lexicon here.
    if (verdict === -1 && MASK_OR_LEET.test(word)) {
      const term = termForWord(word);
      if (term) verdict = COMPILED.indexOf(term);
    }
    verdicts.set(word, verdict);
  }
}

/** Words run together after ! or ? ("idiot!Really"), which are otherwise read as leetspeak. */
function piecesOf(word: string): string[] {
  return /[!?]/.test(word) ? word.split(/[!?]+/).filter((p) => p.length > 0) : [];
}

/** The index of the word (or run) that starts at or before `offset` in the joined text. */
function lastAtOrBefore(starts: readonly number[], offset: number): number {
  return Math.max(0, lastNumberAtMost(starts, offset));
}

// ---------------------------------------------------------------------------------

/**
 * A word with letters hidden behind one hyphen or dash ("f-ing", "sh-t", "b--locks",
 * "tw-t"), with letters on both sides. Ordinary compounds (e-mail, co-op, T-shirt) never
 * fit a lexicon word with the dash standing for one to three letters; words spelt out
 * letter by letter ("b-e-c-a-u-s-e") have more than one dash and are read as spelt out.
 * Only words whose first part could start a root of the lexicon are tried, and each
 * distinct word is judged once.
 */
const HYPHEN_MASKED = /(?<![\p{L}\p{N}*@$-])(\p{L}[\p{L}*@$]{0,7})(-{1,3})(\p{L}[\p{L}*@$]{0,11})(?![\p{L}\p{N}*@$-])/uy;
const MASKED_WORD_CHARACTER = /^[\p{L}*@$]$/u;
/** Letters before a dash: at most 8 (the first part of `HYPHEN_MASKED`). */
const MOST_BEFORE_DASH = 8;

/**
 * The matches of `HYPHEN_MASKED` in `text`, left to right and not overlapping, as
 * `matchAll` would give them. Every match has a dash right after its first part, so the
 * pattern is tried only where a run of dashes begins, from the start of the word before
 * it: scanning a long draft with one hyphen in it from every letter cost a tenth of a
 * check.
 */
function hyphenMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let dash = text.indexOf('-'); dash !== -1; dash = text.indexOf('-', dash + 1)) {
    if (dash < from || text[dash - 1] === '-') continue;
    // Walk back over the word before the dash, a code point at a time.
    let start = dash;
    let count = 0;
    while (start > 0 && count <= MOST_BEFORE_DASH) {
      const pair = start > 1 && /[\uDC00-\uDFFF]/.test(text[start - 1]!) && /[\uD800-\uDBFF]/.test(text[start - 2]!);
      const width = pair ? 2 : 1;
      if (!MASKED_WORD_CHARACTER.test(text.slice(start - width, start))) break;
      start -= width;
      count++;
    }
    // A longer word has a letter before any start the pattern could take.
    if (count === 0 || count > MOST_BEFORE_DASH || start < from) continue;
    HYPHEN_MASKED.lastIndex = start;
    const m = HYPHEN_MASKED.exec(text);
    if (!m) continue;
    out.push(m);
    from = start + m[0].length;
  }
  return out;
}
const ROOT_PREFIXES: ReadonlySet<string> = new Set(COMPILED.flatMap((t) => t.roots.flatMap((root) => [...root].map((_, i) => root.slice(0, i + 1)))));
const hyphenVerdicts = new Map<string, number>();

function hyphenMasked(prepared: PreparedDraft): { start: number; end: number; term: CompiledTerm; letters: string }[] {
  // One byte a character (a letter above U+00FF is a stand-in letter there, and no lexicon word has one).
  const text = prepared.folded.plain;
  if (!text.includes('-')) return [];
  const out: { start: number; end: number; term: CompiledTerm; letters: string }[] = [];
  for (const m of hyphenMatches(text)) {
    const [word, left, dashes, right] = m as unknown as [string, string, string, string];
    const head = resolveLookalikes(left);
    // The letters before the dash (up to any other mask) must begin a root: "f", "sh", "tw".
    if (!ROOT_PREFIXES.has(head.split(/[*@$]/)[0]!)) continue;
    const key = `${head}${dashes}${right}`;
    let verdict = hyphenVerdicts.get(key);
    if (verdict === undefined) {
      verdict = -1;
      // The dash stands for one to three hidden letters.
      for (let hidden = 1; hidden <= 3 && verdict === -1; hidden++) {
        const candidate = `${head}${'*'.repeat(hidden)}${resolveLookalikes(right)}`;
        const term = termForWord(candidate);
        // The word starts with the root and the dash hides letters of it.
        if (term && rootSpansDash(term, candidate, head.length)) verdict = COMPILED.indexOf(term);
      }
      // "pi**-take", "sh*t-show": a masked root, then a real hyphen before the rest of the word.
      if (verdict === -1 && /[*@$]/.test(head)) {
        const candidate = `${head}${resolveLookalikes(right)}`;
        const term = termForWord(candidate);
        if (term && term.word.exec(candidate)?.[1]?.length === head.length) verdict = COMPILED.indexOf(term);
      }
      // "dick-head", "knob-end": a compound of the lexicon written with a hyphen, its root across the dash.
      if (verdict === -1 && dashes.length === 1 && !/[*@$]/.test(head)) {
        const candidate = `${head}${resolveLookalikes(right)}`;
        const term = termForWord(candidate);
        if (term && (term.word.exec(candidate)?.[1]?.length ?? 0) > head.length) verdict = COMPILED.indexOf(term);
      }
      if (hyphenVerdicts.size > VERDICT_CACHE_SIZE) hyphenVerdicts.clear();
      hyphenVerdicts.set(key, verdict);
    }
    if (verdict < 0) continue;
    const start = m.index!;
    // "Fu-Kin", "Smith-Jones": capitalised on both sides of the dash, a name.
    const typed = sourceSpan(prepared, start, start + word.length);
    if (/^\p{Lu}[^-]*-+\p{Lu}\p{Ll}/u.test(prepared.folded.source.slice(typed.start, typed.end))) continue;
    out.push({ start, end: start + word.length, term: COMPILED[verdict]!, letters: prepared.folded.text.slice(start, start + word.length).replace(LETTERS_ONLY, '') });
  }
  return out;
}

/**
 * Does the root the term found in `word` start the word and run into the hidden letters?
 * The letters before a dash begin a root ("f-ck", "sh-t", "f-ing"); "half-term" is not
 * "half" plus "f***".
 */
function rootSpansDash(term: CompiledTerm, word: string, dashAt: number): boolean {
  const root = term.word.exec(word)?.[1];
  return root !== undefined && word.startsWith(root) && root.length > dashAt;
}

/** Separators between letters spelt out one by one: "f u c k", "f.u.c.k", "f-u-c-k". */
const SPELLING_GAP = /^[ .\-_·•*/]{1,2}$/u;

/** Runs of three or more single letters with spelling separators between them. */
function speltOutRuns(tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const single = (t: Token) => t.kind === 'word' && t.key.length === 1 && !t.inLink;
  for (const token of tokens) {
    if (single(token) && (run.length === 0 || SPELLING_GAP.test(token.gapBefore))) run.push(token);
    else {
      if (run.length >= 3) runs.push(run);
      run = single(token) ? [token] : [];
    }
  }
  if (run.length >= 3) runs.push(run);
  return runs;
}

/** Inside one of the phrases in which the word is innocent ("offa's dyke", "pancake tosser"). */
function inWhitelistedPhrase(text: string, chunk: Chunk, phrases: readonly string[]): boolean {
  for (const phrase of phrases) {
    const from = Math.max(0, chunk.start - phrase.length);
    const window = text.slice(from, chunk.end + phrase.length);
    let at = window.indexOf(phrase);
    while (at !== -1) {
      if (from + at <= chunk.start + 1 && from + at + phrase.length >= chunk.end - 1) return true;
      at = window.indexOf(phrase, at + 1);
    }
  }
  return false;
}

/** Capitalised next to another capitalised word: part of a name or title (Dick Whittington, Offa's Dyke). */
function inProperNoun(tokens: readonly Token[], token: Token | undefined): boolean {
  if (!token || !token.capitalised || token.allCaps) return false;
  const next = tokens[token.index + 1];
  const prev = tokens[token.index - 1];
  const joined = (a: Token, b: Token) => /^[ '-]*$/.test(b.gapBefore) && a.kind !== 'number' && b.kind !== 'number';
  if (next && next.capitalised && !next.allCaps && joined(token, next)) return true;
  if (prev && prev.capitalised && !prev.allCaps && !token.sentenceStart && joined(prev, token)) return true;
  return false;
}

function isProtected(protectedWords: Pick<ReadonlySet<string>, 'has'>, letters: string): boolean {
  if (protectedWords.has(letters)) return true;
  return letters.endsWith('s') && protectedWords.has(letters.slice(0, -1));
}

/**
 * Every offensive word or phrase in the draft, in folded offsets, left to right,
 * without overlaps. `protectedWords` are folded word keys that never fire (names).
 */
export function findOffensive(prepared: PreparedDraft, protectedWords: Pick<ReadonlySet<string>, 'has'> = new Set()): OffensiveMatch[] {
  const text = prepared.folded.text;
  const tokens = prepared.tokens;
  const found: OffensiveMatch[] = [];

  // 1. Words: plain, leetspeak, stretched, look-alike and masked spellings.
  const chunks = chunksOf(prepared);
  screen(chunks.map((c) => c.text));
  for (const chunk of chunks) {
    const index = verdicts.get(chunk.text) ?? -1;
    if (index < 0) continue;
    const term = COMPILED[index]!;
    if (isProtected(protectedWords, chunk.letters)) continue;
    if (term.properNoun && inProperNoun(tokens, tokenAt(tokens, chunk.start))) continue;
    if (term.whitelist && inWhitelistedPhrase(text, chunk, term.whitelist)) continue;
    found.push({ start: chunk.start, end: chunk.end, kind: term.kind, term: term.term, disguised: chunk.masked, sureness: surenessOf(term) });
  }

  // 1b. Letters hidden behind a hyphen or dash: "f-ing", "sh-t", "b--locks".
  for (const hit of hyphenMasked(prepared)) {
    if (isProtected(protectedWords, hit.letters)) continue;
    found.push({ start: hit.start, end: hit.end, kind: hit.term.kind, term: hit.term.term, disguised: true, sureness: surenessOf(hit.term) });
  }

  // 2. Letters spelt out: "f u c k i n g", "f.u.c.k", "s-h-i-t".
  const runs = speltOutRuns(tokens);
  const hits = spelledOut(runs);
  for (const [r, run] of runs.entries()) {
    const hit = hits[r];
    if (!hit) continue;
    const { term, first, last } = hit;
    found.push({ start: run[first]!.start, end: run[last]!.end, kind: term.kind, term: term.term, disguised: true, sureness: surenessOf(term) });
  }

  // 3. Phrases.
  for (const rule of PHRASES) {
    if (!rule.quick.test(text)) continue;
    rule.pattern.lastIndex = 0;
    for (const m of allMatches(rule.pattern, text)) {
      const value = rule.group ? m[rule.group] : m[0];
      if (!value) continue;
      const start = m.index + m[0].lastIndexOf(value);
      const end = start + value.length;
      const last = tokenAt(tokens, end - 1);
      if (last && isProtected(protectedWords, last.base)) continue;
      if (last && inProperNoun(tokens, last)) continue;
      found.push({ start, end, kind: rule.kind, term: rule.term, disguised: false, sureness: DEFAULT_SURENESS[rule.kind] });
    }
  }

  return withoutOverlaps(text, found);
}

/**
 * For each run of spelt-out letters, the first word of the lexicon in it, as token
 * indexes into the run. Spelt-out words have no word boundaries ("f u c k i n g j o
 * k e"), so each root obscenity finds is tried with the endings that could follow it.
 * New runs go to obscenity in one call (it costs a pass of every pattern per call, and a
 * draft can hold thousands of short runs: "a b c d", "x y z"); each distinct run is
 * judged once and remembered across checks, like single words.
 */
function spelledOut(runs: readonly (readonly Token[])[]): ({ term: CompiledTerm; first: number; last: number } | null)[] {
  if (runs.length === 0) return [];
  const words = runs.map((run) => run.map((t) => t.key).join(''));
  let fresh = [...new Set(words)].filter((word) => !spelledVerdicts.has(word));
  if (fresh.length > 0 && spelledVerdicts.size + fresh.length > VERDICT_CACHE_SIZE) {
    spelledVerdicts.clear();
    fresh = [...new Set(words)];
  }
  if (fresh.length > 0) {
    const verdicts = judgeSpelledOut(fresh);
    fresh.forEach((word, i) => spelledVerdicts.set(word, verdicts[i]!));
  }
  return words.map((word) => spelledVerdicts.get(word) ?? null);
}

const spelledVerdicts = new Map<string, { term: CompiledTerm; first: number; last: number } | null>();

function judgeSpelledOut(letters: readonly string[]): ({ term: CompiledTerm; first: number; last: number } | null)[] {
  const found: ({ term: CompiledTerm; first: number; last: number } | null)[] = letters.map(() => null);
  const starts: number[] = [];
  let joined = '';
  for (const word of letters) {
    starts.push(joined.length);
    joined += word + ' ';
  }
  const { matcher, dataset } = obscenityMatcher();
  for (const match of matcher.getAllMatches(joined, true)) {
    const r = lastAtOrBefore(starts, match.startIndex);
    const word = letters[r]!;
    const from = match.startIndex - starts[r]!;
    const to = match.endIndex - starts[r]!;
    if (found[r] || to >= word.length) continue;
    const index = dataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.term;
    if (index === undefined) continue;
    const term = COMPILED[index]!;
    const longest = Math.min(word.length, to + 1 + MAX_ENDING);
    for (let end = longest; end > to; end--) {
      if (termForWord(word.slice(from, end), [term])) {
        found[r] = { term, first: from, last: end - 1 };
        break;
      }
    }
  }
  // Words that are innocent unmasked (dick, prick) are not in obscenity's list, but
  // spelling one out letter by letter ("a total d.i.c.k") is a mask.
  // A lone "a" or "i" before it joins the run ("what a p.r.i.c.k"), so the word may start a letter or two in.
  // (The same "a" or "i" hides any other word from obscenity, which looks for a root at a word's start:
  // "you're a d.i.c.k.h.e.a.d", "a w a n k e r".)
  letters.forEach((word, r) => {
    if (found[r]) return;
    for (let from = 0; from <= Math.min(2, word.length - 3); from++) {
      const afterArticle = from > 0 && /^(?:a|i|ai|ia)$/.test(word.slice(0, from));
      const term = termForWord(word.slice(from), MASKED_ONLY) ?? (afterArticle ? termForWord(word.slice(from)) : null);
      if (term) {
        found[r] = { term, first: from, last: word.length - 1 };
        return;
      }
    }
  });
  return found;
}

/** Lexicon words that fire only when disguised. */
const MASKED_ONLY: readonly CompiledTerm[] = COMPILED.filter((term) => term.maskedOnly);

/** The longest ending in the lexicon, in letters. */
const MAX_ENDING = Math.max(...TERMS.flatMap((t) => t.endings ?? ['']).map((e) => e.length));

function withoutOverlaps(text: string, matches: OffensiveMatch[]): OffensiveMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: OffensiveMatch[] = [];
  for (const m of matches) {
    const last = out[out.length - 1];
    // "you stupid" + "b!tch" is one insult, reported once.
    const joined = last?.term === 'you-adjective' && /^ +$/.test(text.slice(last.end, m.start));
    if (last && (m.start < last.end || joined)) {
      if (joined) last.kind = m.kind === 'threat' || m.kind === 'slur' ? m.kind : last.kind;
      last.end = Math.max(last.end, m.end);
      last.sureness = Math.max(last.sureness, m.sureness);
      continue;
    }
    out.push({ ...m });
  }
  return out;
}
