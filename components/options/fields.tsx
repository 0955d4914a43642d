/** Labelled fields for the settings page: every control has a visible label and, where useful, a hint tied to it. */
import { useId, type ReactNode } from 'react';
import type { Settings } from '../../lib/settings/schema';
import { Announcements } from '../ui/announcer';

/** One entry a line, trimmed, blank lines dropped, repeats dropped. */
export function linesOf(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '' && !seen.has(line.toLowerCase()) && seen.add(line.toLowerCase()));
}

export interface FieldProps {
  label: string;
  hint?: ReactNode;
  value: string;
  onChange(value: string): void;
  invalid?: boolean;
  testId?: string;
  type?: 'text' | 'email';
  autoComplete?: string;
}

export function TextField({ label, hint, value, onChange, invalid, testId, type = 'text', autoComplete = 'off' }: FieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        aria-describedby={hint ? `${id}-hint` : undefined}
        aria-invalid={invalid || undefined}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** A list edited as text, one entry a line. */
export function LinesField({ label, hint, value, onChange, invalid, testId, rows = 3 }: FieldProps & { rows?: number }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {hint ? <>{hint} </> : null}One a line.
      </p>
      <textarea
        id={id}
        rows={rows}
        value={value}
        aria-describedby={`${id}-hint`}
        aria-invalid={invalid || undefined}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export interface SectionProps {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}

export function Section({ id, title, intro, children }: SectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro}
      {children}
      <Announcements section={id} />
    </section>
  );
}

/** A settings section's Save button and the form around it. */
export function SaveForm({ children, onSave, label = 'Save' }: { children: ReactNode; onSave(): void | Promise<void>; label?: string }) {
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSave();
      }}
    >
      {children}
      <div className="row">
        <button type="submit">{label}</button>
      </div>
    </form>
  );
}

export type SettingsUpdate = (settings: Settings) => unknown;
