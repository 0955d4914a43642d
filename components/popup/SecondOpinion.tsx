/**
 * "Ask for a second opinion": a pre-filled email to a contact from the school's
 * settings. The draft goes in only if the user ticks the box (off by default).
 */
import { useId, useState } from 'react';
import type { ComposerState } from '../../lib/messaging';
import { secondOpinionContacts, secondOpinionMailto } from '../../lib/second-opinion';
import type { Site } from '../../lib/types';

export interface SecondOpinionProps {
  contacts: Readonly<Record<string, string>>;
  /** The school's own rules, for their names in the email. */
  customRules?: readonly { id: string; title: string }[];
  site: Site | null;
  composer: ComposerState | null;
  onOpenSettings(): void;
}

export function SecondOpinion({ contacts, customRules, site, composer, onOpenSettings }: SecondOpinionProps) {
  const headingId = useId();
  const options = secondOpinionContacts(contacts);
  const [chosen, setChosen] = useState(options[0]?.key ?? '');
  const [includeDraft, setIncludeDraft] = useState(false);
  const contact = options.find((o) => o.key === chosen) ?? options[0];
  const draft = composer?.text?.trim() ? composer.text : undefined;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Ask for a second opinion
      </h2>
      {!contact ? (
        <p>
          Your school hasn't said who to ask yet.{' '}
          <button type="button" className="link" onClick={onOpenSettings}>
            Add a contact in settings
          </button>
        </p>
      ) : (
        <>
          {options.length > 1 ? (
            <div className="field">
              <label htmlFor={`${headingId}-who`}>Who to ask</label>
              <select id={`${headingId}-who`} value={contact.key} onChange={(e) => setChosen(e.target.value)}>
                {options.map((o) => (
                  <option key={o.key} value={o.key}>
                    {o.label} ({o.email})
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <p>
              Ask your {contact.label.toLowerCase()} ({contact.email}).
            </p>
          )}
          <label className="check">
            <input type="checkbox" checked={includeDraft && draft !== undefined} disabled={draft === undefined} onChange={(e) => setIncludeDraft(e.target.checked)} />
            <span>
              Put my draft in the email
              <span className="hint block">
                {draft === undefined
                  ? 'There is no draft on this page to add.'
                  : "Off unless you tick it. Emails get forwarded: leave it off if your draft names pupils."}
              </span>
            </span>
          </label>
          <a
            className="button"
            data-testid="second-opinion"
            href={secondOpinionMailto({ to: contact.email, site, findings: composer?.findings ?? [], customRules, draft: includeDraft ? draft : undefined }) ?? undefined}
            target="_blank"
            rel="noreferrer"
          >
            Write the email
          </a>
        </>
      )}
    </section>
  );
}
