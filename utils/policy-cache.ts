/**
 * The compiled policy the background checks drafts with: built from the settings and
 * the pupil list on first use, kept in memory, rebuilt only when either changes. After
 * the service worker is stopped and restarted it is simply built again on the next
 * check.
 */
import { compilePolicy, type CompiledPolicy } from '../lib/compiled-policy';
import { expandNameTable, NAME_TABLE_VERSION, plainNameTable, type NameTable } from '../lib/roster/name-index';
import { packKey, packNameTable } from '../lib/roster/pack';
import { loadRoster, type StoredRoster } from './roster-db';
import { rosterVersionItem, settingsItem } from './storage';

let current: Promise<CompiledPolicy> | null = null;

async function build(): Promise<CompiledPolicy> {
  const [settings, roster] = await Promise.all([settingsItem.getValue(), loadRoster()]);
  return compilePolicy({ settings, roster: nameTableOf(roster) });
}

/** The name table of the stored list or pack: the stored compact table when it is current, else worked out again. */
export function nameTableOf(roster: StoredRoster | undefined): NameTable {
  if (!roster) return plainNameTable([]);
  const key = roster.pack ? packKey(roster.pack) : (form: string) => form;
  if (roster.table?.version === NAME_TABLE_VERSION) return expandNameTable(roster.table, key);
  return roster.pack ? packNameTable(roster.pack) : plainNameTable(roster.pupils);
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
