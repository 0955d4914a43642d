import { describe, expect, it } from 'vitest';
import { evaluate, TRAIN } from '../../support/images/image-set';

// The split the thresholds were tuned on: reported beside the test split so over-fitting shows.
describe('logo matching on the generated image set: train split', () => {
  it('detects at least 95% of transformed logos with at most 1% false positives', () => {
    const report = evaluate(TRAIN);
    console.log(report.text);
    expect(report.negatives.length).toBeGreaterThanOrEqual(140);
    expect(report.detectionRate).toBeGreaterThanOrEqual(0.95);
    expect(report.falsePositiveRate).toBeLessThanOrEqual(0.01);
    // A long computation (hundreds of generated photos), not a wait: the limit is only there to stop a hang,
    // and a busy 2-core machine takes two to three times as long as an idle one.
  }, 600_000);
});
