/**
 * The worst cases `npm run bench` times (issue 8, "one tab can stall checking
 * everywhere"): inputs built to be slow, not typical ones. Each is a draft to check,
 * a settings change to compile, or findings to merge, with the budget it must meet:
 * 50 ms per draft, 1 s per settings change.
 *
 * Only the engine's public entry points are used (checkDraft, compilePolicy,
 * mergeFindings), so the same cases can be run against an older commit for a
 * before/after comparison.
 */
import { compilePolicy, type CompiledPolicy } from '../../lib/compiled-policy';
import { makePupilPack, packNameTable, SALT_BYTES, type PupilPack } from '../../lib/roster/pack';
import { checkDraft, mergeFindings } from '../../lib/engine';
import type { Pupil } from '../../lib/roster/schema';
import { parseSettings, type Settings } from '../../lib/settings/schema';
import type { Draft, Finding, RuleId } from '../../lib/types';

export const DRAFT_BUDGET_MS = 50;
export const SETTINGS_BUDGET_MS = 1_000;

export interface WorstCase {
  name: string;
  kind: 'draft' | 'settings' | 'merge';
  /** Builds the input (not timed) and returns the work to time. */
  prepare(): () => unknown;
}

const MB = 1 << 20;

function repeatTo(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}

/** Words that never repeat ("qa1 qa2 …"): every word is new to every cache. */
function distinctWords(length: number, shape: (i: number) => string): string {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < length; i++) {
    const word = shape(i);
    parts.push(word);
    total += word.length + 1;
  }
  return parts.join(' ').slice(0, length);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const letterWord = (i: number, size = 6) => {
  let out = '';
  for (let k = 0, n = i + 1; k < size; k++, n = Math.floor(n / 26) + k * 7) out += LETTERS[n % 26];
  return out;
};

const FORENAMES = ['Olivia', 'Amelia', 'Isla', 'Grace', 'Jack', 'Tariq', 'Priya', 'Kofi', 'Zuzanna', 'Oisín', 'Noah', 'Muhammad', 'Lily', 'Freya', 'Will', 'Hope'];
const SURNAMES = ['Smith', 'Jones', 'Penrose', 'Okafor', 'Trebilcock', 'Nancarrow', "O'Brien", 'Hughes-Penrose', 'Patel', 'Khan', 'Wiśniewska', 'Begum'];

export function worstSettings(staffCount = 0): Settings {
  const staff: string[] = [];
  for (let i = 0; i < staffCount; i++) {
    const title = ['Mrs', 'Mr', 'Ms', 'Dr', ''][i % 5];
    staff.push(`${title} ${FORENAMES[i % FORENAMES.length]} ${SURNAMES[Math.floor(i / FORENAMES.length) % SURNAMES.length]}${Math.floor(i / 192) > 0 ? letterWord(i, 3) : ''}`.trim());
  }
  return parseSettings({
    version: 1,
    school: {
      name: 'St Stephens Community Academy',
      aliases: ["St Stephen's", 'SSCA'],
      trust: { name: 'An Daras Multi Academy Trust', aliases: ['ADMAT'] },
      website: 'ststephens.example',
      publicContacts: ['01726 000000', 'office@ststephens.example'],
    },
    officialAccounts: [{ site: 'x', handle: '@StStephensCA' }],
    hashtags: ['#SSCA'],
    disclaimer: { text: 'Views are my own and not those of St Stephens Community Academy.' },
    staff,
  });
}

export function worstRoster(size: number): Pupil[] {
  const pupils: Pupil[] = [];
  for (let i = 0; i < size; i++) {
    pupils.push({
      forename: FORENAMES[i % FORENAMES.length]!,
      surname: SURNAMES[Math.floor(i / FORENAMES.length) % SURNAMES.length]! + (i >= 192 ? letterWord(i, 3) : ''),
      mediaConsent: i % 7 === 0 ? 'refused' : 'granted',
      handles: i % 11 === 0 ? [`@pupil_${i}`] : [],
    });
  }
  return pupils;
}

const SENTENCES = [
  "So proud of my class at St Stephen's today, their harvest poems were beautiful.",
  'Well done to Grace Smith in Year 4 for a superb netball match on Saturday!',
  'Marking till midnight again. This workload is not sustainable and nobody in management cares.',
  'Lovely article about outdoor learning: https://www.tes.com/magazine/outdoor-learning',
  'Can anyone collect a parcel for me tomorrow? Text me on 07700 900458.',
  'Thank you to Mrs Jane Pascoe for organising sports day. 🎉 Zoë and Oisín ran brilliantly.',
];

