/**
 * Names disguised with invisible characters or look-alike letters are still found
 * (issue 8), and findings still point at exactly what the user typed.
 */
import { describe, expect, it } from 'vitest';
import { fold, toSourceSpan } from '../../lib/text/normalise';
import { check } from '../helpers';

/** Where the pupil-name findings of a draft point, as the text the user typed. */
function namedPupils(text: string, account: 'personal' | 'school' = 'personal'): string[] {
  return check(text, account)
    .filter((f) => f.rule === 'pupil-name' || f.rule === 'no-consent-pupil')
    .map((f) => text.slice(f.start, f.end));
}

const INVISIBLE: [string, string][] = [
  ['U+0000 NUL', '\u0000'],
  ['U+0001 start of heading', '\u0001'],
  ['U+001F unit separator', '\u001f'],
  ['U+007F delete', '\u007f'],
  ['U+0080 C1 control', '\u0080'],
  ['U+009F C1 control', '\u009f'],
  ['U+00AD soft hyphen', '\u00ad'],
  ['U+034F combining grapheme joiner', '\u034f'],
  ['U+061C Arabic letter mark', '\u061c'],
  ['U+180E Mongolian vowel separator', '\u180e'],
  ['U+200B zero width space', '\u200b'],
  ['U+200C zero width non-joiner', '\u200c'],
  ['U+200D zero width joiner', '\u200d'],
  ['U+200E left-to-right mark', '\u200e'],
  ['U+200F right-to-left mark', '\u200f'],
  ['U+202A left-to-right embedding', '\u202a'],
  ['U+202B right-to-left embedding', '\u202b'],
  ['U+202C pop directional formatting', '\u202c'],
  ['U+202D left-to-right override', '\u202d'],
  ['U+202E right-to-left override', '\u202e'],
  ['U+2060 word joiner', '\u2060'],
  ['U+2061 function application', '\u2061'],
  ['U+2062 invisible times', '\u2062'],
  ['U+2063 invisible separator', '\u2063'],
  ['U+2064 invisible plus', '\u2064'],
  ['U+2066 left-to-right isolate', '\u2066'],
  ['U+2067 right-to-left isolate', '\u2067'],
  ['U+2068 first strong isolate', '\u2068'],
  ['U+2069 pop directional isolate', '\u2069'],
  ['U+FE00 variation selector 1', '\ufe00'],
  ['U+FE0F variation selector 16', '\ufe0f'],
  ['U+FEFF zero width no-break space', '\ufeff'],
  ['U+E0001 language tag', '\u{e0001}'],
  ['U+E0041 tag latin capital A', '\u{e0041}'],
  ['U+E007F cancel tag', '\u{e007f}'],
  ['U+E0100 variation selector 17', '\u{e0100}'],
];

