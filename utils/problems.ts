/**
 * What went wrong, kept so it can be seen: where it happened and what kind of error it
 * was, never the error's words (they can carry a draft or a name), never draft text,
 * names or settings. The last 50 are kept in the extension's local storage, for the
 * settings page's "Problems" list; each also goes to the extension's own console.
 */
import { storage } from 'wxt/utils/storage';

export interface Problem {
  at: number;
  /** A fixed description of the place: "reading the pupil list". */
  where: string;
  /** The kind of error: `QuotaExceededError`, `TypeError`, `no answer`. */
  kind: string;
}

const KEEP = 50;
export const problemsItem = storage.defineItem<Problem[]>('local:problems', { fallback: [] });

function kindOf(error: unknown): string {
  if (error instanceof Error) return error.name === 'Error' ? 'error' : error.name;
  if (error === undefined || error === null) return 'no answer';
  return typeof error;
}

/** Records a failure and lets the caller carry on with its own fallback. Never throws. */
export async function reportProblem(where: string, error: unknown): Promise<void> {
  const problem: Problem = { at: Date.now(), where, kind: kindOf(error) };
  console.warn(`Post Check: ${where} failed (${problem.kind}).`);
  try {
    const kept = await problemsItem.getValue();
    await problemsItem.setValue([...(Array.isArray(kept) ? kept : []).slice(-(KEEP - 1)), problem]);
  } catch {
    // Storage itself is failing: the console line above is all that can be kept.
  }
}
