/** The settings page, in the order a policy lead fills it in (docs/ux.md, The pages). */
import { SETTINGS_SECTIONS } from '../../lib/settings/sections';
import { AnnouncerProvider } from '../ui/announcer';
import { AccountsSection } from './AccountsSection';
import { CustomRulesSection } from './CustomRulesSection';
import { DisclaimerSection } from './DisclaimerSection';
import { HistorySection } from './HistorySection';
import { LateNightSection } from './LateNightSection';
import { LogosSection } from './LogosSection';
import { NewAccountSection } from './NewAccountSection';
import { PrivacyCheckSection } from './PrivacyCheckSection';
import { PupilsSection } from './PupilsSection';
import { RulesSection } from './RulesSection';
import { SchoolPolicySection } from './SchoolPolicySection';
import { SchoolSection } from './SchoolSection';
import { SettingsProvider } from './settings-context';
import { ProblemsList } from '../ui/StorageProblem';
import { SetupIntro } from './SetupIntro';
import { StaffSection } from './StaffSection';
import { TransferSection } from './TransferSection';


export function Options() {
  return (
    <AnnouncerProvider>
      <div className="options">
        <header>
          <h1>Post Check settings</h1>
          <p>Post Check checks your posts on X, Facebook and LinkedIn against your school's social media policy, on this computer. It never sends anything anywhere.</p>
          <p className="hint">Changes are saved as you make them. Each can be undone from the message that says it was saved.</p>
        </header>
        <nav aria-label="Settings sections">
          <ol>
            {SETTINGS_SECTIONS.map(({ id, title }) => (
              <li key={id}>
                <a href={`#${id}`}>{title}</a>
              </li>
            ))}
          </ol>
        </nav>
        <main>
          <SettingsProvider fallback={<p role="status">Loading the settings…</p>}>
            <SetupIntro />
            <SchoolPolicySection />
            <SchoolSection />
            <AccountsSection />
            <DisclaimerSection />
            <PupilsSection />
            <StaffSection />
            <LogosSection />
            <RulesSection />
            <CustomRulesSection />
            <LateNightSection />
            <TransferSection />
            <NewAccountSection />
            <PrivacyCheckSection />
            <HistorySection />
          </SettingsProvider>
          <ProblemsList />
        </main>
      </div>
    </AnnouncerProvider>
  );
}
