/**
 * What a page shows when it cannot read what Post Check keeps on this computer (a
 * database that fails to open, storage that refuses): said plainly, with what to do,
 * instead of looking empty. The failure itself is recorded by utils/problems.ts.
 */
import { useEffect, useState } from 'react';
import { type Problem, problemsItem } from '../../utils/problems';

export function StorageProblem({ what, onRetry }: { what: string; onRetry?: () => void }) {
  return (
    <div role="alert" className="notice error" data-testid="storage-problem">
      <p>
        <strong>Post Check can't reach {what} on this computer.</strong> Reload the extension (on the browser's Extensions page, press Post Check's reload button) or
        restart the browser. If it keeps happening, tell your IT team what "Problems Post Check noted" at the bottom of the settings page says.
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

const when = (at: number) => new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The failures Post Check has recorded (where and what kind, never words or names), for whoever supports the person. */
export function ProblemsList() {
  const [problems, setProblems] = useState<Problem[]>([]);
  useEffect(() => {
    const load = () =>
      void problemsItem.getValue().then(
        (kept) => setProblems(Array.isArray(kept) ? kept : []),
        () => setProblems([]),
      );
    load();
    return problemsItem.watch(load);
  }, []);
  if (problems.length === 0) return null;
  return (
    <details className="notice warning" data-testid="problems">
      <summary>Problems Post Check noted ({problems.length})</summary>
      <p className="hint">Where something failed and what kind of failure it was. No draft, name or setting is kept here.</p>
      <ul>
        {[...problems].reverse().map((problem) => (
          <li key={`${problem.at}-${problem.where}-${problem.kind}`}>
            {when(problem.at)}: {problem.where} ({problem.kind})
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void problemsItem.setValue([])}>
        Clear this list
      </button>
    </details>
  );
}
