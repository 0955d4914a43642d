import { describe, expect, it } from 'vitest';
import { GatedWords } from '../../lib/text/gated-words';
import { allMatches, words } from '../../lib/text/patterns';

/**
 * A large vocabulary is compiled a bucket at a time (lib/text/gated-words.ts). Whatever
 * a rule asks of it, it must answer exactly as the one whole pattern would.
 */

// Phrases in the shapes the rule tables use: optional words, alternatives first, look-behinds,
// classes, bounded repetition, short words, and a phrase that starts with a class (always tried).
const TABLE = [
  '[a-z]+ing off',
  '(?<!(?:^|[^a-z])(?:i|we|you) )(?:have|has|had) (?:absolutely )?no (?:idea|clue)',
  '(?:nobody|no one|no-one|not one of them) (?:listens|cares|asked)',
  "(?:is|are|was|were|'s) (?:a |an )?(?:joke|shambles|mess)",
  'doing (?:it )?(?:all )?again',
  'do',
  '[a-z]+ing (?:it )?again',
  'pay ?rises?',
  'another (?:pointless|useless) (?:meeting|initiative)',
  '(?:couldn\'t|could not) (?:run|organi[sz]e) (?:an?|the) [a-z -]{1,30}? without',
  '(?:still )?(?:isn\'t|is not) listening',
  'slt',
  'no',
  'a joke',
  'the (?:head|boss)(?:es)? (?:never|rarely) (?:listens?|replies)',
  '(?:fed up|sick) (?:of|with) (?:the )?(?:[a-z]+ ){0,2}?(?:emails|meetings)',
  'on a (?:friday|saturday) at \\d{1,2}(?:pm)?',
  '9 ?pm emails',
  ...Array.from({ length: 80 }, (_, i) => `filler phrase ${i} (?:here|there)`),
];

const WORDS = [
  'i', 'we', 'you', 'have', 'has', 'had', 'absolutely', 'no', 'idea', 'clue', 'nobody', 'no one', 'no-one', 'listens', 'cares', 'is', 'are', "'s",
  'a', 'an', 'joke', 'shambles', 'doing', 'it', 'all', 'again', 'do', 'going', 'off', 'pay', 'rise', 'rises', 'payrise', 'another', 'pointless', 'meeting',
  "couldn't", 'run', 'the', 'fair', 'without', 'still', "isn't", 'listening', 'slt', 'sltx', 'head', 'heads', 'never', 'replies', 'fed', 'up', 'of',
  'with', 'emails', 'on', 'friday', 'at', '9', '9pm', 'pm', 'filler', 'phrase', '3', 'here', '.', ',', '!', '\n', 'x1', '_do', 'donut',
];

/** A deterministic stream of made-up drafts from the words above. */
function* texts(count: number): Generator<string> {
  let seed = 7;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed;
  };
  for (let n = 0; n < count; n++) {
    const length = 1 + (next() % 40);
    const parts: string[] = [];
    for (let i = 0; i < length; i++) parts.push(WORDS[next() % WORDS.length]!);
    yield parts.join(next() % 5 === 0 ? '' : ' ');
  }
}

const whole = new RegExp(`\\b(?:${TABLE.join('|')})(?![a-z0-9])`, 'g');
const spans = (found: RegExpExecArray[]) => found.map((m) => `${m.index}:${m[0]}`);

describe('a large vocabulary, compiled a bucket at a time', () => {
  it('is what words() makes of a long table, and the same pattern as the whole table', () => {
    const gated = words(TABLE);
    expect(gated).toBeInstanceOf(GatedWords);
    expect(gated.source).toBe(whole.source);
    expect(gated.flags).toBe('g');
    // A short table stays one ordinary pattern.
    expect(words(['slt', 'smt'])).not.toBeInstanceOf(GatedWords);
  });

  it('finds every match the whole pattern finds, in every made-up draft', () => {
    const gated = new GatedWords(TABLE);
    let matches = 0;
    for (const text of texts(4_000)) {
      const want = spans(allMatches(whole, text));
      expect(spans(allMatches(gated, text)), text).toEqual(want);
      matches += want.length;
    }
    // The drafts do exercise the table.
    expect(matches).toBeGreaterThan(2_000);
  });

  it('answers test, replace, matchAll and split as the whole pattern does', () => {
    const gated = new GatedWords(TABLE);
    for (const text of texts(500)) {
      whole.lastIndex = 0;
      gated.lastIndex = 0;
      expect(gated.test(text)).toBe(whole.test(text));
      expect(text.replace(gated, (m) => `<${m}>`)).toBe(text.replace(whole, (m) => `<${m}>`));
      expect([...text.matchAll(gated)].map((m) => `${m.index}:${m[0]}`)).toEqual([...text.matchAll(whole)].map((m) => `${m.index}:${m[0]}`));
      expect(text.split(gated)).toEqual(text.split(whole));
    }
  });

  it('starts from lastIndex, and goes back to 0 when nothing more is found', () => {
    const gated = new GatedWords(TABLE);
    const text = 'slt have no idea. slt have no idea.';
    gated.lastIndex = 5;
    const m = gated.exec(text);
    expect(m?.index).toBe(9);
    expect(m?.[0]).toBe('no');
    expect(gated.lastIndex).toBe(11);
    gated.lastIndex = text.length + 1;
    expect(gated.exec(text)).toBeNull();
    expect(gated.lastIndex).toBe(0);
  });

  it('settles two phrases that match at the same place by their order in the table', () => {
    // At "doing it again" both the always-tried "[a-z]+ing" and the bucket "doi" match; the first listed wins.
    const classFirst = new GatedWords(['[a-z]+ing', 'doing (?:it )?again', ...TABLE.slice(20)]);
    expect(spans(allMatches(classFirst, 'doing it again, going again'))).toEqual(['0:doing', '16:going']);
    const wordsFirst = new GatedWords(['doing (?:it )?again', '[a-z]+ing', ...TABLE.slice(20)]);
    expect(spans(allMatches(wordsFirst, 'doing it again, going again'))).toEqual(['0:doing it again', '16:going']);
  });

  it('keeps a table with a capture group as one pattern, so its groups keep their numbers', () => {
    const captured = new GatedWords(['(slt|smt) (?:never|rarely) listen', ...TABLE.slice(20)]);
    const m = captured.exec('the slt never listen');
    expect(m?.[1]).toBe('slt');
    expect(m?.index).toBe(4);
  });
});
