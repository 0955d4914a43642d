/**
 * Second readers for the judgement rules: logistic-regression models over a draft's
 * words, pairs of words and what the complaint shapes' sentence readings noticed,
 * learnt from labelled staff posts (the tuning part of `tests/corpus/`, by
 * `scripts/train-models.ts`, which writes one JSON file a rule beside this one).
 *
 * The shapes (`../complaints/`, `../../rules/disrepute/`) say exactly why a sentence is
 * a complaint or a verdict, but real staff find more ways to say so than any table
 * holds: "Fourth winter in a row with no heating", "the school Somerset forgot to
 * close". A model has learnt which words such posts are made of, and catches many of
 * those the shapes miss. It is one signal, used only where the shapes found nothing,
 * and its finding still says which words made it think so: the words in the draft that
 * weigh most.
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
import DISREPUTE from './disrepute.json';
import INTERNAL_GRIEVANCE from './internal-grievance.json';

export interface WordModel {
  /** Added to every draft's sum: how likely the finding is before any word is read. */
  readonly bias: number;
  /** The score from which the model finds it (see the training script for how it is chosen). */
  readonly threshold: number;
  /**
   * The words' sum is divided by the square root of how many features the draft has,
   * but never fewer than this: a short post is read as if it had this many, so that
   * three workplace words alone ("SLT have asked…") do not weigh like a complaint.
   */
  readonly lengthFloor: number;
  /**
   * Where the model overrules its rule's own shapes (`overrules`): a draft long enough to
   * judge that scores below this is left alone ("a madhouse in the best way", "brutal
   * mock season… we'll get there"). null: never.
   */
  readonly veto: number | null;
  /** A weight per word or pair of words ("a b"); words not listed weigh nothing. */
  readonly weights: Readonly<Record<string, number>>;
}

/** What a number is read as. */
const NUMBER = '<number>';

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
  /**
   * Names the school holds (its pupils', its staff's): a capitalised word among them is
   * read as `<name>`, so no model learns or ships a child's name, and a name weighs the
   * same at every school.
   */
  readonly names?: Pick<ReadonlySet<string>, 'has'>;
  /**
   * The disclaimer found in the draft (a span of the draft as typed): its words say who
   * is posting, not what the post says, so the models do not read them ("views my own"
   * is as common under praise as under a verdict).
   */
  readonly disclaimer?: { readonly start: number; readonly end: number } | null;
}

/** What each sentence's reading found (`complaintSignals`), one list a sentence: `~leader`, `~warm`. */
export type SentenceSignals = readonly (readonly string[])[];

/** A signal's name starts with this; the explanation quotes words, never signals. */
const SIGNAL = '~';

/**
 * The models read a draft's first 300 words. They learnt from posts of up to about 100
 * words, and a score weighs each word by the length of what it reads, so in a longer
 * text one sentence weighs too little to judge; the shapes read the rest. This also
 * keeps their cost the same however long the draft.
 */
export const MODEL_READS_TOKENS = 300;

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
  const disclaimer = context.disclaimer;
  for (let i = 0; i < end; i++) {
    if (disclaimer && tokens[i]!.sourceStart >= disclaimer.start && tokens[i]!.sourceEnd <= disclaimer.end) continue;
    const whole = named.get(i);
    if (whole) {
      units.push({ name: whole.name, first: i, last: whole.last });
      i = whole.last;
      continue;
    }
    const token = tokens[i]!;
    const name =
      token.kind === 'number'
        ? NUMBER
        : token.kind === 'mention'
          ? '<handle>'
          : token.kind === 'word' && token.capitalised && context.names?.has(token.base)
            ? '<name>'
            : token.folded.replace(/’/g, "'");
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
 * The words of a draft as the models read them: each word, and each pair of words next
 * to each other in the same sentence, once each (the first place it occurs). What the
 * bound in `couldReach` reads; `withSignals` adds the sentence readings' signals.
 */
export function wordFeatures(draft: PreparedDraft, context: ModelContext = {}): ModelFeature[] {
  const units = unitsOf(draft, context);
  const sentences = sentencesOf(draft);
  const features = new Map<string, ModelFeature>();
  const add = (name: string, first: number, last: number) => {
    if (!features.has(name)) features.set(name, { name, first, last });
  };
  let sentence = 0;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    add(unit.name, unit.first, unit.last);
    const next = units[i + 1];
    if (!next) continue;
    while (sentence < sentences.length - 1 && sentences[sentence]!.last < unit.first) sentence++;
    // (A number is read on its own, never in a pair: "5 but" says nothing "5" and "but" do not.)
    if (next.first <= sentences[sentence]!.last && unit.name !== NUMBER && next.name !== NUMBER) add(`${unit.name} ${next.name}`, unit.first, next.last);
  }
  return [...features.values()];
}

/** The signals of the sentences the models read, once each (at the first sentence giving it), then the words. */
export function withSignals(draft: PreparedDraft, words: readonly ModelFeature[], signals: SentenceSignals): ModelFeature[] {
  const out: ModelFeature[] = [];
  const seen = new Set<string>();
  sentencesOf(draft).forEach((s, i) => {
    if (s.first >= MODEL_READS_TOKENS) return;
    for (const name of signals[i] ?? []) {
      if (seen.has(name)) continue;
      seen.add(name);
      out.push({ name, first: s.first, last: s.last });
    }
  });
  return out.concat(words);
}

