/** Labelled fields for the settings page: every control has a visible label and, where useful, a hint tied to it. */
import { useId, type ReactNode } from 'react';
import { sectionTitle, type SCHOOL_POLICY_SECTION, type SettingsSectionId } from '../../lib/settings/sections';
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
  /** The school's managed settings set this field: shown, not editable. */
  setBySchool?: boolean;
}

/** Says a field is the school's. Words and an icon, never colour alone. */
export function SetBySchool({ id }: { id: string }) {
  return (
    <p className="school-set" id={id}>
      <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16" focusable="false">
        <path d="M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7zm2 0h4V5a2 2 0 0 0-4 0z" fill="currentColor" />
      </svg>
      Set by your school
    </p>
  );
}

/** The ids a field's aria-describedby names: its hint, and "Set by your school" when it is the school's. */
function describedBy(id: string, hint: boolean, setBySchool: boolean | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', setBySchool ? `${id}-school` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function TextField({ label, hint, value, onChange, invalid, testId, type = 'text', autoComplete = 'off', setBySchool }: FieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {setBySchool && <SetBySchool id={`${id}-school`} />}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type}
        value={value}
        readOnly={setBySchool}
        autoComplete={autoComplete}
        aria-describedby={describedBy(id, Boolean(hint), setBySchool)}
        aria-invalid={invalid || undefined}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** A list edited as text, one entry a line. */
export function LinesField({ label, hint, value, onChange, invalid, testId, rows = 3, setBySchool }: FieldProps & { rows?: number }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {setBySchool && <SetBySchool id={`${id}-school`} />}
      <p className="hint" id={`${id}-hint`}>
        {hint ? <>{hint} </> : null}One a line.
      </p>
      <textarea
        id={id}
        rows={rows}
        value={value}
        readOnly={setBySchool}
        aria-describedby={describedBy(id, true, setBySchool)}
        aria-invalid={invalid || undefined}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export interface SectionProps {
  /** Its id on the page, and so its heading (lib/settings/sections.ts). */
  id: SettingsSectionId | typeof SCHOOL_POLICY_SECTION.id;
  intro?: ReactNode;
  children: ReactNode;
}

export function Section({ id, intro, children }: SectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`}>{sectionTitle(id)}</h2>
      {intro}
      {children}
      <Announcements section={id} />
    </section>
  );
}

