/**
 * "Mentions the school" (docs/rules.md): the school's or trust's name or aliases, an
 * official handle or hashtag, or a first-person work reference from the closed list
 * ("my class", "our pupils", "I teach at a school"). Case, punctuation, apostrophes
 * and diacritics are folded, and "Saint" and "St" are the same word.
 */
import type { Settings } from '../settings/schema';
import { phraseKeys, PhraseIndex } from '../text/phrases';
import type { PreparedDraft } from '../text/prepared';
import type { Span, Token } from '../text/tokens';

export type MentionKind = 'school' | 'trust' | 'account' | 'hashtag' | 'work-reference';

export interface SchoolMention extends Span {
  kind: MentionKind;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
}

/** What may follow "my"/"our" to make a first-person work reference. */
const WORK_WORDS: readonly string[][] = [
  ['school'],
  ['academy'],
  ['class'],
  ['classroom'],
  ['pupils'],
  ['students'],
  ['kids'],
  ['children'],
  ['form'],
  ['tutor', 'group'],
  ['reception'],
  ['staffroom'],
  ['staff', 'room'],
  ['head', 'teacher'],
  ['headteacher'],
  ['head', 'of', 'department'],
  ['deputy', 'head'],
  ['slt'],
  ['leadership', 'team'],
  ['colleagues'],
];
/** Warm words people put between "my" and "class" without changing who they mean. */
const FILLER_ADJECTIVES = new Set(['lovely', 'brilliant', 'amazing', 'wonderful', 'fantastic', 'fab', 'little', 'whole', 'dear', 'great', 'super', 'incredible', 'fabulous', 'talented', 'hardworking', 'gorgeous']);
const SCHOOL_WORDS = new Set(['school', 'academy', 'primary', 'secondary', 'college', 'infants', 'juniors', 'nursery']);

