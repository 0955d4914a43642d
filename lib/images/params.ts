/**
 * Tuned numbers of the logo matcher, in one place. The search and representation
 * settings were chosen on a development set and matchThreshold on the training split of
 * the generated image set (scripts/tune-logo-thresholds.ts: halfway between the highest
 * image without a logo, 0.70, and the 2nd percentile of images with one, 0.85); the
 * separate test split only checks them. Never tune on the test split.
 */
export const MATCHER = {
  /** Photos and logos are reduced to this long side before anything else. */
  workingSide: 256,
  /** Grid a window is resampled to for the coarse search (12 was as good as 16 and cheaper). */
  coarseGrid: 12,
  /** Low frequencies kept per axis in the coarse search (k×k − 1 AC coefficients): few enough to forgive a window an eighth off. */
  coarseFrequencies: 6,
  /**
   * A partly transparent logo is searched cell by cell on the coarse grid and on this
   * one (the coarse grid pooled 2×2), taking the better: thin edges correlate sharply at
   * 12×12 when a window sits right, and only coarse cells forgive a window an eighth off.
   */
  maskedCoarseGrid: 6,
  /** Grid of the templates a candidate's box is refined with. */
  refineGrid: 16,
  /** Grid of the verification templates (48 separated no better than 32, and cost more). */
  templateGrid: 32,
  /** Smallest share of the photo a logo may cover and still be searched for (the rule says a quarter; a little slack). */
  minCoverage: 0.2,
  /** Ratio between successive window sizes. */
  scaleStep: 1.12,
  /** Window step as a fraction of the window's side. */
  strideFraction: 1 / 8,
  /** How far (fraction of its size, each side) a refined box may reach past the photo's edge: a logo cropped by the image border. */
  overhang: 0.12,
  /** Candidates per logo carried from the coarse search to verification. */
  candidatesPerLogo: 3,
  /** Coarse correlation below which a window is not worth verifying (logos scored 0.88 or more). */
  coarseGate: 0.7,
  /** Weight of luminance against colour edges when both vouch for a match (see similarityAt in find.ts). */
  luminanceWeight: 0.8,
  /** Share of fully opaque cells a logo with transparent parts needs to be compared only where it is opaque (see transparencyOf). */
  minSolidForMask: 0.1,
  /** Refinement similarity after a few steps below which a candidate is dropped. */
  abandonBelow: 0.6,
  /** Verified similarity at which a logo's remaining candidates are not worth verifying. */
  confidentMatch: 0.9,
  /** Verified similarity (0–1) at or above which a logo is reported. */
  matchThreshold: 0.78,
} as const;

/** Fingerprint format version: bump when the stored grid changes. */
export const FINGERPRINT_VERSION = 1;

/** Fractions cut from the left, top, right and bottom of a logo. */
export type Crop = readonly [number, number, number, number];

function crops(axis: readonly (readonly [number, number])[]): Crop[] {
  const out: Crop[] = [];
  for (const [top, bottom] of axis) for (const [left, right] of axis) out.push([left, top, right, bottom]);
  return out;
}

/**
 * The crops each logo is compared at in the coarse search: a logo cut by up to a tenth no
 * longer lines up with the whole logo's grid, and these cover the ways a tenth can be
 * cut from each axis.
 */
export const COARSE_CROPS: readonly Crop[] = crops([
  [0, 0],
  [0.1, 0],
  [0, 0.1],
  [0.05, 0.05],
]);

/** Finer steps of crop, tried only on the candidates being verified. */
export const FINE_CROPS: readonly Crop[] = crops([
  [0, 0],
  [0.05, 0],
  [0, 0.05],
  [0.1, 0],
  [0, 0.1],
  [0.05, 0.05],
  [0.075, 0.025],
  [0.025, 0.075],
]);
