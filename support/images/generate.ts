/**
 * The generated image set (no downloads): the set's logos under the transformations a
 * logo suffers on its way into a post, and non-logo images. Deterministic for a seed.
 *
 * Positives (per logo): scaled 10–200% as the whole image; JPEG quality 30–90;
 * recoloured (hue shift, palette swap); greyscale (three common formulas); a 10% crop;
 * placed on a photo-like background covering 25–100% of it; combinations; and the logo
 * as a cut-out (transparent background) overlaid on a photo.
 * Negatives: gradients, noise, shapes, text pages, photo-like scenes, other made-up
 * logos (alone and placed on scenes), most of them JPEG-compressed like the positives.
 */
import jpeg from 'jpeg-js';
import type { RgbaImage } from '../../lib/images/types';
import { render, type Drawing, type Rgb } from './draw';
import { otherLogo, SET_LOGOS, type LogoDesign, type Palette } from './logos';
import { Rng } from './rng';

export function blank(width: number, height: number, colour: Rgb = [0, 0, 0]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data[i * 4] = colour[0];
    data[i * 4 + 1] = colour[1];
    data[i * 4 + 2] = colour[2];
    data[i * 4 + 3] = 255;
  }
  return { width, height, data };
}

/** Resizes like an image editor: area averaging when shrinking, bilinear when enlarging. */
export function resize(image: RgbaImage, width: number, height: number): RgbaImage {
  width = Math.max(1, Math.round(width));
  height = Math.max(1, Math.round(height));
  const out = new Uint8ClampedArray(width * height * 4);
  const sx = image.width / width;
  const sy = image.height / height;
  const src = image.data;
  if (sx >= 1 && sy >= 1) {
    for (let y = 0; y < height; y++) {
      const y0 = y * sy;
      const y1 = y0 + sy;
      for (let x = 0; x < width; x++) {
        const x0 = x * sx;
        const x1 = x0 + sx;
        let r = 0;
        let g = 0;
        let b = 0;
        let a = 0;
        let total = 0;
        for (let py = Math.floor(y0); py < Math.ceil(y1) && py < image.height; py++) {
          const wy = Math.min(y1, py + 1) - Math.max(y0, py);
          for (let px = Math.floor(x0); px < Math.ceil(x1) && px < image.width; px++) {
            const w = wy * (Math.min(x1, px + 1) - Math.max(x0, px));
            const o = (py * image.width + px) * 4;
            r += src[o]! * w;
            g += src[o + 1]! * w;
            b += src[o + 2]! * w;
            a += src[o + 3]! * w;
            total += w;
          }
        }
        const o = (y * width + x) * 4;
        out[o] = r / total;
        out[o + 1] = g / total;
        out[o + 2] = b / total;
        out[o + 3] = a / total;
      }
    }
    return { width, height, data: out };
  }
  for (let y = 0; y < height; y++) {
    const fy = Math.min(image.height - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(image.height - 1, y0 + 1);
    const ty = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(image.width - 1, Math.max(0, (x + 0.5) * sx - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(image.width - 1, x0 + 1);
      const tx = fx - x0;
      for (let c = 0; c < 4; c++) {
        const top = src[(y0 * image.width + x0) * 4 + c]! * (1 - tx) + src[(y0 * image.width + x1) * 4 + c]! * tx;
        const bottom = src[(y1 * image.width + x0) * 4 + c]! * (1 - tx) + src[(y1 * image.width + x1) * 4 + c]! * tx;
        out[(y * width + x) * 4 + c] = top * (1 - ty) + bottom * ty;
      }
    }
  }
  return { width, height, data: out };
}

function scale(image: RgbaImage, factor: number): RgbaImage {
  return resize(image, image.width * factor, image.height * factor);
}

/** JPEG round trip through jpeg-js at `quality` (1–100). */
function jpegRoundTrip(image: RgbaImage, quality: number): RgbaImage {
  const encoded = jpeg.encode({ width: image.width, height: image.height, data: image.data }, quality);
  const decoded = jpeg.decode(encoded.data, { useTArray: true, formatAsRGBA: true });
  return { width: decoded.width, height: decoded.height, data: decoded.data };
}

function mapPixels(image: RgbaImage, f: (r: number, g: number, b: number) => [number, number, number]): RgbaImage {
  const data = new Uint8ClampedArray(image.data.length);
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b] = f(image.data[i]!, image.data[i + 1]!, image.data[i + 2]!);
    data[i] = r;
    data[i + 1] = g;
    data[i + 2] = b;
    data[i + 3] = image.data[i + 3]!;
  }
  return { width: image.width, height: image.height, data };
}

