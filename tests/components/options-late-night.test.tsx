// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within as inside } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LateNightSection } from '../../components/options/LateNightSection';
import { SettingsProvider } from '../../components/options/settings-context';
import { AnnouncerProvider } from '../../components/ui/announcer';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { handleMessage } from '../../entrypoints/background/handlers';
import { forgetCompiledPolicy } from '../../entrypoints/background/policy-cache';
import { settingsItem } from '../../utils/storage';
import { fakeExtension } from './extension-fakes';

beforeEach(() => {
  fakeExtension();
  // The background keeps the compiled settings in memory; a real one rebuilds them when they change.
  forgetCompiledPolicy();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function renderLateNight() {
  render(
    <AnnouncerProvider>
      <SettingsProvider fallback={<p>Loading</p>}>
        <LateNightSection />
      </SettingsProvider>
    </AnnouncerProvider>,
  );
  return inside(await screen.findByRole('region', { name: 'Late-night pause' }));
}

describe('settings: the late-night pause', () => {
  it('is off until the school turns it on, with hours the school sets', async () => {
    const within = await renderLateNight();
    const box = within.getByRole('checkbox', { name: /Ask before a late-night post/ });
    expect(box).toHaveProperty('checked', false);
    await userEvent.click(box);
    const from = within.getByLabelText('From') as HTMLInputElement;
    await userEvent.clear(from);
    await userEvent.type(from, '21:30');
    await userEvent.tab();
    await waitFor(async () => expect((await settingsItem.getValue()).lateNight).toEqual({ enabled: true, from: '21:30', to: '06:00' }));
    await waitFor(() => expect(within.getByRole('status').textContent).toBe('Late-night pause on, from 21:30 until 06:00.'));
  });

  it('refuses the same start and end, naming the field, and keeps what was saved', async () => {
    const within = await renderLateNight();
    const to = within.getByLabelText('Until') as HTMLInputElement;
    await userEvent.clear(to);
    await userEvent.type(to, '22:00');
    await userEvent.tab();
    await waitFor(() => expect(within.getByRole('alert').textContent).toBe('Not saved. Until: the start and end times must differ.'));
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect((await settingsItem.getValue()).lateNight).toEqual(DEFAULT_SETTINGS.lateNight);
  });
});

describe('the late-night question, asked of the background by the compose box', () => {
  async function ask(text: string, time: Date): Promise<unknown> {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(time);
    const tab = await fakeBrowser.tabs.create({ url: 'https://x.com/home' });
    const sender = { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: tab.id!, url: 'https://x.com/home' } } as never;
    return handleMessage({ type: 'late-night-check', composerId: 'c1', draft: { text, site: 'x', surface: 'post', images: 0 } }, sender);
  }

  it('answers with the school’s hours and the computer’s clock', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, staff: ['Mr Tom Trewin'], lateNight: { enabled: true, from: '22:00', to: '06:00' } });
    expect(await ask('Mr Trewin should be ashamed', new Date(2026, 2, 14, 23, 40))).toEqual({ ask: true });
    expect(await ask('Mr Trewin should be ashamed', new Date(2026, 2, 14, 19, 40))).toEqual({ ask: false });
    expect(await ask('Lovely sunset tonight', new Date(2026, 2, 14, 23, 40))).toEqual({ ask: false });
  });

  it('never asks when the school has not turned it on, and only its own content script may ask', async () => {
    expect(await ask("Long day at St Stephen's", new Date(2026, 2, 14, 23, 40))).toEqual({ ask: false });
    await expect(
      handleMessage(
        { type: 'late-night-check', composerId: 'c1', draft: { text: 'x', site: 'x', surface: 'post', images: 0 } },
        { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') } as never,
      ),
    ).rejects.toThrow(/not from a compose box/);
  });
});
