/**
 * `disrepute`: a verdict on the school or the trust as a whole. The words are in
 * `vocabulary.ts`; `verdicts.ts` finds verdicts and what they are about, `hashtag.ts`
 * the school's own hashtag turned against it.
 */
import type { Settings } from '../../settings/schema';
import { CLAUSES } from '../../policy/clauses';
import type { PreparedDraft } from '../../text/prepared';
import type { Span } from '../../text/tokens';
import { defineRule } from '../rule';
import { findHashtagMockery, hashtagWords } from './hashtag';
import { findVerdicts, hasVerdictWordsIn, type Verdict } from './verdicts';
import type { DraftFacts } from '../../facts';
import { type ModelReading, modelMessage } from '../../facts/models';
import type { VerdictKind } from './vocabulary';

/** Work references that stand for the whole school ("our school"), not "my class". */
const WHOLE_SCHOOL_WORDS = new Set(['school', 'academy', 'trust']);

/** What the words read as, in plain words. */
const READS_AS: Record<VerdictKind, string> = {
  verdict: 'a verdict on the school or the trust as a whole',
  decline: 'saying the school or the trust as a whole is in decline',
  ranking: 'ranking the school as a whole at the bottom',
  warning: 'telling people to keep away from the school',
  harm: 'saying the trust or school harms its schools or pupils',
  sarcasm: 'sarcasm about the school as a whole',
  mockery: "mocking the school's own hashtag",
};

const ADVICE =
  'Public posts like this could bring the school into disrepute. If something about how the school is run worries you, raise it with a senior leader or through the proper procedures instead.';

/** The draft's own words, shortened when long, in curly quotes. */
function quote(draft: PreparedDraft, span: Span): string {
  const words = draft.draft.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return `“${words.length > 60 ? `${words.slice(0, 59)}…` : words}”`;
}

const wordsBySettings = new WeakMap<Settings, string[]>();

const verdictsByDraft = new WeakMap<PreparedDraft, Verdict[]>();

/**
 * The verdicts on the school or the trust as a whole in a draft, found once per draft:
 * `internal-grievance` leaves these to this rule (the catalogue: "a verdict on the school
 * or trust as a whole is disrepute").
 */
export function verdictsIn(draft: PreparedDraft, facts: DraftFacts): Verdict[] {
  let verdicts = verdictsByDraft.get(draft);
  if (!verdicts) {
    const references = facts.schoolMentions.filter(
      (mention) =>
        mention.kind !== 'work-reference' ||
        draft.tokens.slice(mention.first, mention.last + 1).some((token) => WHOLE_SCHOOL_WORDS.has(token.base)),
    );
    verdicts = findVerdicts(draft, references);
    verdictsByDraft.set(draft, verdicts);
  }
  return verdicts;
}

interface TableHit extends Span {
  kind: VerdictKind;
  words: Span;
}

/** What the verdict tables and the hashtag find, in order: verdicts, and mockery of the hashtag that overlaps none. */
export function verdictsOrMockery(draft: PreparedDraft, facts: DraftFacts, settings: Settings, passedOver?: Span[]): TableHit[] {
  const hits: TableHit[] = verdictsIn(draft, facts).map((verdict) => ({ start: verdict.start, end: verdict.end, kind: verdict.kind, words: verdict.words }));
  let words = wordsBySettings.get(settings);
  if (!words) {
    words = hashtagWords(settings);
    wordsBySettings.set(settings, words);
  }
  const hashtags = facts.schoolMentions.filter((mention) => mention.kind === 'hashtag');
  for (const span of findHashtagMockery(draft, hashtags, words, passedOver)) {
    if (hits.some((hit) => hit.start < span.end && span.start < hit.end)) continue;
    hits.push({ ...span, kind: 'mockery', words: span });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * Does this rule ask its model about the draft? Only when the tables find nothing and
 * the draft names the school, the trust or the workplace as an employer (a verdict is
 * about the school). The model's threshold is chosen on exactly these drafts.
 */
export function disreputeAsksItsModel(draft: PreparedDraft, facts: DraftFacts, settings: Settings): boolean {
  return facts.modelSeesTheSchool && verdictsOrMockery(draft, facts, settings).length === 0;
}

/**
 * What this rule finds: the verdict tables' hits, or when they find none, the model's
 * reading, when the draft names the school or trust and its sentence holds no verdict
 * words the tables already looked at and passed over.
 */
type Found = { hits: TableHit[] } | { reading: ModelReading | null };
/** Found once per draft: the rule and `internal-grievance` both ask. */
const foundByDraft = new WeakMap<PreparedDraft, Found>();

function disreputeFound(draft: PreparedDraft, facts: DraftFacts, settings: Settings): Found {
  let found = foundByDraft.get(draft);
  if (!found) foundByDraft.set(draft, (found = findDisrepute(draft, facts, settings)));
  return found;
}

function findDisrepute(draft: PreparedDraft, facts: DraftFacts, settings: Settings): Found {
  const passedOver: Span[] = [];
  const hits = verdictsOrMockery(draft, facts, settings, passedOver);
  if (hits.length > 0) return { hits };
  if (!facts.modelSeesTheSchool) return { reading: null };
  const reading = facts.modelReading('disrepute');
  if (!reading || hasVerdictWordsIn(draft, reading.span) || passedOver.some((span) => span.start < reading.span.end && reading.span.start < span.end)) return { reading: null };
  return { reading };
}

/**
 * Where this rule's findings are, and whether each came from its model:
 * `internal-grievance` leaves a general complaint inside one of them to it.
 */
export function disreputeSpans(draft: PreparedDraft, facts: DraftFacts, settings: Settings): (Span & { model: boolean; mockery: boolean })[] {
  const found = disreputeFound(draft, facts, settings);
  if ('hits' in found) return found.hits.map((hit) => ({ start: hit.start, end: hit.end, model: false, mockery: hit.kind === 'mockery' }));
  return found.reading ? [{ ...found.reading.span, model: true, mockery: false }] : [];
}

/**
 * Don'ts: "Don't make comments, post content or link to materials that will bring
 * the school into disrepute". A clearly negative verdict on the school or the trust
 * as a whole; complaints about its leaders or workload are `internal-grievance`.
 */
export default defineRule({
  id: 'disrepute',
  title: 'A negative verdict on the school or the trust as a whole',
  clauses: [CLAUSES.disrepute],
  severity: { personal: 'warn', school: 'warn' },
  check({ draft, facts, policy }) {
    // A long draft can say the same thing hundreds of times: each message is written once.
    const messages = new Map<string, string>();
    const messageFor = (kind: VerdictKind, words: Span) => {
      const key = `${kind}\u0000${draft.draft.text.slice(words.start, words.end)}`;
      let message = messages.get(key);
      if (message === undefined) messages.set(key, (message = `${quote(draft, words)} reads as ${READS_AS[kind]}. ${ADVICE}`));
      return message;
    };
    const found = disreputeFound(draft, facts, policy.settings);
    if ('hits' in found) return found.hits.map((hit) => ({ start: hit.start, end: hit.end, message: messageFor(hit.kind, hit.words) }));
    if (!found.reading) return [];
    const quoted = found.reading.words.map((w) => quote(draft, w));
    return [{ start: found.reading.span.start, end: found.reading.span.end, message: modelMessage(quoted, 'a verdict on the school or the trust as a whole', ADVICE) }];
  },
});
