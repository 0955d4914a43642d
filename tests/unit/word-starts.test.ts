/**
 * Searching a long draft word by word (`lib/text/word-starts.ts`) must find exactly
 * what scanning it finds: every pattern the engine runs is compared both ways, on long
 * drafts of the corpus and on text built to sit at the index's edges.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../lib/compiled-policy';
import { checkDraft } from '../../lib/engine';
import { parseSettings } from '../../lib/settings/schema';
import { allMatches, globalFormOf } from '../../lib/text/patterns';
import { foldedMatches, prepareDraft, subjectFor } from '../../lib/text/prepared';
import { sentencesOf } from '../../lib/text/sentence-matches';
import { matchesAtWordStarts, mayMatch, READ_AFTER_CALLS, WordStartIndex, wordStartFilter } from '../../lib/text/word-starts';

const corpus = new URL('../corpus/', import.meta.url);
const texts: string[] = [];
for (const file of readdirSync(corpus, { recursive: true }) as string[]) {
  if (!file.endsWith('drafts.jsonl')) continue;
  for (const line of readFileSync(new URL(file, corpus), 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
}

/** Long drafts: corpus drafts run together, about 25,000 characters each. */
function longDrafts(count: number): string[] {
  const out: string[] = [];
  for (let d = 0; d < count; d++) {
    let text = '';
    for (let i = d; text.length < 25_000; i += count) text += `${texts[i % texts.length]}\n\n`;
    out.push(text);
  }
  return out;
}

/** Words at the index's edges: underscores, digits, apostrophes, one letter at the very end. */
const EDGES =
  "_slt are clueless. slt_ are clueless. 2slt are clueless. it's a joke, it's_a joke. 'gone downhill' x-gone downhill. a\nb. " +
  "o'brien's school is a shambles, the school's a shambles! 9am start. SLT ARE CLUELESS. é gone downhill. a";

/** Every pattern the engine runs while checking these drafts. */
function patternsUsedBy(drafts: readonly string[]): RegExp[] {
  const seen = new Set<RegExp>();
  const exec = RegExp.prototype.exec;
  const test = RegExp.prototype.test;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    seen.add(this);
    return exec.call(this, s);
  };
  RegExp.prototype.test = function (this: RegExp, s: string) {
    seen.add(this);
    return test.call(this, s);
  };
  try {
    const policy = compilePolicy({ settings: parseSettings(JSON.parse(readFileSync(new URL('school-a/settings.json', corpus), 'utf8'))), roster: [] });
    for (const text of drafts) {
      checkDraft({ text, site: 'facebook', account: 'personal' }, policy);
      checkDraft({ text, site: 'x', account: 'school' }, policy);
    }
  } finally {
    RegExp.prototype.exec = exec;
    RegExp.prototype.test = test;
  }
  // Not the anchored forms the index itself makes: they match only where they are put.
  return [...seen].filter((p) => !p.sticky && wordStartFilter(p) !== null);
}