/** Rotates hue by `degrees` in HSV, keeping saturation and value (an editor's "hue" slider). */
function hueShift(image: RgbaImage, degrees: number): RgbaImage {
  return mapPixels(image, (r, g, b) => {
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const d = max - min;
    if (d === 0) return [r, g, b];
    let h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    h = (((h * 60 + degrees) % 360) + 360) % 360;
    const c = d;
    const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
    const m = min;
    const [r1, g1, b1] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
    return [r1 + m, g1 + m, b1 + m];
  });
}

type GreyFormula = 'rec601' | 'average' | 'lightness';

function greyscale(image: RgbaImage, formula: GreyFormula): RgbaImage {
  return mapPixels(image, (r, g, b) => {
    const v = formula === 'rec601' ? 0.299 * r + 0.587 * g + 0.114 * b : formula === 'average' ? (r + g + b) / 3 : (Math.max(r, g, b) + Math.min(r, g, b)) / 2;
    return [v, v, v];
  });
}

/** Cuts fractions off each side. */
export function crop(image: RgbaImage, left: number, top: number, right: number, bottom: number): RgbaImage {
  const x0 = Math.round(image.width * left);
  const y0 = Math.round(image.height * top);
  const width = Math.max(1, image.width - x0 - Math.round(image.width * right));
  const height = Math.max(1, image.height - y0 - Math.round(image.height * bottom));
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) data.set(image.data.subarray(((y0 + y) * image.width + x0) * 4, ((y0 + y) * image.width + x0 + width) * 4), y * width * 4);
  return { width, height, data };
}

/** Pastes `top` onto a copy of `base` at (x, y). */
export function paste(base: RgbaImage, top: RgbaImage, x: number, y: number): RgbaImage {
  const data = new Uint8ClampedArray(base.data);
  for (let row = 0; row < top.height; row++) {
    const by = y + row;
    if (by < 0 || by >= base.height) continue;
    for (let col = 0; col < top.width; col++) {
      const bx = x + col;
      if (bx < 0 || bx >= base.width) continue;
      const s = (row * top.width + col) * 4;
      const d = (by * base.width + bx) * 4;
      const a = top.data[s + 3]! / 255;
      for (let c = 0; c < 3; c++) data[d + c] = top.data[s + c]! * a + data[d + c]! * (1 - a);
    }
  }
  return { width: base.width, height: base.height, data };
}

// ---------------------------------------------------------------------------
// Backgrounds

/** Smooth random field in 0–1: bilinear value noise over a few octaves. */
function valueNoise(width: number, height: number, rng: Rng, cells: number, octaves = 3): Float32Array {
  const out = new Float32Array(width * height);
  let amplitude = 1;
  let total = 0;
  for (let o = 0; o < octaves; o++) {
    const gw = Math.max(2, Math.round(cells * 2 ** o)) + 1;
    const gh = Math.max(2, Math.round((cells * 2 ** o * height) / width)) + 1;
    const grid = Float32Array.from({ length: gw * gh }, () => rng.next());
    const columns = new Int32Array(width);
    const fractions = new Float64Array(width);
    for (let x = 0; x < width; x++) {
      const fx = (x / width) * (gw - 1);
      columns[x] = Math.min(gw - 2, Math.floor(fx));
      fractions[x] = fx - columns[x]!;
    }
    for (let y = 0; y < height; y++) {
      const fy = (y / height) * (gh - 1);
      const y0 = Math.min(gh - 2, Math.floor(fy));
      const ty = fy - y0;
      for (let x = 0; x < width; x++) {
        const x0 = columns[x]!;
        const tx = fractions[x]!;
        const a = grid[y0 * gw + x0]! * (1 - tx) + grid[y0 * gw + x0 + 1]! * tx;
        const b = grid[(y0 + 1) * gw + x0]! * (1 - tx) + grid[(y0 + 1) * gw + x0 + 1]! * tx;
        out[y * width + x] = out[y * width + x]! + amplitude * (a * (1 - ty) + b * ty);
      }
    }
    total += amplitude;
    amplitude *= 0.5;
  }
  for (let i = 0; i < out.length; i++) out[i]! /= total;
  return out;
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

function randomRgb(rng: Rng): Rgb {
  return [rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)];
}

