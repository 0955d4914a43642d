/** The settings page, in the order a policy lead fills it in (docs/ux.md, The pages). */
import { AnnouncerProvider } from '../ui/announcer';
import { AccountsSection } from './AccountsSection';
import { DisclaimerSection } from './DisclaimerSection';
import { LogosSection } from './LogosSection';
import { PupilsSection } from './PupilsSection';
import { RulesSection } from './RulesSection';
import { SchoolSection } from './SchoolSection';
import { SettingsProvider } from './settings-context';
import { SetupIntro } from './SetupIntro';
import { StaffSection } from './StaffSection';
import { TransferSection } from './TransferSection';

const CONTENTS = [
  ['school', 'School'],
  ['accounts', 'Official accounts'],
  ['disclaimer', 'Disclaimer'],
  ['pupils', 'Pupils'],
  ['staff', 'Staff'],
  ['logos', 'Logos'],
  ['rules', 'Checks'],
  ['transfer', 'Import and export'],
] as const;

export function Options() {
  return (
    <AnnouncerProvider>
      <div className="options">
        <header>
          <h1>Post Check settings</h1>
          <p>Post Check checks your posts on X, Facebook and LinkedIn against your school's social media policy, on this computer. It never sends anything anywhere.</p>
        </header>
        <nav aria-label="Settings sections">
          <ol>
            {CONTENTS.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{title}</a>
              </li>
            ))}
          </ol>
        </nav>
        <main>
          <SettingsProvider fallback={<p role="status">Loading the settings…</p>}>
            <SetupIntro />
            <SchoolSection />
            <AccountsSection />
            <DisclaimerSection />
            <PupilsSection />
            <StaffSection />
            <LogosSection />
            <RulesSection />
            <TransferSection />
          </SettingsProvider>
        </main>
      </div>
    </AnnouncerProvider>
  );
}