describe('what a pattern can begin with', () => {
  it('reads the two-letter beginnings of a table', () => {
    const filter = wordStartFilter(/\b(?:(?:treat|see)(?:s|ed)? (?:its|the) school|gone (?:right )?downhill)(?![a-z0-9])/g);
    expect(filter && [...filter.pairs].sort()).toEqual(['go', 'se', 'tr']);
    expect(filter?.singles.size).toBe(0);
  });

  it('keeps one letter when the second may be anything', () => {
    // Any word at all: nothing to narrow by.
    expect(wordStartFilter(/\b\w+ out of order/g)).toBeNull();
    // Any letter is still a short list: every pair of letters.
    expect(wordStartFilter(/\b[a-z]+ out of order/g)?.pairs.size).toBe(26 * 27);
    const one = wordStartFilter(/\ba\S* joke/g);
    expect(one && [...one.singles]).toEqual(['a']);
  });

  it('follows optional words and repeats into the next word', () => {
    const filter = wordStartFilter(/\b(?:a )?(?:masterclass|shambles)/g);
    expect(filter && [...filter.pairs].sort()).toEqual(['a ', 'ma', 'sh']);
    const digits = wordStartFilter(/\b\d{1,2}(?:am|pm)/g);
    expect(filter).not.toBeNull();
    expect(digits?.pairs.has('9a')).toBe(true);
    expect(digits?.pairs.has('12')).toBe(true);
  });

  it('says nothing of a pattern that need not start a word, or may start with a mark', () => {
    expect(wordStartFilter(/(?:clueless|shambles)/g)).toBeNull();
    expect(wordStartFilter(/\b(?:clueless|'s a joke)/g)).toBeNull();
    expect(wordStartFilter(/\b(?:clueless)?/g)).toBeNull();
    expect(wordStartFilter(/\b(?:clueless)|shambles/g)).toBeNull();
    expect(wordStartFilter(/\bclueless/giu)).toBeNull();
  });

  it('reads a case-insensitive pattern in both cases', () => {
    const filter = wordStartFilter(/\bslt\b/gi);
    expect(filter?.pairs.has('SL')).toBe(true);
    expect(filter?.pairs.has('sL')).toBe(true);
  });
});

describe('searching word by word', () => {
  const drafts = longDrafts(4);
  let patterns: RegExp[] = [];
  beforeAll(() => {
    patterns = patternsUsedBy([...drafts.slice(0, 2), EDGES.repeat(20)]);
  });
  afterAll(() => {
    patterns = [];
  });

  it('can read most of the rule tables', () => {
    // The tables (`words()`) all start with `\b` and a letter: well over a hundred of them.
    expect(patterns.length).toBeGreaterThan(100);
  });

  it('finds exactly what a scan finds, for every pattern the engine runs', () => {
    const subjects = [...drafts.slice(2), EDGES.repeat(40), EDGES.toLowerCase().repeat(40)].flatMap((text) => {
      const prepared = prepareDraft({ text, site: 'facebook', account: 'personal' });
      return [prepared.folded.plain, prepared.folded.text];
    });
    let compared = 0;
    for (const subject of subjects) {
      const index = new WordStartIndex(subject);
      for (const pattern of patterns) {
        const filter = wordStartFilter(pattern)!;
        const scanned = allMatches(globalFormOf(pattern), subject)
          .filter((m) => m[0].length > 0)
          .map((m) => [m.index, m[0]]);
        const indexed = matchesAtWordStarts(pattern, filter, index).map((m) => [m.index, m[0]]);
        expect(indexed, pattern.source.slice(0, 80)).toEqual(scanned);
        compared += scanned.length;
      }
    }
    // Not a comparison of nothing: the tables find thousands of things in these texts.
    expect(compared).toBeGreaterThan(1_000);
  });

  it('never rules out a sentence a pattern matches', () => {
    for (const text of [...texts.slice(0, 600), EDGES]) {
      const prepared = prepareDraft({ text, site: 'facebook', account: 'personal' });
      for (const sentence of sentencesOf(prepared)) {
        for (const pattern of patterns) {
          pattern.lastIndex = 0;
          const found = pattern.test(sentence.text);
          pattern.lastIndex = 0;
          if (found) expect(mayMatch(pattern, sentence.text), `${pattern.source.slice(0, 80)} in "${sentence.text}"`).toBe(true);
        }
      }
    }
  });

  it('reads a pattern only once it has been asked about often, so a short first check reads none', () => {
    const pattern = /\b(?:clueless|shambles)(?![a-z0-9])/g;
    const answers = Array.from({ length: READ_AFTER_CALLS + 2 }, () => mayMatch(pattern, 'a lovely day at the beach'));
    expect(answers.slice(0, READ_AFTER_CALLS - 1).every(Boolean)).toBe(true);
    expect(answers.slice(READ_AFTER_CALLS)).toEqual([false, false]);
    expect(mayMatch(pattern, 'honestly clueless')).toBe(true);
  });

  it('rules out most sentences for most tables, which is what saves the time', () => {
    const sentence = 'the weather was lovely for the walk to the beach on saturday';
    for (const pattern of patterns) for (let i = 0; i < READ_AFTER_CALLS; i++) mayMatch(pattern, 'x');
    const ruledOut = patterns.filter((p) => !mayMatch(p, sentence));
    expect(ruledOut.length / patterns.length).toBeGreaterThan(0.5);
  });

  it('gives a long draft the same matches through the engine entry point', () => {
    const prepared = prepareDraft({ text: drafts[3]!, site: 'facebook', account: 'personal' });
    const pattern = patterns.find((p) => allMatches(globalFormOf(p), subjectFor(prepared, p)).length > 3)!;
    expect(pattern).toBeDefined();
    expect(foldedMatches(prepared, pattern).map((m) => m.index)).toEqual(allMatches(globalFormOf(pattern), subjectFor(prepared, pattern)).map((m) => m.index));
  });
});

/** Every file a module imports for its code (not types), followed through the repository. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s*['"]([^'"]+)['"]/gm)) {
      const specifier = m[1]!;
      if (!specifier.startsWith('.')) {
        seen.add(specifier);
        continue;
      }
      const base = resolve(dirname(file), specifier);
      const found = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((candidate) => existsSync(candidate));
      if (found) queue.push(found);
    }
  }
  return seen;
}

describe('where the parser runs', () => {
  const root = resolve(new URL('../..', import.meta.url).pathname);
  it('is in the background, which checks drafts, and not in the content script on every page', () => {
    expect(reachable(`${root}/entrypoints/background/index.ts`)).toContain('@eslint-community/regexpp');
    const content = reachable(`${root}/entrypoints/content/index.ts`);
    // The content script does read a draft's facts (the late-night question)…
    expect(content).toContain(`${root}/lib/facts/index.ts`);
    // …without the parser.
    expect(content).not.toContain('@eslint-community/regexpp');
  });
});