function gradientImage(width: number, height: number, rng: Rng): RgbaImage {
  const image = blank(width, height);
  const a = randomRgb(rng);
  const b = randomRgb(rng);
  const c = randomRgb(rng);
  const radial = rng.chance(0.4);
  const angle = rng.range(0, Math.PI * 2);
  const cx = rng.range(0, width);
  const cy = rng.range(0, height);
  const reach = Math.hypot(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let t = radial ? Math.hypot(x - cx, y - cy) / (reach * 0.7) : 0.5 + (((x - width / 2) * Math.cos(angle) + (y - height / 2) * Math.sin(angle)) / reach);
      t = Math.min(1, Math.max(0, t));
      const col = t < 0.5 ? mix(a, b, t * 2) : mix(b, c, t * 2 - 1);
      const o = (y * width + x) * 4;
      image.data[o] = col[0];
      image.data[o + 1] = col[1];
      image.data[o + 2] = col[2];
    }
  }
  return image;
}

function noiseImage(width: number, height: number, rng: Rng): RgbaImage {
  const image = blank(width, height);
  const kind = rng.pick(['white', 'value', 'coloured']);
  const field = kind === 'white' ? null : valueNoise(width, height, rng, rng.range(2, 24), rng.int(2, 5));
  const a = randomRgb(rng);
  const b = randomRgb(rng);
  for (let i = 0; i < width * height; i++) {
    const t = field ? field[i]! : rng.next();
    const col = kind === 'white' ? [t * 255, t * 255, t * 255] : mix(a, b, t);
    const jitter = kind === 'coloured' ? rng.normal() * 12 : 0;
    image.data[i * 4] = col[0]! + jitter;
    image.data[i * 4 + 1] = col[1]! + jitter;
    image.data[i * 4 + 2] = col[2]! + jitter;
  }
  return image;
}

function shapesImage(width: number, height: number, rng: Rng): RgbaImage {
  const drawing: Drawing = { width, height, background: randomRgb(rng), shapes: [] };
  for (let i = 0, n = rng.int(3, 25); i < n; i++) {
    const colour = randomRgb(rng);
    const size = rng.range(0.05, 0.5) * Math.min(width, height);
    const x = rng.range(0, width);
    const y = rng.range(0, height);
    const kind = rng.pick(['rect', 'ellipse', 'triangle', 'star']);
    if (kind === 'rect') drawing.shapes.push({ kind: 'rect', x, y, width: size * rng.range(0.4, 2), height: size * rng.range(0.4, 2), colour });
    else if (kind === 'ellipse') drawing.shapes.push({ kind: 'ellipse', cx: x, cy: y, rx: size * rng.range(0.3, 1), ry: size * rng.range(0.3, 1), colour });
    else if (kind === 'triangle') drawing.shapes.push({ kind: 'polygon', points: [[x, y], [x + size * rng.range(-1, 1), y + size], [x + size * rng.range(-1, 1), y + size * rng.range(-1, 1)]], colour });
    else {
      const points: [number, number][] = [];
      const spikes = rng.int(4, 8);
      for (let k = 0; k < spikes * 2; k++) points.push([x + (k % 2 ? size * 0.4 : size) * Math.cos((k * Math.PI) / spikes), y + (k % 2 ? size * 0.4 : size) * Math.sin((k * Math.PI) / spikes)]);
      drawing.shapes.push({ kind: 'polygon', points, colour });
    }
  }
  return render(drawing, width, 2);
}

const WORDS = ['HARVEST', 'FESTIVAL', 'ASSEMBLY', 'TODAY', 'SPORTS', 'DAY', 'YEAR', 'CLASS', 'TRIP', 'TO', 'THE', 'EDEN', 'PROJECT', 'WELL', 'DONE', 'EVERYONE', 'REMINDER', 'TERM', 'DATES', 'PARENTS', 'EVENING', 'CONCERT', 'BAKE', 'SALE', 'FRIDAY', 'MONDAY', 'LUNCH', 'MENU', 'READING', 'WEEK', 'SCIENCE', 'FAIR', 'NOTICE', 'CLOSED', 'OPEN', 'NEWS', '2024', '3PM', 'HALL'];

