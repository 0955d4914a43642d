/**
 * Fingerprinting a logo once, when it is added, and turning a stored fingerprint back
 * into the features the matcher compares windows with.
 */
import { base64ToBytes, bytesToBase64 } from './base64';
import { dctBasis, hashHex, lowFrequencies, unitAc, unitZeroMean } from './dct';
import { COARSE_CROPS, FINE_CROPS, FINGERPRINT_VERSION, MATCHER, type Crop } from './params';
import { assertRgba, downsample, GridScratch, planesFrom, sampleGrid, toPlanes, type Planes } from './pixels';
import type { Box, LogoFingerprint, RgbaImage } from './types';

const THUMBNAIL_SIDE = 64;
/** Side of the stored grid: twice the template grid, so templates of crops stay sharp. */
const STORED_GRID = 64;

/** Reusable buffers and tables for feature extraction. */
export class FeatureScratch {
  readonly coarseBasis = dctBasis(MATCHER.coarseGrid, MATCHER.coarseFrequencies);
  readonly grid = new GridScratch(Math.max(STORED_GRID, MATCHER.templateGrid));
  readonly luminance = new Float32Array(STORED_GRID ** 2);
  readonly edge = new Float32Array(STORED_GRID ** 2);
  readonly dctScratch = new Float64Array(Math.max(MATCHER.coarseGrid * MATCHER.coarseFrequencies, MATCHER.templateGrid * 9));
  readonly coefficients = new Float64Array(81);
}

/** Coarse search features of a box: unit vectors of the k² − 1 low-frequency DCT coefficients of both planes. */
export function coarseFeatures(planes: Planes, box: Box, s: FeatureScratch, luminance: Float32Array, edge: Float32Array): void {
  const n = MATCHER.coarseGrid;
  const k = MATCHER.coarseFrequencies;
  sampleGrid(planes, box, n, s.luminance, s.edge, s.grid);
  const c = s.coefficients.subarray(0, k * k);
  lowFrequencies(s.luminance, n, k, s.coarseBasis, s.dctScratch, c);
  unitAc(c, luminance);
  lowFrequencies(s.edge, n, k, s.coarseBasis, s.dctScratch, c);
  unitAc(c, edge);
}

/** Sums an n×n grid's cells in blocks of `factor`×`factor` into `out` ((n / factor)²). */
export function pool(grid: Float32Array, n: number, factor: number, out: Float32Array): void {
  const m = n / factor;
  out.fill(0, 0, m * m);
  for (let y = 0; y < n; y++) {
    const row = Math.floor(y / factor) * m;
    for (let x = 0; x < n; x++) out[row + Math.floor(x / factor)] = out[row + Math.floor(x / factor)]! + grid[y * n + x]!;
  }
}

/** Templates of a box: both planes resampled to n×n, zero-mean, unit length. */
export function templateFeatures(planes: Planes, box: Box, n: number, s: FeatureScratch, luminance: Float32Array, edge: Float32Array): void {
  sampleGrid(planes, box, n, s.luminance, s.edge, s.grid);
  unitZeroMean(s.luminance.subarray(0, n * n), luminance);
  unitZeroMean(s.edge.subarray(0, n * n), edge);
}

function toBytes(values: Float32Array, scale: number): Uint8Array {
  const bytes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) bytes[i] = Math.max(0, Math.min(255, Math.round(values[i]! * scale)));
  return bytes;
}

/** How a logo's transparency is handled: see hashLogo. */
interface Transparency {
  /** Grey level the transparent parts are laid on before the planes are made. */
  background: number;
  /** Opacity per stored-grid cell (0–255), when the logo is to be compared only where it is opaque. */
  alpha: Uint8Array | null;
}

/**
 * A logo with a transparent background (a crest cut out for overlaying on photos) is
 * laid on black or white, whichever contrasts with its opaque parts, so its outline
 * shows in the planes. When its opaque parts are solid enough (at least a tenth of the
 * cells fully opaque: a crest, a roundel) it is also compared only where it is opaque,
 * so the photo showing through around it does not count against it. Thin cut-outs
 * (letters alone) are not masked: at 32×32 their few opaque cells are too few for a
 * reliable correlation, and they match too much else.
 */
