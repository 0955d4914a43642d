/**
 * Which controversial topics a draft touches, sentence by sentence: politics, strikes,
 * religion in a dispute, academy and trust disputes, legal action, news stories about
 * the school and holding statements (the words are in `vocabulary.ts`).
 */
import { findMediaReferences } from '../../facts/media';
import type { SchoolMention } from '../../school/mentions';
import { sourceSpan, type PreparedDraft } from '../../text/prepared';
import { findInSentences, has, sentenceIndexAt, sentenceOfToken, sentencesOf, type Sentence } from '../../text/sentence-matches';
import type { Span } from '../../text/tokens';
import {
  ABOUT_THE_SCHOOL,
  ARRANGEMENT_NOTICE,
  BAD_NEWS,
  CAMPAIGN_HASHTAG,
  DISPUTE,
  ELECTION,
  GOOD_NEWS,
  HOLDING_STATEMENT,
  LEGAL,
  NEUTRAL_VOTING,
  NOT_A_CANDIDATE,
  NOT_THE_PARTY,
  OPINION,
  PARTY_FOLLOWERS,
  PARTY_POLITICS,
  RELIGION,
  SCHOOL_ELECTION,
  STORY_ABOUT,
  STRIKE_FIRM,
  STRIKE_SOFT,
  TRUST_CHANGE,
  TRUST_WORDS,
} from './vocabulary';

export type Topic = 'politics' | 'strike' | 'religion' | 'trust' | 'legal' | 'media';

export interface TopicHit extends Span {
  topic: Topic;
}

/** Matches of a pattern, grouped by the sentence they start in. */
function bySentence(draft: PreparedDraft, pattern: RegExp): Map<number, RegExpMatchArray[]> {
  const out = new Map<number, RegExpMatchArray[]>();
  for (const m of findInSentences(draft, pattern)) {
    const list = out.get(m.sentence) ?? [];
    list.push(m.match);
    out.set(m.sentence, list);
  }
  return out;
}

const spanOf = (m: RegExpMatchArray): Span => ({ start: m.index!, end: m.index! + m[0].length });

/** Party names written with their capitals ("Labour", "Conservatives") and votes for a named candidate. */
function capitalisedPolitics(draft: PreparedDraft, sentence: Sentence): Span[] {
  const out: Span[] = [];
  const tokens = draft.tokens.slice(sentence.first, sentence.last + 1).filter((t) => !t.inLink);
  tokens.forEach((token, k) => {
    const next = tokens[k + 1];
    if ((token.base === 'labour' || token.base === 'conservatives') && token.capitalised) {
      // "The Labour of Hercules", "Labour Day", "the Labour ward" are not the party.
      if (next && NOT_THE_PARTY.has(next.key)) return;
      if (!token.sentenceStart || (next && PARTY_FOLLOWERS.has(next.key)) || token.possessive) out.push({ start: token.start, end: token.end });
      return;
    }
    if ((token.key === 'vote' || token.key === 'voting') && (next?.key === 'for' || next?.key === 'against')) {
      const candidate = tokens[k + 2];
      if (candidate && candidate.kind === 'word' && candidate.capitalised && !NOT_A_CANDIDATE.has(candidate.key)) {
        out.push({ start: token.start, end: candidate.end });
      }
    }
  });
  return out;
}

function sourceOf(draft: PreparedDraft, span: Span): string {
  const { start, end } = sourceSpan(draft, span.start, span.end);
  return draft.folded.source.slice(start, end);
}

/** School mentions grouped by the sentence they start in. */
function mentionsBySentence(sentences: readonly Sentence[], mentions: readonly SchoolMention[]): Map<number, SchoolMention[]> {
  const out = new Map<number, SchoolMention[]>();
  for (const m of mentions) {
    const at = sentenceOfToken(sentences, m.first);
    const list = out.get(at) ?? [];
    list.push(m);
    out.set(at, list);
  }
  return out;
}

const PATTERNS = {
  party: PARTY_POLITICS,
  hashtag: CAMPAIGN_HASHTAG,
  election: ELECTION,
  strikeFirm: STRIKE_FIRM,
  strikeSoft: STRIKE_SOFT,
  dispute: DISPUTE,
  religion: RELIGION,
  trustChange: TRUST_CHANGE,
  trustWords: TRUST_WORDS,
  legal: LEGAL,
  holding: HOLDING_STATEMENT,
} as const;

