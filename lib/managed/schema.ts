/**
 * managed_schema.json for Chromium builds (Chrome, Edge): the shape of the policy a
 * school's IT may set for Post Check, in the subset of JSON Schema (draft 3) Chrome
 * accepts for managed storage: one `type` per schema, `properties`, `items`, `enum`,
 * `additionalProperties` (never at the top level), `title` and `description`. The
 * build writes it from here (wxt.config.ts), so it always covers every field of the
 * settings file, every check and every lock name; a test holds it to that.
 *
 * The browser drops a value that does not fit this shape before Post Check sees it;
 * Post Check then checks every value again itself (lib/managed/policy.ts), since
 * Firefox checks nothing.
 */
import { DISCLAIMER_MAX_LENGTH } from '../limits';
import { RULE_IDS, SEVERITIES, SITES } from '../types';
import { LOCKABLE_IDS, ROLLOUT_MODES } from './fields';

export interface ChromeSchema {
  type: 'object' | 'array' | 'string' | 'integer' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
  enum?: readonly (string | number)[];
}

const text = (description?: string): ChromeSchema => (description ? { type: 'string', description } : { type: 'string' });
const list = (items: ChromeSchema, description?: string): ChromeSchema => ({ type: 'array', items, ...(description ? { description } : {}) });
const object = (properties: Record<string, ChromeSchema>, description?: string): ChromeSchema => ({
  type: 'object',
  properties,
  ...(description ? { description } : {}),
});

const accountRef = object({ site: { type: 'string', enum: SITES }, handle: text() });
const severity = { type: 'string', enum: SEVERITIES } as const satisfies ChromeSchema;
const ruleSetting = object({
  enabled: { type: 'boolean' },
  severity: object({ personal: severity, school: severity }),
});

/** A school pack's table: name hash → flags. */
const nameHashes: ChromeSchema = { type: 'object', additionalProperties: { type: 'integer' } };

export function managedSchema(): ChromeSchema {
  return {
    type: 'object',
    properties: {
      version: { type: 'integer', title: 'Settings file version', description: 'Optional. 1, as in an exported settings file.', enum: [1] },
      mode: {
        type: 'string',
        title: 'Rollout mode',
        description: '"advise": underlines and explanations only, posts are never held. "hold" (the default): also asks before a post with a "Must fix" finding goes out.',
        enum: ROLLOUT_MODES,
      },
      locked: list(
        { type: 'string', enum: LOCKABLE_IDS },
        'Settings staff cannot change. A locked setting the policy does not set stays at Post Check\'s default. "rules" locks every check; "rules.<check>" locks one.',
      ),
      school: object(
        {
          name: text(),
          aliases: list(text()),
          trust: object({ name: text(), aliases: list(text()) }),
          website: text("The school's own domain, e.g. ststephens.sch.uk."),
          publicContacts: list(text(), "The school's published phone numbers and email addresses."),
        },
        "The school's names, trust, website and public contact details.",
      ),
      officialAccounts: list(accountRef, "The school's official accounts: posts from them are checked as the school's."),
      hashtags: list(text(), "The school's hashtags."),
      disclaimer: object(
        {
          text: text(`The words "Add the disclaimer" puts at the end of a post. ${DISCLAIMER_MAX_LENGTH} characters at most.`),
          inProfile: list(accountRef, 'Accounts whose profile already carries the disclaimer.'),
        },
        'The disclaimer for personal posts that mention the school.',
      ),
      staff: list(text(), 'Staff names, one an entry.'),
      contacts: { type: 'object', additionalProperties: text(), description: 'Who staff ask for a second opinion: "slt" and "dsl" email addresses.' },
      rules: object(Object.fromEntries(RULE_IDS.map((id) => [id, ruleSetting])), 'Checks switched off or made stronger or gentler, by check.'),
      customRules: list(
        object({
          id: text('Starts "school-": lower-case letters, digits and hyphens.'),
          title: text(),
          phrases: list(text(), 'Words or phrases to look for, matched as whole words.'),
          message: text('What to do, in plain words.'),
          policy: text('The sentence of the policy the rule rests on.'),
          severity: object({ personal: severity, school: severity }),
          examples: object({ flag: list(text()), pass: list(text()) }, 'Examples that must and must not be flagged; a rule whose examples fail is not used.'),
        }),
        "The school's own rules, as the settings page makes them.",
      ),
      lateNight: object(
        { enabled: { type: 'boolean' }, from: text('HH:MM'), to: text('HH:MM') },
        'One gentle question before a late-night post about the school or a colleague.',
      ),
      pupilPack: object(
        {
          format: { type: 'integer', enum: [1, 2] },
          salt: text(),
          pupils: { type: 'integer' },
          withoutConsent: { type: 'integer' },
          withHandles: { type: 'integer' },
          forenames: nameHashes,
          surnames: nameHashes,
          fullNames: nameHashes,
          initials: nameHashes,
          handles: nameHashes,
          groups: nameHashes,
          nameWords: list(text()),
          longest: object({ forename: { type: 'integer' }, surname: { type: 'integer' } }),
        },
        'The school pack made on the settings page ("A school pack for staff"): the pupil list as hashed names that staff can check against but not read. Copy the "pupilPack" part of the exported file as it is.',
      ),
    },
  };
}
