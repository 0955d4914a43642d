/**
 * The low-frequency corner of a 2-D DCT-II, the heart of a perceptual hash: the coarse
 * layout of light and dark survives resizing, re-compression and small shifts, while
 * fine detail and noise (the high frequencies) are dropped.
 */

/** k × n table: basis[u * n + x] = cos(π (2x + 1) u / 2n). */
export function dctBasis(n: number, k: number): Float64Array {
  const basis = new Float64Array(k * n);
  for (let u = 0; u < k; u++) for (let x = 0; x < n; x++) basis[u * n + x] = Math.cos((Math.PI * (2 * x + 1) * u) / (2 * n));
  return basis;
}

/**
 * The k×k lowest-frequency DCT coefficients of an n×n grid, into `out` (row v, column u).
 * Separable: rows first (n·k·n), then columns (k·k·n). `scratch` holds n·k numbers.
 */
export function lowFrequencies(grid: Float32Array, n: number, k: number, basis: Float64Array, scratch: Float64Array, out: Float64Array): void {
  for (let y = 0; y < n; y++) {
    const row = y * n;
    for (let u = 0; u < k; u++) {
      const b = u * n;
      let s = 0;
      for (let x = 0; x < n; x++) s += grid[row + x]! * basis[b + x]!;
      scratch[y * k + u] = s;
    }
  }
  for (let v = 0; v < k; v++) {
    const b = v * n;
    for (let u = 0; u < k; u++) {
      let s = 0;
      for (let y = 0; y < n; y++) s += scratch[y * k + u]! * basis[b + y]!;
      out[v * k + u] = s;
    }
  }
}

/**
 * The AC coefficients (all but the DC term, i.e. with the mean brightness removed) as a
 * unit vector, so a dot product of two is the correlation of the two low-passed images:
 * insensitive to brightness and contrast, and negative for a light/dark inversion.
 * Returns false (and zeros) for a flat grid, which matches nothing.
 */
export function unitAc(coefficients: Float64Array, out: Float32Array): boolean {
  let norm = 0;
  for (let i = 1; i < coefficients.length; i++) norm += coefficients[i]! * coefficients[i]!;
  norm = Math.sqrt(norm);
  if (norm < 1e-6) {
    out.fill(0);
    return false;
  }
  for (let i = 1; i < coefficients.length; i++) out[i - 1] = coefficients[i]! / norm;
  return true;
}

/** A grid with its mean removed and scaled to unit length (for normalised cross-correlation); false when flat. */
export function unitZeroMean(grid: Float32Array, out: Float32Array): boolean {
  let mean = 0;
  for (let i = 0; i < grid.length; i++) mean += grid[i]!;
  mean /= grid.length;
  let norm = 0;
  for (let i = 0; i < grid.length; i++) {
    const d = grid[i]! - mean;
    out[i] = d;
    norm += d * d;
  }
  norm = Math.sqrt(norm);
  if (norm < 1e-6) {
    out.fill(0);
    return false;
  }
  for (let i = 0; i < grid.length; i++) out[i]! /= norm;
  return true;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/**
 * A 64-bit perceptual hash (pHash) as 16 hex digits: one bit per AC coefficient, set
 * when the coefficient is above the median of the 64. `coefficients` holds at least
 * 65 (9×9 low frequencies; the DC term is skipped).
 */
export function hashHex(coefficients: Float64Array): string {
  const ac = Array.from(coefficients.subarray(1, 65));
  const median = [...ac].sort((a, b) => a - b)[32]!;
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let v = 0;
    for (let bit = 0; bit < 4; bit++) v = (v << 1) | (ac[nibble * 4 + bit]! > median ? 1 : 0);
    hex += v.toString(16);
  }
  return hex;
}

/** Hamming distance between two hashes from hashHex. */
export function hashDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    let x = parseInt(a[i]!, 16) ^ parseInt(b[i]!, 16);
    while (x) {
      d += x & 1;
      x >>= 1;
    }
  }
  return d;
}
