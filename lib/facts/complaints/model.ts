/**
 * A second reader for complaints: a logistic-regression model over a draft's words and
 * pairs of words, learnt from labelled staff posts (the tuning part of `tests/corpus/`,
 * by `scripts/train-complaint-model.ts`, which writes `model-weights.json`).
 *
 * The shapes in `index.ts` say exactly why a sentence is a complaint, but real staff
 * find more ways to complain than any table holds: "Fourth winter in a row with no
 * heating", "we see you". The model has learnt which words staff complaints are made of,
 * and catches many of those the shapes miss. It is one signal, used only where the
 * shapes found nothing (`internal-grievance`), and its finding still says which words
 * made it think so: the words in the draft that weigh most towards a complaint.
 *
 * What it reads is the draft's own tokens, with the school's and trust's names, staff
 * names, handles and numbers each read as one placeholder, so that what it learnt from
 * one school carries to another. Pure: no browser API, nothing kept between checks.
 */
import type { SchoolMention } from '../../school/mentions';
import type { StaffMention } from '../../school/staff';
import type { PreparedDraft } from '../../text/prepared';
import { sentencesOf } from '../../text/sentence-matches';
import type { Span } from '../../text/tokens';
import WEIGHTS from './model-weights.json';

export interface ComplaintModel {
  /** Added to every draft's sum: how likely a complaint is before any word is read. */
  readonly bias: number;
  /** The score from which a draft reads as a complaint (see the training script for how it is chosen). */
  readonly threshold: number;
  /**
   * The words' sum is divided by the square root of how many features the draft has,
   * but never fewer than this: a short post is read as if it had this many, so that
   * three workplace words alone ("SLT have asked…") do not weigh like a complaint.
   */
  readonly lengthFloor: number;
  /** A weight per word or pair of words ("a b"); words not listed weigh nothing. */
  readonly weights: Readonly<Record<string, number>>;
}

/** One word (or placeholder) of the draft, with the tokens it covers. */
interface Unit {
  readonly name: string;
  readonly first: number;
  readonly last: number;
}

/** A feature the model reads: a word or a pair of words, and the tokens it covers. */
export interface ModelFeature {
  readonly name: string;
  readonly first: number;
  readonly last: number;
}

export interface ModelContext {
  /** The school, the trust, its accounts and hashtags as written in the draft. */
  readonly school?: readonly Pick<SchoolMention, 'kind' | 'first' | 'last'>[];
  /** Members of staff named in the draft. */
  readonly staff?: readonly Pick<StaffMention, 'first' | 'last'>[];
  /** What each sentence's reading found (`complaintSignals`), one list a sentence: `~leader`, `~warm`. */
  readonly signals?: readonly (readonly string[])[];
}

/** A signal's name starts with this; the explanation quotes words, never signals. */
const SIGNAL = '~';

/**
 * The model reads a draft's first 500 words. It learnt from posts of up to about 100
 * words, and its score weighs each word by the length of what it reads, so in a longer
 * text one sentence weighs too little to judge; the shapes read the rest. This also
 * keeps its cost the same however long the draft.
 */
export const MODEL_READS_TOKENS = 500;

/** What stands in for a name: one school's "Ashworth Fold" is another's "St Aldhelm's". */
const PLACEHOLDER: Record<SchoolMention['kind'] | 'staff', string | null> = {
  school: '<school>',
  account: '<school>',
  hashtag: '<school>',
  trust: '<trust>',
  // "my class", "our SLT": the words themselves say what the post is about.
  'work-reference': null,
  staff: '<staff>',
};

const EMOJI = /\p{Extended_Pictographic}/gu;

/** The draft as the model reads it: its words, each name or number as one placeholder. */
function unitsOf(draft: PreparedDraft, context: ModelContext): Unit[] {
  const { tokens } = draft;
  const named = new Map<number, { name: string; last: number }>();
  for (const m of context.school ?? []) {
    const name = PLACEHOLDER[m.kind];
    if (name) named.set(m.first, { name, last: m.last });
  }
  for (const m of context.staff ?? []) named.set(m.first, { name: PLACEHOLDER.staff!, last: m.last });
  const units: Unit[] = [];
  const end = Math.min(tokens.length, MODEL_READS_TOKENS);
  for (let i = 0; i < end; i++) {
    const whole = named.get(i);
    if (whole) {
      units.push({ name: whole.name, first: i, last: whole.last });
      i = whole.last;
      continue;
    }
    const token = tokens[i]!;
    const name = token.kind === 'number' ? '<number>' : token.kind === 'mention' ? '<handle>' : token.folded.replace(/’/g, "'");
    units.push({ name, first: i, last: i });
    // What follows the word: a question or exclamation mark, an emoji ("…again 🙄").
    const after = i + 1 < tokens.length ? tokens[i + 1]!.gapBefore : draft.folded.text.slice(token.end);
    if (after.trim() === '') continue;
    if (after.includes('?')) units.push({ name: '?', first: i, last: i });
    if (after.includes('!')) units.push({ name: '!', first: i, last: i });
    for (const emoji of after.match(EMOJI) ?? []) units.push({ name: emoji, first: i, last: i });
  }
  return units;
}

