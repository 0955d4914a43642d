/**
 * The toolbar popup (docs/ux.md): this tab's status and findings first, the account the
 * post is treated as coming from, then (folded, so the popup fits Chrome's 600 px) a
 * second opinion and the policy checklist, and pausing checks on this site.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TabState } from '../../lib/messaging';
import { isSetUp, type Settings } from '../../lib/settings/schema';
import type { SettingsAnchor } from '../../lib/settings/sections';
import { currentComposer, tabHeadline } from '../../lib/tab-summary';
import { type AnyRuleId, SITE_NAMES } from '../../lib/types';
import { boxesOnPage, getTabState, openSettings, setAccountKind, setPaused, type BoxCount } from '../../utils/page-services';
import { loadEffectiveSettings, watchEffectiveSettings } from '../../utils/managed-settings';
import { reportProblem } from '../../utils/problems';
import { pausedSitesItem, tabStateItem } from '../../utils/storage';
import { checklistTicksItem, setupItem } from '../../utils/ui-storage';
import { SeverityIcon } from '../SeverityIcon';
import { worstSeverity } from '../severity';
import { AccountChoice } from './AccountChoice';
import { Checklist } from './Checklist';
import { SecondOpinion } from './SecondOpinion';
import { FindingList } from './TabFindings';

export interface PopupProps {
  /** The tab the popup is about, or null when there is none (a browser page). */
  tabId: number | null;
}