/** The model's score for a set of feature names: a probability between 0 and 1. */
export function scoreOf(names: Iterable<string>, model: WordModel): number {
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

/**
 * Is a draft long enough for its model to overrule its rule's shapes? A short one scores
 * near the model's prior whatever it says ("Five new priorities. Good luck to us all."),
 * so only a draft with at least half `lengthFloor` features is judged.
 */
export function longEnoughToOverrule(featureCount: number, model: WordModel): boolean {
  return featureCount >= model.lengthFloor / 2;
}

/** Does the model overrule its rule's own shapes for a draft with these features? */
export function overrules(names: readonly string[], model: WordModel): boolean {
  return model.veto !== null && longEnoughToOverrule(names.length, model) && scoreOf(names, model) < model.veto;
}

/** Each model's signal bounds, summed once. */
const knownSignalBounds = new WeakMap<WordModel, { ceiling: number; floor: number }>();

/** The most the signals can add (their positive weights) and take away (their negative ones). */
function signalBounds(model: WordModel): { ceiling: number; floor: number } {
  let bounds = knownSignalBounds.get(model);
  if (bounds === undefined) {
    bounds = { ceiling: 0, floor: 0 };
    for (const [name, weight] of Object.entries(model.weights)) {
      if (!name.startsWith(SIGNAL)) continue;
      if (weight > 0) bounds.ceiling += weight;
      else bounds.floor += weight;
    }
    knownSignalBounds.set(model, bounds);
  }
  return bounds;
}

/**
 * Could the model overrule its rule's shapes once the signals are read (`overrules`)?
 * The same kind of exact bound as `couldReach`, from below: with every negative signal
 * weight added, could the score fall under the veto, and could the draft be long enough?
 */
export function couldOverrule(words: readonly ModelFeature[], model: WordModel, signals: number): boolean {
  if (model.veto === null || !longEnoughToOverrule(words.length + signals, model)) return false;
  let sum = 0;
  for (const f of words) sum += model.weights[f.name] ?? 0;
  const bottom = sum + signalBounds(model).floor;
  const z = Math.min(bottom / Math.sqrt(Math.max(model.lengthFloor, words.length, 1)), bottom / Math.sqrt(Math.max(model.lengthFloor, words.length + signals, 1)));
  return 1 / (1 + Math.exp(-(model.bias + z))) < model.veto;
}

/**
 * Could the draft reach the model's threshold once its signals are read? `words` are
 * its features without signals; at most `signals` more can come, adding at most the
 * model's positive signal weights. Reading the signals costs more than the words, and
 * a long draft of everyday sentences never needs them: this bound skips them exactly,
 * never changing a finding.
 */
export function couldReach(words: readonly ModelFeature[], model: WordModel, signals: number): boolean {
  let sum = 0;
  for (const f of words) sum += model.weights[f.name] ?? 0;
  const top = sum + signalBounds(model).ceiling;
  // More features divide a positive sum more and a negative one less: try both ends.
  const z = Math.max(top / Math.sqrt(Math.max(model.lengthFloor, words.length, 1)), top / Math.sqrt(Math.max(model.lengthFloor, words.length + signals, 1)));
  return 1 / (1 + Math.exp(-(model.bias + z))) >= model.threshold;
}

export interface ModelReading {
  /** The model's score for the whole draft. */
  readonly score: number;
  /** The sentence that weighs most towards the finding, as a span of the draft. */
  readonly span: Span;
  /** Up to two runs of that sentence's words that weigh most, as spans of the draft, in order. */
  readonly words: readonly Span[];
}

/** What every model finding says of itself, after the words it quotes. */
export const MODEL_CAVEAT = 'judged from how many staff posts are worded, so it can be wrong';

/**
 * A model finding's message: the words it quotes (already in quotation marks), what they
 * sound like, that this is a judgement that can be wrong, and the rule's advice.
 */
export function modelMessage(quoted: readonly string[], soundsLike: string, advice: string): string {
  const which = quoted.length === 0 ? 'This sentence sounds' : quoted.length === 1 ? `${quoted[0]} sounds` : `${quoted[0]} and ${quoted[1]} sound`;
  return `${which} like ${soundsLike} (${MODEL_CAVEAT}). ${advice}`;
}

/** The rules with a model, and the models shipped with the extension. */
export const MODELLED_RULES = ['internal-grievance', 'disrepute'] as const;
export type ModelledRule = (typeof MODELLED_RULES)[number];
export const MODELS: Record<ModelledRule, WordModel> = { 'internal-grievance': INTERNAL_GRIEVANCE, disrepute: DISREPUTE };

/** How many of the sentence's heaviest words (or pairs) the explanation starts from. */
const WORDS_WEIGHED = 4;
/** How many runs of words it quotes. */
const RUNS_QUOTED = 2;

/**
 * Does the model find what it looks for in this draft (its features, from
 * `wordFeatures` and `withSignals`)? If so, where, and which words weigh most. Null when the score is
 * below the model's threshold.
 */
export function readWithModel(draft: PreparedDraft, features: readonly ModelFeature[], model: WordModel): ModelReading | null {
  if (features.length === 0) return null;
  const score = scoreOf(
    features.map((f) => f.name),
    model,
  );
  if (score < model.threshold) return null;
  // The sentence whose own words weigh most towards the finding.
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
