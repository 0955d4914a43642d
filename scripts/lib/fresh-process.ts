/**
 * Run by `npm run bench` in a process of its own (`node … fresh-process.ts`), so that
 * nothing is compiled yet: how long the first checks take in a background that has just
 * started (a service worker is stopped after 30 s idle and starts again at the next
 * keystroke), and how much machine code V8 then holds. V8 stops optimising every regular
 * expression compiled once the process holds 16 MB of machine code (`TooMuchRegExpCode`),
 * so the figure after a long session says whether the patterns still run at full speed.
 *
 * Prints one line of JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
import { compilePolicy } from '../../lib/compiled-policy';
import { checkDraft } from '../../lib/engine';
import { forgetRememberedAnswers } from '../../lib/facts/complaints';
import { worstCases, worstRoster, worstSettings } from './worst-cases';

const POST =
  "So proud of my class at St Stephen's today, their harvest poems were beautiful. Marking till midnight again, this workload is not sustainable. " +
  'Can anyone collect a parcel for me tomorrow? Well done to Grace Smith in Year 4 for a superb netball match on Saturday! 🎉';

const machineCodeMb = () => getHeapSpaceStatistics().filter((s) => s.space_name.startsWith('code')).reduce((sum, s) => sum + s.space_size, 0) / 1_048_576;
const cpuMs = (run: () => unknown) => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const policy = compilePolicy({ settings: worstSettings(10), roster: worstRoster(2_000) });
const draft = (text: string) => ({ text, site: 'facebook' as const, account: 'personal' as const });
const firstCheck = cpuMs(() => checkDraft(draft(POST), policy));
const secondCheck = cpuMs(() => checkDraft(draft(`${POST} Thanks all.`), policy));
const afterFirst = machineCodeMb();

// A long session: every labelled draft of the repository's corpus, each checked once.
const corpus = new URL('../../tests/corpus/', import.meta.url);
const texts: string[] = [];
for (const file of readdirSync(corpus, { recursive: true }) as string[]) {
  if (!file.endsWith('.jsonl')) continue;
  for (const line of readFileSync(new URL(file, corpus), 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
}
const sessionStart = performance.now();
for (const text of texts) checkDraft(draft(text), policy);
const sessionMs = performance.now() - sessionStart;

// Then the longest ordinary draft, as in the worst cases: does it still run at full speed?
const long = worstCases().find((c) => c.name === '1 MB of ordinary posts, no sentence repeated');
if (!long) throw new Error('The worst case "1 MB of ordinary posts, no sentence repeated" is missing.');
const run = long.prepare();
const times: number[] = [];
for (let i = 0; i < 12; i++) {
  forgetRememberedAnswers();
  times.push(cpuMs(run));
}
const longAfterSession = times.slice(3).sort((a, b) => a - b)[4]!;

process.stdout.write(`${JSON.stringify({ firstCheck, secondCheck, afterFirst, drafts: texts.length, sessionMs, afterSession: machineCodeMb(), longAfterSession })}\n`);
