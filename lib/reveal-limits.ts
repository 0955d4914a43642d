/**
 * Limits on what checking can reveal about the pupil list (issue 8: "no pupil-list
 * oracle").
 *
 * A page (the site, a script injected into it, another extension) can read the
 * underlines and the panel Post Check draws in a compose box. If it could also make
 * Post Check check text of its choosing, every check would answer "which of these
 * words are pupils' names, and which of them have no media consent?". The content
 * script checks only after the user's own typing; these limits are the second line:
 *
 * - **Per draft**: when a draft names more than MAX_PUPILS_SHOWN_PER_DRAFT different
 *   pupils, the pupil findings still block but say only that the post names pupils,
 *   not which words: a list of 4,000 candidate names learns nothing about which are
 *   on the roster. A real post naming a whole team is still held.
 * - **Per tab, over time**: a tab may be shown at most MAX_PUPILS_SHOWN_PER_TAB
 *   different pupils' names in any TAB_WINDOW_MS; past that, pupil findings in that
 *   tab are whole-draft until the window has moved on. A tab that asks about many
 *   one-name drafts learns at most whether each draft names a pupil at all.
 * - **Checks per tab**: at most CHECK_BURST checks at once and CHECKS_PER_SECOND
 *   after that, which bounds even that one bit per check to a few a second.
 *
 * Names are compared folded, as matching compares them, so "Grace" and "GRACE" are one.
 * Everything here lives in the background's memory only, never in storage.
 */

export const MAX_PUPILS_SHOWN_PER_DRAFT = 6;
export const MAX_PUPILS_SHOWN_PER_TAB = 30;
export const TAB_WINDOW_MS = 10 * 60_000;

export const CHECK_BURST = 30;
export const CHECKS_PER_SECOND = 5;

type Clock = () => number;

/** Which pupils' names each tab has been shown, and when. */
export class PupilRevealBudget {
  private readonly shown = new Map<number, Map<string, number>>();

  constructor(private readonly now: Clock = Date.now) {}

  /**
   * May the findings for a draft in this tab point at the words that are pupils'
   * names? `names` are the distinct names found in it. The names are counted against
   * the tab either way, so asking again with the same long list does not help.
   */
  admit(tab: number, names: readonly string[]): boolean {
    if (names.length === 0) return true;
    const now = this.now();
    const seen = this.shown.get(tab) ?? new Map<string, number>();
    for (const [name, at] of seen) if (now - at >= TAB_WINDOW_MS) seen.delete(name);
    const tooManyInDraft = names.length > MAX_PUPILS_SHOWN_PER_DRAFT;
    // Only as many as could ever matter are remembered: a draft of 4,000 names costs no memory.
    for (const name of names.slice(0, MAX_PUPILS_SHOWN_PER_TAB + 1)) seen.set(name, now);
    this.shown.set(tab, seen);
    return !tooManyInDraft && seen.size <= MAX_PUPILS_SHOWN_PER_TAB;
  }

  forget(tab: number): void {
    this.shown.delete(tab);
  }
}

/** A token bucket per tab: CHECK_BURST checks at once, then CHECKS_PER_SECOND. */
export class CheckRateLimit {
  private readonly buckets = new Map<number, { tokens: number; at: number }>();

  // (Read late, so that a test may hold the clock still.)
  constructor(private readonly now: Clock = () => Date.now()) {}

  /** Takes one check from the tab's allowance; when there is none, how long until there is. */
  take(tab: number): { ok: true } | { ok: false; retryAfterMs: number } {
    const now = this.now();
    const bucket = this.buckets.get(tab) ?? { tokens: CHECK_BURST, at: now };
    bucket.tokens = Math.min(CHECK_BURST, bucket.tokens + ((now - bucket.at) / 1000) * CHECKS_PER_SECOND);
    bucket.at = now;
    this.buckets.set(tab, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterMs: Math.ceil(((1 - bucket.tokens) / CHECKS_PER_SECOND) * 1000) };
  }

  forget(tab: number): void {
    this.buckets.delete(tab);
  }
}
