/**
 * A fresh install's settings: St Stephens Community Academy, from its policy. Every
 * school-specific word lives here as data; nothing in the rules names this school.
 */
import { parseSettings, type Settings } from './schema';

export const DEFAULT_SETTINGS: Settings = parseSettings({
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
