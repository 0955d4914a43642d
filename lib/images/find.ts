/**
 * Finding a logo in a photo: a coarse multi-scale search with DCT perceptual features,
 * then verification of the few best windows by normalised cross-correlation after a
 * local refinement of their position, size and shape.
 */
import { dot } from './dct';
import { coarseFeatures, decodeFingerprint, FeatureScratch, maskedCorrelation, pool, templateFeatures, type DecodedLogo, type LogoVariant } from './fingerprint';
import { MATCHER } from './params';
import { assertRgba, downsample, toPlanes, type Planes } from './pixels';
import type { Box, LogoFingerprint, LogoMatch, RgbaImage } from './types';

interface Candidate {
  box: Box;
  variant: number;
  score: number;
}

/** The best-scoring windows of one logo, kept apart so neighbours of one peak do not crowd out a second place. */
class CandidateList {
  readonly items: Candidate[] = [];

  constructor(private readonly capacity: number) {}

  offer(score: number, box: Box, variant: number): void {
    const items = this.items;
    if (items.length === this.capacity && score <= items[items.length - 1]!.score) return;
    for (let i = 0; i < items.length; i++) {
      if (overlap(items[i]!.box, box) > 0.5) {
        if (items[i]!.score >= score) return;
        items.splice(i, 1);
        break;
      }
    }
    const candidate = { box: { ...box }, variant, score };
    let at = items.findIndex((c) => c.score < score);
    if (at < 0) at = items.length;
    items.splice(at, 0, candidate);
    if (items.length > this.capacity) items.pop();
  }
}

/** Intersection over union of two boxes. */
function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  return inter / (a.width * a.height + b.width * b.height - inter);
}

/** Windows of aspect `aspect` covering at least MATCHER.minCoverage of the plane, largest first. */
function windowsFor(width: number, height: number, aspect: number, visit: (box: Box) => void): void {
  const maxWidth = Math.min(width, height * aspect);
  const minWidth = Math.min(maxWidth, Math.sqrt(MATCHER.minCoverage * width * height * aspect));
  const box: Box = { x: 0, y: 0, width: 0, height: 0 };
  for (let w = maxWidth; w >= minWidth * 0.999; w /= MATCHER.scaleStep) {
    const h = w / aspect;
    box.width = w;
    box.height = h;
    const strideX = Math.max(1, w * MATCHER.strideFraction);
    const strideY = Math.max(1, h * MATCHER.strideFraction);
    const lastX = width - w;
    const lastY = height - h;
    for (let y = 0; ; y += strideY) {
      box.y = Math.min(y, lastY);
      for (let x = 0; ; x += strideX) {
        box.x = Math.min(x, lastX);
        visit(box);
        if (x >= lastX) break;
      }
      if (y >= lastY) break;
    }
  }
}

/**
 * Keeps a box on the plane: it may reach MATCHER.overhang of its size past an edge (a
 * logo cropped by the image border), no further; shrunk if it has outgrown the plane.
 */
function clampBox(box: Box, planes: Planes): Box {
  const o = MATCHER.overhang;
  let { width, height } = box;
  const shrink = Math.min(1, planes.width / (width * (1 - 2 * o)), planes.height / (height * (1 - 2 * o)));
  width *= shrink;
  height *= shrink;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return {
    x: Math.min(planes.width - width * (1 - o), Math.max(-width * o, cx - width / 2)),
    y: Math.min(planes.height - height * (1 - o), Math.max(-height * o, cy - height / 2)),
    width,
    height,
  };
}

interface Verified {
  score: number;
  box: Box;
  via: LogoMatch['via'];
}

/** Buffers for verification. */
class TemplateScratch {
  readonly luminance = new Float32Array(MATCHER.templateGrid ** 2);
  readonly edge = new Float32Array(MATCHER.templateGrid ** 2);
}

type Level = 'refine' | 'verify';

/**
 * How alike a box of the photo and a logo variant are (about −1 to 1). Colour edges in
 * place are evidence on their own (a recoloured logo keeps nothing else). Luminance
 * layout alone is weaker evidence, since many unrelated images share a light and dark
 * arrangement at 32×32, so it counts only blended with the edges' agreement.
 */
