/**
 * Pixels to the two planes the matcher works on, and cheap box sampling of them.
 *
 * - luminance: what survives greyscale conversion and re-compression;
 * - colour edges: how strongly the colour changes at each pixel, squashed to 0–1 so any
 *   clear boundary between two colours counts about the same. A recoloured logo (hue
 *   shift, palette swap) keeps its boundaries where they were even when its light and
 *   dark parts swap or its luminance order scrambles, so this plane matches where
 *   luminance cannot.
 *
 * Both planes come with a summed-area table, so the average over any box (fractional
 * edges included) costs four look-ups: a window of the photo resampled to a 16×16 or
 * 32×32 grid costs the same whatever its size.
 */
import type { Box, RgbaImage } from './types';

/** Throws unless `image` is a well-formed RGBA image. */
export function assertRgba(image: RgbaImage, what: string): void {
  if (!Number.isInteger(image.width) || !Number.isInteger(image.height) || image.width < 1 || image.height < 1) throw new RangeError(`The ${what} has no pixels (${image.width}×${image.height}).`);
  if (image.data.length < image.width * image.height * 4) throw new RangeError(`The ${what}'s data holds ${image.data.length} bytes; ${image.width}×${image.height} RGBA needs ${image.width * image.height * 4}.`);
}

/**
 * A copy no larger than `maxSide` on its long side, by averaging (the image itself when
 * already small enough). For big reductions only a regular subset of pixels is read
 * (about 3×3 an output pixel): enough to average out noise, and a 12-megapixel photo
 * costs a few milliseconds instead of a pass over 48 MB.
 */
export function downsample(image: RgbaImage, maxSide: number): RgbaImage {
  if (!(maxSide >= 1)) throw new RangeError(`maxSide must be at least 1, not ${maxSide}.`);
  const { width, height, data } = image;
  const factor = Math.max(width, height) / maxSide;
  if (factor <= 1) return image;
  const outWidth = Math.max(1, Math.round(width / factor));
  const outHeight = Math.max(1, Math.round(height / factor));
  const step = Math.max(1, Math.floor(factor / 3));
  const first = Math.floor(step / 2);
  const sums = new Float64Array(outWidth * outHeight * 4);
  const counts = new Uint32Array(outWidth * outHeight);
  const columns = Math.ceil((width - first) / step);
  const outColumn = new Int32Array(columns);
  for (let i = 0; i < columns; i++) outColumn[i] = Math.min(outWidth - 1, Math.floor(((first + i * step) * outWidth) / width));
  for (let y = first; y < height; y += step) {
    const rowBase = Math.min(outHeight - 1, Math.floor((y * outHeight) / height)) * outWidth;
    let p = (y * width + first) * 4;
    for (let i = 0; i < columns; i++, p += step * 4) {
      const k = rowBase + outColumn[i]!;
      const s = k * 4;
      sums[s] = sums[s]! + data[p]!;
      sums[s + 1] = sums[s + 1]! + data[p + 1]!;
      sums[s + 2] = sums[s + 2]! + data[p + 2]!;
      sums[s + 3] = sums[s + 3]! + data[p + 3]!;
      counts[k]!++;
    }
  }
  const out = new Uint8ClampedArray(outWidth * outHeight * 4);
  for (let k = 0; k < outWidth * outHeight; k++) {
    const n = counts[k]! || 1;
    out[k * 4] = sums[k * 4]! / n;
    out[k * 4 + 1] = sums[k * 4 + 1]! / n;
    out[k * 4 + 2] = sums[k * 4 + 2]! / n;
    out[k * 4 + 3] = sums[k * 4 + 3]! / n;
  }
  return { width: outWidth, height: outHeight, data: out };
}

/** Colour steps (0–255 units) at which the edge plane reaches one half: below, JPEG noise and grain. */
const EDGE_HALF = 18;

/**
 * The planes of a (small) image, with one summed-area table holding both, interleaved
 * (luminance, edge) so a look-up reads neighbouring memory.
 */
export interface Planes {
  width: number;
  height: number;
  /** (width + 1) × (height + 1) × 2: sums over [0, x) × [0, y) of luminance and edge. */
  table: Float64Array;
}

/**
 * Luminance and edge planes of an image, with their table. Transparent parts are laid on
 * `background` (grey level): white unless told otherwise, as a transparent image is
 * shown on a page.
 */
