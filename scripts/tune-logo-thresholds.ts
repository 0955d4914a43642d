/**
 * Chooses MATCHER.matchThreshold from the TRAIN split only:
 *
 *   npx tsx scripts/tune-logo-thresholds.ts
 *
 * Scores every train image against the six fingerprints of image-set.ts (the verified
 * similarity of the right logo, either version, for images with a logo; of the best
 * logo for images without), prints the trade-off, and proposes the
 * threshold halfway between the highest score of an image without a logo and the 2nd
 * percentile of images with one (so a couple of very hard positives do not drag it
 * towards the negatives). Copy the figure into lib/images/params.ts by hand; the test
 * split is never looked at here.
 */
import { decodeFingerprint } from '../lib/images/fingerprint';
import { photoPlanes, scoreLogos } from '../lib/images/find';
import { negativeSamples, positiveSamples } from '../support/images/generate';
import { designOf, setFingerprints, TRAIN } from '../support/images/image-set';

const logos = setFingerprints().map(decodeFingerprint);
const positives = positiveSamples(TRAIN.positiveSeed, TRAIN.perCategory).map((s) => ({
  s,
  score: Math.max(...scoreLogos(photoPlanes(s.image), logos).filter((r) => designOf(r.logoIndex) === s.logo).map((r) => r.verified)),
}));
const negatives = negativeSamples(TRAIN.negativeSeed, TRAIN.negatives).map((s) => ({ s, score: Math.max(...scoreLogos(photoPlanes(s.image), logos).map((r) => r.verified)) }));
const pos = positives.map((p) => p.score).sort((a, b) => a - b);
const neg = negatives.map((n) => n.score).sort((a, b) => a - b);
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

console.log(`train split: ${pos.length} with a logo, ${neg.length} without`);
console.log('threshold  detection  false positives');
for (let t = 0.7; t <= 0.951; t += 0.01) {
  const det = pos.filter((v) => v >= t).length / pos.length;
  const fp = neg.filter((v) => v >= t).length / neg.length;
  console.log(`${t.toFixed(2)}       ${(100 * det).toFixed(1).padStart(5)}%     ${(100 * fp).toFixed(1).padStart(5)}%`);
}
const highestNegative = neg[neg.length - 1]!;
const lowPositive = quantile(pos, 0.02);
console.log(`highest negative ${highestNegative.toFixed(3)}; positives: min ${pos[0]!.toFixed(3)}, 2nd percentile ${lowPositive.toFixed(3)}, median ${quantile(pos, 0.5).toFixed(3)}`);
console.log('hardest positives:', positives.sort((a, b) => a.score - b.score).slice(0, 5).map((p) => `${p.score.toFixed(3)} ${p.s.category}: ${p.s.description}`));
console.log('hardest negatives:', negatives.sort((a, b) => b.score - a.score).slice(0, 5).map((n) => `${n.score.toFixed(3)} ${n.s.description}`));
if (lowPositive > highestNegative) console.log(`proposed matchThreshold: ${((lowPositive + highestNegative) / 2).toFixed(2)}`);
else {
  const t = neg[Math.min(neg.length - 1, Math.ceil(neg.length * 0.995))]!;
  console.log(`classes overlap; proposed matchThreshold (≤ 0.5% false positives): ${(t + 0.005).toFixed(2)}`);
}