function textImage(width: number, height: number, rng: Rng): RgbaImage {
  const dark = rng.chance(0.3);
  const background: Rgb = dark ? [rng.int(0, 60), rng.int(0, 60), rng.int(0, 80)] : [rng.int(225, 255), rng.int(225, 255), rng.int(215, 255)];
  const ink: Rgb = dark ? [rng.int(200, 255), rng.int(200, 255), rng.int(180, 255)] : [rng.int(0, 70), rng.int(0, 70), rng.int(0, 90)];
  const drawing: Drawing = { width, height, background, shapes: [] };
  const cell = rng.range(1.5, Math.max(2, Math.min(width, height) / 40));
  let y = rng.range(cell * 2, cell * 8);
  const centred = rng.chance(0.4);
  if (rng.chance(0.5)) drawing.shapes.push({ kind: 'rect', x: 0, y: 0, width, height: y * 0.8, colour: randomRgb(rng) });
  while (y < height - cell * 8) {
    const size = rng.chance(0.15) ? cell * rng.range(1.5, 3) : cell;
    let line = '';
    while (line.length < (width / (size * 6)) * rng.range(0.4, 0.95)) line += (line ? ' ' : '') + rng.pick(WORDS);
    drawing.shapes.push({ kind: 'text', text: line, x: centred ? width / 2 : cell * 3, y, cell: size, colour: rng.chance(0.1) ? randomRgb(rng) : ink, align: centred ? 'centre' : 'left' });
    y += size * rng.range(10, 14);
  }
  return render(drawing, width, 2);
}

