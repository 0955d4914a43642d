/**
 * "What counts as a disclaimer" (docs/rules.md): the school's configured text, tolerating
 * small edits; a standard personal-views phrase; or a profile marked as carrying it.
 */
import type { Settings } from '../settings/schema';
import { anyOf, type Vocabulary } from '../text/patterns';
import { phraseKeys } from '../text/phrases';
import type { PreparedDraft } from '../text/prepared';
import type { Span, Token } from '../text/tokens';

/** Standard personal-views phrases, on words joined by single spaces. */
const PERSONAL_VIEWS: Vocabulary = [
  '(?:all |the |these |my )?(?:views|opinions|thoughts|tweets|posts)(?: expressed)?(?: here)?(?: are| is)? (?:all )?(?:my own|mine|personal|entirely my own|solely my own|mine alone)',
  '(?:my )?own (?:views|opinions)',
  'personal (?:views?|opinions?)',
  'not (?:written |posted |speaking |writing |posting )?on behalf of',
  'not (?:speaking|writing|posting) for (?:the |my )?(?:school|academy|trust|employer|workplace)',
  '(?:in|writing in) a personal capacity',
  'speaking for myself',
];
const STANDARD_PHRASES = new RegExp(String.raw`\b${anyOf(...PERSONAL_VIEWS)}\b`);

/**
 * Does this text say the views are the writer's own (a standard personal-views phrase:
 * "Views are my own", "personal opinions", "not on behalf of…")? The settings page warns
 * about a disclaimer that does not: Post Check recognises the school's own words in a
 * post, but a reader needs to be told whose views they are.
 */
export function saysViewsArePersonal(text: string): boolean {
  return STANDARD_PHRASES.test(phraseKeys(text).join(' '));
}

export interface DisclaimerFound extends Span {
  how: 'configured' | 'standard';
}

export class DisclaimerMatcher {
  private readonly configured: string;
  private readonly configuredWords: string[];
  private readonly configuredWordSet: ReadonlySet<string>;
  private readonly tolerance: number;
  private readonly inProfile: ReadonlySet<string>;

  constructor(settings: Settings) {
    this.configuredWords = phraseKeys(settings.disclaimer.text);
    this.configuredWordSet = new Set(this.configuredWords);
    this.configured = this.configuredWords.join(' ');
    // Small edits: a dropped word ending, a typo, "St Stephen's" for "St Stephens".
    this.tolerance = Math.max(2, Math.floor(this.configured.length * 0.12));
    this.inProfile = new Set(settings.disclaimer.inProfile.map((a) => `${a.site}:${phraseKeys(a.handle).join('')}`));
  }

  /**
   * Runs of words that could hold the configured text with small edits. Each edit
   * spoils at most one word, so a near copy keeps most of the text's words; only
   * these runs get the (costlier) character-level search.
   */
  private candidateWindows(words: readonly Token[]): { first: number; last: number }[] {
    const n = this.configuredWords.length;
    const needed = Math.max(Math.ceil(n / 2), n - this.tolerance);
    const windows: { first: number; last: number }[] = [];
    let inWindow = 0;
    const hit = (w: number) => (this.configuredWordSet.has(words[w]!.key) ? 1 : 0);
    for (let w = 0; w < words.length; w++) {
      inWindow += hit(w);
      if (w >= n) inWindow -= hit(w - n);
      if (inWindow >= needed) {
        const first = Math.max(0, w - n - 1);
        const last = Math.min(words.length - 1, w + 2);
        const previous = windows[windows.length - 1];
        if (previous && first <= previous.last + 1) previous.last = last;
        else windows.push({ first, last });
      }
    }
    return windows;
  }

  /** Has the user marked this account's profile as carrying the disclaimer? */
  profileCarriesDisclaimer(site: string, handle: string | undefined): boolean {
    return handle !== undefined && this.inProfile.has(`${site}:${phraseKeys(handle).join('')}`);
  }

  /** Where the draft carries a disclaimer, or null. */
  find(draft: PreparedDraft): DisclaimerFound | null {
    const words = draft.tokens.filter((t) => !t.inLink);
    if (words.length === 0) return null;
    // The draft's words joined by single spaces, remembering where each word's part of the
    // line begins (a word owns the space before it): one string and one array, however long.
    const line = words.map((word) => word.key).join(' ');
    const begins = new Int32Array(words.length + 1);
    for (let w = 1; w <= words.length; w++) begins[w] = begins[w - 1]! + words[w - 1]!.key.length + 1;
    for (let w = 1; w < words.length; w++) begins[w]!--;
    begins[words.length] = line.length;
    /** The word the character at `offset` of the line belongs to. */
    const wordAt = (offset: number) => {
      let low = 0;
      let high = words.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >>> 1;
        if (begins[mid]! <= offset) low = mid;
        else high = mid - 1;
      }
      return low;
    };
    const span = (from: number, to: number): Span => ({
      start: words[wordAt(from)]!.sourceStart,
      end: words[wordAt(Math.max(from, to - 1))]!.sourceEnd,
    });

    if (this.configured.length > 0) {
      const exact = line.indexOf(this.configured);
      if (exact !== -1) return { ...span(exact, exact + this.configured.length), how: 'configured' };
      for (const window of this.candidateWindows(words)) {
        const from = begins[window.first]!;
        const to = window.last + 1 >= words.length ? line.length : begins[window.last + 1]! - 1;
        const near = approximateSearch(line.slice(from, to), this.configured, this.tolerance);
        if (near) return { ...span(from + near.start, from + near.end), how: 'configured' };
      }
    }
    const standard = STANDARD_PHRASES.exec(line);
    if (standard) return { ...span(standard.index, standard.index + standard[0].length), how: 'standard' };
    return null;
  }
}

/**
 * The substring of `text` closest to `pattern` in edit distance, if within `limit`
 * (Sellers' algorithm: O(text × pattern), two rows of memory).
 */
function approximateSearch(text: string, pattern: string, limit: number): Span | null {
  const m = pattern.length;
  if (m === 0 || text.length < m - limit) return null;
  let previous = new Uint16Array(m + 1);
  let current = new Uint16Array(m + 1);
  // starts[j]: where the best alignment ending here began in `text`.
  let previousStart = new Int32Array(m + 1);
  let currentStart = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) previous[j] = j;
  let best: { distance: number; start: number; end: number } | null = null;
  for (let i = 1; i <= text.length; i++) {
    current[0] = 0;
    currentStart[0] = i;
    const c = text.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const substitute = previous[j - 1]! + (pattern.charCodeAt(j - 1) === c ? 0 : 1);
      const remove = previous[j]! + 1;
      const insert = current[j - 1]! + 1;
      if (substitute <= remove && substitute <= insert) {
        current[j] = substitute;
        currentStart[j] = j === 1 ? i - 1 : previousStart[j - 1]!;
      } else if (remove <= insert) {
        current[j] = remove;
        currentStart[j] = previousStart[j]!;
      } else {
        current[j] = insert;
        currentStart[j] = currentStart[j - 1]!;
      }
    }
    const distance = current[m]!;
    if (distance <= limit && (best === null || distance < best.distance)) best = { distance, start: currentStart[m]!, end: i };
    [previous, current] = [current, previous];
    [previousStart, currentStart] = [currentStart, previousStart];
  }
  return best && { start: best.start, end: best.end };
}