/** "kid's" folds to the key of "kids": a word typed with an apostrophe before its last "s" is one person's. */
function singularPossessive(token: Token): boolean {
  return token.possessive && /['\u2019]s$/i.test(token.raw) && PLURAL_WORK_WORDS.has(token.key) && !PLURAL_WORK_WORDS.has(token.base);
}
const PLURAL_WORK_WORDS: ReadonlySet<string> = new Set(['kids', 'pupils', 'students', 'colleagues']);

function squash(text: string): string {
  return phraseKeys(text).join('');
}

/** Spelling variants of a name: "St" and "Saint" both ways. */
function variants(keys: string[]): string[][] {
  const out: string[][] = [keys];
  if (keys.includes('st')) out.push(keys.map((k) => (k === 'st' ? 'saint' : k)));
  if (keys.includes('saint')) out.push(keys.map((k) => (k === 'saint' ? 'st' : k)));
  return out;
}

export class SchoolMentionMatcher {
  private readonly names = new PhraseIndex<MentionKind>();
  private readonly workReferences = new PhraseIndex<true>();
  /** Squashed official hashtags and handles, and squashed school/trust names for hashtags like #StStephensSportsDay. */
  private readonly officialTags = new Set<string>();
  private readonly nameStems: string[] = [];
  readonly officialHandles: ReadonlySet<string>;

  constructor(settings: Settings) {
    const { school } = settings;
    const add = (phrase: string, kind: MentionKind) => {
      // A school not set up yet has no name: nothing to find.
      if (phrase.trim() === '') return;
      for (const keys of variants(phraseKeys(phrase))) this.names.addKeys(keys, kind);
    };
    for (const name of [school.name, ...school.aliases]) add(name, 'school');
    if (school.trust) for (const name of [school.trust.name, ...school.trust.aliases]) add(name, 'trust');
    const handles = new Set<string>();
    for (const account of settings.officialAccounts) {
      add(account.handle, 'account');
      handles.add(`${account.site}:${squash(account.handle)}`);
      this.officialTags.add(squash(account.handle));
    }
    this.officialHandles = handles;
    for (const tag of settings.hashtags) {
      add(tag, 'hashtag');
      this.officialTags.add(squash(tag));
    }
    for (const name of [school.name, ...school.aliases, school.trust?.name, ...(school.trust?.aliases ?? [])]) {
      if (!name) continue;
      for (const keys of variants(phraseKeys(name))) {
        const stem = keys.join('');
        // Short stems ("ssca") would be found inside unrelated hashtags.
        if (stem.length >= 8) this.nameStems.push(stem);
      }
    }
    for (const opener of ['my', 'our']) {
      for (const words of WORK_WORDS) this.workReferences.addKeys([opener, ...words], true);
      this.workReferences.addKeys([opener, 'year'], true);
    }
  }

  /** Is this handle one of the school's official accounts on this site? */
  isOfficialAccount(site: string, handle: string): boolean {
    return this.officialHandles.has(`${site}:${squash(handle)}`);
  }

  /** Every mention of the school, outside the given spans (the disclaimer, which names the school by design). */
  find(draft: PreparedDraft, ignore: readonly Span[] = []): SchoolMention[] {
    const { tokens } = draft;
    const mentions: SchoolMention[] = [];
    const push = (first: number, last: number, kind: MentionKind) => {
      const start = tokens[first]!.sourceStart;
      const end = tokens[last]!.sourceEnd;
      if (ignore.some((s) => start >= s.start && end <= s.end)) return;
      mentions.push({ start, end, first, last, kind });
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.inLink) continue;
      if (token.kind === 'hashtag' || token.kind === 'mention') {
        if (this.officialTags.has(token.key) || this.nameStems.some((stem) => token.key.includes(stem))) {
          push(i, i, token.kind === 'hashtag' ? 'hashtag' : 'account');
          continue;
        }
      }
      const name = this.names.longestAt(tokens, i);
      if (name) {
        push(i, name.last, name.value);
        i = name.last;
        continue;
      }
      const reference = this.workReferenceAt(tokens, i);
      if (reference !== null) {
        push(i, reference, 'work-reference');
        i = reference;
      }
    }
    return mentions;
  }

  /** The last token of a first-person work reference starting at `at`, or null. */
  private workReferenceAt(tokens: readonly Token[], at: number): number | null {
    const token = tokens[at]!;
    if (token.key === 'my' || token.key === 'our') {
      // "my Y6 class", "our Y11s": the short form of Year N.
      const short = tokens[at + 1];
      if (short && /^y\d{1,2}s?$/.test(short.key) && short.gapBefore.trim() === '') return at + 1;
      const direct = this.workReferences.longestAt(tokens, at);
      // "Our kid's made a pan of scouse": one kid's (in Liverpool, a brother or sister), not "our kids".
      if (direct && singularPossessive(tokens[direct.last]!)) return null;
      if (direct) return yearNumberCheck(tokens, direct.first, direct.last);
      // "my lovely class": one warm adjective may sit in between.
      const next = tokens[at + 1];
      if (next && FILLER_ADJECTIVES.has(next.key) && next.gapBefore.trim() === '') {
        const shifted = [token, ...tokens.slice(at + 2, at + 6)];
        const match = this.workReferences.longestAt(shifted, 0);
        if (match) return yearNumberCheck(tokens, at, at + 1 + match.last);
      }
      return null;
    }
    // "I teach at / I work at" followed by a school word within a few words.
    if (token.key === 'i' && (tokens[at + 1]?.key === 'teach' || tokens[at + 1]?.key === 'work') && tokens[at + 2]?.key === 'at') {
      for (let k = at + 3; k < Math.min(tokens.length, at + 8); k++) {
        if (/[.!?\n]/.test(tokens[k]!.gapBefore)) break;
        if (SCHOOL_WORDS.has(tokens[k]!.base)) return k;
      }
    }
    return null;
  }
}

/** "my Year" counts only as "my Year 6": the year needs its number (or R). */
function yearNumberCheck(tokens: readonly Token[], _first: number, last: number): number | null {
  if (tokens[last]!.key !== 'year') return last;
  const next = tokens[last + 1];
  // "my Year 6", "our Year 6s", "my Year R".
  if (next && /^(?:\d{1,2}s?|r)$/.test(next.key) && next.gapBefore.trim() === '') return last + 1;
  return null;
}