export function Popup({ tabId }: PopupProps) {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [ticks, setTicks] = useState<Record<string, string[]>>({});
  const [setupDone, setSetupDone] = useState(true);
  const [savedKind, setSavedKind] = useState<'personal' | 'school' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [boxes, setBoxes] = useState<BoxCount | null>(null);

  const loadState = useCallback(async () => {
    if (tabId === null) return setState(null);
    void boxesOnPage(tabId).then(setBoxes);
    try {
      setState(await getTabState(tabId));
    } catch {
      setState(null);
    }
  }, [tabId]);

  useEffect(() => {
    void loadState();
    // The same settings the checks use: the person's, with the school's managed settings over them.
    const loadSettings = () =>
      void loadEffectiveSettings().then(
        (effective) => setSettings(effective.settings),
        (error: unknown) => void reportProblem('reading the settings for the popup', error),
      );
    loadSettings();
    void checklistTicksItem.getValue().then(setTicks);
    void setupItem.getValue().then((setup) => setSetupDone(setup.done));
    const unwatch = [
      ...(tabId === null ? [] : [tabStateItem(tabId).watch(() => void loadState())]),
      pausedSitesItem.watch(() => void loadState()),
      watchEffectiveSettings(loadSettings),
      setupItem.watch((setup) => setSetupDone(setup.done)),
    ];
    return () => unwatch.forEach((stop) => stop());
  }, [loadState, tabId]);

  if (state === undefined || settings === null) {
    return (
      <main className="popup">
        <p role="status">Loading…</p>
      </main>
    );
  }

  const site = state?.site ?? null;
  const composer = currentComposer(state);
  const draftKey = tabId === null ? 'none' : composer ? `${tabId}:${composer.composerId}` : String(tabId);
  const ticked = new Set(ticks[draftKey] ?? []);
  const worst = !state?.paused && composer ? worstSeverity(composer.findings.map((f) => f.severity)) : null;
  const flaggedRules = new Set<AnyRuleId>(!state?.paused && composer ? composer.findings.map((f) => f.rule) : []);

  const saveTicks = async (next: string[]) => {
    // Keep ticks only for drafts of tabs still open in this session; the popup is the one writer.
    const all = { ...(await checklistTicksItem.getValue()), [draftKey]: next };
    if (next.length === 0) delete all[draftKey];
    setTicks(all);
    await checklistTicksItem.setValue(all);
  };

  const togglePause = async (paused: boolean) => {
    if (!site) return;
    setProblem(null);
    try {
      await setPaused(site, paused);
      await loadState();
    } catch {
      setProblem("Post Check couldn't change this. Close this window and try again.");
    }
  };

  const chooseAccount = async (kind: 'personal' | 'school') => {
    if (!site || !composer) return;
    setProblem(null);
    const before = savedKind;
    setSavedKind(kind);
    try {
      // Without a handle the choice is kept for the site as a whole, as the inline panel does.
      await setAccountKind(site, composer.handle ?? '*', kind);
    } catch {
      setSavedKind(before);
      setProblem("Post Check couldn't save your choice. Close this window and try again.");
    }
  };

  const showSettings = (section?: SettingsAnchor) => void openSettings(section).then(() => window.close());

  return (
    <div className="popup">
      <header>
        <h1>Post Check</h1>
      </header>
      <main>
        {(!setupDone || !isSetUp(settings)) && (
          <p className="notice">
            {isSetUp(settings) ? 'Not fully set up yet.' : "Post Check doesn't know your school yet."}{' '}
            <button type="button" className="link" onClick={() => showSettings('setup')}>
              Finish setting up
            </button>
          </p>
        )}
        {problem && (
          <p role="alert" className="notice error">
            {problem}
          </p>
        )}

        <section aria-label="This page" data-testid="tab-findings" data-site={site ?? ''} data-paused={state?.paused ? 'true' : 'false'}>
          <p role="status" className="headline">
            <SeverityIcon severity={worst ?? 'clear'} /> {tabHeadline(state)}
          </p>
          {site && state?.paused && (
            <div className="notice paused">
              <p>
                Post Check is not checking anything you write on {SITE_NAMES[site]} until you turn it back on.
              </p>
              <button type="button" onClick={() => void togglePause(false)}>
                Turn checking back on
              </button>
            </div>
          )}
          {!site && <p className="hint">Post Check checks posts on X, Facebook and LinkedIn.</p>}
          {site && !state?.paused && boxes && <BoxesLine count={boxes} />}
          {site && !state?.paused && composer && <FindingList composer={composer} />}
        </section>

        {site && !state?.paused && composer && <AccountChoice site={site} composer={composer} onChoose={(k) => void chooseAccount(k)} saved={savedKind} />}

        {site && !state?.paused && composer && (
          <details className="fold">
            <summary>Ask for a second opinion</summary>
            <SecondOpinion contacts={settings.contacts} customRules={settings.customRules} site={site} composer={composer} onOpenSettings={() => showSettings('school')} />
          </details>
        )}

        <details className="fold" open={!composer && !site}>
          <summary>The policy in short</summary>
          <Checklist
            ticked={ticked}
            flaggedRules={flaggedRules}
            onTick={(key, on) => void saveTicks(on ? [...ticked, key] : [...ticked].filter((k) => k !== key))}
            onClearTicks={() => void saveTicks([])}
          />
        </details>
      </main>

      <footer>
        {site && !state?.paused && (
          <button type="button" className="secondary" onClick={() => void togglePause(true)}>
            Pause checking on {SITE_NAMES[site]}
          </button>
        )}
        {site && state?.paused && <span className="hint">Paused on {SITE_NAMES[site]}</span>}
        <button type="button" className="secondary" onClick={() => showSettings()}>
          Settings
        </button>
      </footer>
    </div>
  );
}

/** How many boxes on this page Post Check is checking (issue 14 "never silently off"). */
function BoxesLine({ count }: { count: BoxCount }) {
  const { boxes, generic } = count;
  if (boxes === 0) {
    return (
      <p className="hint" data-testid="boxes-checked" data-boxes={0}>
        Post Check hasn't found a box to write in on this page yet.
      </p>
    );
  }
  const which = generic === boxes ? (boxes === 1 ? 'It is' : 'They are') : generic === 1 ? 'One of them is' : `${generic} of them are`;
  const one = generic === 1;
  return (
    <p className="hint" data-testid="boxes-checked" data-boxes={boxes} data-generic={generic}>
      Post Check is checking {boxes === 1 ? '1 box' : `${boxes} boxes`} on this page.
      {generic > 0 &&
        ` ${which} new to Post Check: it checks the words, but can't tell which account ${one ? 'it goes' : 'they go'} out from or how ${one ? 'it is' : 'they are'} sent.`}
    </p>
  );
}
