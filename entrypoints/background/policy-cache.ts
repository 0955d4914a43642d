/**
 * The compiled policy the background checks drafts with: built from the settings (the
 * person's, with the school's managed settings over them) and the pupil list on first
 * use, kept in memory, rebuilt only when any of them changes. After the service worker
 * is stopped and restarted it is simply built again on the next check.
 */
import { compilePolicy, type CompiledPolicy } from '../../lib/compiled-policy';
import type { RolloutMode } from '../../lib/managed/fields';
import { loadEffectiveSettings, watchManagedPolicy } from '../../utils/managed-settings';
import { reportProblem } from '../../utils/problems';
import { loadRoster, nameTableOf } from '../../utils/roster-db';
import { rosterVersionItem, settingsItem } from '../../utils/storage';

interface Built {
  policy: CompiledPolicy;
  /** The school's rollout mode: whether a post with a "Must fix" finding is held. */
  mode: RolloutMode;
}

let current: Promise<Built> | null = null;

async function build(): Promise<Built> {
  const [effective, roster] = await Promise.all([loadEffectiveSettings(), loadRoster()]);
  // A school pack pushed by the school's IT wins over a list imported on this computer.
  const pupils = effective.pack ? { pupils: [], importedAt: 0, pack: effective.pack } : roster;
  return { policy: compilePolicy({ settings: effective.settings, roster: nameTableOf(pupils) }), mode: effective.mode };
}

function built(): Promise<Built> {
  if (!current) {
    current = build();
    // A failed build (a broken database) must not stick: try again next time.
    current.catch((error: unknown) => {
      current = null;
      void reportProblem('reading the settings and the pupil list', error);
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
  // The next policy's school-specific matchers are new: warm them too.
  warmed = false;
}

export function watchPolicySources(): void {
  settingsItem.watch(forgetCompiledPolicy);
  rosterVersionItem.watch(forgetCompiledPolicy);
  watchManagedPolicy(forgetCompiledPolicy);
}

/** A draft that reaches every rule's first-use work (its patterns, its word tables). */
const WARM_UP_DRAFT = "Star of the week: a lovely day at school, thanks to my class! SLT have no idea, it's confidential, call 07700 900000, see www.example.org/news";

/**
 * Gets the checks ready when the worker starts (a compose box being focused wakes it):
 * the settings and pupil list read, the name table expanded, and each rule's patterns
 * compiled by one throwaway check, so the person's first check after a restart does not
 * pay for them. Skipped when a real check has already done it.
 */
export function warmUp(check: (policy: CompiledPolicy, text: string) => unknown): void {
  setTimeout(() => {
    void compiledPolicy()
      .then((policy) => {
        if (!warmed) check(policy, WARM_UP_DRAFT);
        warmed = true;
      })
      .catch((error: unknown) => void reportProblem('getting the checks ready', error));
  }, 0);
}

let warmed = false;

/** A real check ran: the rules are warm. */
export function noteChecked(): void {
  warmed = true;
}
