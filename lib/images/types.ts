/**
 * Types of the pure image core. Everything works on decoded pixels so it runs the same
 * in Node (tests, benchmark) and in the extension (worker or page): decoding PNG/JPEG
 * bytes is the caller's job (createImageBitmap + OffscreenCanvas in the browser).
 */

/** Decoded pixels: RGBA, row-major, 4 bytes a pixel (what ImageData.data holds). */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

/** A rectangle in the photo's own pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Everything kept about a logo once it is added: JSON-serialisable, compact, and without
 * the original's pixels.
 */
export interface LogoFingerprint {
  /** Format version: a fingerprint of another version is rebuilt from its thumbnail. */
  version: number;
  /** The original logo's size in pixels. */
  width: number;
  height: number;
  /** Width ÷ height. */
  aspect: number;
  /** 64-bit DCT perceptual hash (pHash) of the luminance, 16 hex digits: identifies the logo (e.g. to spot one added twice). */
  luminanceHash: string;
  /** The same for the colour-edge map. */
  edgeHash: string;
  /**
   * The logo's luminance and colour-edge planes reduced to a size×size grid (stretched to
   * a square), one byte a cell, base64. The matcher derives its search features and
   * verification templates, for the whole logo and for slightly cropped copies, from this.
   */
  grid: {
    size: number;
    luminance: string;
    edge: string;
    /** Only for a logo with transparent parts: its opacity per cell; the matcher then ignores what shows through. */
    alpha?: string;
  };
  /** A small copy for the settings page (and to rebuild the fingerprint): RGBA bytes, base64. */
  thumbnail: { width: number; height: number; rgbaBase64: string };
}

export interface LogoMatch {
  /** Index into the logos passed to findLogo. */
  logoIndex: number;
  /** 0 = identical, 1 = unrelated: one minus the verified similarity. */
  distance: number;
  /** Where the logo is, in the photo's pixels. */
  box: Box;
  /** Share of the photo's area the box covers (0–1). */
  coverage: number;
  /** Which representation matched: luminance as is, luminance inverted (light and dark swapped), or colour edges. */
  via: 'luminance' | 'inverted-luminance' | 'edges';
}