/** Pieces that, repeated, stress one part of the engine each. */
const ADVERSARIAL_PIECES: readonly string[] = [
  '.uk', // bare-domain anchors, each walking back over the same run
  'a.com ', // thousands of links
  'a@b.co ', // thousands of email addresses
  '@a.', // @ followed by dots: email and handle scanning
  '07700 900458 ', // thousands of phone numbers (each a finding)
  '07700 900458 12:30 ', // phone numbers next to times
  'AB123456C ', // NI-number shapes
  '1 High Street ', // street addresses
  '#SSCA ', // official hashtags (school-branding looks ahead from each)
  'SSCA is a joke ', // verdicts next to references, one long sentence
  'Mrs Pascoe SLT have no idea ', // staff next to complaints
  'Grace Smith ', // pupil full names (each a finding)
  'Grace ', // forenames alone
  'absolute ', // aimed-insult prefixes with no end
  'you so ', // "you so so so … stupid" prefixes
  'f u c k ', // spelt-out letters
  'sh1t ', // leetspeak words
  '"a b c d" ', // quotations
  "'a b c d' ", // single-quoted quotations
  'via @a ', // credits
  'DM me year 6 ', // invitations with audiences
  'WTF ', // shouting
  '!?', // mark runs
  ' ', // one huge gap
  '\n', // one huge gap of line breaks
  '.', // one huge gap of full stops
  'a', // one huge word
  '1', // one huge number
  '#a', // one huge hashtag
  'é', // one huge word outside ASCII
  '\u200b', // invisible characters only
  'Grа\u200bce ', // look-alikes and invisibles
  '1-2-3-4-5-6-7-8-9-0-', // digit groups that are never a phone number
  '1 2 3 4 5 6 7 8 9 0 ',
  'x at y dot ', // disguised email addresses that never end
  'PLEASE DO NOT PARK here!!! SSCA PTA AGM tonight, grow up. ', // shouting, marks and slang
  // Inputs that once made single rules slow.
  'Did anyone see the Cornish Times story about our school and the picket line? ',
  'between us, ',
  "his mum's dad's nan's ",
  'the boy in my class with ',
  'confidential ',
  ' \'a "b c d e" https://example.org/x',
  'the school is a very very ',
  'avoid the school and ',
  'SLT have no idea, another pointless meeting. ',
  'nobody in charge even ',
  'another day, another ',
  "they'''ve no ",
  'f*ck sh!t a$$ ',
  '*',
  'Semi-final on 14/03, kick off 15:45, score 3-1. Call 07700 900458 or email sarah@example.com. Lives at 14 Trevanion Road, Launceston PL15 9BG. Term 03/09/2025 to 27/10/2025. £89.60. ',
];

