/**
 * The two splits of the generated image set and how the matcher is scored on them.
 *
 * - train: what the thresholds in lib/images/params.ts were tuned on
 *   (scripts/tune-logo-thresholds.ts);
 * - test: other seeds, hence other transformations, backgrounds and other made-up
 *   logos; never used for tuning, only to check.
 *
 * Every image is checked against six fingerprints: the three set logos as files and as
 * cut-outs. A positive counts as detected when findLogo names the logo that is in it
 * (either version); a negative is a false positive when findLogo names any logo.
 */
import { findLogo, hashLogo } from '../../lib/images';
import type { LogoFingerprint, LogoMatch } from '../../lib/images';
import { negativeSamples, positiveSamples, renderLogo, renderLogoCutOut, type Sample } from './generate';
import { SET_LOGOS } from './logos';

export interface Split {
  name: 'train' | 'test';
  positiveSeed: number;
  /** Samples per transformation category per logo. */
  perCategory: number;
  negativeSeed: number;
  negatives: number;
}

export const TRAIN: Split = { name: 'train', positiveSeed: 1101, perCategory: 5, negativeSeed: 1102, negatives: 140 };
export const TEST: Split = { name: 'test', positiveSeed: 2201, perCategory: 5, negativeSeed: 2202, negatives: 301 };

/**
 * What the school stored: each set logo as a file on its own background and as a
 * cut-out with a transparent background (fingerprint i is of design i % SET_LOGOS.length).
 */
export function setFingerprints(): LogoFingerprint[] {
  return [...SET_LOGOS.map((design) => hashLogo(renderLogo(design))), ...SET_LOGOS.map((design) => hashLogo(renderLogoCutOut(design)))];
}

/** Which set logo a fingerprint index stands for. */
export function designOf(fingerprintIndex: number): number {
  return fingerprintIndex % SET_LOGOS.length;
}

interface SampleResult {
  sample: Sample;
  match: LogoMatch | null;
  /** Positives: the right logo was named. Negatives: nothing was named. */
  correct: boolean;
  /** Positives: the reported box overlaps the true one by at least half (intersection over union). */
  located: boolean;
  milliseconds: number;
}

function iou(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / (a.width * a.height + b.width * b.height - w * h);
}

function run(samples: Sample[], fingerprints: LogoFingerprint[]): SampleResult[] {
  return samples.map((sample) => {
    const started = performance.now();
    const match = findLogo(sample.image, fingerprints);
    const milliseconds = performance.now() - started;
    const correct = sample.logo >= 0 ? match !== null && designOf(match.logoIndex) === sample.logo : match === null;
    const located = sample.logo >= 0 && !!match && !!sample.box && iou(match.box, sample.box) >= 0.5;
    return { sample, match, correct, located, milliseconds };
  });
}

export interface SplitReport {
  split: Split;
  positives: SampleResult[];
  negatives: SampleResult[];
  detectionRate: number;
  falsePositiveRate: number;
  locatedRate: number;
  text: string;
}

function pct(n: number, d: number): string {
  return d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`;
}

export function evaluate(split: Split): SplitReport {
  const fingerprints = setFingerprints();
  const positives = run(positiveSamples(split.positiveSeed, split.perCategory), fingerprints);
  const negatives = run(negativeSamples(split.negativeSeed, split.negatives), fingerprints);
  const detected = positives.filter((r) => r.correct).length;
  const falsePositives = negatives.filter((r) => !r.correct).length;
  const located = positives.filter((r) => r.located).length;
  const lines: string[] = [];
  lines.push(`Logo matching, ${split.name} split: ${positives.length} images with a logo, ${negatives.length} without`);
  lines.push(`  detection ${pct(detected, positives.length)} (${detected}/${positives.length}), located (IoU ≥ 0.5) ${pct(located, positives.length)}, false positives ${pct(falsePositives, negatives.length)} (${falsePositives}/${negatives.length})`);
  const byCategory = (results: SampleResult[]) => {
    const categories = [...new Set(results.map((r) => r.sample.category))];
    return categories.map((c) => {
      const rs = results.filter((r) => r.sample.category === c);
      return `${c} ${rs.filter((r) => r.correct).length}/${rs.length}`;
    });
  };
  lines.push(`  detected by transformation: ${byCategory(positives).join(', ')}`);
  lines.push(`  correctly clean by kind: ${byCategory(negatives).join(', ')}`);
  for (const r of positives.filter((p) => !p.correct)) lines.push(`  missed: ${r.sample.category} (logo ${r.sample.logo}): ${r.sample.description}, ${r.sample.image.width}×${r.sample.image.height}${r.match ? `; named logo ${designOf(r.match.logoIndex)}` : ''}`);
  for (const r of negatives.filter((n) => !n.correct)) lines.push(`  false positive: ${r.sample.description} as logo ${designOf(r.match!.logoIndex)} (distance ${r.match!.distance.toFixed(3)})`);
  const times = [...positives, ...negatives].map((r) => r.milliseconds).sort((a, b) => a - b);
  lines.push(`  findLogo per image: median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(1)} ms`);
  return {
    split,
    positives,
    negatives,
    detectionRate: detected / positives.length,
    falsePositiveRate: falsePositives / negatives.length,
    locatedRate: located / positives.length,
    text: lines.join('\n'),
  };
}
