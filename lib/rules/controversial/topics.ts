/**
 * Which controversial topics a draft touches, sentence by sentence: politics, strikes,
 * religion in a dispute, academy and trust disputes, legal action, news stories about
 * the school and holding statements (the words are in `vocabulary.ts`).
 */
import { findMediaReferences, findOutlets } from '../../facts/media';
import type { SchoolMention } from '../../school/mentions';
import { sourceSpan, type PreparedDraft } from '../../text/prepared';
import { findInSentences, has, sentenceIndexAt, sentenceOfToken, sentencesOf, type Sentence } from '../../text/sentence-matches';
import type { Span } from '../../text/tokens';
import { findPressComment, PRESS_WORDS, type PressKind } from './press';
import {
  ABOUT_THE_SCHOOL,
  ARRANGEMENT_NOTICE,
  BAD_NEWS,
  CAMPAIGN,
  CAMPAIGN_HASHTAG,
  CONSULTATION_NOTICE,
  DISPUTE,
  ELECTION,
  GOOD_NEWS,
  IN_THE_PAPER,
  HOLDING_SOFT,
  HOLDING_STATEMENT,
  JOIN_BEFORE,
  LEGAL,
  LEGAL_LESSON,
  MEETING_ABOUT,
  NOT_A_CAMPAIGN,
  NEUTRAL_VOTING,
  NOT_A_CANDIDATE,
  NOT_THE_PARTY,
  OPINION,
  PARTY_FOLLOWERS,
  PARTY_POLITICS,
  POLITICAL_JUDGEMENT,
  POLITICIANS,
  PUBLIC_MEETING,
  REPORTED_BY,
  RELIGION,
  SCHOOL_ELECTION,
  STORY_ABOUT,
  COVERAGE_MOCKED,
  COVERAGE_JUDGED,
  MADE_THE_PAPER,
  STORY_AFTER,
  STRIKE_FIRM,
  STRIKE_SOFT,
  TRUST_CHANGE,
  TRUST_MOVE,
  TRUST_PROPOSAL,
  TRUST_WORDS,
} from './vocabulary';

/** A vote urged one way, and what makes it a strike ballot's. */
const VOTE_YES = /\b(?:vote|voting|votes)\s+yes\b/;
const BALLOT_CONTEXT = /\b(?:ballot(?:s|ing|ed)?|strikes?|industrial\s+action|neu|nasuwt|naht|unison|gmb|unite|union)\b/g;

/** A past strike as history: "learning about the 1984 to 1985 miners' strike". */
const HISTORY = /\b(?:historians?|history\s+(?:lesson|lessons|trip|topic|class|project|department)|learn(?:ing|t|ed)?\s+about|stud(?:ying|ied)|1[89]\d\d)\b/;

const FIRST_PERSON = /\b(?:i|i'm|i'll|i've|im|we|we're|we'll|we've|us|our|me|my)\b/;

/** Between the school's name and an outlet: "Fenmoor in the", "SSCA's on the front page of today's". */
const SCHOOL_IN_THE = /^(?:'s)?\s+(?:(?:is|was|are|were|has\s+been|'s|back|all|again)\s+)*(?:in|on)\s+(?:the\s+front\s+page\s+of\s+)?(?:today's\s+|this\s+week's\s+|yesterday's\s+|last\s+week's\s+)?the\s+$/;

/** News stories as a lesson: "learning how to write a news story", "our media group", "future reporters". */
const MEDIA_LESSON = /\b(?:in\s+(?:english|media|history|citizenship|pshe|geography)\b|compared\s+(?:two\s+|the\s+)?(?:news|headlines|reports|articles)|analys(?:ed|ing|e)\s+(?:the\s+)?(?:news|headlines|articles|reports)|learn(?:ing|t|ed|s)?\s+(?:how\s+)?to|how\s+to\s+(?:write|report|interview)|media\s+(?:group|club|studies|class|lessons?)|(?<!(?:lazy|shoddy|sloppy|biased|one-sided|selective|bad|poor|awful|terrible|gutter|tabloid)\s)journalism|school\s+(?:news)?paper|(?:future|budding|young|junior|mini)\s+(?:reporters?|journalists?))\b/;

