/**
 * Learns the judgement rules' models (`lib/facts/models/`) from the tuning part of the
 * project's corpus: for each modelled rule, logistic regression over each draft's
 * features (words, pairs of words, placeholders and the sentence readings' signals),
 * fitted by AdaGrad with an L2 penalty, the drafts visited in a fixed shuffled order so
 * that the same corpus always gives the same weights.
 *
 * The threshold is chosen the honest way: each group of drafts (a school's first
 * drafts, and each later round of 100 written by someone who never saw the engine) is
 * scored by a model trained without it, and the threshold is the lowest score at which
 * the drafts the rule would ask its model about (its own shapes silent, its gates
 * passed) still reach the target precision. The veto, where a model may overrule its
 * rule's shapes, is chosen from the same scores of the drafts the shapes flag. The
 * held-back part is never read.
 */
import { basename } from 'node:path';
import { DraftFacts } from '../lib/facts';
import { longEnoughToOverrule, MODELLED_RULES, scoreOf, type ModelledRule, type WordModel } from '../lib/facts/models';
import { draftFromLine, draftLineSchema } from '../lib/draft-line';
import { disreputeAsksItsModel } from '../lib/rules/disrepute';
import { grievanceAsksItsModel } from '../lib/rules/internal-grievance';
import { prepareDraft } from '../lib/text/prepared';
import { corpusDrafts, discoverCorpora, loadCorpusPolicy, OWN_CORPUS_ROOT } from './corpus-score';

interface TrainingOptions {
  /** L2 penalty per step. */
  l2: number;
  /** Passes over the drafts. */
  epochs: number;
  /** AdaGrad's learning rate. */
  rate: number;
  /** Features seen in fewer drafts than this are not learnt. */
  minDrafts: number;
  /**
   * Precision the threshold keeps on drafts the model was not trained on, counted over the
   * drafts the rule asks its model about (its own shapes silent, its gates passed): the
   * model's own findings, not the easy drafts the shapes already catch.
   */
  targetPrecision: number;
  /** Weights smaller than this are left out of the file. */
  smallest: number;
  /** The fewest features a draft is scaled as having (`WordModel.lengthFloor`). */
  lengthFloor: number;
  /** How many of the shape findings a veto silences must be false alarms (0: no veto). */
  vetoFalseShare: number;
}

const TRAINING: Omit<TrainingOptions, 'targetPrecision' | 'vetoFalseShare'> = { l2: 0.01, epochs: 30, rate: 0.3, minDrafts: 3, smallest: 0.005, lengthFloor: 80 };

/**
 * How sure each model must be: its own findings (on the drafts its rule asks it about)
 * right nine times in ten on rounds it was not trained on. Lower targets found more
 * verdicts on unseen rounds but flagged short, sincere praise of the school ("best school
 * in Cornwall!"), whose score sits just above the model's prior. After rounds 43 to 46,
 * 0.9 let "I'd never work anywhere but SSCA ❤️" through (the rule tests' hard negatives):
 * 0.91 keeps it out for about two points of recall. After rounds 47 to 50 the complaint
 * model at 0.93 flagged three of the rule tests' 144 clean drafts (a room change, thanks to
 * a line manager, a new role taken on gladly): 0.94 kept the rule under its 2% ceiling.
 * After rounds 51 to 54 it flagged sincere praise ending "Lovely touch." at 0.94 and 0.945;
 * 0.95 keeps it out for under two points of the model's own recall (82.7% → 80.9%).
 * After rounds 107 to 110 the threshold 0.95 gave (0.399) flagged seven of the rule
 * tests' 314 sincere posts about leaders ("Sensible.", "game changer", "Listened to, for
 * once."): 0.955 keeps it under the 2% ceiling.
 */
export const TARGET_PRECISION: Record<ModelledRule, number> = { 'internal-grievance': 0.955, disrepute: 0.91 };

/**
 * Where a model may overrule its rule's own shapes: below the score under which, on
 * rounds it never saw, at least 85 in 100 of the shape findings were false alarms. (At nine
 * in ten, after rounds 47 to 50, it silenced advice to heads that is really a complaint;
 * at 92 in 100, after rounds 55 to 58 brought complaints in words it had never met, the
 * veto fell from 0.245 to 0.211 and let 9 warm posts in the tuning part through again;
 * at 85 in 100 it is back at 0.246 with no complaint lost there.)
 * Only the complaint shapes, whose cue words also turn up in praise ("brutal", "a
 * madhouse in the best way"); the verdict tables rarely fire wrongly.
 */