function similarityAt(planes: Planes, box: Box, variant: LogoVariant, level: Level, s: FeatureScratch, t: TemplateScratch): Verified {
  const n = level === 'refine' ? MATCHER.refineGrid : MATCHER.templateGrid;
  const luminance = t.luminance.subarray(0, n * n);
  const edge = t.edge.subarray(0, n * n);
  templateFeatures(planes, box, n, s, luminance, edge);
  let lum: number;
  let edgeScore: number;
  const masked = variant.masked?.[level];
  if (masked) {
    lum = maskedCorrelation(luminance, masked.weights, masked.total, masked.luminance);
    edgeScore = maskedCorrelation(edge, masked.weights, masked.total, masked.edge);
  } else {
    lum = dot(luminance, level === 'refine' ? variant.luminanceCoarseTemplate : variant.luminanceTemplate);
    edgeScore = dot(edge, level === 'refine' ? variant.edgeCoarseTemplate : variant.edgeTemplate);
  }
  const w = MATCHER.luminanceWeight;
  const blended = w * Math.abs(lum) + (1 - w) * edgeScore;
  if (edgeScore >= blended) return { score: edgeScore, box, via: 'edges' };
  return { score: blended, box, via: lum >= 0 ? 'luminance' : 'inverted-luminance' };
}

/**
 * Hill-climbs a box (position, size, shape) to where its templates correlate best with
 * the variant's: the coarse grid only lands within an eighth of a window.
 */
function climb(planes: Planes, start: Verified, variant: LogoVariant, level: Level, firstStep: number, rounds: number, s: FeatureScratch, t: TemplateScratch): Verified {
  let best = start;
  let move = firstStep;
  let resize = firstStep;
  let reshape = firstStep * 0.8;
  for (let round = 0; round < rounds && move > 1 / 200; round++) {
    // A candidate still far from a match after a few steps will not become one: stop early.
    if (round === 4 && level === 'refine' && best.score < MATCHER.abandonBelow) return best;
    const b = best.box;
    const cx = b.x + b.width / 2;
    const cy = b.y + b.height / 2;
    const grow = 1 + resize;
    const widen = 1 + reshape;
    const tries: Box[] = [
      { ...b, x: b.x - move * b.width },
      { ...b, x: b.x + move * b.width },
      { ...b, y: b.y - move * b.height },
      { ...b, y: b.y + move * b.height },
      { x: cx - (b.width * grow) / 2, y: cy - (b.height * grow) / 2, width: b.width * grow, height: b.height * grow },
      { x: cx - b.width / grow / 2, y: cy - b.height / grow / 2, width: b.width / grow, height: b.height / grow },
      { x: cx - (b.width * widen) / 2, y: b.y, width: b.width * widen, height: b.height },
      { x: cx - b.width / widen / 2, y: b.y, width: b.width / widen, height: b.height },
      { x: b.x, y: cy - (b.height * widen) / 2, width: b.width, height: b.height * widen },
      { x: b.x, y: cy - b.height / widen / 2, width: b.width, height: b.height / widen },
      // Shrinking towards a corner: a window too big and off-centre needs both at once.
      { x: b.x, y: b.y, width: b.width / grow, height: b.height / grow },
      { x: b.x + b.width - b.width / grow, y: b.y + b.height - b.height / grow, width: b.width / grow, height: b.height / grow },
      { x: b.x + b.width - b.width / grow, y: b.y, width: b.width / grow, height: b.height / grow },
      { x: b.x, y: b.y + b.height - b.height / grow, width: b.width / grow, height: b.height / grow },
    ];
    let improved: Verified | null = null;
    for (const tryBox of tries) {
      const v = similarityAt(planes, clampBox(tryBox, planes), variant, level, s, t);
      if (v.score > (improved ?? best).score) improved = v;
    }
    if (improved) best = improved;
    else {
      move /= 2;
      resize /= 2;
      reshape /= 2;
    }
  }
  return best;
}

/** The box showing `to`'s part of the logo, given a box showing `from`'s part. */
function boxForCrop(box: Box, from: LogoVariant, to: LogoVariant): Box {
  const [fl, ft, fr, fb] = from.crop;
  const [tl, tt, tr, tb] = to.crop;
  const sx = box.width / (1 - fl - fr);
  const sy = box.height / (1 - ft - fb);
  return { x: box.x + (tl - fl) * sx, y: box.y + (tt - ft) * sy, width: (1 - tl - tr) * sx, height: (1 - tt - tb) * sy };
}

