import { describe, expect, it } from 'vitest';
import type { ComposerState, TabState } from '../../lib/messaging';
import { currentComposer, findingQuote, tabHeadline } from '../../lib/tab-summary';
import type { Finding } from '../../lib/types';

const finding: Finding = { rule: 'pupil-name', severity: 'block', start: 10, end: 22, message: 'm', policy: 'p' };
const composer = (findings: Finding[], extra: Partial<ComposerState> = {}): ComposerState => ({
  composerId: 'c',
  surface: 'post',
  account: 'personal',
  findings,
  focusedAt: 1,
  ...extra,
});
const tab = (state: Partial<TabState>): TabState => ({ site: 'x', paused: false, composers: [], ...state });

describe("the popup's headline", () => {
  it.each([
    [null, 'Nothing to check on this page'],
    [tab({ site: null }), 'Nothing to check on this page'],
    [tab({ site: 'facebook' }), 'Nothing to check yet: start a post on Facebook'],
    [tab({ composers: [composer([])] }), 'Looks good: nothing to change in your post on X'],
    [tab({ composers: [composer([finding])] }), '1 thing to look at in your post on X'],
    [tab({ site: 'linkedin', composers: [composer([finding, finding])] }), '2 things to look at in your post on LinkedIn'],
    [tab({ paused: true, composers: [composer([finding])] }), 'Checking is paused on X'],
  ])('%j → %s', (state, headline) => {
    expect(tabHeadline(state)).toBe(headline);
  });

  it('is about the compose box the user was last in', () => {
    const last = composer([finding], { composerId: 'last' });
    expect(currentComposer(tab({ composers: [last, composer([])] }))).toBe(last);
  });

  it('quotes the words a finding is about, when it has the draft', () => {
    expect(findingQuote(composer([], { text: 'Well done Grace Okafor!' }), 10, 22)).toBe('Grace Okafor');
    expect(findingQuote(composer([]), 10, 22)).toBeNull();
    expect(findingQuote(composer([], { text: 'abc' }), undefined, undefined)).toBeNull();
  });
});