export type Topic = 'politics' | 'campaign' | 'strike' | 'religion' | 'trust' | 'legal' | 'media' | 'holding' | PressKind;

export interface TopicHit extends Span {
  topic: Topic;
  /** The words that made it, as spans of the folded text, in order. */
  parts: Span[];
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
    if ((token.base === 'labour' || token.base === 'conservatives' || token.base === 'reform' || (token.base === 'conservative' && next !== undefined && PARTY_FOLLOWERS.has(next.key))) && token.capitalised) {
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
  campaign: CAMPAIGN,
  politicians: POLITICIANS,
  meeting: PUBLIC_MEETING,
  soft: HOLDING_SOFT,
  hashtag: CAMPAIGN_HASHTAG,
  election: ELECTION,
  strikeFirm: STRIKE_FIRM,
  strikeSoft: STRIKE_SOFT,
  dispute: DISPUTE,
  religion: RELIGION,
  trustChange: TRUST_CHANGE,
  trustMove: TRUST_MOVE,
  trustWords: TRUST_WORDS,
  legal: LEGAL,
  holding: HOLDING_STATEMENT,
} as const;

export function findControversies(draft: PreparedDraft, schoolMentions: readonly SchoolMention[]): TopicHit[] {
  const text = draft.folded.plain;
  const hits: TopicHit[] = [];
  const outlets = findOutlets(draft);
  const media = findMediaReferences(draft, outlets);
  // Each pattern is looked for the first time a sentence asks for it: some only matter beside others (a politician beside a judgement).
  const found = lazyMatches(draft);
  const sentences = sentencesOf(draft);
  const mentionsIn = mentionsBySentence(sentences, schoolMentions);
  const storiesIn = new Map<number, Span[]>();
  const addStory = (story: Span) => {
    const at = sentenceIndexAt(sentences, story.start);
    storiesIn.set(at, [...(storiesIn.get(at) ?? []), story]);
  };
  for (const story of media) addStory(story);
  // "What the Herald printed is half the story": an outlet with a verb of reporting.
  for (const outlet of outlets) {
    const m = REPORTED_BY.exec(text.slice(outlet.end, outlet.end + 60));
    if (m) addStory({ start: outlet.start, end: outlet.end + m[0].length });
  }
  for (const m of findInSentences(draft, IN_THE_PAPER)) addStory(m);
  // "Fenmoor in the Cambs Times again": the school itself in any outlet found by its capitals.
  for (const outlet of outlets) {
    const named = schoolMentions.some((m) => {
      const end = draft.tokens[m.last]!.end;
      return end <= outlet.start && outlet.start - end < 40 && SCHOOL_IN_THE.test(text.slice(end, outlet.start));
    });
    if (named) addStory(outlet);
  }
  for (const m of findInSentences(draft, MADE_THE_PAPER)) addStory(m);
  for (const m of findInSentences(draft, COVERAGE_MOCKED)) addStory(m);
  // "The Courier's account of the trip is not accurate": an outlet's coverage called wrong in its sentence.
  for (const outlet of outlets) {
    const sentence = sentences[sentenceIndexAt(sentences, outlet.start)];
    if (sentence && has(COVERAGE_JUDGED, text.slice(outlet.end, sentence.end))) addStory(outlet);
  }
  const pressWords = findInSentences(draft, PRESS_WORDS);
  const pressIn = new Set([...outlets.map((o) => sentenceIndexAt(sentences, o.start)), ...pressWords.map((m) => m.sentence)]);
  const paragraphOf = paragraphs(draft, sentences);
  // A change of trust is a live question when the paragraph holds a plan, a meeting or a fight.
  // (Only looked for when the draft changes trust or names one: most drafts do neither.)
  const proposalIn = new Set<number>();
  const trustMentioned = schoolMentions.some((m) => m.kind === 'trust');
  if (found('trustMove').size > 0 || trustMentioned) {
    for (const m of findInSentences(draft, TRUST_PROPOSAL)) proposalIn.add(paragraphOf[m.sentence]!);
    for (const at of found('dispute').keys()) proposalIn.add(paragraphOf[at]!);
  }
  // Paragraphs that speak of a strike ballot: where "vote yes" is a side taken in it.
  const ballotIn = new Set<number>();
  // (Not a ballot for the school council: "Ballot papers for the school council went home today.")
  if (has(VOTE_YES, text)) for (const m of findInSentences(draft, BALLOT_CONTEXT)) if (!has(SCHOOL_ELECTION, sentences[m.sentence]!.text)) ballotIn.add(paragraphOf[m.sentence]!);
  const trustInParagraph = new Set<number>();
  if (found('meeting').size > 0) for (const m of findInSentences(draft, MEETING_ABOUT)) trustInParagraph.add(paragraphOf[m.sentence]!);

  // (Helpers made once, not per sentence: a long draft has thousands of sentences.)
  const add = (topic: Topic, spans: readonly Span[]) => {
    if (spans.length === 0) return;
    const parts = spans.length === 1 ? [spans[0]!] : [...spans].sort((a, b) => a.start - b.start);
    let end = 0;
    for (const span of spans) end = Math.max(end, span.end);
    hits.push({ topic, start: parts[0]!.start, end, parts });
  };
  const spansIn = (name: keyof typeof PATTERNS, at: number): Span[] => {
    const matches = found(name).get(at);
    return matches ? matches.map(spanOf) : [];
  };
  /** A notice about arrangements, said in this sentence or the next, with no opinion in either ("Because of the strike on Wednesday, Years 3 to 6 learn from home. Reception is open."). */
  const noticeAt = (sentence: Sentence, next: Sentence | undefined, previous?: Sentence) =>
    (has(ARRANGEMENT_NOTICE, sentence.text) || (next !== undefined && has(ARRANGEMENT_NOTICE, next.text)) || (previous !== undefined && has(ARRANGEMENT_NOTICE, previous.text) && !has(OPINION, previous.text))) &&
    // "…closed to most year groups. Solidarity to everyone out.": an opinion beside the notice is not a notice.
    !has(OPINION, sentence.text) &&
    !(next !== undefined && has(OPINION, next.text));

  // Sentences with any topic's words, or beside one (a dispute in the next sentence); the rest are passed over.
  const active = new Set<number>([...storiesIn.keys(), ...mentionsIn.keys()]);
  const eager: (keyof typeof PATTERNS)[] = ['party', 'election', 'hashtag', 'campaign', 'strikeFirm', 'strikeSoft', 'dispute', 'trustChange', 'legal', 'holding', 'politicians'];
  if (proposalIn.size > 0) eager.push('trustMove');
  if (trustInParagraph.size > 0) eager.push('meeting');
  if (pressIn.size > 0) eager.push('soft');
  for (const name of eager) {
    for (const at of found(name).keys()) {
      active.add(at);
      if (name === 'dispute' && at > 0) active.add(at - 1);
    }
  }
  for (const at of capitalisedIn(draft, sentences)) active.add(at);

  for (const sentence of sentences) {
    if (!active.has(sentence.index)) continue;
    const slice = sentence.text;
    const at = sentence.index;
    const paragraph = paragraphOf[at]!;
    const following = sentences[at + 1];
    const nextInParagraph = following !== undefined && paragraphOf[following.index] === paragraph ? following : undefined;
    const mentions = mentionsIn.get(at) ?? [];

    // Politics and elections, unless the election is inside school (school council, mock election).
    const hashtags = found('hashtag').get(sentence.index) ?? [];
    const politicians = spansIn('politicians', at);
    const firm = [
      ...spansIn('party', at),
      ...capitalisedPolitics(draft, sentence),
      ...hashtags.filter((m) => !/strike|picket|fairpay|payup|ballot/.test(m[0])).map(spanOf),
      ...(politicians.length > 0 && has(POLITICAL_JUDGEMENT, slice) ? politicians : []),
    ];
    const elections = spansIn('election', at);
    // A school election said in the sentence before counts too: "Mock election results are in! The Green Party candidate won."
    const previousText = at > 0 && paragraphOf[at - 1] === paragraph ? sentences[at - 1]!.text : '';
    if ((firm.length > 0 || elections.length > 0) && !has(SCHOOL_ELECTION, slice) && !(previousText && has(SCHOOL_ELECTION, previousText))) {
      const neutral = firm.length === 0 && has(NEUTRAL_VOTING, slice);
      add('politics', [...firm, ...(neutral || noticeAt(sentence, nextInParagraph) ? [] : elections)]);
    }

    // Campaigns on funding and pay: a rally, a march, "write to your MP".
    const campaigns = spansIn('campaign', at);
    if (campaigns.length > 0 && !has(NOT_A_CAMPAIGN, slice)) add('campaign', campaigns);

    // Strikes: taking part or backing them always; naming them only outside a notice about arrangements.
    const strikeTags = hashtags
      .filter((m) => /strike|picket|fairpay|payup|ballot/.test(m[0]))
      .map(spanOf);
    const strikeSoft = spansIn('strikeSoft', at);
    // A strike in history ("learning about the 1984 miners' strike… the picket lines") is a lesson.
    const previousInParagraph = at > 0 && paragraphOf[at - 1] === paragraph ? sentences[at - 1] : undefined;
    // "…ballot closes on Friday. Please vote yes.": a vote urged one way beside a ballot in the paragraph.
    const voteYes = VOTE_YES.exec(slice);
    const urged = voteYes && ballotIn.has(paragraph) ? [{ start: sentence.start + voteYes.index, end: sentence.start + voteYes.index + voteYes[0].length }] : [];
    // (…or in the sentence before, when this one is not the writer's own: "Year 6 have been historians this week… A
    // grandad who stood on the picket line came in." — not "…learning about 1984. I'll be on the picket line on Tuesday.")
    const historyBefore = previousInParagraph !== undefined && HISTORY.test(previousInParagraph.text) && !FIRST_PERSON.test(slice);
    if (!HISTORY.test(slice) && !historyBefore) add('strike', [...spansIn('strikeFirm', at), ...strikeTags, ...urged, ...(strikeSoft.length > 0 && !noticeAt(sentence, nextInParagraph, previousInParagraph) ? strikeSoft : [])]);

    // Religion only in a dispute ("Happy Diwali" is not one), said here or in the next sentence ("The vicar wants the nativity back. Not happening.").
    const disputes = spansIn('dispute', at);
    const nextDisputes = nextInParagraph ? (found('dispute').get(nextInParagraph.index) ?? []).map(spanOf) : [];
    if (disputes.length > 0 || nextDisputes.length > 0) {
      const religion = spansIn('religion', at);
      if (religion.length > 0) add('religion', [...religion, ...disputes, ...nextDisputes]);
    }

    // Academy and trust disputes: changes that are fights by nature, a change of trust
    // that is still a live question, the trust in a dispute, a public meeting about it.
    // A notice of a consultation's dates takes no side.
    const live = proposalIn.has(paragraph);
    const trustChange = spansIn('trustChange', at);
    const trustMoves = live ? spansIn('trustMove', at) : [];
    const trustMentions = mentions.filter((m) => m.kind === 'trust').map((m) => ({ start: draft.tokens[m.first]!.start, end: draft.tokens[m.last]!.end }));
    const joining = live
      ? trustMentions.flatMap((m) => {
          const before = JOIN_BEFORE.exec(text.slice(Math.max(sentence.start, m.start - 60), m.start));
          return before ? [{ start: m.start - before[0].length, end: m.end }] : [];
        })
      : [];
    const trustNamed = disputes.length > 0 ? [...spansIn('trustWords', at), ...trustMentions] : [];
    const meetings = trustInParagraph.has(paragraph) ? spansIn('meeting', at) : [];
    const trust = [...trustChange, ...trustMoves, ...joining, ...meetings, ...(trustNamed.length > 0 ? [...trustNamed, ...disputes] : [])];
    // "…closes Friday. Please object, it's a terrible idea.": a side taken next to the notice.
    const opinionNear = has(OPINION, slice) || (nextInParagraph !== undefined && has(OPINION, nextInParagraph.text));
    if (trust.length > 0 && !(has(CONSULTATION_NOTICE, slice) && !opinionNear && disputes.length === 0)) add('trust', trust);

    // Legal action. "Sue" with a capital is a colleague's name ("Leaving do for Sue").
    const legal = spansIn('legal', at).filter((s) => !/sue$/.test(text.slice(s.start, s.end)) || !/S/.test(sourceOf(draft, { start: s.end - 3, end: s.end })));
    if (legal.length > 0 && !has(LEGAL_LESSON, slice)) add('legal', legal);

    // Holding statements about stories or disputes; "rumours" and "comments" only when the press is named.
    add('holding', [...spansIn('holding', at), ...(pressIn.has(sentence.index) ? spansIn('soft', at) : [])]);

    // News stories about the school.
    const stories = [...(storiesIn.get(sentence.index) ?? [])];
    for (const m of mentions) {
      const at = draft.tokens[m.first]!.start;
      const end = draft.tokens[m.last]!.end;
      if (STORY_ABOUT.test(text.slice(Math.max(sentence.start, at - 60), at))) stories.push({ start: at, end });
      else if (pressIn.has(sentence.index) && STORY_AFTER.test(text.slice(end, end + 20))) stories.push({ start: at, end });
    }
    if (stories.length > 0) {
      const previous = sentences[sentence.index - 1];
      const namedBefore = previous !== undefined && paragraphOf[previous.index] === paragraph && (mentionsIn.get(previous.index)?.length ?? 0) > 0;
      // On the school account "we" and "our" are the school: "we have asked the paper to correct it".
      const schoolSpeaks = draft.kind === 'school' && /\b(?:we|our|us)\b/.test(slice);
      // …or named in the next sentence: "Read the whole article before you pile in. Half of it is wrong about our school."
      const namedAfter = nextInParagraph !== undefined && ((mentionsIn.get(nextInParagraph.index)?.length ?? 0) > 0 || ABOUT_THE_SCHOOL.test(nextInParagraph.text));
      const aboutSchool = mentions.length > 0 || namedBefore || namedAfter || schoolSpeaks || ABOUT_THE_SCHOOL.test(slice) || disputes.length > 0;
      // Good news in the sentence or the one after it ("Loved the Echo's piece on us. So proud!")
      const after = nextInParagraph?.text ?? '';
      const goodNews = aboutSchool && (has(GOOD_NEWS, slice) || has(GOOD_NEWS, after)) && disputes.length === 0 && !has(BAD_NEWS, slice) && !has(BAD_NEWS, after);
      if (aboutSchool && !goodNews && !has(MEDIA_LESSON, slice)) add('media', stories);
    }
  }

  // Giving the press the inside of a story, or answering a press enquiry about an incident.
  for (const comment of findPressComment(draft, outlets, pressWords)) hits.push({ topic: comment.kind, start: comment.start, end: comment.end, parts: comment.parts });
  return hits;
}

/** Sentences holding a word that `capitalisedPolitics` reads ("Labour", "Reform", "vote for"). */
function capitalisedIn(draft: PreparedDraft, sentences: readonly Sentence[]): number[] {
  const out: number[] = [];
  for (const token of draft.tokens) {
    if (token.base === 'labour' || token.base === 'conservatives' || token.base === 'reform' || token.key === 'vote' || token.key === 'voting') {
      out.push(sentenceOfToken(sentences, token.index));
    }
  }
  return out;
}

/** Matches of each of PATTERNS by sentence, each pattern run over the draft at most once, when first asked for. */
function lazyMatches(draft: PreparedDraft): (name: keyof typeof PATTERNS) => Map<number, RegExpMatchArray[]> {
  const known = new Map<keyof typeof PATTERNS, Map<number, RegExpMatchArray[]>>();
  return (name) => {
    let matches = known.get(name);
    if (!matches) known.set(name, (matches = bySentence(draft, PATTERNS[name])));
    return matches;
  };
}

/** The paragraph (blank-line separated) each sentence is in. */
function paragraphs(draft: PreparedDraft, sentences: readonly Sentence[]): number[] {
  const text = draft.folded.plain;
  const out: number[] = [];
  let paragraph = 0;
  sentences.forEach((sentence, k) => {
    if (k > 0 && text.slice(sentences[k - 1]!.end, sentence.start).includes('\n\n')) paragraph++;
    out.push(paragraph);
  });
  return out;
}
