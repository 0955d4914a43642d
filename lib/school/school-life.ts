/**
 * School life (docs/rules.md, "Forename-alone matching"): the closed list of words that put
 * a personal post in school context, so that a forename alone in it may be a pupil.
 * "Dinner with Sarah" is not about a pupil; "Sarah was brilliant in assembly" may be.
 *
 * The list is data. Each term may name the words that turn it into something else when
 * they stand next to it: a yoga class, a driving lesson, a wedding reception and a
 * residential area are not school life.
 */
import { PhraseIndex } from '../text/phrases';
import { numberOf, type Token } from '../text/tokens';

export interface SchoolLifeTerm {
  /** The words, as a person writes them. */
  readonly phrase: string;
  /** Not school life when the word before is one of these ("yoga class", "wedding reception"). */
  readonly notAfter?: readonly string[];
  /** Not school life when the word after is one of these ("lesson learned", "residential area"). */
  readonly notBefore?: readonly string[];
  /** School life only when the word before is one of these ("the register", not "register to vote"). */
  readonly onlyAfter?: readonly string[];
  /** Only as typed in capitals: "SEN", "SEND" (never the verb "send"), "A level". */
  readonly capitals?: 'all' | 'first';
}

/** Pastimes whose classes and lessons are not school (everyday posts are full of them). */
const PASTIMES = [
  'yoga', 'pilates', 'spin', 'spinning', 'zumba', 'dance', 'dancing', 'ballet', 'tap', 'pottery', 'fitness',
  'exercise', 'cooking', 'baking', 'gym', 'boxing', 'kickboxing', 'swimming', 'swim', 'salsa', 'barre',
  'aerobics', 'hiit', 'bootcamp', 'karate', 'judo', 'taekwondo', 'martial', 'craft', 'drawing', 'painting',
  'language', 'evening', 'night', 'adult', 'antenatal', 'nct', 'sensory', 'driving', 'piano', 'guitar',
  'violin', 'drum', 'drums', 'singing', 'riding', 'golf', 'tennis', 'surf', 'surfing', 'ski', 'skiing',
  'flying', 'horse', 'climbing', 'sailing', 'spanish', 'french', 'italian', 'german', 'life', 'wine',
  'photography', 'knitting', 'sewing', 'crochet', 'aqua', 'circuit', 'circuits', 'cycle', 'rhyme', 'rhymetime',
  'toddler', 'baby', 'puppy', 'dog', 'obedience',
];
/** Qualities of a class that are not a school class ("world class", "a class act"). */
const CLASS_QUALITIES = ['first', 'world', 'top', 'business', 'economy', 'middle', 'working', 'upper', 'lower', 'premier', 'master', 'masters'];
/** Schools that are not the school a member of staff works at. */
const OTHER_SCHOOLS = [
  'old', 'dance', 'driving', 'drama', 'ballet', 'sunday', 'flight', 'art', 'law', 'medical', 'business', 'film',
  'swim', 'swimming', 'language', 'riding', 'surf', 'ski', 'stage', 'cookery', 'graduate', 'forest', 'football',
  'rugby', 'summer',
];

const SCHOOL_LIFE: readonly SchoolLifeTerm[] = [
  { phrase: 'pupil' },
  { phrase: 'pupils' },
  { phrase: 'student' },
  { phrase: 'students' },
  { phrase: 'class', notAfter: [...PASTIMES, ...CLASS_QUALITIES], notBefore: ['act', 'acts'] },
  { phrase: 'classes', notAfter: [...PASTIMES, ...CLASS_QUALITIES] },
  { phrase: 'classroom' },
  { phrase: 'lesson', notAfter: PASTIMES, notBefore: ['learned', 'learnt', 'in', 'for'] },
  { phrase: 'lessons', notAfter: PASTIMES, notBefore: ['learned', 'learnt', 'in', 'for'] },
  { phrase: 'school', notAfter: OTHER_SCHOOLS, notBefore: ['of'] },
  { phrase: 'assembly', notAfter: ['furniture', 'flatpack', 'pack', 'ikea', 'general', 'welsh', 'national', 'legislative', 'northern'] },
  { phrase: 'playground' },
  { phrase: 'sports day' },
  { phrase: 'school trip' },
  { phrase: 'residential', notBefore: ['area', 'areas', 'home', 'homes', 'care', 'street', 'road', 'property', 'properties', 'development', 'estate', 'parking', 'zone', 'neighbourhood', 'building', 'lettings'] },
  { phrase: 'homework' },
  { phrase: 'sats' },
  { phrase: 'gcse' },
  { phrase: 'gcses' },
  { phrase: 'a level', capitals: 'first', notBefore: ['playing', 'of', 'crossing', 'headed', 'best'] },
  { phrase: 'a levels', capitals: 'first' },
  // The class is written with a capital ("in Reception"); "a lovely reception" is a party.
  { phrase: 'reception', capitals: 'first', notAfter: ['wedding', 'drinks', 'hotel', 'evening', 'civic', 'champagne', 'warm', 'mixed', 'mobile', 'phone', 'tv', 'radio'], notBefore: ['desk', 'area', 'room', 'venue', 'party', 'drinks'] },
  { phrase: 'nursery', notAfter: ['garden', 'plant', 'tree'], notBefore: ['rhyme', 'rhymes', 'web'] },
  { phrase: 'form group' },
  { phrase: 'tutor group' },
  { phrase: 'register', onlyAfter: ['the', 'class', 'morning', 'afternoon', 'attendance'] },
  { phrase: 'parents evening' },
  { phrase: 'parent evening' },
  { phrase: 'star of the week' },
  { phrase: 'merit' },
  { phrase: 'merits' },
  { phrase: 'house points' },
  { phrase: 'house point' },
  { phrase: 'detention' },
  { phrase: 'half term' },
  { phrase: 'staffroom' },
  { phrase: 'staff room' },
  { phrase: 'exams', notAfter: ['eye', 'driving', 'medical', 'vet', 'professional', 'accountancy', 'bar'] },
  { phrase: 'exam', notAfter: ['eye', 'driving', 'medical', 'vet', 'professional', 'accountancy', 'bar'] },
  { phrase: 'phonics' },
  { phrase: 'ehcp' },
  { phrase: 'sen', capitals: 'all' },
  { phrase: 'send', capitals: 'all' },
];

