import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { downsample, findLogo, hashDistance, hashLogo, thumbnailOf, type LogoFingerprint, type RgbaImage } from '../../lib/images';
import { FINGERPRINT_VERSION } from '../../lib/images/params';
import { toSvg } from '../../support/images/draw';
import { blank, crop, paste, renderLogo, renderLogoCutOut, resize, sceneImage } from '../../support/images/generate';
import { PLACEHOLDER_LOGO, SET_LOGOS, TRUST_LOGO, WORDMARK_LOGO } from '../../support/images/logos';
import { decodePng } from '../../support/images/png';
import { Rng } from '../../support/images/rng';

const ASSETS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets');
const fingerprints = SET_LOGOS.map((design) => hashLogo(renderLogo(design)));

function iou(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w <= 0 || h <= 0 ? 0 : (w * h) / (a.width * a.height + b.width * b.height - w * h);
}

describe('hashLogo', () => {
  it('gives a compact, JSON-serialisable fingerprint that matches as well after a round trip', () => {
    const fingerprint = fingerprints[0]!;
    const json = JSON.stringify(fingerprint);
    expect(json.length).toBeLessThan(40_000);
    const restored = JSON.parse(json) as LogoFingerprint;
    expect(restored).toEqual(fingerprint);
    const photo = renderLogo(PLACEHOLDER_LOGO);
    expect(findLogo(photo, [restored])).toEqual(findLogo(photo, [fingerprint]));
    expect(restored.version).toBe(FINGERPRINT_VERSION);
    expect(restored.aspect).toBeCloseTo(400 / 480, 5);
  });

  it('has 64-bit perceptual hashes that survive resizing and tell the logos apart', () => {
    const [placeholder, trust, wordmark] = fingerprints;
    const small = hashLogo(resize(renderLogo(PLACEHOLDER_LOGO), 120, 144));
    expect(placeholder!.luminanceHash).toMatch(/^[0-9a-f]{16}$/);
    expect(hashDistance(placeholder!.luminanceHash, small.luminanceHash)).toBeLessThanOrEqual(6);
    expect(hashDistance(placeholder!.edgeHash, small.edgeHash)).toBeLessThanOrEqual(10);
    expect(hashDistance(placeholder!.luminanceHash, trust!.luminanceHash)).toBeGreaterThan(16);
    expect(hashDistance(trust!.luminanceHash, wordmark!.luminanceHash)).toBeGreaterThan(16);
  });

  it('keeps a thumbnail no larger than 64 px for the settings page', () => {
    const thumbnail = thumbnailOf(fingerprints[1]!);
    expect(Math.max(thumbnail.width, thumbnail.height)).toBe(64);
    expect(thumbnail.data.length).toBe(thumbnail.width * thumbnail.height * 4);
  });

  it('lays a dark logo\'s transparent parts on white, as a page shows it', () => {
    const logo = renderLogo(PLACEHOLDER_LOGO);
    const transparent = { width: logo.width, height: logo.height, data: new Uint8ClampedArray(logo.data) };
    // Pure white background becomes fully transparent black.
    for (let i = 0; i < transparent.data.length; i += 4) {
      if (transparent.data[i] === 255 && transparent.data[i + 1] === 255 && transparent.data[i + 2] === 255) transparent.data.fill(0, i, i + 4);
    }
    const match = findLogo(logo, [hashLogo(transparent)]);
    expect(match?.distance).toBeLessThan(0.02);
  });

  it('compares a solid cut-out only where it is opaque, so it is found over any photo', () => {
    const cutOut = renderLogoCutOut(PLACEHOLDER_LOGO);
    const fingerprint = hashLogo(cutOut);
    expect(fingerprint.grid.alpha).toBeDefined();
    expect(fingerprints[0]!.grid.alpha).toBeUndefined();
    const rng = new Rng(11);
    const photo = paste(sceneImage(700, 560, rng), resize(cutOut, 300, 360), 330, 150);
    const match = findLogo(photo, [fingerprint]);
    expect(match?.logoIndex).toBe(0);
    expect(iou(match!.box, { x: 330, y: 150, width: 300, height: 360 })).toBeGreaterThan(0.7);
  });

  it('does not mask a thin cut-out (letters alone): too little of it is opaque to compare reliably', () => {
    expect(hashLogo(renderLogoCutOut(WORDMARK_LOGO)).grid.alpha).toBeUndefined();
  });

  it('rejects malformed images', () => {
    expect(() => hashLogo({ width: 0, height: 10, data: new Uint8Array(0) })).toThrow(RangeError);
    expect(() => hashLogo({ width: 10, height: 10, data: new Uint8Array(100) })).toThrow(/needs 400/);
  });

  it('rebuilds a fingerprint of an older format from its thumbnail', () => {
    const old = { ...fingerprints[2]!, version: FINGERPRINT_VERSION - 1, grid: { size: 1, luminance: '', edge: '' } };
    const match = findLogo(resize(renderLogo(WORDMARK_LOGO), 300, 100), [old]);
    expect(match?.logoIndex).toBe(0);
  });
});