/** Refines and verifies one candidate: coarse-to-fine position, then the best-fitting crop, then a final polish. */
function verify(planes: Planes, candidate: Candidate, logo: DecodedLogo, s: FeatureScratch, t: TemplateScratch): Verified {
  const variant = logo.coarse[candidate.variant]!;
  const c = candidate.box;
  // Start from the variant's own shape, same centre and area.
  const w0 = Math.sqrt(c.width * c.height * variant.aspect);
  const h0 = w0 / variant.aspect;
  const startBox = clampBox({ x: c.x + c.width / 2 - w0 / 2, y: c.y + c.height / 2 - h0 / 2, width: w0, height: h0 }, planes);
  let best = climb(planes, similarityAt(planes, startBox, variant, 'refine', s, t), variant, 'refine', MATCHER.strideFraction / 2, 24, s, t);
  if (best.score < MATCHER.abandonBelow) return { ...best, score: 0 };
  // The coarse search picked the crop on a box an eighth off; with the box refined, another crop may fit better.
  let refinedVariant = variant;
  const refinedBox = best.box;
  for (const other of logo.coarse) {
    if (other === variant) continue;
    const v = similarityAt(planes, clampBox(boxForCrop(refinedBox, variant, other), planes), other, 'refine', s, t);
    if (v.score > best.score + 0.01) {
      best = v;
      refinedVariant = other;
    }
  }
  if (refinedVariant !== variant) best = climb(planes, best, refinedVariant, 'refine', 1 / 32, 12, s, t);
  let bestVariant = refinedVariant;
  let verified = similarityAt(planes, best.box, refinedVariant, 'verify', s, t);
  for (const fine of logo.fine) {
    const v = similarityAt(planes, clampBox(boxForCrop(best.box, refinedVariant, fine), planes), fine, 'verify', s, t);
    // A crop must do clearly better: trimming a logo's plain margin can gain a hair by chance.
    const margin = fine.crop.some((c) => c > 0) ? 0.005 : 0;
    if (v.score > verified.score + margin) {
      verified = v;
      bestVariant = fine;
    }
  }
  const final = climb(planes, verified, bestVariant, 'verify', 1 / 64, 8, s, t);
  // Report where the whole logo is, even when only a cropped part of it is in the photo.
  return { ...final, box: boxForCrop(final.box, bestVariant, logo.whole) };
}

export interface LogoScore {
  logoIndex: number;
  /** Best coarse correlation of any window (0–1). */
  coarse: number;
  /** Best verified similarity (0–1), 0 when nothing passed the coarse gate. */
  verified: number;
  /** Where, in working-plane pixels. */
  box: Box | null;
  via: LogoMatch['via'] | null;
}