/** Year groups: "Year 4", "Yr 4", "Y4", "Years 5 and 6". */
const YEAR_WORDS = new Set(['year', 'years', 'yr', 'yrs']);
const YEAR_TOKEN = /^(?:y|yr|year)(?:[1-9]|1[0-3])$/;
/** Class codes as schools write them: "4E", "10X2", "5K", "R1" (after "in", "from", "class" or "form"). */
const CLASS_CODE = /^(?:\d{1,2}[a-z]{1,3}\d?|[a-z]{1,2}\d{1,2}|[ps]\d[a-z]{1,2})$/;
/** A secondary teaching group ("10X2", "9Y1", "11B3") reads as one anywhere, in capitals. */
const TEACHING_GROUP = /^(?:[7-9]|1[0-3])[a-z]\d$/;
const NOT_CLASS_CODES = new Set(['2d', '3d', '4d', '3g', '4g', '5g', '4k', '8k', '4x4', '1st', '2nd', '3rd', 'mp3', 'mp4', 'a4', 'a3', 'a5', 'm4', 'm5', 'm25', 'a30', 'a38']);
const CLASS_CODE_AFTER = new Set(['in', 'from', 'class', 'form']);

export interface SchoolLifeCue {
  /** Token indexes of the words, inclusive. */
  first: number;
  last: number;
}

function typedInCapitals(token: Token, how: 'all' | 'first'): boolean {
  return how === 'all' ? token.allCaps : token.capitalised;
}

export class SchoolLifeMatcher {
  private readonly phrases = new PhraseIndex<SchoolLifeTerm>();

  constructor(terms: readonly SchoolLifeTerm[] = SCHOOL_LIFE) {
    for (const term of terms) this.phrases.add(term.phrase, term);
  }

  /** Every school-life word or phrase in the draft, left to right. */
  find(tokens: readonly Token[]): SchoolLifeCue[] {
    const cues: SchoolLifeCue[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.inLink || token.kind === 'mention') continue;
      const before = tokens[i - 1];
      if (YEAR_TOKEN.test(token.key)) {
        cues.push({ first: i, last: i });
        continue;
      }
      const next = tokens[i + 1];
      // "Year 3", and "Year 3's".
      const year = numberOf(next);
      if (YEAR_WORDS.has(token.key) && next && year !== null && year >= 1 && year <= 13 && /^[ \t]*$/.test(next.gapBefore)) {
        cues.push({ first: i, last: i + 1 });
        i++;
        continue;
      }
      if (TEACHING_GROUP.test(token.key) && /[A-Z]/.test(token.raw)) {
        cues.push({ first: i, last: i });
        continue;
      }
      if (before && CLASS_CODE_AFTER.has(before.key) && CLASS_CODE.test(token.key) && !NOT_CLASS_CODES.has(token.key) && /\d/.test(token.key) && /[a-z]/.test(token.key)) {
        cues.push({ first: i, last: i });
        continue;
      }
      const match = this.phrases.matchesAt(tokens, i).find(({ value: term, last }) => {
        if (term.capitals && !typedInCapitals(token, term.capitals)) return false;
        const previous = before?.key;
        const following = tokens[last + 1]?.key;
        if (term.onlyAfter && (previous === undefined || !term.onlyAfter.includes(previous))) return false;
        if (term.notAfter && previous !== undefined && term.notAfter.includes(previous)) return false;
        if (term.notBefore && following !== undefined && term.notBefore.includes(following)) return false;
        return true;
      });
      if (match) {
        cues.push({ first: i, last: match.last });
        i = match.last;
      }
    }
    return cues;
  }
}