export function toPlanes(image: RgbaImage, background = 255): Planes {
  const { width, height, data } = image;
  const n = width * height;
  const r = new Float32Array(n);
  const g = new Float32Array(n);
  const b = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const a = data[i * 4 + 3]! / 255;
    const under = background * (1 - a);
    r[i] = data[i * 4]! * a + under;
    g[i] = data[i * 4 + 1]! * a + under;
    b[i] = data[i * 4 + 2]! * a + under;
  }
  const luminance = new Float32Array(n);
  const edge = new Float32Array(n);
  for (let i = 0; i < n; i++) luminance[i] = 0.299 * r[i]! + 0.587 * g[i]! + 0.114 * b[i]!;
  for (let y = 0; y < height; y++) {
    const up = y > 0 ? -width : 0;
    const down = y < height - 1 ? width : 0;
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const left = x > 0 ? i - 1 : i;
      const right = x < width - 1 ? i + 1 : i;
      const dxr = r[right]! - r[left]!;
      const dxg = g[right]! - g[left]!;
      const dxb = b[right]! - b[left]!;
      const dyr = r[i + down]! - r[i + up]!;
      const dyg = g[i + down]! - g[i + up]!;
      const dyb = b[i + down]! - b[i + up]!;
      const m = Math.sqrt(dxr * dxr + dxg * dxg + dxb * dxb + dyr * dyr + dyg * dyg + dyb * dyb) / 2;
      edge[i] = m / (m + EDGE_HALF);
    }
  }
  return planesFrom(width, height, luminance, edge);
}

/** Builds the summed-area table of two planes. */
export function planesFrom(width: number, height: number, luminance: ArrayLike<number>, edge: ArrayLike<number>): Planes {
  const stride = (width + 1) * 2;
  const table = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let rowLum = 0;
    let rowEdge = 0;
    const above = y * stride;
    const here = (y + 1) * stride;
    for (let x = 0; x < width; x++) {
      rowLum += luminance[y * width + x]!;
      rowEdge += edge[y * width + x]!;
      table[here + (x + 1) * 2] = table[above + (x + 1) * 2]! + rowLum;
      table[here + (x + 1) * 2 + 1] = table[above + (x + 1) * 2 + 1]! + rowEdge;
    }
  }
  return { width, height, table };
}

/** Scratch space for sampleGrid, sized for grids up to `maxGrid`. */
export class GridScratch {
  readonly corners: Float64Array;
  readonly xs: Int32Array;
  readonly fxs: Float64Array;

  constructor(maxGrid: number) {
    this.corners = new Float64Array((maxGrid + 1) ** 2 * 2);
    this.xs = new Int32Array(maxGrid + 1);
    this.fxs = new Float64Array(maxGrid + 1);
  }
}

/**
 * Resamples `box` (in plane pixels, fractional allowed) to an n×n grid of box averages of
 * both planes, written row-major into `luminance` and `edge`. A box reaching past the
 * plane's edge sees the edge pixels repeated (the table is extrapolated linearly), which
 * lets a window line up with a logo whose border has been cropped off the image.
 */
export function sampleGrid(planes: Planes, box: Box, n: number, luminance: Float32Array, edge: Float32Array, scratch: GridScratch): void {
  const { width, height, table } = planes;
  const stride = (width + 1) * 2;
  const { xs, fxs, corners } = scratch;
  for (let i = 0; i <= n; i++) {
    const gx = box.x + (box.width * i) / n;
    const ix = Math.min(width - 1, Math.max(0, Math.floor(gx)));
    xs[i] = ix * 2;
    fxs[i] = gx - ix;
  }
  for (let j = 0; j <= n; j++) {
    const gy = box.y + (box.height * j) / n;
    const iy = Math.min(height - 1, Math.max(0, Math.floor(gy)));
    const fy = gy - iy;
    const row0 = iy * stride;
    const row1 = row0 + stride;
    for (let i = 0; i <= n; i++) {
      const x = xs[i]!;
      const fx = fxs[i]!;
      const a = row0 + x;
      const b = row1 + x;
      const top = table[a]! + (table[a + 2]! - table[a]!) * fx;
      const bottom = table[b]! + (table[b + 2]! - table[b]!) * fx;
      const topE = table[a + 1]! + (table[a + 3]! - table[a + 1]!) * fx;
      const bottomE = table[b + 1]! + (table[b + 3]! - table[b + 1]!) * fx;
      const c = (j * (n + 1) + i) * 2;
      corners[c] = top + (bottom - top) * fy;
      corners[c + 1] = topE + (bottomE - topE) * fy;
    }
  }
  const area = (box.width * box.height) / (n * n);
  const scale = area > 0 ? 1 / area : 0;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const c00 = (j * (n + 1) + i) * 2;
      const c10 = c00 + 2;
      const c01 = c00 + (n + 1) * 2;
      const c11 = c01 + 2;
      luminance[j * n + i] = (corners[c11]! - corners[c10]! - corners[c01]! + corners[c00]!) * scale;
      edge[j * n + i] = (corners[c11 + 1]! - corners[c10 + 1]! - corners[c01 + 1]! + corners[c00 + 1]!) * scale;
    }
  }
}