function transparencyOf(reduced: RgbaImage): Transparency {
  const n = reduced.width * reduced.height;
  let transparent = 0;
  let opaqueLuminance = 0;
  let opaqueWeight = 0;
  for (let i = 0; i < n; i++) {
    const a = reduced.data[i * 4 + 3]! / 255;
    if (a < 250 / 255) transparent++;
    opaqueLuminance += a * (0.299 * reduced.data[i * 4]! + 0.587 * reduced.data[i * 4 + 1]! + 0.114 * reduced.data[i * 4 + 2]!);
    opaqueWeight += a;
  }
  if (transparent < n * 0.005) return { background: 255, alpha: null };
  const background = opaqueWeight > 0 && opaqueLuminance / opaqueWeight > 128 ? 0 : 255;
  const opacity = new Float32Array(n);
  for (let i = 0; i < n; i++) opacity[i] = reduced.data[i * 4 + 3]!;
  const planes = planesFrom(reduced.width, reduced.height, opacity, new Float32Array(n));
  const out = new Float32Array(STORED_GRID ** 2);
  sampleGrid(planes, { x: 0, y: 0, width: reduced.width, height: reduced.height }, STORED_GRID, out, new Float32Array(STORED_GRID ** 2), new GridScratch(STORED_GRID));
  let solid = 0;
  for (const v of out) if (v >= 230) solid++;
  return { background, alpha: solid >= out.length * MATCHER.minSolidForMask ? toBytes(out, 1) : null };
}

/** Fingerprints a logo (decoded pixels). Run once, when the logo is added. */
export function hashLogo(logo: RgbaImage): LogoFingerprint {
  assertRgba(logo, 'logo');
  const reduced = downsample(logo, MATCHER.workingSide);
  const { background, alpha } = transparencyOf(reduced);
  const planes = toPlanes(reduced, background);
  const s = new FeatureScratch();
  const whole: Box = { x: 0, y: 0, width: planes.width, height: planes.height };
  // The classic 64-bit pHash of each plane: 32×32, lowest 9×9 frequencies, median threshold.
  const hashBasis = dctBasis(32, 9);
  sampleGrid(planes, whole, 32, s.luminance, s.edge, s.grid);
  lowFrequencies(s.luminance.subarray(0, 1024), 32, 9, hashBasis, s.dctScratch, s.coefficients);
  const luminanceHash = hashHex(s.coefficients);
  lowFrequencies(s.edge.subarray(0, 1024), 32, 9, hashBasis, s.dctScratch, s.coefficients);
  const edgeHash = hashHex(s.coefficients);
  sampleGrid(planes, whole, STORED_GRID, s.luminance, s.edge, s.grid);
  const thumbnail = downsample(logo, THUMBNAIL_SIDE);
  return {
    version: FINGERPRINT_VERSION,
    width: logo.width,
    height: logo.height,
    aspect: logo.width / logo.height,
    luminanceHash,
    edgeHash,
    grid: {
      size: STORED_GRID,
      luminance: bytesToBase64(toBytes(s.luminance, 1)),
      edge: bytesToBase64(toBytes(s.edge, 255)),
      ...(alpha ? { alpha: bytesToBase64(alpha) } : {}),
    },
    thumbnail: { width: thumbnail.width, height: thumbnail.height, rgbaBase64: bytesToBase64(new Uint8Array(thumbnail.data.buffer, thumbnail.data.byteOffset, thumbnail.data.byteLength)) },
  };
}

/** The thumbnail of a fingerprint as pixels (for the settings page, or to rebuild an old fingerprint). */
export function thumbnailOf(fingerprint: LogoFingerprint): RgbaImage {
  const { width, height, rgbaBase64 } = fingerprint.thumbnail;
  return { width, height, data: base64ToBytes(rgbaBase64) };
}

