/**
 * Makes tests/corpus/everyday/pupils.csv (written by `npx tsx scripts/make-scale-roster.ts`), the made-up pupil list of a large
 * all-through school used by the scale test of issue 12 (a forename alone is a pupil
 * only in school context). The list must hold most common first names, as a real
 * large school's list does, so forenames are drawn by their real frequency:
 *
 * - forenames: ONS "Baby names in England and Wales", births 2008–2020 summed per
 *   name and sex (tests/corpus/everyday/ons-first-names-2008-2020.tsv; Open
 *   Government Licence v3.0), each pupil's name drawn with probability proportional
 *   to its births;
 * - surnames: tests/corpus/everyday/surnames.txt, common surnames in England and
 *   Wales, commonest first, drawn along a Zipf curve over that order;
 * - about 10% of pupils without media consent (most "No", a few left blank, which
 *   the importer reads as no consent), about 4% with a preferred forename, and a
 *   social handle for a few older pupils.
 *
 * The random numbers come from a fixed seed, so the file is the same on every run;
 * `--check` exits 1 if the committed file differs from what this script makes.
 * Nothing here reads the network.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const SCALE_ROSTER_DIR = join(HERE, '..', 'tests', 'corpus', 'everyday');
const DIR = SCALE_ROSTER_DIR;
const FORENAMES_FILE = join(DIR, 'ons-first-names-2008-2020.tsv');
const SURNAMES_FILE = join(DIR, 'surnames.txt');
export const SCALE_ROSTER_FILE = join(DIR, 'pupils.csv');

const SEED = 20261204;
const PER_YEAR = 150;
// Reception to Year 13 in the school year 2026/27: born September 2008 to August 2022.
const YEAR_GROUPS = ['Reception', ...Array.from({ length: 13 }, (_, i) => `Year ${i + 1}`)];
const FORMS_PER_YEAR = 5;
const NO_CONSENT_RATE = 0.08;
const BLANK_CONSENT_RATE = 0.02;
const PREFERRED_RATE = 0.04;
const HANDLE_RATE_OLDER = 0.06;
// Zipf exponent for surnames: the commonest is about 16 times as frequent as the 100th.
const SURNAME_EXPONENT = 0.6;

/** Everyday short forms a pupil may be known by. */
const SHORT_FORMS: Record<string, string[]> = {
  William: ['Will', 'Billy'],
  Alexander: ['Alex', 'Xander'],
  Thomas: ['Tom', 'Tommy'],
  Benjamin: ['Ben', 'Benji'],
  Samuel: ['Sam', 'Sammy'],
  Oliver: ['Ollie'],
  Joshua: ['Josh'],
  Matthew: ['Matt'],
  Daniel: ['Dan', 'Danny'],
  Edward: ['Ted', 'Eddie', 'Ned'],
  Frederick: ['Freddie', 'Fred'],
  Alfred: ['Alfie'],
  Theodore: ['Teddy', 'Theo'],
  Maximilian: ['Max'],
  Nathaniel: ['Nate'],
  Christopher: ['Chris', 'Kit'],
  Jacob: ['Jake'],
  James: ['Jamie'],
  Joseph: ['Joe', 'Joey'],
  Elizabeth: ['Libby', 'Beth', 'Lizzie'],
  Isabella: ['Bella', 'Izzy'],
  Isabelle: ['Izzy'],
  Charlotte: ['Lottie', 'Charlie'],
  Katherine: ['Kate', 'Katie'],
  Catherine: ['Kate', 'Cat'],
  Victoria: ['Tori'],
  Eleanor: ['Ellie', 'Nell'],
  Florence: ['Flo'],
  Matilda: ['Tilly'],
  Margaret: ['Maggie', 'Peggy'],
  Gabriella: ['Gabi'],
  Penelope: ['Penny'],
  Jessica: ['Jess'],
  Rebecca: ['Becky'],
  Abigail: ['Abbie'],
  Samantha: ['Sam'],
  Alexandra: ['Lexi', 'Alex'],
  Olivia: ['Liv'],
  Harriet: ['Hattie'],
  Dorothy: ['Dotty'],
  Josephine: ['Josie'],
  Wilhelmina: ['Willow'],
  Muhammad: ['Mo'],
  Mohammed: ['Mo'],
  Mohammad: ['Mo'],
};

interface WeightedName {
  name: string;
  weight: number;
}

interface Pupil {
  forename: string;
  surname: string;
  preferred: string;
  yearGroup: string;
  form: string;
  consent: string;
  handle: string;
  dob: string;
  gender: string;
}