/** Something like a photograph: sky, ground, buildings, trees and people, with noise and grain. */
export function sceneImage(width: number, height: number, rng: Rng): RgbaImage {
  const horizon = height * rng.range(0.25, 0.65);
  const skyTop: Rgb = rng.chance(0.7) ? [rng.int(60, 140), rng.int(120, 190), rng.int(200, 255)] : [rng.int(150, 230), rng.int(150, 230), rng.int(150, 230)];
  const skyBottom: Rgb = [rng.int(180, 255), rng.int(190, 255), rng.int(200, 255)];
  const ground: Rgb = rng.pick<Rgb>([[70, 130, 50], [110, 110, 110], [150, 120, 80], [90, 100, 60], [180, 170, 150]]);
  const indoor = rng.chance(0.3);
  const image = blank(width, height);
  const texture = valueNoise(width, height, rng, rng.range(8, 40), 4);
  const wall: Rgb = [rng.int(150, 240), rng.int(150, 240), rng.int(140, 230)];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = texture[y * width + x]! - 0.5;
      const base = indoor ? (y < horizon ? wall : mix(ground, [60, 40, 30], 0.4)) : y < horizon ? mix(skyTop, skyBottom, y / horizon) : mix(ground, [30, 40, 20], (y - horizon) / (height - horizon) * 0.5);
      const amount = y < horizon && !indoor ? 20 : 70;
      const o = (y * width + x) * 4;
      image.data[o] = base[0] + t * amount;
      image.data[o + 1] = base[1] + t * amount;
      image.data[o + 2] = base[2] + t * amount;
    }
  }
  const drawing: Drawing = { width, height, background: [0, 0, 0], shapes: [] };
  const objects = rng.int(4, 18);
  for (let i = 0; i < objects; i++) {
    const kind = indoor ? rng.pick(['poster', 'desk', 'person', 'person', 'window']) : rng.pick(['building', 'tree', 'tree', 'person', 'person', 'car']);
    const s = Math.min(width, height);
    const x = rng.range(-0.1, 1) * width;
    const baseY = horizon + rng.range(0, height - horizon) * 0.8;
    switch (kind) {
      case 'building': {
        const w = rng.range(0.1, 0.35) * width;
        const h = rng.range(0.15, 0.5) * height;
        const colour: Rgb = [rng.int(120, 220), rng.int(100, 200), rng.int(90, 190)];
        drawing.shapes.push({ kind: 'rect', x, y: horizon - h, width: w, height: h + s * 0.02, colour });
        drawing.shapes.push({ kind: 'polygon', points: [[x - w * 0.05, horizon - h], [x + w / 2, horizon - h - h * 0.3], [x + w * 1.05, horizon - h]], colour: [rng.int(60, 120), rng.int(40, 80), rng.int(30, 70)] });
        for (let wy = 0; wy < 3; wy++) for (let wx = 0; wx < 4; wx++) drawing.shapes.push({ kind: 'rect', x: x + w * (0.1 + wx * 0.22), y: horizon - h + h * (0.15 + wy * 0.28), width: w * 0.12, height: h * 0.14, colour: [40, 50, 70] });
        break;
      }
      case 'tree': {
        const r = rng.range(0.04, 0.15) * s;
        drawing.shapes.push({ kind: 'rect', x: x - r * 0.12, y: baseY - r * 1.5, width: r * 0.24, height: r * 1.5, colour: [80, 55, 30] });
        drawing.shapes.push({ kind: 'ellipse', cx: x, cy: baseY - r * 1.8, rx: r, ry: r * 1.1, colour: [rng.int(20, 80), rng.int(90, 160), rng.int(20, 70)] });
        break;
      }
      case 'person': {
        const h = rng.range(0.15, 0.6) * height;
        const body: Rgb = randomRgb(rng);
        const skin: Rgb = rng.pick<Rgb>([[240, 200, 170], [200, 150, 110], [140, 95, 60], [90, 60, 40]]);
        drawing.shapes.push({ kind: 'polygon', points: [[x - h * 0.14, baseY], [x - h * 0.12, baseY - h * 0.7], [x + h * 0.12, baseY - h * 0.7], [x + h * 0.14, baseY]], colour: body });
        drawing.shapes.push({ kind: 'ellipse', cx: x, cy: baseY - h * 0.82, rx: h * 0.1, ry: h * 0.12, colour: skin });
        drawing.shapes.push({ kind: 'ellipse', cx: x, cy: baseY - h * 0.9, rx: h * 0.1, ry: h * 0.06, colour: rng.pick<Rgb>([[40, 25, 15], [200, 160, 80], [20, 20, 20], [120, 60, 30]]) });
        break;
      }
      case 'car': {
        const w = rng.range(0.1, 0.25) * width;
        const colour = randomRgb(rng);
        drawing.shapes.push({ kind: 'rect', x, y: baseY - w * 0.3, width: w, height: w * 0.22, colour });
        drawing.shapes.push({ kind: 'polygon', points: [[x + w * 0.2, baseY - w * 0.3], [x + w * 0.3, baseY - w * 0.48], [x + w * 0.7, baseY - w * 0.48], [x + w * 0.8, baseY - w * 0.3]], colour });
        drawing.shapes.push({ kind: 'ellipse', cx: x + w * 0.22, cy: baseY - w * 0.08, rx: w * 0.09, ry: w * 0.09, colour: [20, 20, 20] });
        drawing.shapes.push({ kind: 'ellipse', cx: x + w * 0.78, cy: baseY - w * 0.08, rx: w * 0.09, ry: w * 0.09, colour: [20, 20, 20] });
        break;
      }
      case 'poster': {
        const w = rng.range(0.08, 0.25) * width;
        const y = rng.range(0.05, 0.6) * horizon;
        drawing.shapes.push({ kind: 'rect', x, y, width: w, height: w * rng.range(0.6, 1.5), colour: randomRgb(rng) });
        drawing.shapes.push({ kind: 'text', text: rng.pick(WORDS), x: x + w * 0.1, y: y + w * 0.1, cell: w / 40, colour: randomRgb(rng), align: 'left' });
        break;
      }
      case 'desk': {
        const w = rng.range(0.15, 0.4) * width;
        drawing.shapes.push({ kind: 'rect', x, y: baseY - w * 0.25, width: w, height: w * 0.06, colour: [rng.int(120, 180), rng.int(80, 130), rng.int(40, 90)] });
        drawing.shapes.push({ kind: 'rect', x: x + w * 0.05, y: baseY - w * 0.2, width: w * 0.04, height: w * 0.2, colour: [60, 60, 60] });
        drawing.shapes.push({ kind: 'rect', x: x + w * 0.9, y: baseY - w * 0.2, width: w * 0.04, height: w * 0.2, colour: [60, 60, 60] });
        break;
      }
      case 'window': {
        const w = rng.range(0.1, 0.3) * width;
        const y = rng.range(0.05, 0.4) * horizon;
        drawing.shapes.push({ kind: 'rect', x, y, width: w, height: w * 0.8, colour: [240, 240, 235] });
        drawing.shapes.push({ kind: 'rect', x: x + w * 0.05, y: y + w * 0.05, width: w * 0.9, height: w * 0.7, colour: [150, 200, 240] });
        drawing.shapes.push({ kind: 'rect', x: x + w * 0.48, y, width: w * 0.04, height: w * 0.8, colour: [240, 240, 235] });
        break;
      }
    }
  }
  // Objects over the textured ground: draw them into a mask-aware copy.
  const objectsLayer = render(drawing, width, 2);
  for (let i = 0; i < width * height; i++) {
    const o = i * 4;
    const r = objectsLayer.data[o]!;
    const g = objectsLayer.data[o + 1]!;
    const b = objectsLayer.data[o + 2]!;
    // The layer's background is black; anything not black is an object (edges blend).
    const cover = Math.min(1, Math.max(r, g, b) / 24);
    if (cover > 0) {
      const t = (texture[i]! - 0.5) * 40;
      image.data[o] = image.data[o]! * (1 - cover) + (r + t) * cover;
      image.data[o + 1] = image.data[o + 1]! * (1 - cover) + (g + t) * cover;
      image.data[o + 2] = image.data[o + 2]! * (1 - cover) + (b + t) * cover;
    }
  }
  // Sensor grain (one random draw a pixel, mostly luminance, a little colour).
  const grain = rng.range(4, 20);
  for (let i = 0; i < width * height; i++) {
    const v = rng.next() - 0.5;
    const o = i * 4;
    image.data[o] = image.data[o]! + v * grain;
    image.data[o + 1] = image.data[o + 1]! + v * grain * 0.8;
    image.data[o + 2] = image.data[o + 2]! + v * grain * (1.2 - ((i * 7919) % 5) / 10);
  }
  return image;
}