/**
 * The features of a draft: each word, and each pair of words next to each other in
 * the same sentence, once each (the first place it occurs).
 */
export function modelFeatures(draft: PreparedDraft, context: ModelContext = {}): ModelFeature[] {
  const units = unitsOf(draft, context);
  const sentences = sentencesOf(draft);
  const features = new Map<string, ModelFeature>();
  const add = (name: string, first: number, last: number) => {
    if (!features.has(name)) features.set(name, { name, first, last });
  };
  sentences.forEach((s, i) => {
    if (s.first >= MODEL_READS_TOKENS) return;
    for (const name of context.signals?.[i] ?? []) add(name, s.first, s.last);
  });
  let sentence = 0;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    add(unit.name, unit.first, unit.last);
    const next = units[i + 1];
    if (!next) continue;
    while (sentence < sentences.length - 1 && sentences[sentence]!.last < unit.first) sentence++;
    if (next.first <= sentences[sentence]!.last) add(`${unit.name} ${next.name}`, unit.first, next.last);
  }
  return [...features.values()];
}

/** The model's score for a set of feature names: a probability between 0 and 1. */
export function scoreOf(names: Iterable<string>, model: ComplaintModel): number {
  let sum = 0;
  let count = 0;
  for (const name of names) {
    count++;
    sum += model.weights[name] ?? 0;
  }
  // Each word counts less in a long draft than in a short one.
  const z = model.bias + sum / Math.sqrt(Math.max(model.lengthFloor, count, 1));
  return 1 / (1 + Math.exp(-z));
}

export interface ModelReading {
  /** The model's score for the whole draft. */
  readonly score: number;
  /** The sentence that weighs most towards a complaint, as a span of the draft. */
  readonly span: Span;
  /** Up to two runs of that sentence's words that weigh most towards a complaint, as spans of the draft, in order. */
  readonly words: readonly Span[];
}

/** The model shipped with the extension. */
export const COMPLAINT_MODEL: ComplaintModel = WEIGHTS;

/** How many of the sentence's heaviest words (or pairs) the explanation starts from. */
const WORDS_WEIGHED = 4;
/** How many runs of words it quotes. */
const RUNS_QUOTED = 2;

/**
 * Does the model read this draft as a complaint? If so, where, and which words weigh
 * most. Null when the score is below the model's threshold.
 */
export function readWithModel(draft: PreparedDraft, context: ModelContext = {}, model: ComplaintModel = COMPLAINT_MODEL): ModelReading | null {
  const features = modelFeatures(draft, context);
  if (features.length === 0) return null;
  const score = scoreOf(
    features.map((f) => f.name),
    model,
  );
  if (score < model.threshold) return null;
  // The sentence whose own words weigh most towards a complaint.
  const sentences = sentencesOf(draft);
  const totals = new Float64Array(sentences.length);
  let at = 0;
  const sentenceOf = (feature: ModelFeature) => {
    while (at < sentences.length - 1 && sentences[at]!.last < feature.first) at++;
    return at;
  };
  const placed = features.map((f) => ({ feature: f, weight: model.weights[f.name] ?? 0 })).sort((a, b) => a.feature.first - b.feature.first);
  const sentenceIndex = placed.map(({ feature, weight }) => {
    const s = sentenceOf(feature);
    totals[s] = totals[s]! + weight;
    return s;
  });
  let best = 0;
  for (let s = 1; s < totals.length; s++) if (totals[s]! > totals[best]!) best = s;
  const sentence = sentences[best]!;
  const { tokens } = draft;
  const span = { start: tokens[sentence.first]!.sourceStart, end: tokens[sentence.last]!.sourceEnd };
  // Its heaviest words, joined where they touch ("still on" + "same spine" + "spine point"
  // is "still on the same spine point"), the two heaviest runs quoted.
  const heaviest = placed
    .filter((p, i) => sentenceIndex[i] === best && p.weight > 0 && !p.feature.name.startsWith(SIGNAL))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, WORDS_WEIGHED)
    .sort((a, b) => a.feature.first - b.feature.first);
  const runs: { first: number; last: number; weight: number }[] = [];
  for (const { feature, weight } of heaviest) {
    const run = runs[runs.length - 1];
    if (run && feature.first <= run.last + 2) {
      run.last = Math.max(run.last, feature.last);
      run.weight += weight;
    } else runs.push({ first: feature.first, last: feature.last, weight });
  }
  const chosen = runs
    .sort((a, b) => b.weight - a.weight)
    .slice(0, RUNS_QUOTED)
    .sort((a, b) => a.first - b.first);
  return { score, span, words: chosen.map((f) => ({ start: tokens[f.first]!.sourceStart, end: tokens[f.last]!.sourceEnd })) };
}