/** One cropped (or whole) version of a logo, ready to compare. */
export interface LogoVariant {
  crop: Crop;
  /** Width ÷ height of the kept part. */
  aspect: number;
  luminanceCoefficients: Float32Array;
  edgeCoefficients: Float32Array;
  /** Refinement templates (refineGrid²). */
  luminanceCoarseTemplate: Float32Array;
  edgeCoarseTemplate: Float32Array;
  /** Verification templates (templateGrid²). */
  luminanceTemplate: Float32Array;
  edgeTemplate: Float32Array;
  /** For a logo with transparent parts: masked templates for each stage. */
  masked?: { coarse: MaskedTemplates; pooled: MaskedTemplates; refine: MaskedTemplates; verify: MaskedTemplates };
}

/**
 * Templates of a partly transparent logo on one grid: `weights` is how opaque each cell
 * is; `luminance` and `edge` are the templates made zero-mean and unit-length under
 * those weights, then multiplied by them, ready for maskedCorrelation.
 */
interface MaskedTemplates {
  weights: Float32Array;
  total: number;
  luminance: Float32Array;
  edge: Float32Array;
}

/**
 * Normalised cross-correlation of a window's grid with a masked template, counting each
 * cell by the logo's opacity there. Unchanged by the window's brightness and contrast, so
 * it takes raw or already normalised grids alike.
 */
export function maskedCorrelation(window: Float32Array, weights: Float32Array, total: number, weightedTemplate: Float32Array): number {
  let sum = 0;
  let squares = 0;
  let product = 0;
  for (let i = 0; i < weightedTemplate.length; i++) {
    const w = window[i]!;
    const mw = weights[i]! * w;
    sum += mw;
    squares += mw * w;
    product += weightedTemplate[i]! * w;
  }
  const variance = squares - (sum * sum) / total;
  return variance > 1e-9 ? product / Math.sqrt(variance) : 0;
}

function weightedTemplate(values: Float32Array, weights: Float32Array, total: number): Float32Array {
  let mean = 0;
  for (let i = 0; i < weights.length; i++) mean += weights[i]! * values[i]!;
  mean /= total;
  const out = new Float32Array(weights.length);
  let norm = 0;
  for (let i = 0; i < weights.length; i++) {
    const d = values[i]! - mean;
    norm += weights[i]! * d * d;
    out[i] = d;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < weights.length; i++) out[i] = (weights[i]! * out[i]!) / norm;
  return out;
}

function maskedTemplates(planes: Planes, opacity: Planes, box: Box, n: number, s: FeatureScratch): MaskedTemplates {
  const weights = new Float32Array(n * n);
  sampleGrid(opacity, box, n, weights, new Float32Array(n * n), s.grid);
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    weights[i] = Math.min(1, Math.max(0, weights[i]! / 255));
    total += weights[i]!;
  }
  sampleGrid(planes, box, n, s.luminance, s.edge, s.grid);
  return {
    weights,
    total: total || 1,
    luminance: weightedTemplate(s.luminance.subarray(0, n * n), weights, total || 1),
    edge: weightedTemplate(s.edge.subarray(0, n * n), weights, total || 1),
  };
}

export interface DecodedLogo {
  aspect: number;
  /** The whole logo, uncropped. */
  whole: LogoVariant;
  /** Variants compared with every window of the coarse search. */
  coarse: LogoVariant[];
  /** More finely spaced crops, tried on the few verified candidates. */
  fine: LogoVariant[];
}

