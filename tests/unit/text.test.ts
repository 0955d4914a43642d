import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../lib/text/sentence-matches';
import { fold, foldPhrase, toSourceSpan } from '../../lib/text/normalise';
import { allMatches, alternatives, anyOf, matchSpans, words } from '../../lib/text/patterns';
import { PhraseIndex } from '../../lib/text/phrases';
import { matchFolded, needsOwnCharacters, prepareDraft, subjectFor } from '../../lib/text/prepared';
import { firstAtLeast, lastAtMost } from '../../lib/text/spans';
import { findLinks, tokenAt, tokenise } from '../../lib/text/tokens';

const draft = (text: string) => prepareDraft({ text, site: 'x', account: 'personal' });

describe('folding', () => {
  it.each([
    ['Zoë', 'zoe'],
    ['Siobhán', 'siobhan'],
    ['Łucja Zielińska', 'lucja zielinska'],
    ['Yılmaz', 'yilmaz'],
    ['O’Brien', "o'brien"],
    ['Ｆｕｌｌ ｗｉｄｔｈ', 'full width'],
    ['ﬁne', 'fine'],
    ['Smith‑Jones', 'smith-jones'],
    ['a\u00A0b', 'a b'],
    ['soft\u00ADhyphen', 'softhyphen'],
    ['Straße', 'strasse'],
  ])('folds %s to %s', (input, output) => {
    expect(fold(input).text).toBe(output);
    expect(foldPhrase(input)).toBe(output);
  });

  it('keeps line breaks, which end sentences', () => {
    expect(fold('a\r\nb').text).toBe('a\n\nb');
  });

  it('maps every folded span back to whole source characters, emoji and surrogate pairs included', () => {
    const source = '👩🏽‍🏫 Zoë ﬁnished 𝒜 poem 🎉 with e\u0301 and ß';
    const folded = fold(source);
    for (const word of ['zoe', 'finished', 'poem', 'with', 'ss']) {
      const at = folded.text.indexOf(word);
      const [start, end] = toSourceSpan(folded, at, at + word.length);
      expect(source.slice(start, end).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace('ß', 'ss')).toBe(word);
    }
    // No span ever starts or ends inside a surrogate pair.
    for (let i = 0; i < folded.text.length; i++) {
      const s = folded.sourceStart[i]!;
      const e = folded.sourceEnd[i]!;
      expect(source.slice(s, e).isWellFormed()).toBe(true);
    }
  });

  it('maps regex matches on folded text to the source', () => {
    const text = '🎉 ÉCOLE café Zoë';
    const [match] = matchFolded(draft(text), /zoe/);
    expect(text.slice(match!.start, match!.end)).toBe('Zoë');
  });
});

describe('tokens', () => {
  it('tells words, numbers, hashtags and handles apart, with case and sentence starts', () => {
    const tokens = tokenise(fold("Well done #TeamStStephens! Ask @olivia_b. Grace's 2 goals"));
    expect(tokens.map((t) => [t.raw, t.kind, t.key])).toEqual([
      ['Well', 'word', 'well'],
      ['done', 'word', 'done'],
      ['#TeamStStephens', 'hashtag', 'teamststephens'],
      ['Ask', 'word', 'ask'],
      ['@olivia_b', 'mention', 'oliviab'],
      ["Grace's", 'word', 'graces'],
      ['2', 'number', '2'],
      ['goals', 'word', 'goals'],
    ]);
    expect(tokens.filter((t) => t.sentenceStart).map((t) => t.raw)).toEqual(['Well', 'Ask', "Grace's"]);
    expect(tokens[5]).toMatchObject({ possessive: true, base: 'grace', capitalised: true });
  });

  it('does not end a sentence after a title or "St."', () => {
    const tokens = tokenise(fold('Thanks to Mrs. Pascoe at St. Stephens'));
    expect(tokens.filter((t) => t.sentenceStart).map((t) => t.raw)).toEqual(['Thanks']);
  });

  it('finds web and email addresses and marks the words inside them', () => {
    const text = 'See https://www.tes.com/a-b?x=1, ststephens.example/news or email jo.bloggs@example.com.';
    const links = findLinks(fold(text).text);
    expect(links.map((l) => [l.kind, l.text])).toEqual([
      ['url', 'https://www.tes.com/a-b?x=1'],
      ['url', 'ststephens.example/news'],
      ['email', 'jo.bloggs@example.com'],
    ]);
    expect(tokenise(fold(text)).filter((t) => !t.inLink).map((t) => t.raw)).toEqual(['See', 'or', 'email']);
  });
});

