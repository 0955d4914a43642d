/**
 * The compiled policy the background checks drafts with: built from the settings and
 * the pupil list on first use, kept in memory, rebuilt only when either changes. After
 * the service worker is stopped and restarted it is simply built again on the next
 * check.
 */
import { compilePolicy, type CompiledPolicy } from '../lib/compiled-policy';
import { loadRoster } from './roster-db';
import { rosterVersionItem, settingsItem } from './storage';

let current: Promise<CompiledPolicy> | null = null;

async function build(): Promise<CompiledPolicy> {
  const [settings, roster] = await Promise.all([settingsItem.getValue(), loadRoster()]);
  return compilePolicy({ settings, roster: roster?.pupils ?? [] });
}

export function compiledPolicy(): Promise<CompiledPolicy> {
  if (!current) {
    current = build();
    // A failed build (a broken database) must not stick: try again next time.
    current.catch(() => {
      current = null;
    });
  }
  return current;
}

export function forgetCompiledPolicy(): void {
  current = null;
}

export function watchPolicySources(): void {
  settingsItem.watch(forgetCompiledPolicy);
  rosterVersionItem.watch(forgetCompiledPolicy);
}