function variantOf(planes: Planes, opacity: Planes | null, aspect: number, crop: Crop, s: FeatureScratch): LogoVariant {
  const [left, top, right, bottom] = crop;
  const size = planes.width;
  const box: Box = { x: size * left, y: size * top, width: size * (1 - left - right), height: size * (1 - top - bottom) };
  const k2 = MATCHER.coarseFrequencies ** 2 - 1;
  const variant: LogoVariant = {
    crop,
    aspect: (aspect * (1 - left - right)) / (1 - top - bottom),
    luminanceCoefficients: new Float32Array(k2),
    edgeCoefficients: new Float32Array(k2),
    luminanceCoarseTemplate: new Float32Array(MATCHER.refineGrid ** 2),
    edgeCoarseTemplate: new Float32Array(MATCHER.refineGrid ** 2),
    luminanceTemplate: new Float32Array(MATCHER.templateGrid ** 2),
    edgeTemplate: new Float32Array(MATCHER.templateGrid ** 2),
  };
  coarseFeatures(planes, box, s, variant.luminanceCoefficients, variant.edgeCoefficients);
  templateFeatures(planes, box, MATCHER.refineGrid, s, variant.luminanceCoarseTemplate, variant.edgeCoarseTemplate);
  templateFeatures(planes, box, MATCHER.templateGrid, s, variant.luminanceTemplate, variant.edgeTemplate);
  if (opacity) {
    variant.masked = {
      coarse: maskedTemplates(planes, opacity, box, MATCHER.coarseGrid, s),
      pooled: maskedTemplates(planes, opacity, box, MATCHER.maskedCoarseGrid, s),
      refine: maskedTemplates(planes, opacity, box, MATCHER.refineGrid, s),
      verify: maskedTemplates(planes, opacity, box, MATCHER.templateGrid, s),
    };
  }
  return variant;
}

const decodedByObject = new WeakMap<LogoFingerprint, DecodedLogo>();
/**
 * Also by content: a worker receives fresh copies of the same fingerprints with every
 * message, and decoding ten of them would cost more than matching.
 */
const decodedByContent = new Map<string, DecodedLogo>();
const CONTENT_CACHE_SIZE = 64;

/**
 * The matcher's view of a fingerprint, computed once. A fingerprint of another format
 * version is rebuilt from its thumbnail first (coarser, but it keeps working until the
 * logo is added again).
 */
export function decodeFingerprint(fingerprint: LogoFingerprint): DecodedLogo {
  const cached = decodedByObject.get(fingerprint);
  if (cached) return cached;
  const key = `${fingerprint.version}|${fingerprint.aspect}|${fingerprint.grid.luminance}|${fingerprint.grid.edge}|${fingerprint.grid.alpha ?? ''}`;
  let result = decodedByContent.get(key);
  if (!result) {
    result = decodeAfresh(fingerprint.version === FINGERPRINT_VERSION ? fingerprint : hashLogo(thumbnailOf(fingerprint)));
    if (decodedByContent.size >= CONTENT_CACHE_SIZE) decodedByContent.delete(decodedByContent.keys().next().value!);
    decodedByContent.set(key, result);
  }
  decodedByObject.set(fingerprint, result);
  return result;
}

/** Decodes without the caches (exported for the benchmark). */
export function decodeAfresh(fingerprint: LogoFingerprint): DecodedLogo {
  const size = fingerprint.grid.size;
  const luminanceBytes = base64ToBytes(fingerprint.grid.luminance);
  const edgeBytes = base64ToBytes(fingerprint.grid.edge);
  const edge = new Float32Array(edgeBytes.length);
  for (let i = 0; i < edge.length; i++) edge[i] = edgeBytes[i]! / 255;
  const planes = planesFrom(size, size, luminanceBytes, edge);
  const opacity = fingerprint.grid.alpha ? planesFrom(size, size, base64ToBytes(fingerprint.grid.alpha), new Float32Array(size * size)) : null;
  const s = new FeatureScratch();
  const aspect = fingerprint.aspect;
  let fine: LogoVariant[] | null = null;
  return {
    aspect,
    whole: variantOf(planes, opacity, aspect, [0, 0, 0, 0], s),
    // A masked comparison costs several times a DCT one, so a cut-out is searched for whole or cut on one side only; two-sided crops come in at verification.
    coarse: (opacity ? COARSE_CROPS.filter((crop) => crop.filter((c) => c > 0).length <= 1) : COARSE_CROPS).map((crop) => variantOf(planes, opacity, aspect, crop, s)),
    // Only a logo with a promising candidate needs these: made on first use.
    get fine() {
      fine ??= FINE_CROPS.map((crop) => variantOf(planes, opacity, aspect, crop, s));
      return fine;
    },
  };
}
