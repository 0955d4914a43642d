/**
 * npm run bench:images — how long logo matching takes on a 4000×3000 photo.
 *
 * Times, as the median (and 90th percentile) of repeated runs:
 * - hashLogo for each of 10 logos (once per logo, when it is added);
 * - findLogo on a 4000×3000 photo against those 10 logos, with and without a logo in
 *   it, and its parts (reducing the photo, planes, search and verification);
 * - two naive baselines: one whole-image pHash (fast, but blind to a logo that fills
 *   only part of the photo) and the same search without reducing the photo first;
 * - the same findLogo in Chromium, when Chromium is installed (CHROMIUM_PATH, default
 *   /usr/bin/chromium; --no-chromium skips).
 * Target: findLogo ≤ 100 ms in Node on the 2-core development machine.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashLogo, findLogo, downsample, type LogoFingerprint, type RgbaImage } from '../lib/images';
import { dctBasis, hashDistance, hashHex, lowFrequencies } from '../lib/images/dct';
import { decodeAfresh, decodeFingerprint } from '../lib/images/fingerprint';
import { scoreLogos } from '../lib/images/find';
import { MATCHER } from '../lib/images/params';
import { toPlanes } from '../lib/images/pixels';
import { render } from '../support/images/draw';
import { paste, renderLogo, renderLogoCutOut, resize, sceneImage } from '../support/images/generate';
import { otherLogo, SET_LOGOS } from '../support/images/logos';
import { Rng } from '../support/images/rng';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Timing {
  median: number;
  p90: number;
}

function time(runs: number, f: () => unknown): Timing {
  for (let i = 0; i < 2; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    f();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)]!, p90: times[Math.min(runs - 1, Math.floor(runs * 0.9))]! };
}

const ms = (t: Timing) => `${t.median.toFixed(1)} ms (p90 ${t.p90.toFixed(1)})`;

/** A 4000×3000 photo-like scene (drawn at 1000×750, enlarged, with full-resolution grain), with or without the placeholder crest at 26% of its area. */
export function benchPhotos(): { withLogo: RgbaImage; withoutLogo: RgbaImage } {
  const rng = new Rng(2024);
  const scene = resize(sceneImage(1000, 750, rng), 4000, 3000);
  for (let i = 0; i < scene.data.length; i += 4) {
    const grain = ((i * 2654435761) >>> 24) / 255 - 0.5;
    scene.data[i] = scene.data[i]! + grain * 12;
    scene.data[i + 1] = scene.data[i + 1]! + grain * 12;
    scene.data[i + 2] = scene.data[i + 2]! + grain * 12;
  }
  const withLogo = paste(scene, resize(renderLogo(SET_LOGOS[0]!), 1600, 1920), 1300, 520);
  return { withLogo, withoutLogo: scene };
}

/** The set's three logos and seven other made-up logos. */
export function benchLogos(): RgbaImage[] {
  const rng = new Rng(7);
  return [...SET_LOGOS.map((design) => renderLogo(design)), ...Array.from({ length: 7 }, () => {
    const drawing = otherLogo(rng);
    return render(drawing, drawing.width);
  })];
}

/** Baseline 1: a classic pHash of the whole photo (every pixel averaged into 32×32), compared with each logo's hash. */
function wholeImageHash(photo: RgbaImage, logos: LogoFingerprint[]): number {
  const n = 32;
  const sums = new Float64Array(n * n);
  const counts = new Float64Array(n * n);
  for (let y = 0; y < photo.height; y++) {
    const row = Math.floor((y * n) / photo.height) * n;
    for (let x = 0; x < photo.width; x++) {
      const p = (y * photo.width + x) * 4;
      const k = row + Math.floor((x * n) / photo.width);
      sums[k] = sums[k]! + 0.299 * photo.data[p]! + 0.587 * photo.data[p + 1]! + 0.114 * photo.data[p + 2]!;
      counts[k] = counts[k]! + 1;
    }
  }
  const grid = Float32Array.from(sums, (s, i) => s / counts[i]!);
  const coefficients = new Float64Array(81);
  lowFrequencies(grid, n, 9, dctBasis(n, 9), new Float64Array(n * 9), coefficients);
  const hash = hashHex(coefficients);
  return Math.min(...logos.map((logo) => hashDistance(hash, logo.luminanceHash)));
}