// ---------------------------------------------------------------------------
// The sample set

export interface Sample {
  /** Which logo of SET_LOGOS is in the image, or -1 for none. */
  logo: number;
  /** What was done to it, for the per-category report. */
  category: string;
  description: string;
  image: RgbaImage;
  /** Where the logo is (positives): the whole image unless it was placed on a background. */
  box?: { x: number; y: number; width: number; height: number };
}

const originals = new Map<LogoDesign, RgbaImage>();

/**
 * Renders a set logo at its design size (the original logo file), in its own palette
 * unless given another. The original is drawn once and shared: callers must not modify it.
 */
export function renderLogo(design: LogoDesign, palette?: Palette): RgbaImage {
  if (palette) return render(design.draw(palette), design.draw(palette).width, 3);
  let image = originals.get(design);
  if (!image) {
    const drawing = design.draw(design.palette);
    image = render(drawing, drawing.width);
    originals.set(design, image);
  }
  return image;
}

const cutOuts = new Map<LogoDesign, RgbaImage>();

/**
 * A set logo with a transparent background (the cut-out crest a school overlays on
 * photos): drawn on black and on white, opacity from the difference, colour unmixed.
 */
export function renderLogoCutOut(design: LogoDesign): RgbaImage {
  let image = cutOuts.get(design);
  if (image) return image;
  const drawing = design.draw(design.palette);
  const onBlack = render({ ...drawing, background: [0, 0, 0] }, drawing.width);
  const onWhite = render({ ...drawing, background: [255, 255, 255] }, drawing.width);
  const data = new Uint8ClampedArray(onBlack.data.length);
  for (let i = 0; i < data.length; i += 4) {
    const alpha = 1 - (onWhite.data[i]! - onBlack.data[i]! + onWhite.data[i + 1]! - onBlack.data[i + 1]! + onWhite.data[i + 2]! - onBlack.data[i + 2]!) / (3 * 255);
    for (let c = 0; c < 3; c++) data[i + c] = alpha > 0 ? onBlack.data[i + c]! / alpha : 0;
    data[i + 3] = alpha * 255;
  }
  image = { width: onBlack.width, height: onBlack.height, data };
  cutOuts.set(design, image);
  return image;
}

function randomPalette(rng: Rng, size: number): Palette {
  // Distinct colours: a recoloured logo keeps its parts apart (two parts merging into one
  // colour is a different logo, not a recolour).
  for (;;) {
    const palette = Array.from({ length: size }, () => randomRgb(rng));
    let ok = true;
    for (let i = 0; i < size && ok; i++) for (let j = i + 1; j < size && ok; j++) ok = Math.hypot(palette[i]![0] - palette[j]![0], palette[i]![1] - palette[j]![1], palette[i]![2] - palette[j]![2]) > 90;
    if (ok) return palette;
  }
}

function randomBackground(width: number, height: number, rng: Rng): RgbaImage {
  const kind = rng.pick(['scene', 'scene', 'scene', 'noise', 'gradient', 'shapes', 'text']);
  switch (kind) {
    case 'noise':
      return noiseImage(width, height, rng);
    case 'gradient':
      return gradientImage(width, height, rng);
    case 'shapes':
      return shapesImage(width, height, rng);
    case 'text':
      return textImage(width, height, rng);
    default:
      return sceneImage(width, height, rng);
  }
}

