/** The popup's first line about the tab it was opened on. */
import type { ComposerState, TabState } from './messaging';
import { SITE_NAMES } from './types';

/** The compose box the user was last in, if the tab has one. */
export function currentComposer(state: TabState | null): ComposerState | null {
  return state?.composers[0] ?? null;
}

export function tabHeadline(state: TabState | null): string {
  if (!state || state.site === null) return 'Nothing to check on this page';
  const site = SITE_NAMES[state.site];
  if (state.paused) return `Checking is paused on ${site}`;
  const composer = currentComposer(state);
  if (!composer) return `Nothing to check yet: start a post on ${site}`;
  const n = composer.findings.length;
  if (n === 0) return `Looks good: nothing to change in your post on ${site}`;
  return `${n} ${n === 1 ? 'thing' : 'things'} to look at in your post on ${site}`;
}

/** The words of the draft a finding is about, when the popup has the draft. */
export function findingQuote(composer: ComposerState, start: number | undefined, end: number | undefined): string | null {
  if (composer.text === undefined || start === undefined || end === undefined || end <= start) return null;
  const quote = composer.text.slice(start, end);
  return quote.trim() === '' ? null : quote;
}