describe('the one-byte form patterns run on', () => {
  it('keeps every character up to U+00FF and stands in for the rest by kind, at the same offsets', () => {
    const folded = fold('Zoë 🎉 王小明 and Дмитрий scored ٣ goals… ©');
    expect(folded.plain).toHaveLength(folded.text.length);
    for (let i = 0; i < folded.text.length; i++) {
      const code = folded.text.charCodeAt(i);
      if (code <= 0xff) expect(folded.plain[i]).toBe(folded.text[i]);
      else expect(code >= 0xd800 && code < 0xe000 ? '\x1a' : /\p{L}/u.test(folded.text[i]!) ? 'ª' : '²').toBe(folded.plain[i]);
    }
    // The emoji's two halves both stand in as "something else".
    const party = folded.text.indexOf('\u{1F389}');
    expect(folded.plain.slice(party, party + 2)).toBe('\x1a\x1a');
    expect([...folded.plain].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
  });

  it('finds the same words, read with their own letters', () => {
    const tokens = tokenise(fold('王小明 and Дмитрий 🎉 scored ٣ #ГолДня'));
    expect(tokens.map((t) => [t.folded, t.kind])).toEqual([
      ['王小明', 'word'],
      ['and', 'word'],
      ['дмитрии', 'word'],
      ['scored', 'word'],
      ['٣', 'number'],
      ['#голдня', 'hashtag'],
    ]);
  });

  it('gives patterns with the u flag, which may look for an emoji, the characters themselves', () => {
    expect(matchFolded(draft('Another meeting 🙄'), /\u{1F644}/u).map((m) => m.match[0])).toEqual(['\u{1F644}']);
    expect(matchFolded(draft('Зоя and Grace'), /\b[a-z]+\b/).map((m) => m.match[0])).toEqual(['and', 'grace']);
  });
});

describe('phrase index', () => {
  it('finds the longest phrase, folding case, apostrophes and possessives', () => {
    const index = new PhraseIndex<string>([
      ['St Stephens', 'short'],
      ['St Stephens Community Academy', 'long'],
    ]);
    const found = (text: string) => index.findAll(tokenise(fold(text))).map((m) => m.value);
    expect(found('at ST STEPHEN’S COMMUNITY ACADEMY today')).toEqual(['long']);
    expect(found("St Stephen's fair")).toEqual(['short']);
    expect(found("St Stephens Community Academy's fair")).toEqual(['long']);
    expect(found('Stephens')).toEqual([]);
  });
});

describe('one binary search', () => {
  const starts = [0, 4, 4, 9, 15];
  const key = (n: number) => n;

  it.each([
    [-1, 0, -1],
    [0, 0, 0],
    [4, 1, 2],
    [5, 3, 2],
    [15, 4, 4],
    [99, 5, 4],
  ])('at %i: first at least is %i, last at most is %i', (value, first, last) => {
    expect(firstAtLeast(starts, value, key)).toBe(first);
    expect(lastAtMost(starts, value, key)).toBe(last);
  });

  it('finds the word an offset falls in, and none between words', () => {
    const { tokens, folded } = draft('Well done, Grace!');
    expect(tokenAt(tokens, folded.text.indexOf('grace') + 2)?.raw).toBe('Grace');
    expect(tokenAt(tokens, folded.text.indexOf(','))).toBeUndefined();
    expect(tokenAt(tokens, -1)).toBeUndefined();
  });
});

describe('running patterns', () => {
  it('finds what matchAll finds, empty matches and emoji included, and leaves the pattern ready for the next caller', () => {
    const cases: [RegExp, string][] = [
      [/\b[a-z]+\b/g, 'slt have no idea, again'],
      [/x*/g, 'axxb'],
      [/(?:)/gu, 'a😀b'],
      [/\p{L}+/gu, 'Zoë 😀 写 Дима'],
      [/o/g, ''],
    ];
    for (const [pattern, text] of cases) {
      expect(allMatches(pattern, text).map((m) => [m.index, m[0]])).toEqual([...text.matchAll(pattern)].map((m) => [m.index, m[0]]));
      expect(pattern.lastIndex).toBe(0);
    }
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
  });

  it('runs a pattern that needs no character above U+00FF on the one-byte text, with the same spans', () => {
    const d = draft('Zoë 😀 met 写 Дима at the gate 🙄 then left');
    const letters = /\p{L}+/gu;
    const emoji = /\u{1F644}/gu;
    expect(needsOwnCharacters(letters)).toBe(false);
    expect(needsOwnCharacters(emoji)).toBe(true);
    expect(needsOwnCharacters(/[\u2018\u2019]/)).toBe(true);
    expect(subjectFor(d, letters)).toBe(d.folded.plain);
    expect(subjectFor(d, emoji)).toBe(d.folded.text);
    const spans = (text: string) => allMatches(letters, text).map((m) => [m.index, m.index + m[0].length]);
    expect(spans(d.folded.plain)).toEqual(spans(d.folded.text));
    expect(matchFolded(d, emoji).map((m) => d.draft.text.slice(m.start, m.end))).toEqual(['🙄']);
  });
});

describe('vocabularies into patterns', () => {
  it('refuses a table whose pattern V8 would no longer optimise, so it is split instead', () => {
    const table = Array.from({ length: 3_000 }, (_, i) => `phrase number ${i}`);
    expect(() => words(table)).toThrow(/split its table/);
    expect(() => alternatives(table)).toThrow(/split its table/);
    expect(() => words(table.slice(0, 500))).not.toThrow();
  });

  it('finds whole words of a table, never inside a longer word', () => {
    const found = (text: string) => matchSpans(text, words(['pay ?rises?'], ['slt'])).map((s) => text.slice(s.start, s.end));
    expect(found('no payrise again, the slt said')).toEqual(['payrise', 'slt']);
    expect(found('payrisers and sltx')).toEqual([]);
  });

  it('tries the entries of a table in order, each with its own edges', () => {
    const pattern = alternatives([String.raw`\bon\s+strike\b`, '©']);
    expect(matchSpans('© 2026, staff on  strike', pattern)).toEqual([
      { start: 0, end: 1 },
      { start: 14, end: 24 },
    ]);
    expect(anyOf('a', 'b')).toBe('(?:a|b)');
  });
});

describe('sentences', () => {
  it('does not end a sentence at the dots inside a link', () => {
    const draft = prepareDraft({ text: 'Our SLT should read this piece: https://www.example.com/teacher-burnout. Then talk to us.', site: 'x', account: 'personal' });
    expect(sentencesOf(draft).map((s) => s.text)).toEqual(['our slt should read this piece: https://www.example.com/teacher-burnout', 'then talk to us']);
  });

  it('does not end a sentence at a mark standing for a letter inside a word', () => {
    const draft = prepareDraft({ text: 'He is a d!ckhead. What a day! Really? yes.', site: 'x', account: 'personal' });
    expect(sentencesOf(draft).map((s) => s.text)).toEqual(['he is a d!ckhead', 'what a day', 'really', 'yes']);
  });
});
