/**
 * One way of saving on the settings page: as the person goes (issue 15). A section's
 * fields save when the person leaves a field, presses Enter in one, or stops typing for
 * a moment; every save can be undone from the message that says it was saved. Nothing
 * to forget: the Checks table, the imports and the switches already work this way, so
 * the whole page now does. What cannot be saved yet (an address half typed) is said
 * when the person leaves the field, and the browser asks before the page closes with
 * it unsaved.
 *
 * Fields follow the stored settings when they change elsewhere (another settings tab,
 * an import, the school's policy), except those the person has typed in and not saved:
 * what a person types is never overwritten.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

/** A pause this long in typing saves what is there, when it can be saved. */
const IDLE_SAVE_MS = 1_000;

type Form = Record<string, string | boolean>;

interface Synced<T extends Form> {
  form: T;
  /** The stored values the form last took. */
  base: T;
  /** The form as it was sent to be saved, until the save comes back. */
  sent: T | null;
  key: string;
}

/** Keeps `form` in step with `stored` without losing what the person has typed. */
export function useSyncedForm<T extends Form>(stored: T) {
  const key = JSON.stringify(stored);
  const [state, setState] = useState<Synced<T>>(() => ({ form: stored, base: stored, sent: null, key }));
  let current = state;
  if (state.key !== key) {
    // The stored values changed (a save came back, or a change made elsewhere): take
    // each one the person has not changed since.
    const form = { ...state.form };
    for (const field of Object.keys(stored) as (keyof T)[]) {
      const untouched = state.form[field] === state.base[field] || (state.sent !== null && state.form[field] === state.sent[field]);
      if (untouched) form[field] = stored[field];
    }
    current = { form, base: stored, sent: null, key };
    setState(current);
  }
  const set = useCallback(
    <K extends keyof T>(field: K) =>
      (value: T[K]) =>
        setState((s) => ({ ...s, form: { ...s.form, [field]: value } })),
    [],
  );
  const setForm = useCallback((update: (form: T) => T) => setState((s) => ({ ...s, form: update(s.form) })), []);
  /** About to save the form as it is now. */
  const sending = useCallback(() => setState((s) => ({ ...s, sent: s.form })), []);
  const dirty = (Object.keys(stored) as (keyof T)[]).some((field) => current.form[field] !== stored[field]);
  return { form: current.form, set, setForm, sending, dirty };
}

export interface AutoSaveFormProps {
  children: ReactNode;
  /** The form differs from what is stored. */
  dirty: boolean;
  /** Changes whenever the form does, so a pause in typing is noticed. */
  revision: string;
  /** Saves the form; `quiet` (a pause in typing) says nothing when it cannot be saved yet. */
  onSave(quiet: boolean): Promise<unknown>;
  /** False when nothing here can be changed (every field set by the school). */
  enabled?: boolean;
}

export function AutoSaveForm({ children, dirty, revision, onSave, enabled = true }: AutoSaveFormProps) {
  const latest = useRef({ onSave, dirty, enabled });
  latest.current = { onSave, dirty, enabled };
  const busy = useRef(false);
  /** Asked to save while a save was running: once it is done, save again (quietly only if every ask was quiet). */
  const again = useRef<boolean | null>(null);
  const run = useCallback(async (quiet: boolean): Promise<void> => {
    if (busy.current) {
      again.current = again.current === null ? quiet : again.current && quiet;
      return;
    }
    const { onSave: save, dirty: changed, enabled: on } = latest.current;
    if (!on || !changed) return;
    busy.current = true;
    try {
      await save(quiet);
    } finally {
      busy.current = false;
    }
    const next = again.current;
    again.current = null;
    // The form as drawn after the save: wait for it before deciding there is more to save.
    if (next !== null) setTimeout(() => void run(next), 0);
  }, []);

  // A pause in typing: every change to the form (a new `revision`) starts the wait again.
  // biome-ignore lint/correctness/useExhaustiveDependencies(revision): the effect reads no revision; a new one restarts the idle timer.
  useEffect(() => {
    if (!enabled || !dirty) return;
    const timer = setTimeout(() => void run(true), IDLE_SAVE_MS);
    return () => clearTimeout(timer);
  }, [revision, dirty, enabled, run]);

  // Closing the page with something typed that could not be saved: the browser asks first.
  useEffect(() => {
    if (!enabled || !dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, enabled]);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void run(false);
      }}
      onChange={(event) => {
        // A switch, a choice or a time is saved as soon as it changes (once the change is drawn).
        const target = event.target as unknown as HTMLElement;
        if (target.matches('select, input[type="checkbox"], input[type="radio"]')) setTimeout(() => void run(false), 0);
      }}
      onBlur={(event) => {
        // Leaving a field saves it (a switch or a drop-down saves as it changes).
        const target = event.target as HTMLElement;
        if (target.matches('input, textarea, select')) void run(false);
      }}
    >
      {children}
    </form>
  );
}

/** "Saved." with an Undo beside it, for a section. */
export function savedWithUndo(say: { status(text: string, action?: { label: string; run(): void }): void; alert(text: string): void }, undo: () => Promise<boolean>) {
  return (text: string) =>
    say.status(text, {
      label: 'Undo',
      run: () =>
        void undo().then(
          (done) => done && say.status('Undone: put back as it was before.'),
          () => say.alert("Post Check couldn't undo that. Try again."),
        ),
    });
}