describe('findLogo', () => {
  it('finds each logo as the whole image, named by its index', () => {
    SET_LOGOS.forEach((design, index) => {
      const match = findLogo(renderLogo(design), fingerprints);
      expect(match?.logoIndex).toBe(index);
      expect(match?.coverage).toBeGreaterThan(0.95);
    });
  });

  it('locates a logo covering 28% of a photo', () => {
    const rng = new Rng(7);
    const background = sceneImage(900, 600, rng);
    const logo = resize(renderLogo(TRUST_LOGO), 640, 240);
    const photo = paste(background, logo, 200, 310);
    const match = findLogo(photo, fingerprints);
    expect(match?.logoIndex).toBe(1);
    expect(iou(match!.box, { x: 200, y: 310, width: 640, height: 240 })).toBeGreaterThan(0.8);
    expect(match!.coverage).toBeGreaterThan(0.24);
    expect(match!.coverage).toBeLessThan(0.33);
  });

  it('finds a logo whose edge is cut off by the image border', () => {
    const photo = crop(renderLogo(PLACEHOLDER_LOGO), 0.08, 0, 0, 0.02);
    expect(findLogo(photo, fingerprints)?.logoIndex).toBe(0);
  });

  it('does not look for a logo much smaller than a quarter of the photo', () => {
    const rng = new Rng(8);
    const photo = paste(sceneImage(1000, 800, rng), resize(renderLogo(PLACEHOLDER_LOGO), 200, 240), 100, 100);
    expect(findLogo(photo, fingerprints)).toBeNull();
  });

  it('returns null with no logos, for a blank image, and for tiny images', () => {
    expect(findLogo(renderLogo(PLACEHOLDER_LOGO), [])).toBeNull();
    expect(findLogo(blank(300, 200, [255, 255, 255]), fingerprints)).toBeNull();
    expect(findLogo(blank(1, 1, [0, 0, 0]), fingerprints)).toBeNull();
    expect(findLogo(blank(3, 2, [10, 200, 30]), fingerprints)).toBeNull();
  });

  it('accepts Uint8Array as well as Uint8ClampedArray pixels', () => {
    const logo = renderLogo(WORDMARK_LOGO);
    const asBytes: RgbaImage = { width: logo.width, height: logo.height, data: new Uint8Array(logo.data) };
    expect(findLogo(asBytes, fingerprints)?.logoIndex).toBe(2);
  });
});

describe('downsample', () => {
  it('returns the image itself when it is already small enough', () => {
    const image = blank(100, 50);
    expect(downsample(image, 256)).toBe(image);
  });

  it('averages: a fine checkerboard becomes mid grey, at the requested size', () => {
    const image = blank(1000, 600);
    for (let y = 0; y < 600; y++) for (let x = 0; x < 1000; x++) if ((x + y) % 2 === 0) image.data.fill(255, (y * 1000 + x) * 4, (y * 1000 + x) * 4 + 3);
    const small = downsample(image, 100);
    expect(small.width).toBe(100);
    expect(small.height).toBe(60);
    for (let i = 0; i < small.data.length; i += 4) expect(Math.abs(small.data[i]! - 127.5)).toBeLessThan(40);
  });
});

describe('placeholder logo asset', () => {
  it('is the drawing the tests use, as PNG and SVG, with a current fingerprint', () => {
    const png = decodePng(readFileSync(path.join(ASSETS, 'placeholder-logo.png')));
    const drawn = renderLogo(PLACEHOLDER_LOGO);
    expect(png.width).toBe(drawn.width);
    expect(png.height).toBe(drawn.height);
    expect(Buffer.from(png.data).equals(Buffer.from(drawn.data))).toBe(true);
    const svg = readFileSync(path.join(ASSETS, 'placeholder-logo.svg'), 'utf8');
    expect(svg).toBe(toSvg(PLACEHOLDER_LOGO.draw(PLACEHOLDER_LOGO.palette), 'St Stephens Community Academy (placeholder crest)'));
    const fingerprint = JSON.parse(readFileSync(path.join(ASSETS, 'placeholder-logo.fingerprint.json'), 'utf8')) as LogoFingerprint;
    // Out of date after a matcher change: run `npx tsx scripts/make-placeholder-logo.ts`.
    expect(fingerprint).toEqual(hashLogo(png));
  });
});
