/**
 * The termly privacy check-up (the policy's Appendix): an opt-in reminder each term,
 * kept on this computer, and the check-up page itself.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { nextTermReminder } from '../../lib/privacy-check';
import { termlyReminderItem } from '../../utils/ui-storage';
import { longDate } from '../privacy/PrivacyCheck';
import { useAnnouncer } from '../ui/announcer';
import { Section } from './fields';

const SECTION = 'privacy-check';

export function PrivacyCheckSection() {
  const say = useAnnouncer(SECTION);
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void termlyReminderItem.getValue().then(setOn);
    return termlyReminderItem.watch(setOn);
  }, []);

  const change = async (next: boolean) => {
    try {
      await termlyReminderItem.setValue(next);
      setOn(next);
      say.status(next ? `Termly reminder on. The first is on ${longDate(nextTermReminder(new Date()))}, after school.` : 'Termly reminder off.');
    } catch {
      say.alert("Post Check couldn't save that. Try again.");
    }
  };

  return (
    <Section
      id={SECTION}
      intro={
        <p className="hint">
          The policy asks you to “check your settings regularly and test your privacy” on your personal accounts. The check-up takes you to each site's privacy settings.
        </p>
      }
    >
      {on !== null && (
        <label className="check">
          <input type="checkbox" checked={on} onChange={(e) => void change(e.target.checked)} />
          Open the check-up for me at the start of each term
        </label>
      )}
      <p>
        <a href={browser.runtime.getURL('/privacy-check.html')} target="_blank" rel="noreferrer">
          Do the privacy check-up now
        </a>
      </p>
    </Section>
  );
}
