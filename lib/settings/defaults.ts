/**
 * A fresh install's settings: blank. Nothing about any school is assumed (issue 15): the
 * settings page asks for the school's settings file first, or the school's details.
 *
 * `EXAMPLE_SETTINGS` is St Stephens Community Academy, from its policy: an example a
 * person can load to see Post Check at work, and what the demo and tests use. Every
 * school-specific word lives here as data; nothing in the rules names this school.
 */
import { parseSettings, parseStoredSettings, type Settings } from './schema';

export const DEFAULT_SETTINGS: Settings = parseStoredSettings({
  version: 1,
  school: { name: '', aliases: [], publicContacts: [] },
  officialAccounts: [],
  hashtags: [],
  disclaimer: { text: '', inProfile: [] },
  staff: [],
  contacts: {},
  rules: {},
});

export const EXAMPLE_SETTINGS: Settings = parseSettings({
  version: 1,
  school: {
    name: 'St Stephens Community Academy',
    aliases: ["St Stephen's", 'SSCA', 'St Stephens Academy'],
    trust: { name: 'An Daras Multi Academy Trust', aliases: ['ADMAT', 'An Daras'] },
    publicContacts: [],
  },
  officialAccounts: [],
  hashtags: [],
  disclaimer: {
    text: 'Views are my own and not those of St Stephens Community Academy.',
    inProfile: [],
  },
  staff: [],
  contacts: {},
  rules: {},
});

/** What "Add the disclaimer" adds until the school has set its own words. */
export const GENERIC_DISCLAIMER = 'Views are my own and not those of my school.';
