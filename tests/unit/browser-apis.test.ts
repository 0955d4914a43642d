/**
 * The extension APIs Post Check calls, held to a reviewed list of what Chrome, Edge
 * (Chromium, same package) and Firefox 146 all provide under Manifest V3, so the one
 * Chromium package also runs in Edge unchanged and the Firefox build has everything
 * it needs. A new API call fails here until it has been checked in all three.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Reviewed against Chrome's, Microsoft Edge's and MDN's (Firefox) extension API references. */
const REVIEWED = [
  'action.setBadgeBackgroundColor',
  'alarms.clear',
  'alarms.create',
  'alarms.get',
  'alarms.onAlarm',
  'commands.getAll',
  'commands.onCommand',
  'action.setBadgeText',
  'runtime.getURL',
  'runtime.id',
  'runtime.onInstalled',
  'runtime.onMessage',
  'runtime.openOptionsPage',
  'runtime.sendMessage',
  'storage.managed',
  'storage.onChanged',
  'tabs.create',
  'tabs.get',
  'tabs.onRemoved',
  'tabs.query',
  'tabs.sendMessage',
  'tabs.update',
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('extension APIs', () => {
  it('are only ones Chrome, Edge and Firefox 146 all provide', () => {
    const used = new Set<string>();
    for (const file of ['components', 'entrypoints', 'utils', 'lib'].flatMap((dir) => sources(path.join(process.cwd(), dir)))) {
      for (const [, api] of readFileSync(file, 'utf8').matchAll(/\bbrowser\.([a-zA-Z]+\.[a-zA-Z]+)/g)) used.add(api!);
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((api) => !REVIEWED.includes(api))).toEqual([]);
  });

  it('keep everything in local, session or managed storage, never sync', () => {
    for (const file of ['utils', 'components', 'entrypoints'].flatMap((dir) => sources(path.join(process.cwd(), dir)))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/storage\.sync\.\w+|['"]sync:/);
    }
  });
});
