/** Errors are seen, never swallowed: where and what kind, never the error's words. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../entrypoints/background/handlers';
import { forgetCompiledPolicy } from '../../entrypoints/background/policy-cache';
import { problemsItem, reportProblem } from '../../utils/problems';

beforeEach(() => {
  fakeBrowser.reset();
  forgetCompiledPolicy();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('reporting a problem', () => {
  it('keeps where it happened and the kind of error, never its message', async () => {
    await reportProblem('reading the pupil list', new TypeError('Grace Okafor could not be read'));
    const [problem] = await problemsItem.getValue();
    expect(problem).toMatchObject({ where: 'reading the pupil list', kind: 'TypeError' });
    expect(JSON.stringify(await problemsItem.getValue())).not.toContain('Grace');
    expect(console.warn).toHaveBeenCalledWith('Post Check: reading the pupil list failed (TypeError).');
  });

  it('keeps the last 50', async () => {
    for (let i = 0; i < 60; i++) await reportProblem(`place ${i}`, new Error('x'));
    const kept = await problemsItem.getValue();
    expect(kept).toHaveLength(50);
    expect(kept.at(-1)!.where).toBe('place 59');
  });

  it('records a check that went wrong in the background, which still answers so the post is held', async () => {
    // The pupil list's database cannot be opened (a broken profile, a full disc).
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('cannot open', 'UnknownError');
    });
    const sender = { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 3, url: 'https://x.com/home' } } as never;
    const result = (await handleMessage({ type: 'check-draft', composerId: 'c', draft: { text: 'Hello', site: 'x', surface: 'post', images: 0 } }, sender)) as {
      unchecked?: { reason: string };
    };
    expect(result.unchecked?.reason).toBe('failed');
    await vi.waitFor(async () => expect((await problemsItem.getValue()).map((p) => p.where)).toContain('checking a draft'));
  });
});