export function worstCases(): WorstCase[] {
  const cases: WorstCase[] = [];
  let shared: CompiledPolicy | undefined;
  const policy = () => (shared ??= compilePolicy({ settings: worstSettings(10), roster: worstRoster(2_000) }));
  const draftCase = (name: string, text: () => string, site: Draft['site'] = 'facebook') =>
    cases.push({
      name,
      kind: 'draft',
      prepare() {
        const compiled = policy();
        const draft: Draft = { text: text(), site, account: 'personal' };
        return () => checkDraft(draft, compiled);
      },
    });

  draftCase('dotted run ".uk" × 20,000 chars', () => repeatTo('.uk', 20_000));
  draftCase('dotted run ".uk" × 63,000 chars', () => repeatTo('.uk', 63_000));
  draftCase('dotted run ".uk" × 1 MB', () => repeatTo('.uk', MB));
  draftCase('1 MB of ordinary posts', () => repeatTo(SENTENCES.join(' ') + ' ', MB));
  // The same posts with no sentence said twice: what a real long draft costs when nothing
  // checked before can be reused (the complaint answers are remembered per sentence).
  draftCase('1 MB of ordinary posts, no sentence repeated', () => distinctWords(MB, (i) => SENTENCES[i % SENTENCES.length]!.replace(/\.(?=[^.]*$)/, ` (${i}).`)));
  for (const piece of ADVERSARIAL_PIECES) draftCase(`1 MB of ${JSON.stringify(piece)}`, () => repeatTo(piece, MB));
  draftCase('1 MB of distinct words', () => distinctWords(MB, (i) => letterWord(i)));
  draftCase('1 MB of distinct words with digits', () => distinctWords(MB, (i) => `${letterWord(i, 3)}${i}`));
  draftCase('1 MB of distinct masked words', () => distinctWords(MB, (i) => `${letterWord(i, 2)}*${letterWord(i + 5, 2)}`));
  draftCase('1 MB of distinct phone numbers', () => distinctWords(MB, (i) => `07700 ${String(900000 + (i % 100000))}`));
  draftCase('1 MB of distinct international numbers', () => distinctWords(MB, (i) => `+44 7700 ${String(900000 + (i % 100000))}`));

  // A school pack: every word of a draft is hashed (salted SHA-256) to be looked up. The
  // index keeps the hashes of words it has seen, so each run gets an index of its own:
  // these are first checks, with nothing hashed yet.
  let pack: PupilPack | undefined;
  const packCase = (name: string, text: () => string) =>
    cases.push({
      name: `school pack, first check: ${name}`,
      kind: 'draft',
      prepare() {
        pack ??= makePupilPack(worstRoster(2_000), new Uint8Array(SALT_BYTES).fill(7));
        const fresh = Array.from({ length: 20 }, () => compilePolicy({ settings: worstSettings(10), roster: packNameTable(pack!) }));
        const draft: Draft = { text: text(), site: 'facebook', account: 'personal' };
        return () => checkDraft(draft, fresh.pop() ?? compilePolicy({ settings: worstSettings(10), roster: packNameTable(pack!) }));
      },
    });
  packCase('1 MB of ordinary posts', () => repeatTo(SENTENCES.join(' ') + ' ', MB));
  packCase('1 MB of distinct words', () => distinctWords(MB, (i) => letterWord(i)));
  packCase('1 MB of distinct capitalised word pairs', () => distinctWords(MB, (i) => `${letterWord(i, 5).replace(/^./, (c) => c.toUpperCase())} ${letterWord(i + 9, 6).replace(/^./, (c) => c.toUpperCase())}`));
  packCase('1 MB of 400-letter hashtags', () => distinctWords(MB, (i) => `#${letterWord(i, 399)}`));
  packCase('1 MB of 24-letter hashtags', () => distinctWords(MB, (i) => `#${letterWord(i, 23)}`));
  packCase('1 MB of "Grace Smith "', () => repeatTo('Grace Smith ', MB));

  cases.push({
    name: '10,000 staff: settings change (compile)',
    kind: 'settings',
    prepare() {
      const settings = worstSettings(10_000);
      const roster = worstRoster(2_000);
      return () => compilePolicy({ settings, roster });
    },
  });
  cases.push({
    name: '10,000 staff: check a 3,000-char post',
    kind: 'draft',
    prepare() {
      const compiled = compilePolicy({ settings: worstSettings(10_000), roster: worstRoster(2_000) });
      const draft: Draft = { text: repeatTo(SENTENCES.join(' ') + ' Mrs Olivia Smith and Mr Jack Jones. ', 3_000), site: 'x', account: 'personal' };
      return () => checkDraft(draft, compiled);
    },
  });
  cases.push({
    name: '50,000 pupils: settings change (compile)',
    kind: 'settings',
    prepare() {
      const settings = worstSettings(10);
      const roster = worstRoster(50_000);
      return () => compilePolicy({ settings, roster });
    },
  });
  cases.push({
    name: '20,000 findings: merge',
    kind: 'merge',
    prepare() {
      const findings = syntheticFindings(20_000);
      return () => mergeFindings(findings.map((f) => ({ ...f })));
    },
  });
  return cases;
}

/** Findings as a long, busy draft produces them: identity rules overlapping, repeats of one rule. */
export function syntheticFindings(count: number): Finding[] {
  const rules: RuleId[] = ['pupil-name', 'no-consent-pupil', 'personal-data', 'staff-named', 'offensive-language', 'tone', 'attribution'];
  const out: Finding[] = [];
  for (let i = 0; i < count; i++) {
    const rule = rules[i % rules.length]!;
    const start = Math.floor(i / 2) * 7;
    out.push({ rule, severity: i % 3 === 0 ? 'block' : 'warn', start, end: start + 5 + (i % 4), message: 'm', policy: 'p' });
  }
  return out;
}
