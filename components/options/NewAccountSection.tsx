/** Where staff start a request for a new school social media account (the policy's "Process for creating new accounts"). */
import { browser } from 'wxt/browser';
import { Section } from './fields';
import { useSettings } from './settings-context';

export function NewAccountSection() {
  const { settings } = useSettings();
  const slt = settings.contacts.slt?.trim();
  return (
    <Section
      id="new-account"
      intro={
        <p className="hint">
          Anyone who wants a social media account for the school writes a business case for the School Leadership Team first. Post Check helps write it, makes a page to print and an
          email to the SLT.
        </p>
      }
    >
      <p>
        <a href={browser.runtime.getURL('/account-request.html')} target="_blank" rel="noreferrer">
          Ask for a new school account
        </a>
      </p>
      <p className="hint">
        {slt ? `The email goes to your SLT contact, ${slt}.` : 'Add an SLT email address under "contacts" in the settings file, and the request can be emailed as well as printed.'}
      </p>
    </Section>
  );
}