const VETO_FALSE_SHARE: Record<ModelledRule, number> = { 'internal-grievance': 0.85, disrepute: 0 };

export interface Example {
  /** `school-a:qg`: the folder, and the letters the draft's id starts with (one round of writing). */
  group: string;
  id: string;
  features: string[];
  /** The rules the draft is labelled with. */
  labels: ReadonlySet<string>;
  /** The rules that would ask their model about this draft (their own shapes found nothing, their gates let it through). */
  asked: ReadonlySet<ModelledRule>;
  /** The rules whose own shapes or tables flag this draft. */
  shaped: ReadonlySet<ModelledRule>;
}

/** The tuning drafts of every corpus folder, as the models read them. */
export function trainingExamples(root: string = OWN_CORPUS_ROOT): Example[] {
  return discoverCorpora(root).flatMap((dir) => {
    const policy = loadCorpusPolicy(dir);
    return corpusDrafts(dir)
      .filter((d) => d.split === 'tune')
      .map((d) => {
        const draft = prepareDraft(draftFromLine(draftLineSchema.parse(d)));
        const facts = new DraftFacts(draft, policy);
        const asked = new Set<ModelledRule>();
        if (grievanceAsksItsModel(facts)) asked.add('internal-grievance');
        if (disreputeAsksItsModel(draft, facts, policy.settings)) asked.add('disrepute');
        const shaped = new Set<ModelledRule>();
        if (facts.complaints.length > 0) shaped.add('internal-grievance');
        return {
          group: `${basename(dir)}:${/^[a-z]*/.exec(d.id)![0]}`,
          id: d.id,
          features: facts.modelFeatures.map((f) => f.name),
          labels: new Set(d.expect),
          asked,
          shaped,
        };
      });
  });
}

/** A small, fixed pseudo-random sequence (Park and Miller): the same order on every machine. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** Fits a model of `rule` to the examples. The threshold is left at 0.5; `trainModel` sets it. */
function fitModel(examples: readonly Example[], rule: ModelledRule, options: TrainingOptions): WordModel {
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [name, drafts] of [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (drafts >= options.minDrafts) index.set(name, index.size);
  const w = new Float64Array(index.size);
  const squares = new Float64Array(index.size).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const rows = examples.map((e) => ({
    at: e.features.map((f) => index.get(f)).filter((i) => i !== undefined),
    y: e.labels.has(rule) ? 1 : 0,
    scale: 1 / Math.sqrt(Math.max(options.lengthFloor, e.features.length, 1)),
  }));
  const order = rows.map((_, i) => i);
  const random = sequence(1);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const { at, y, scale } = rows[k]!;
      let z = bias;
      for (const i of at) z += w[i]! * scale;
      const error = 1 / (1 + Math.exp(-z)) - y;
      for (const i of at) {
        const g = error * scale + options.l2 * w[i]!;
        squares[i]! += g * g;
        w[i]! -= (options.rate * g) / Math.sqrt(squares[i]!);
      }
      biasSquares += error * error;
      bias -= (options.rate * error) / Math.sqrt(biasSquares);
    }
  }
  const weights: Record<string, number> = {};
  for (const [name, i] of index) if (Math.abs(w[i]!) >= options.smallest) weights[name] = round(w[i]!);
  return { bias: round(bias), threshold: 0.5, lengthFloor: options.lengthFloor, veto: null, weights };
}

export interface HeldOutScore {
  group: string;
  score: number;
  positive: boolean;
}

/** Each group's drafts scored by a model trained on every other group. */
function scoresOnUnseenGroups(examples: readonly Example[], rule: ModelledRule, options: TrainingOptions): HeldOutScore[] {
  const groups = [...new Set(examples.map((e) => e.group))];
  const scores = new Map<Example, HeldOutScore>();
  for (const group of groups) {
    const model = fitModel(
      examples.filter((e) => e.group !== group),
      rule,
      options,
    );
    for (const e of examples) if (e.group === group) scores.set(e, { group, score: scoreOf(e.features, model), positive: e.labels.has(rule) });
  }
  return examples.map((e) => scores.get(e)!);
}