/** sfc32: a small, well-tested 32-bit generator; the seed is spread by splitmix32. */
function makeRandom(seed: number): () => number {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

/** Draws from a weighted list by binary search over the running totals. */
function makePicker(names: WeightedName[]): (random: () => number) => string {
  const totals: number[] = [];
  let sum = 0;
  for (const { weight } of names) totals.push((sum += weight));
  return (random) => {
    const target = random() * sum;
    let lo = 0;
    let hi = totals.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (totals[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return names[lo]!.name;
  };
}

function readForenames(): { girls: WeightedName[]; boys: WeightedName[] } {
  const girls: WeightedName[] = [];
  const boys: WeightedName[] = [];
  const lines = readFileSync(FORENAMES_FILE, 'utf8').split('\n').slice(1);
  for (const line of lines) {
    if (line.trim() === '') continue;
    const [name, sex, births] = line.split('\t');
    // The ONS lists names as registered; a few carry full stops ("Md.") or are a single letter.
    if (!name || !/^[A-Za-z][A-Za-z'-]+$/.test(name)) continue;
    const entry = { name, weight: Number(births) };
    if (sex === 'F') girls.push(entry);
    else if (sex === 'M') boys.push(entry);
  }
  return { girls, boys };
}

function readSurnames(): WeightedName[] {
  const surnames = readFileSync(SURNAMES_FILE, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  return surnames.map((name, rank) => ({ name, weight: 1 / (rank + 1) ** SURNAME_EXPONENT }));
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A date of birth inside the school year that the year group implies (dd/mm/yyyy). */
function dateOfBirth(yearIndex: number, random: () => number): string {
  // Reception (index 0) in 2026/27 was born 1 Sep 2021 – 31 Aug 2022.
  const startYear = 2021 - yearIndex;
  const start = Date.UTC(startYear, 8, 1);
  const end = Date.UTC(startYear + 1, 7, 31);
  const day = new Date(start + Math.floor(random() * ((end - start) / 86400000 + 1)) * 86400000);
  return `${pad(day.getUTCDate())}/${pad(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
}

function handleFor(pupil: Pupil, random: () => number): string {
  const first = (pupil.preferred || pupil.forename).toLowerCase().replace(/[^a-z]/g, '');
  const last = pupil.surname.toLowerCase().replace(/[^a-z]/g, '');
  const styles = [
    () => `${first}_${last}`,
    () => `${first}${last.slice(0, 1)}${pad(Math.floor(random() * 100))}`,
    () => `${first}.${last}${pad(Math.floor(random() * 100))}`,
    () => `its${first}x`,
  ];
  return `@${styles[Math.floor(random() * styles.length)]!()}`;
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function makeRoster(): string {
  const random = makeRandom(SEED);
  const { girls, boys } = readForenames();
  const pickGirl = makePicker(girls);
  const pickBoy = makePicker(boys);
  const pickSurname = makePicker(readSurnames());

  const pupils: Pupil[] = [];
  const fullNames = new Set<string>();
  for (const [yearIndex, yearGroup] of YEAR_GROUPS.entries()) {
    const yearNumber = yearIndex === 0 ? 'R' : String(yearIndex);
    for (let i = 0; i < PER_YEAR; i++) {
      const girl = random() < 0.5;
      let forename: string;
      let surname: string;
      // A school rarely has two pupils with the same full name: draw again if so.
      do {
        forename = girl ? pickGirl(random) : pickBoy(random);
        surname = pickSurname(random);
      } while (fullNames.has(`${forename} ${surname}`));
      fullNames.add(`${forename} ${surname}`);

      let preferred = '';
      const shortForms = SHORT_FORMS[forename];
      if (random() < PREFERRED_RATE * 4 && shortForms && random() < 0.5) {
        preferred = shortForms[Math.floor(random() * shortForms.length)]!;
      } else if (!shortForms && random() < PREFERRED_RATE / 4) {
        // Some pupils go by a middle name or another name altogether.
        preferred = girl ? pickGirl(random) : pickBoy(random);
        if (preferred === forename) preferred = '';
      }

      const roll = random();
      const consent = roll < NO_CONSENT_RATE ? 'No' : roll < NO_CONSENT_RATE + BLANK_CONSENT_RATE ? '' : 'Yes';
      const form = `${yearNumber}${'ABCDEFGHJK'[Math.floor(random() * FORMS_PER_YEAR)]}`;
      const pupil: Pupil = {
        forename,
        surname,
        preferred,
        yearGroup,
        form,
        consent,
        handle: '',
        dob: dateOfBirth(yearIndex, random),
        gender: girl ? 'F' : 'M',
      };
      if (yearIndex >= 10 && random() < HANDLE_RATE_OLDER) pupil.handle = handleFor(pupil, random);
      pupils.push(pupil);
    }
  }

  pupils.sort(
    (a, b) =>
      YEAR_GROUPS.indexOf(a.yearGroup) - YEAR_GROUPS.indexOf(b.yearGroup) ||
      a.form.localeCompare(b.form) ||
      a.surname.localeCompare(b.surname) ||
      a.forename.localeCompare(b.forename),
  );

  const header = ['First Name', 'Last Name', 'Preferred First Name', 'Year Group', 'Form', 'Photo Consent', 'Social Handle', 'Date of Birth', 'Gender'];
  const rows = pupils.map((p) => [p.forename, p.surname, p.preferred, p.yearGroup, p.form, p.consent, p.handle, p.dob, p.gender]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}
