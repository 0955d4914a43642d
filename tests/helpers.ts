/** Shared test set-up: a school, a small roster, and a one-line way to check a draft. */
import { compilePolicy, type PolicySources } from '../lib/compiled-policy';
import { checkDraft } from '../lib/engine';
import type { Pupil } from '../lib/roster/schema';
import { parseSettings, type SettingsInput } from '../lib/settings/schema';
import type { AccountKind, AnyRuleId, Draft, Finding } from '../lib/types';

export const SCHOOL_SETTINGS: SettingsInput = {
  version: 1,
  school: {
    name: 'St Stephens Community Academy',
    aliases: ["St Stephen's", 'SSCA', 'St Stephens Academy'],
    trust: { name: 'An Daras Multi Academy Trust', aliases: ['ADMAT', 'An Daras'] },
    website: 'ststephens.example',
    publicContacts: ['01726 000000', 'office@ststephens.example'],
  },
  officialAccounts: [
    { site: 'x', handle: '@StStephensCA' },
    { site: 'facebook', handle: 'St Stephens Community Academy' },
  ],
  hashtags: ['#SSCA', '#TeamStStephens'],
  disclaimer: { text: 'Views are my own and not those of St Stephens Community Academy.', inProfile: [] },
  staff: ['Mrs Jane Pascoe', 'Mr Tom Trewin', 'Mr Denzil Lobb'],
  contacts: { dsl: 'dsl@example.org' },
  rules: {},
};

export function pupil(forename: string, surname: string, extra: Partial<Pupil> = {}): Pupil {
  return { forename, surname, mediaConsent: 'granted', handles: [], ...extra };
}

export const ROSTER: Pupil[] = [
  pupil('Grace', 'Okafor'),
  pupil('William', 'Trebilcock', { preferredForename: 'Will' }),
  pupil('Callum', 'MacLeod', { mediaConsent: 'refused' }),
  pupil('Zoë', 'Hughes-Penrose', { mediaConsent: 'refused' }),
  pupil('Siobhán', "O'Brien"),
  pupil('Jack', 'Pengelly'),
  pupil('Hope', 'Chenoweth'),
  pupil('Tariq', 'Aziz', { handles: ['@tariq_a'] }),
  pupil('Lily-Mae', 'Hosking'),
  pupil('May', 'Trewin'),
  pupil('Paris', 'Lobb'),
  pupil('Sydney', 'Hicks'),
];

export function makePolicy(overrides: Partial<SettingsInput> = {}, sources: Omit<PolicySources, 'settings'> = {}) {
  return compilePolicy({ settings: parseSettings({ ...SCHOOL_SETTINGS, ...overrides }), roster: ROSTER, ...sources });
}

const defaultPolicy = makePolicy();

export function check(text: string, account: AccountKind = 'personal', extra: Partial<Draft> = {}, policy = defaultPolicy): Finding[] {
  return checkDraft({ text, site: 'x', account, ...extra }, policy);
}

/** The distinct rule IDs a draft triggers, sorted. */
export function rulesFor(text: string, account: AccountKind = 'personal', extra: Partial<Draft> = {}, policy = defaultPolicy): AnyRuleId[] {
  return [...new Set(check(text, account, extra, policy).map((f) => f.rule))].sort();
}

/** The text each finding of a rule points at. */
export function flagged(text: string, rule: AnyRuleId, account: AccountKind = 'personal', extra: Partial<Draft> = {}, policy = defaultPolicy): string[] {
  return check(text, account, extra, policy)
    .filter((f) => f.rule === rule && f.start !== undefined)
    .map((f) => text.slice(f.start, f.end));
}