async function chromiumFigures(photo: RgbaImage, logos: RgbaImage[]): Promise<string[]> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (process.argv.includes('--no-chromium') || !existsSync(executablePath)) return ['Chromium: skipped (no browser, or --no-chromium)'];
  const { build } = await import('esbuild');
  const { chromium } = await import('playwright-core');
  const bundle = async (entry: string) =>
    (await build({ entryPoints: [path.join(ROOT, entry)], bundle: true, write: false, format: 'iife', globalName: 'imageCore', platform: 'browser', target: 'chrome120' })).outputFiles[0]!.text;
  const core = await bundle('lib/images/index.ts');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: core });
    // The photo is rebuilt in the page from a 1000×750 copy (sending 48 MB through the protocol would dominate).
    const small = resize(photo, 1000, 750);
    const logoData = logos.map((l) => ({ width: l.width, height: l.height, data: Array.from(l.data) }));
    const result = await page.evaluate(
      ({ small, logoData }) => {
        type Image = { width: number; height: number; data: Uint8ClampedArray };
        const core = (globalThis as unknown as { imageCore: { hashLogo(i: Image): unknown; findLogo(p: Image, l: unknown[]): unknown } }).imageCore;
        const canvas = new OffscreenCanvas(4000, 3000);
        const context = canvas.getContext('2d')!;
        const smallCanvas = new OffscreenCanvas(small.width, small.height);
        smallCanvas.getContext('2d')!.putImageData(new ImageData(new Uint8ClampedArray(small.data), small.width, small.height), 0, 0);
        context.drawImage(smallCanvas, 0, 0, 4000, 3000);
        const photo = context.getImageData(0, 0, 4000, 3000);
        const fingerprints = logoData.map((l) => core.hashLogo({ width: l.width, height: l.height, data: new Uint8ClampedArray(l.data) }));
        const times: number[] = [];
        let match: unknown = null;
        for (let i = 0; i < 12; i++) {
          const started = performance.now();
          match = core.findLogo(photo, fingerprints);
          if (i >= 2) times.push(performance.now() - started);
        }
        times.sort((a, b) => a - b);
        const hashTimes: number[] = [];
        for (const l of logoData) {
          const image = { width: l.width, height: l.height, data: new Uint8ClampedArray(l.data) };
          const started = performance.now();
          core.hashLogo(image);
          hashTimes.push(performance.now() - started);
        }
        hashTimes.sort((a, b) => a - b);
        return { median: times[Math.floor(times.length / 2)]!, p90: times[Math.floor(times.length * 0.9)]!, hashMedian: hashTimes[Math.floor(hashTimes.length / 2)]!, match, userAgent: navigator.userAgent };
      },
      { small: { width: small.width, height: small.height, data: Array.from(small.data) }, logoData },
    );
    const version = /Chrome\/([\d.]+)/.exec(result.userAgent)?.[1] ?? '?';
    return [
      `Chromium ${version} (headless):`,
      `  findLogo, 4000×3000 photo, 10 logos: ${result.median.toFixed(1)} ms (p90 ${result.p90.toFixed(1)})${result.match ? '' : ' — logo NOT found'}`,
      `  hashLogo per logo: ${result.hashMedian.toFixed(1)} ms`,
    ];
  } finally {
    await browser.close();
  }
}

async function main() {
  const started = performance.now();
  const { withLogo, withoutLogo } = benchPhotos();
  const logoImages = benchLogos();
  console.log(`Logo matching benchmark (Node ${process.version}); photos made in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const hashTimes = logoImages.map((logo) => time(5, () => hashLogo(logo)).median).sort((a, b) => a - b);
  console.log(`hashLogo, 10 logos of ${logoImages.map((l) => `${l.width}×${l.height}`).join(', ')}: median ${hashTimes[5]!.toFixed(1)} ms, slowest ${hashTimes[9]!.toFixed(1)} ms`);

  const stored = JSON.stringify(logoImages.map((logo) => hashLogo(logo)));
  const logos = JSON.parse(stored) as LogoFingerprint[];
  // Fingerprints from storage are decoded on first use (then cached by object and by content).
  const decodeTime = time(5, () => logos.forEach(decodeAfresh));
  logos.forEach(decodeFingerprint);

  const match = findLogo(withLogo, logos);
  console.log(`findLogo, 4000×3000 photo with the crest at 26%, 10 logos: ${ms(time(15, () => findLogo(withLogo, logos)))} → ${match ? `logo ${match.logoIndex}, distance ${match.distance.toFixed(3)}, coverage ${(match.coverage * 100).toFixed(0)}%` : 'NOT FOUND'}`);
  console.log(`findLogo, 4000×3000 photo without a logo, 10 logos: ${ms(time(15, () => findLogo(withoutLogo, logos)))} → ${findLogo(withoutLogo, logos) ? 'FALSE POSITIVE' : 'none'}`);
  console.log(`  plus, once per session, decoding the 10 stored fingerprints: ${ms(decodeTime)}`);
  const decoded = logos.map(decodeFingerprint);
  const reduced = downsample(withLogo, MATCHER.workingSide);
  const planes = toPlanes(reduced);
  console.log(`  of which: reduce to ${reduced.width}×${reduced.height} ${ms(time(15, () => downsample(withLogo, MATCHER.workingSide)))}, planes ${ms(time(15, () => toPlanes(reduced)))}, search and verification ${ms(time(15, () => scoreLogos(planes, decoded)))}`);

  // Cut-outs (transparent backgrounds) are compared only where opaque, which costs more.
  const withCutOuts = [...SET_LOGOS.map((design) => hashLogo(renderLogo(design))), ...SET_LOGOS.map((design) => hashLogo(renderLogoCutOut(design)))];
  withCutOuts.forEach(decodeFingerprint);
  console.log(`findLogo, the same photo, the 3 set logos as files and as cut-outs (6 fingerprints, ${withCutOuts.filter((f) => f.grid.alpha).length} masked): ${ms(time(15, () => findLogo(withLogo, withCutOuts)))}`);

  const wholeDistance = wholeImageHash(withLogo, logos);
  console.log(`baseline, one whole-image pHash vs 10 logos: ${ms(time(7, () => wholeImageHash(withLogo, logos)))}; best Hamming distance ${wholeDistance}/64 (a match needs ≲ 10): blind to a logo filling a quarter`);
  const fullPlanes = toPlanes(withLogo);
  console.log(`baseline, the same search without reducing the photo first: ${ms(time(3, () => scoreLogos(toPlanes(withLogo), decoded)))} (planes alone ${ms(time(3, () => toPlanes(withLogo)))}, ${Math.round((fullPlanes.table.byteLength / 1e6) * 10) / 10} MB of tables)`);

  for (const line of await chromiumFigures(withLogo, logoImages)) console.log(line);
}

await main();