describe('invisible characters inside a name', () => {
  it.each(INVISIBLE)('%s: folded away, the name found, the span covering what was typed', (_, char) => {
    const name = `Gra${char}ce Oka${char}for`;
    const text = `Well done ${name}!`;
    expect(namedPupils(text)).toEqual([name]);
    // Between forename and surname too, next to the space.
    const spaced = `Gr${char}ace ${char}Okafor`;
    expect(namedPupils(`Well done ${spaced}!`)).toEqual([spaced]);
  });

  it.each(INVISIBLE)('%s: folds to nothing and keeps offsets on the typed characters', (_, char) => {
    const folded = fold(`a${char}b`);
    expect(folded.text).toBe('ab');
    const width = char.length;
    expect(toSourceSpan(folded, 0, 2)).toEqual([0, 2 + width]);
    expect(toSourceSpan(folded, 1, 2)).toEqual([1 + width, 2 + width]);
  });

  it('folds tag characters over a whole word away (an emoji flag sequence hides nothing)', () => {
    const tags = [...'grace'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
    expect(fold(`Ok${tags}afor`).text).toBe('okafor');
  });

  it('a name hidden by right-to-left marks copied from Facebook is found', () => {
    const text = 'Congratulations to \u200fCallum\u200e \u200fMacLeod\u200e on his award';
    expect(namedPupils(text)).toEqual(['Callum\u200e \u200fMacLeod']);
  });
});

const BLANKS: [string, string][] = [
  ['U+3164 Hangul filler', '\u3164'],
  ['U+FFA0 halfwidth Hangul filler', '\uffa0'],
  ['U+115F Hangul choseong filler', '\u115f'],
  ['U+1160 Hangul jungseong filler', '\u1160'],
  ['U+2800 Braille blank', '\u2800'],
];

describe('blank fillers', () => {
  it.each(BLANKS)('%s: read as a space, so the name is found inside a word or between words', (_, char) => {
    expect(fold(`a${char}b`).text).toBe('a b');
    expect(namedPupils(`Well done Gra${char}ce Okafor!`)).toEqual([`Gra${char}ce Okafor`]);
    expect(namedPupils(`Well done Grace${char}Okafor!`)).toEqual([`Grace${char}Okafor`]);
  });
});

const LOOKALIKES: [string, string][] = [
  ['Cyrillic а (U+0430)', 'Gr\u0430ce Okafor'],
  ['Cyrillic е (U+0435)', 'Grac\u0435 Okafor'],
  ['Cyrillic о (U+043E)', 'Grace Ok\u0430f\u043er'],
  ['Cyrillic с (U+0441)', 'Gra\u0441e Okafor'],
  ['Cyrillic р (U+0440)', 'Ho\u0440e Chenoweth'],
  ['Cyrillic capital Р (U+0420)', 'Jack \u0420engelly'],
  ['Cyrillic capital О (U+041E)', 'Grace \u041Ekafor'],
  ['Cyrillic capital К (U+041A)', 'Grace O\u041Aafor'],
  ['Cyrillic capital Т (U+0422)', '\u0422ariq Aziz'],
  ['Cyrillic capital А (U+0410)', 'Tariq \u0410ziz'],
  ['Cyrillic і (U+0456)', 'Tar\u0456q Aziz'],
  ['Cyrillic ј (U+0458)', '\u0408ack Pengelly'],
  ['Cyrillic һ (U+04BB)', 'Hope C\u04bbenoweth'],
  ['Cyrillic у (U+0443)', 'Sydne\u0443 Hicks'],
  ['Cyrillic ѕ (U+0455)', 'Sydney Hick\u0455'],
  ['Greek capital Ο (U+039F)', 'Grace \u039Fkafor'],
  ['Greek capital Τ (U+03A4)', '\u03A4ariq Aziz'],
  ['Greek capital Κ (U+039A)', 'Grace O\u039Aafor'],
  ['Greek ο (U+03BF)', 'Grace Okaf\u03bfr'],
  ['Greek ι (U+03B9)', 'Tar\u03b9q Aziz'],
  ['Greek α (U+03B1)', 'T\u03b1riq Aziz'],
  ['full-width letters', '\uff27\uff52\uff41\uff43\uff45 Okafor'],
  ['mathematical bold letters', '\u{1d406}\u{1d42b}\u{1d41a}\u{1d41c}\u{1d41e} Okafor'],
  ['mathematical script letters', 'Grace \u{1d4aa}\u{1d4c0}\u{1d4b6}\u{1d4bb}\u2134\u{1d4c7}'],
  ['circled letters', '\u24bc\u24e1\u24d0\u24d2\u24d4 Okafor'],
  ['Latin small capitals', 'Grace Oᴋᴀꜰᴏʀ'],
];

describe('look-alike letters inside a name', () => {
  it.each(LOOKALIKES)('%s: read as Latin, the span covering what was typed', (_, name) => {
    const text = `So proud of ${name} today!`;
    expect(namedPupils(text)).toEqual([name]);
  });

  it('keeps offsets one to one for look-alikes', () => {
    const folded = fold('Gr\u0430ce');
    expect(folded.text).toBe('grace');
    expect(toSourceSpan(folded, 2, 3)).toEqual([2, 3]);
  });

  it('reads a word made wholly of look-alikes between Latin words', () => {
    // "Ivy" typed with three Cyrillic letters: І, ѵ, у.
    expect(fold('Well done \u0406\u0475\u0443 today').text).toBe('well done ivy today');
  });

  it('leaves genuine Cyrillic and Greek text alone', () => {
    expect(fold('Привет, как дела?').text).toBe('привет, как дела?');
    expect(fold('Καλημέρα σας').text).toBe('καλημερα σας');
    // A Russian word that happens to use only look-alike letters, among Russian words.
    expect(fold('мир сор мир').text).toBe('мир сор мир');
    // A Cyrillic word with letters that have no Latin look-alike is not Latin, even next to English.
    expect(fold('the word дом here').text).toBe('the word дом here');
  });
});