/** Scores every logo against a photo's planes: the whole pipeline short of the final threshold. */
export function scoreLogos(planes: Planes, logos: readonly DecodedLogo[]): LogoScore[] {
  const s = new FeatureScratch();
  const t = new TemplateScratch();
  const k2 = MATCHER.coarseFrequencies ** 2 - 1;
  const lum = new Float32Array(k2);
  const edge = new Float32Array(k2);
  const pooledLuminance = new Float32Array(MATCHER.maskedCoarseGrid ** 2);
  const pooledEdge = new Float32Array(MATCHER.maskedCoarseGrid ** 2);
  // Windows are shared by logos of (nearly) the same shape: features are computed once per shape.
  const groups = new Map<number, number[]>();
  logos.forEach((logo, i) => {
    const key = Math.round(Math.log(logo.aspect) * 40);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  // A masked comparison singles out the right window less sharply than the DCT one: keep more candidates.
  const lists = logos.map((logo) => new CandidateList(logo.whole.masked ? MATCHER.candidatesPerLogo * 2 : MATCHER.candidatesPerLogo));
  for (const members of groups.values()) {
    const aspect = logos[members[0]!]!.aspect;
    const anyMasked = members.some((li) => logos[li]!.whole.masked);
    windowsFor(planes.width, planes.height, aspect, (box) => {
      coarseFeatures(planes, box, s, lum, edge);
      if (anyMasked) {
        // coarseFeatures left the window's grids in s; partly transparent logos compare them pooled.
        pool(s.luminance, MATCHER.coarseGrid, MATCHER.coarseGrid / MATCHER.maskedCoarseGrid, pooledLuminance);
        pool(s.edge, MATCHER.coarseGrid, MATCHER.coarseGrid / MATCHER.maskedCoarseGrid, pooledEdge);
      }
      for (const li of members) {
        const variants = logos[li]!.coarse;
        let best = -1;
        let bestVariant = 0;
        for (let v = 0; v < variants.length; v++) {
          const variant = variants[v]!;
          const masked = variant.masked;
          // A partly transparent logo is compared cell by cell where it is opaque, at two grids (see maskedCoarseGrid).
          const l = masked
            ? Math.max(Math.abs(maskedCorrelation(s.luminance, masked.coarse.weights, masked.coarse.total, masked.coarse.luminance)), Math.abs(maskedCorrelation(pooledLuminance, masked.pooled.weights, masked.pooled.total, masked.pooled.luminance)))
            : dot(lum, variant.luminanceCoefficients);
          const e = masked
            ? Math.max(maskedCorrelation(s.edge, masked.coarse.weights, masked.coarse.total, masked.coarse.edge), maskedCorrelation(pooledEdge, masked.pooled.weights, masked.pooled.total, masked.pooled.edge))
            : dot(edge, variant.edgeCoefficients);
          const score = Math.max(l, -l, e);
          if (score > best) {
            best = score;
            bestVariant = v;
          }
        }
        lists[li]!.offer(best, box, bestVariant);
      }
    });
  }
  return logos.map((logo, li) => {
    const candidates = lists[li]!.items;
    const result: LogoScore = { logoIndex: li, coarse: candidates[0]?.score ?? 0, verified: 0, box: null, via: null };
    const refined: Box[] = [];
    for (const c of candidates) {
      if (c.score < MATCHER.coarseGate) continue;
      // Enough: a clear match is not going to be overturned by a weaker candidate.
      if (result.verified >= MATCHER.confidentMatch) break;
      // A candidate on top of one already verified would climb to the same place.
      if (refined.some((box) => overlap(box, c.box) > 0.6)) continue;
      const v = verify(planes, c, logo, s, t);
      refined.push(v.box);
      if (v.score > result.verified) {
        result.verified = v.score;
        result.box = v.box;
        result.via = v.via;
      }
    }
    return result;
  });
}

/** The working planes of a photo: reduced, then luminance and colour edges. */
export function photoPlanes(photo: RgbaImage): Planes {
  return toPlanes(downsample(photo, MATCHER.workingSide));
}

/**
 * The best-matching logo in `photo`, or null when none of `logos` appears covering at
 * least about a quarter of it (the rule's "the logo filling at least a quarter of the
 * image"; a smaller logo is not looked for).
 */
export function findLogo(photo: RgbaImage, logos: readonly LogoFingerprint[]): LogoMatch | null {
  assertRgba(photo, 'photo');
  if (logos.length === 0) return null;
  const planes = photoPlanes(photo);
  let best: LogoMatch | null = null;
  for (const score of scoreLogos(planes, logos.map(decodeFingerprint))) {
    if (!score.box || !score.via || score.verified < MATCHER.matchThreshold) continue;
    // The part of the photo the logo occupies (a cropped logo's box reaches past the edge).
    const sx = photo.width / planes.width;
    const sy = photo.height / planes.height;
    const x0 = Math.max(0, Math.round(score.box.x * sx));
    const y0 = Math.max(0, Math.round(score.box.y * sy));
    const x1 = Math.min(photo.width, Math.round((score.box.x + score.box.width) * sx));
    const y1 = Math.min(photo.height, Math.round((score.box.y + score.box.height) * sy));
    const box = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    const coverage = (box.width * box.height) / (photo.width * photo.height);
    // Refinement may shrink a box below the sizes searched; a logo that small is outside the rule.
    if (coverage < MATCHER.minCoverage * 0.75) continue;
    const distance = 1 - score.verified;
    if (!best || distance < best.distance) best = { logoIndex: score.logoIndex, distance, box, coverage, via: score.via };
  }
  return best;
}