/** Places `logo` on a photo-like background so that it covers `coverage` of the result. */
function placeOnBackground(logo: RgbaImage, coverage: number, rng: Rng): { image: RgbaImage; box: { x: number; y: number; width: number; height: number } } {
  const aspect = logo.width / logo.height;
  // Photo aspects where this coverage fits: min(a/r, r/a) ≥ coverage.
  const lo = Math.max(0.5, aspect * coverage);
  const hi = Math.min(2.2, aspect / coverage);
  const photoAspect = lo < hi ? Math.exp(rng.range(Math.log(lo), Math.log(hi))) : aspect;
  const longSide = rng.int(256, 640);
  const width = Math.round(photoAspect >= 1 ? longSide : longSide * photoAspect);
  const height = Math.round(photoAspect >= 1 ? longSide / photoAspect : longSide);
  let logoWidth = Math.sqrt(coverage * width * height * aspect);
  let logoHeight = logoWidth / aspect;
  const fit = Math.min(1, width / logoWidth, height / logoHeight);
  logoWidth *= fit;
  logoHeight *= fit;
  const placed = resize(logo, logoWidth, logoHeight);
  const background = randomBackground(width, height, rng);
  const x = rng.int(0, width - placed.width);
  const y = rng.int(0, height - placed.height);
  return { image: paste(background, placed, x, y), box: { x, y, width: placed.width, height: placed.height } };
}

function maybeJpeg(image: RgbaImage, rng: Rng, p = 0.7): { image: RgbaImage; note: string } {
  if (!rng.chance(p)) return { image, note: 'png' };
  const q = rng.int(30, 90);
  return { image: jpegRoundTrip(image, q), note: `jpeg q${q}` };
}

/** A 10% crop: a tenth of the width and of the height (or of one of them) cut, split at random between the sides. */
function tenPercentCrop(rng: Rng): [number, number, number, number] {
  const axes = rng.pick(['both', 'width', 'height']);
  const w = axes === 'height' ? 0 : 0.1;
  const h = axes === 'width' ? 0 : 0.1;
  const l = rng.range(0, w);
  const t = rng.range(0, h);
  return [l, t, w - l, h - t];
}

/** Recolours a logo: a hue shift of the pixels or the logo redrawn in a new palette. */
function recolour(design: LogoDesign, rng: Rng): { image: RgbaImage; note: string } {
  if (rng.chance(0.5)) {
    const degrees = rng.int(30, 330);
    return { image: hueShift(renderLogo(design), degrees), note: `hue +${degrees}°` };
  }
  return { image: renderLogo(design, randomPalette(rng, design.palette.length)), note: 'palette swap' };
}

const POSITIVE_CATEGORIES = ['scaled', 'jpeg', 'recoloured', 'greyscale', 'cropped', 'placed', 'placed+recoloured', 'combined', 'cut-out overlaid'] as const;

