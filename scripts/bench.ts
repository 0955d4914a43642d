/**
 * npm run bench — how fast the engine checks a draft, beside a naive baseline.
 *
 * Rosters of 100, 2,000 and 50,000 made-up pupils; drafts of 280, 3,000 and 20,000
 * characters. Reports median and p95 milliseconds per draft for the whole engine
 * (every rule), the same for a naive matcher (one RegExp per pupil name), the time
 * to build each roster's index, and the heap the 50,000-pupil index holds.
 * Run with --expose-gc (the npm script does) for the heap figure.
 */
import { compilePolicy } from '../lib/compiled-policy';
import { checkDraft } from '../lib/engine';
import type { Pupil } from '../lib/roster/types';
import { parseSettings } from '../lib/settings/schema';
import type { Draft } from '../lib/types';

const FORENAMES = ['Olivia', 'Amelia', 'Isla', 'Ava', 'Ivy', 'Freya', 'Lily', 'Florence', 'Mia', 'Willow', 'Rosie', 'Sophia', 'Isabella', 'Grace', 'Daisy', 'Sienna', 'Poppy', 'Elsie', 'Emily', 'Ella', 'Evelyn', 'Phoebe', 'Sofia', 'Evie', 'Charlotte', 'Harper', 'Millie', 'Matilda', 'Maya', 'Sophie', 'Noah', 'Muhammad', 'George', 'Oliver', 'Leo', 'Arthur', 'Oscar', 'Theodore', 'Freddie', 'Theo', 'Harry', 'Archie', 'Henry', 'Jack', 'Alfie', 'Finley', 'Charlie', 'Jacob', 'Thomas', 'Lucas', 'Tommy', 'Isaac', 'Edward', 'Jowan', 'Kensa', 'Tariq', 'Priya', 'Kofi', 'Zuzanna', 'Oisín'];
const SURNAMES = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Thomas', 'Clarke', 'Jackson', 'Wood', 'Harris', 'Edwards', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Hughes', 'Moore', 'Clark', 'King', 'Harrison', 'Lewis', 'Baker', 'Lee', 'Allen', 'Morris', 'Khan', 'Scott', 'Watson', 'Davis', 'Parker', 'James', 'Bennett', 'Young', 'Phillips', 'Richardson', 'Mitchell', 'Bailey', 'Carter', 'Cook', 'Singh', 'Shaw', 'Bell', 'Collins', 'Morgan', 'Kelly', 'Begum', 'Penrose', 'Trebilcock', 'Nancarrow', 'Kessell', 'Angove', 'Wiśniewska', "O'Brien", 'Hughes-Penrose'];

/** Deterministic made-up roster: forename × surname × a numbered suffix for large sizes. */
function makeRoster(size: number): Pupil[] {
  const pupils: Pupil[] = [];
  for (let i = 0; i < size; i++) {
    const forename = FORENAMES[i % FORENAMES.length]!;
    const round = Math.floor(i / (FORENAMES.length * SURNAMES.length));
    const surname = SURNAMES[Math.floor(i / FORENAMES.length) % SURNAMES.length]! + (round > 0 ? `${String.fromCharCode(97 + (round % 26))}${round}` : '');
    pupils.push({ forename, surname, mediaConsent: i % 9 === 0 ? 'refused' : 'granted', handles: [] });
  }
  return pupils;
}

const SENTENCES = [
  "So proud of my class at St Stephen's today, their harvest poems were beautiful.",
  'Well done to Grace Smith in Year 4 for a superb netball match on Saturday!',
  'Reminder: school closes at 1:30pm on Friday 20 December for the Christmas holidays.',
  'Marking till midnight again. This workload is not sustainable and nobody in management cares.',
  'Lovely article about outdoor learning: https://www.tes.com/magazine/outdoor-learning',
  'We hope everyone enjoyed our harvest assembly; it may rain on Friday, so bring a coat.',
  'Can anyone collect a parcel for me tomorrow? Text me on 07700 900458.',
  'Thank you to Mrs Jane Pascoe for organising sports day. 🎉 Zoë and Oisín ran brilliantly.',
  'Year 5 had a brilliant time at the Eden Project today, learning all about rainforest plants.',
  'Congratulations to Tariq Patel and Kofi Jones, our Year 6 maths champions!!!',
];

