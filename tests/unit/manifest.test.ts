import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: 'build' | 'serve' }) => Record<string, unknown>;

describe('the manifest', () => {
  const manifest = config.manifest as unknown as ManifestFn;

  it('asks for Firefox 146 or later, the first that draws text-decoration in ::highlight() (docs/sites.md §0.4)', () => {
    const firefox = manifest({ browser: 'firefox', manifestVersion: 3, mode: 'production', command: 'build' });
    expect((firefox.browser_specific_settings as { gecko: { strict_min_version: string } }).gecko.strict_min_version).toBe('146.0');
  });

  it('adds no Firefox settings to the Chromium build', () => {
    const chrome = manifest({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.permissions).toEqual(['storage', 'alarms']);
  });
});
