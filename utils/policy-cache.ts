/**
 * The compiled policy the background checks drafts with: built from the settings (the
 * person's, with the school's managed settings over them) and the pupil list on first
 * use, kept in memory, rebuilt only when any of them changes. After the service worker
 * is stopped and restarted it is simply built again on the next check.
 */
import { compilePolicy, type CompiledPolicy } from '../lib/compiled-policy';
import type { RolloutMode } from '../lib/settings/managed-fields';
import { loadEffectiveSettings, watchManagedPolicy } from './managed-settings';
import { loadRoster } from './roster-db';
import { rosterVersionItem, settingsItem } from './storage';

interface Built {
  policy: CompiledPolicy;
  /** The school's rollout mode: whether a post with a "Must fix" finding is held. */
  mode: RolloutMode;
}

let current: Promise<Built> | null = null;

async function build(): Promise<Built> {
  const [effective, roster] = await Promise.all([loadEffectiveSettings(), loadRoster()]);
  return { policy: compilePolicy({ settings: effective.settings, roster: roster?.pupils ?? [] }), mode: effective.mode };
}

function built(): Promise<Built> {
  if (!current) {
    current = build();
    // A failed build (a broken database) must not stick: try again next time.
    current.catch(() => {
      current = null;
    });
  }
  return current;
}

export async function compiledPolicy(): Promise<CompiledPolicy> {
  return (await built()).policy;
}

export async function rolloutMode(): Promise<RolloutMode> {
  return (await built()).mode;
}

export function forgetCompiledPolicy(): void {
  current = null;
}

export function watchPolicySources(): void {
  settingsItem.watch(forgetCompiledPolicy);
  rosterVersionItem.watch(forgetCompiledPolicy);
  watchManagedPolicy(forgetCompiledPolicy);
}