function makeDraft(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += (text ? ' ' : '') + SENTENCES[i % SENTENCES.length];
  return text.slice(0, length);
}

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The naive way: one RegExp per pupil for the full name and one for the forename. */
function naiveMatcher(roster: Pupil[]) {
  const patterns = roster.flatMap((p) => [
    new RegExp(`\\b${escapeRegExp(p.forename)}\\s+${escapeRegExp(p.surname)}\\b`, 'iu'),
    new RegExp(`\\b${escapeRegExp(p.forename)}\\b`, 'u'),
  ]);
  return (text: string) => patterns.filter((p) => p.test(text)).length;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

function time(run: () => unknown, budgetMs: number, maxRuns: number): number[] {
  const samples: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (samples.length < maxRuns && (samples.length < 5 || performance.now() < deadline)) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples;
}

const settings = parseSettings({
  version: 1,
  school: { name: 'St Stephens Community Academy', aliases: ["St Stephen's", 'SSCA'], trust: { name: 'An Daras Multi Academy Trust', aliases: ['ADMAT'] } },
  officialAccounts: [{ site: 'x', handle: '@StStephensCA' }],
  hashtags: ['#SSCA'],
  disclaimer: { text: 'Views are my own and not those of St Stephens Community Academy.' },
  staff: ['Mrs Jane Pascoe', 'Mr Tom Trewin'],
});

const gc = (globalThis as { gc?: () => void }).gc;
const ms = (n: number) => n.toFixed(3).padStart(9);
const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  process.stdout.write(`${line}\n`);
};

say(`Post Check engine benchmark — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
say('');
say(`${'pupils'.padStart(7)} ${'chars'.padStart(6)} | ${'engine median'.padStart(13)} ${'p95'.padStart(9)} | ${'naive median'.padStart(12)} ${'p95'.padStart(9)} | runs`);
for (const size of [100, 2_000, 50_000]) {
  const roster = makeRoster(size);
  const buildStart = performance.now();
  const policy = compilePolicy({ settings, roster });
  const buildMs = performance.now() - buildStart;
  const drafts: Draft[] = [280, 3_000, 20_000].map((length) => ({ text: makeDraft(length), site: 'x', account: 'personal' }));
  // The engine is timed before the baseline exists: 100,000 live RegExps would slow its garbage collection.
  const engineStats = drafts.map((draft) => {
    for (let i = 0; i < 20; i++) checkDraft(draft, policy);
    return stats(time(() => checkDraft(draft, policy), 1_500, 2_000));
  });
  const naive = naiveMatcher(roster);
  for (const [i, draft] of drafts.entries()) {
    const length = draft.text.length;
    const engine = engineStats[i]!;
    const naiveSamples = time(() => naive(draft.text), 1_500, 200);
    const baseline = stats(naiveSamples);
    say(`${String(size).padStart(7)} ${String(length).padStart(6)} | ${ms(engine.median)} ms ${ms(engine.p95)} | ${ms(baseline.median)} ms ${ms(baseline.p95)} | ${naiveSamples.length}`);
  }
  say(`${''.padStart(7)} index built in ${buildMs.toFixed(1)} ms`);
}

if (gc) {
  gc();
  const start = process.memoryUsage().heapUsed;
  const roster = makeRoster(50_000);
  gc();
  const withRoster = process.memoryUsage().heapUsed;
  const policy = compilePolicy({ settings, roster });
  gc();
  const withIndex = process.memoryUsage().heapUsed;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  say('');
  say(`Heap for 50,000 pupils: the roster itself ${mb(withRoster - start)}, the compiled index ${mb(withIndex - withRoster)} (${policy.pupils.size} pupils)`);
} else {
  say('');
  say('Heap figure skipped: run with node --expose-gc (npm run bench does).');
}
