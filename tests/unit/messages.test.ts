/**
 * One typed channel: every request has its reply type, the background answers each
 * through its handler, and a reply a compose box acts on is checked when it arrives.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestSchema, REPLY_SCHEMAS } from '../../lib/messaging';
import { ask, NoAnswerError, readTabMessage } from '../../utils/messages';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('asking the background', () => {
  it('hands back a reply that checks out', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ logo: true } as never);
    const reply = await ask({ type: 'check-image', image: { width: 1, height: 1, rgbaBase64: 'AAAAAA==' } });
    expect(reply.logo).toBe(true);
  });

  it('refuses a check result that is not one, so a compose box never acts on a guess', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ findings: 'none' } as never);
    await expect(
      ask({ type: 'check-draft', composerId: 'c', draft: { text: 'hi', site: 'x', surface: 'post', images: 0 } }),
    ).rejects.toBeInstanceOf(NoAnswerError);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
    await expect(ask({ type: 'late-night-check', composerId: 'c', draft: { text: 'hi', site: 'x', surface: 'post', images: 0 } })).rejects.toBeInstanceOf(
      NoAnswerError,
    );
  });

  it('checks the replies of the requests a compose box acts on', () => {
    expect(Object.keys(REPLY_SCHEMAS).sort()).toEqual(['check-draft', 'check-image', 'get-shortcut', 'late-night-check', 'second-opinion']);
    // Each is a request the background knows.
    for (const type of Object.keys(REPLY_SCHEMAS)) expect(requestSchema.safeParse({ type }).error?.issues[0]?.code).not.toBe('invalid_union');
  });
});

describe('messages to a tab', () => {
  it('reads only the background’s own messages', () => {
    expect(readTabMessage({ type: 'recheck' })).toEqual({ type: 'recheck' });
    expect(readTabMessage({ type: 'recheck', extra: 'x' })).toEqual({ type: 'recheck' });
    expect(readTabMessage({ type: 'post-anyway' })).toBeNull();
    expect(readTabMessage('recheck')).toBeNull();
  });
});