export function findControversies(draft: PreparedDraft, schoolMentions: readonly SchoolMention[]): TopicHit[] {
  const text = draft.folded.text;
  const hits: TopicHit[] = [];
  const media = findMediaReferences(draft);
  const found = Object.fromEntries(Object.entries(PATTERNS).map(([name, pattern]) => [name, bySentence(draft, pattern)])) as Record<
    keyof typeof PATTERNS,
    Map<number, RegExpMatchArray[]>
  >;
  const sentences = sentencesOf(draft);
  const mentionsIn = mentionsBySentence(sentences, schoolMentions);
  const storiesIn = new Map<number, Span[]>();
  for (const story of media) {
    const at = sentenceIndexAt(sentences, story.start);
    storiesIn.set(at, [...(storiesIn.get(at) ?? []), story]);
  }
  for (const sentence of sentences) {
    const slice = sentence.text;
    const add = (topic: Topic, spans: readonly Span[]) => {
      if (spans.length === 0) return;
      hits.push({ topic, start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) });
    };
    const spansOf = (name: keyof typeof PATTERNS): Span[] => (found[name].get(sentence.index) ?? []).map(spanOf);
    const notice = has(ARRANGEMENT_NOTICE, slice) && !has(OPINION, slice);
    const mentions = mentionsIn.get(sentence.index) ?? [];

    // Politics and elections, unless the election is inside school (school council, mock election).
    const hashtags = found.hashtag.get(sentence.index) ?? [];
    if (!has(SCHOOL_ELECTION, slice)) {
      const firm = [
        ...spansOf('party'),
        ...capitalisedPolitics(draft, sentence),
        ...hashtags.filter((m) => !/strike|picket|fairpay|payup/.test(m[0])).map(spanOf),
      ];
      const neutral = has(NEUTRAL_VOTING, slice) && firm.length === 0;
      const soft = notice || neutral ? [] : spansOf('election');
      add('politics', [...firm, ...soft]);
    }

    // Strikes: taking part or backing them always; naming them only outside a notice about arrangements.
    const strikeTags = hashtags
      .filter((m) => /strike|picket|fairpay|payup/.test(m[0]))
      .map(spanOf);
    add('strike', [...spansOf('strikeFirm'), ...strikeTags, ...(notice ? [] : spansOf('strikeSoft'))]);

    // Religion only in a dispute ("Happy Diwali" is not one).
    const disputes = spansOf('dispute');
    if (disputes.length > 0) {
      const religion = spansOf('religion');
      if (religion.length > 0) add('religion', [...religion, ...disputes]);
    }

    // Academy and trust disputes: changes that are fights by nature, or the trust in a dispute.
    const trustChange = spansOf('trustChange');
    const trustNamed = [
      ...spansOf('trustWords'),
      ...mentions.filter((m) => m.kind === 'trust').map((m) => ({ start: draft.tokens[m.first]!.start, end: draft.tokens[m.last]!.end })),
    ];
    add('trust', [...trustChange, ...(disputes.length > 0 && trustNamed.length > 0 ? [...trustNamed, ...disputes] : [])]);

    // Legal action. "Sue" with a capital is a colleague's name ("Leaving do for Sue").
    add(
      'legal',
      spansOf('legal').filter((s) => !/sue$/.test(text.slice(s.start, s.end)) || !/S/.test(sourceOf(draft, { start: s.end - 3, end: s.end }))),
    );

    // News stories about the school, and holding statements about stories or disputes.
    const holding = spansOf('holding');
    const stories = [...(storiesIn.get(sentence.index) ?? [])];
    for (const m of mentions) {
      const at = draft.tokens[m.first]!.start;
      if (STORY_ABOUT.test(text.slice(Math.max(sentence.start, at - 40), at))) stories.push({ start: at, end: draft.tokens[m.last]!.end });
    }
    let storyHits: Span[] = [];
    if (stories.length > 0) {
      const aboutSchool = mentions.length > 0 || ABOUT_THE_SCHOOL.test(slice) || disputes.length > 0;
      const goodNews = has(GOOD_NEWS, slice) && disputes.length === 0 && !has(BAD_NEWS, slice);
      if (aboutSchool && !goodNews) storyHits = stories;
    }
    add('media', [...holding, ...storyHits]);
  }
  return hits;
}
