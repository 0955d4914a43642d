/**
 * The termly privacy check-up (the policy's Appendix, "Managing your personal use of
 * Social Media"): each site's privacy settings pages, a way to test what a stranger
 * sees, and the Appendix as a checklist. The opt-in reminder opens this page each term.
 */
import { useEffect, useId, useState } from 'react';
import { CHECKLIST } from '../../lib/policy/checklist';
import { citePolicy } from '../../lib/policy/clauses';
import { nextTermReminder, PRIVACY_LINKS } from '../../lib/privacy-check';
import { SITE_NAMES, SITES } from '../../lib/types';
import { termlyReminderItem } from '../../utils/ui-storage';

const APPENDIX = CHECKLIST.find((group) => group.id === 'personal')!;

export const longDate = (date: Date) => date.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

export function PrivacyCheck({ fromReminder = false }: { fromReminder?: boolean }) {
  const id = useId();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [reminder, setReminder] = useState<boolean | null>(null);
  useEffect(() => {
    void termlyReminderItem.getValue().then(setReminder);
    return termlyReminderItem.watch(setReminder);
  }, []);

  const tick = (item: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(item);
    else next.delete(item);
    setTicked(next);
  };

  return (
    <div className="page">
      <header>
        <h1>Your privacy check-up</h1>
        <p>
          {fromReminder ? 'A new term, and time for your check-up. ' : ''}Your school's policy asks you to “check your settings regularly and test your privacy”. This takes about ten
          minutes. Post Check doesn't see your settings: you look, on each site.
        </p>
      </header>
      <main>
        <section aria-labelledby={`${id}-sites`}>
          <h2 id={`${id}-sites`}>1. Check each site's settings</h2>
          {SITES.map((site) => (
            <div key={site} data-site={site}>
              <h3>{SITE_NAMES[site]}</h3>
              <ul>
                {PRIVACY_LINKS[site].map((link) => (
                  <li key={link.url}>
                    <a href={link.url} target="_blank" rel="noreferrer">
                      {link.label} on {SITE_NAMES[site]}
                    </a>
                    <span className="hint block">{link.hint}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
        <section aria-labelledby={`${id}-test`}>
          <h2 id={`${id}-test`}>2. Test it</h2>
          <p>
            Open your profile in a private window, signed out, and see what a stranger sees: your photos, where you work, who you know. Then search for your own name.
          </p>
        </section>
        <section aria-labelledby={`${id}-list`}>
          <h2 id={`${id}-list`}>3. Go through the policy's advice</h2>
          <p className="hint">
            {ticked.size} of {APPENDIX.items.length} ticked. Your ticks are not kept.
          </p>
          <ul className="checklist">
            {APPENDIX.items.map((item) => (
              <li key={item.id}>
                <input type="checkbox" aria-labelledby={`${id}-${item.id}`} checked={ticked.has(item.id)} onChange={(e) => tick(item.id, e.target.checked)} />
                <details>
                  <summary id={`${id}-${item.id}`}>{item.text}</summary>
                  {item.clauses.map((clause) => (
                    <p key={clause.quote} className="source">
                      {citePolicy(clause)}
                    </p>
                  ))}
                </details>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby={`${id}-remind`}>
          <h2 id={`${id}-remind`}>Each term</h2>
          {reminder === null ? null : (
            <>
              <label className="check">
                <input type="checkbox" checked={reminder} onChange={(e) => void termlyReminderItem.setValue(e.target.checked)} />
                Open this check-up at the start of each term
              </label>
              <p className="hint" role="status">
                {reminder ? `Next: ${longDate(nextTermReminder(new Date()))}, after school.` : 'No reminder is set.'}
              </p>
            </>
          )}
        </section>
      </main>
    </div>
  );
}