/**
 * The highest score below which the drafts are still `falseShare` false alarms (the
 * drafts a rule's shapes flagged, scored by models that never saw their round): where the
 * model may overrule the shapes. null when no score keeps that share.
 */
export function vetoFor(scores: readonly Pick<HeldOutScore, 'score' | 'positive'>[], falseShare: number): number | null {
  const sorted = [...scores].sort((a, b) => a.score - b.score);
  let wrong = 0;
  let veto: number | null = null;
  sorted.forEach((s, i) => {
    if (!s.positive) wrong++;
    const next = sorted[i + 1];
    // Only cut between different scores; the veto is the next score up (silenced: below it).
    // (Rounded down, so that a draft scoring just over the cut is never silenced.)
    if (wrong / (i + 1) >= falseShare && next && next.score > s.score) veto = Math.floor(next.score * 10_000) / 10_000;
  });
  return veto;
}

/**
 * The lowest threshold (rounded to four places, as the model file holds it) at which the
 * drafts scoring at least that much are still `target` precise, counted with the rounded
 * value itself so that the file's threshold keeps the precision it was chosen for.
 */
export function thresholdFor(scores: readonly HeldOutScore[], target: number): number {
  const sorted = [...scores].sort((a, b) => b.score - a.score);
  // right[k]: the positives among the k highest scores.
  const right = [0];
  for (const s of sorted) right.push(right[right.length - 1]! + (s.positive ? 1 : 0));
  /** How many score at least `cut`. */
  const atLeast = (cut: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.score >= cut) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let threshold = 1;
  for (const s of sorted) {
    const cut = round(s.score);
    const n = atLeast(cut);
    if (n > 0 && right[n]! / n >= target) threshold = Math.min(threshold, cut);
  }
  return threshold;
}

export type ShippedModel = WordModel & { trainedOn: { drafts: number; positives: number; groups: number } };

export interface TrainedModel {
  rule: ModelledRule;
  model: ShippedModel;
  /** Recall and precision at the threshold on groups the model was not trained on, over the drafts the rule asks it about. */
  unseen: { precision: number; recall: number };
  /** Each training draft's score from the model trained without its group, in the order of the examples. */
  unseenScores: HeldOutScore[];
}

function trainModel(examples: readonly Example[], rule: ModelledRule, options: TrainingOptions): TrainedModel {
  const unseenScores = scoresOnUnseenGroups(examples, rule, options);
  // The drafts the rule would ask its model about: what the threshold is chosen on and reported for.
  const asked = unseenScores.filter((_, i) => examples[i]!.asked.has(rule));
  const threshold = thresholdFor(asked, options.targetPrecision);
  const flagged = asked.filter((s) => s.score >= threshold);
  const right = flagged.filter((s) => s.positive).length;
  const positives = asked.filter((s) => s.positive).length;
  const fitted = fitModel(examples, rule, options);
  // The drafts the rule's shapes already flag: where the model may overrule them, if it is sure enough.
  // (Only drafts long enough to judge: a short one scores near the prior whatever it says.)
  const shaped = unseenScores.filter((_, i) => examples[i]!.shaped.has(rule) && longEnoughToOverrule(examples[i]!.features.length, fitted));
  const veto = options.vetoFalseShare > 0 ? vetoFor(shaped, options.vetoFalseShare) : null;
  return {
    rule,
    model: {
      bias: fitted.bias,
      threshold,
      lengthFloor: fitted.lengthFloor,
      veto,
      trainedOn: { drafts: examples.length, positives: examples.filter((e) => e.labels.has(rule)).length, groups: new Set(examples.map((e) => e.group)).size },
      weights: fitted.weights,
    },
    unseen: { precision: right / Math.max(1, flagged.length), recall: right / Math.max(1, positives) },
    unseenScores,
  };
}

/** Every modelled rule's model, trained on the same examples. */
export function trainModels(root: string = OWN_CORPUS_ROOT): TrainedModel[] {
  const examples = trainingExamples(root);
  return MODELLED_RULES.map((rule) => trainModel(examples, rule, { ...TRAINING, targetPrecision: TARGET_PRECISION[rule], vetoFalseShare: VETO_FALSE_SHARE[rule] }));
}

/** The model as its file holds it: two-space JSON, one weight a line, features in code-point order. */
export function modelFile(model: ShippedModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