/** `perCategory` samples of each category for each set logo. */
export function positiveSamples(seed: number, perCategory: number): Sample[] {
  const rng = new Rng(seed);
  const samples: Sample[] = [];
  SET_LOGOS.forEach((design, logo) => {
    const original = renderLogo(design);
    for (const category of POSITIVE_CATEGORIES) {
      for (let i = 0; i < perCategory; i++) {
        let image: RgbaImage;
        let description: string;
        let box: Sample['box'];
        switch (category) {
          case 'scaled': {
            // Spread 10–200% evenly so both ends are always tested.
            const factor = 0.1 + (1.9 * (i + rng.next())) / perCategory;
            const j = maybeJpeg(scale(original, factor), rng, 0.5);
            image = j.image;
            description = `scaled ${(factor * 100).toFixed(0)}%, ${j.note}`;
            break;
          }
          case 'jpeg': {
            const q = 30 + Math.round((60 * (i + rng.next())) / perCategory);
            const factor = rng.range(0.3, 1.5);
            image = jpegRoundTrip(scale(original, factor), q);
            description = `scaled ${(factor * 100).toFixed(0)}%, jpeg q${q}`;
            break;
          }
          case 'recoloured': {
            const r = recolour(design, rng);
            const j = maybeJpeg(scale(r.image, rng.range(0.3, 1.5)), rng);
            image = j.image;
            description = `${r.note}, ${j.note}`;
            break;
          }
          case 'greyscale': {
            const formula = rng.pick<GreyFormula>(['rec601', 'average', 'lightness']);
            const j = maybeJpeg(scale(greyscale(original, formula), rng.range(0.3, 1.5)), rng);
            image = j.image;
            description = `greyscale ${formula}, ${j.note}`;
            break;
          }
          case 'cropped': {
            const c = tenPercentCrop(rng);
            const j = maybeJpeg(scale(crop(original, ...c), rng.range(0.3, 1.5)), rng);
            image = j.image;
            description = `crop ${c.map((v) => (v * 100).toFixed(1)).join('/')}%, ${j.note}`;
            break;
          }
          case 'placed': {
            const coverage = 0.25 + (0.75 * (i + rng.next())) / perCategory;
            const p = placeOnBackground(original, coverage, rng);
            const j = maybeJpeg(p.image, rng, 0.8);
            image = j.image;
            box = p.box;
            description = `placed at ${(coverage * 100).toFixed(0)}% (${p.image.width}×${p.image.height}), ${j.note}`;
            break;
          }
          case 'placed+recoloured': {
            const coverage = rng.range(0.25, 1);
            const recoloured = rng.chance(0.35) ? { image: greyscale(original, rng.pick<GreyFormula>(['rec601', 'average', 'lightness'])), note: 'greyscale' } : recolour(design, rng);
            const p = placeOnBackground(recoloured.image, coverage, rng);
            const j = maybeJpeg(p.image, rng, 0.8);
            image = j.image;
            box = p.box;
            description = `${recoloured.note}, placed at ${(coverage * 100).toFixed(0)}%, ${j.note}`;
            break;
          }
          case 'cut-out overlaid': {
            // The crest with a transparent background laid over a photo: the photo shows through around it.
            const coverage = 0.25 + (0.75 * (i + rng.next())) / perCategory;
            const p = placeOnBackground(renderLogoCutOut(design), coverage, rng);
            const j = maybeJpeg(p.image, rng, 0.8);
            image = j.image;
            box = p.box;
            description = `cut-out overlaid at ${(coverage * 100).toFixed(0)}% (${p.image.width}×${p.image.height}), ${j.note}`;
            break;
          }
          default: {
            // Everything at once: recolour or greyscale, crop, placement, JPEG.
            const recoloured = rng.chance(0.3) ? { image: original, note: 'original colours' } : rng.chance(0.4) ? { image: greyscale(original, 'rec601'), note: 'greyscale' } : recolour(design, rng);
            const c = tenPercentCrop(rng);
            const cropped = crop(recoloured.image, ...c);
            const coverage = rng.range(0.25, 1);
            const placement = rng.chance(0.7) ? placeOnBackground(cropped, coverage, rng) : null;
            const q = rng.int(30, 90);
            image = jpegRoundTrip(placement ? placement.image : scale(cropped, rng.range(0.15, 1.5)), q);
            box = placement?.box;
            description = `${recoloured.note}, crop ${c.map((v) => (v * 100).toFixed(1)).join('/')}%, ${placement ? `placed at ${(coverage * 100).toFixed(0)}%` : 'alone'}, jpeg q${q}`;
          }
        }
        samples.push({ logo, category, description, image, box: box ?? { x: 0, y: 0, width: image.width, height: image.height } });
      }
    }
  });
  return samples;
}

const NEGATIVE_CATEGORIES = ['gradient', 'noise', 'shapes', 'text', 'scene', 'other logo', 'other logo on scene'] as const;

/** `count` non-logo images spread over the negative categories. */
export function negativeSamples(seed: number, count: number): Sample[] {
  const rng = new Rng(seed);
  const samples: Sample[] = [];
  for (let i = 0; i < count; i++) {
    const category = NEGATIVE_CATEGORIES[i % NEGATIVE_CATEGORIES.length]!;
    const aspect = Math.exp(rng.range(Math.log(0.6), Math.log(1.9)));
    const longSide = rng.int(192, 640);
    const width = Math.round(aspect >= 1 ? longSide : longSide * aspect);
    const height = Math.round(aspect >= 1 ? longSide / aspect : longSide);
    let image: RgbaImage;
    switch (category) {
      case 'gradient':
        image = gradientImage(width, height, rng);
        break;
      case 'noise':
        image = noiseImage(width, height, rng);
        break;
      case 'shapes':
        image = shapesImage(width, height, rng);
        break;
      case 'text':
        image = textImage(width, height, rng);
        break;
      case 'scene':
        image = sceneImage(width, height, rng);
        break;
      case 'other logo': {
        const drawing = otherLogo(rng);
        image = render(drawing, Math.round(drawing.width * rng.range(0.2, 1.5)));
        break;
      }
      default: {
        const drawing = otherLogo(rng);
        const logo = render(drawing, drawing.width);
        image = placeOnBackground(logo, rng.range(0.25, 1), rng).image;
      }
    }
    const j = maybeJpeg(image, rng, 0.7);
    samples.push({ logo: -1, category, description: `${category} ${image.width}×${image.height}, ${j.note}`, image: j.image });
  }
  return samples;
}
