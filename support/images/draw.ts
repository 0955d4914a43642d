/**
 * A tiny vector-to-pixel painter for the generated image set: polygons, ellipses,
 * rectangles and text in a built-in 5×7 bitmap font, drawn with supersampling so
 * edges are anti-aliased like a real logo file. The same shape lists also write SVG
 * (scripts/make-placeholder-logo.ts), so the committed asset and the test pixels
 * depict the same logo.
 */
import type { RgbaImage } from '../../lib/images/types';

export type Rgb = readonly [number, number, number];
export type Point = readonly [number, number];

export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; colour: Rgb }
  | { kind: 'polygon'; points: readonly Point[]; colour: Rgb }
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number; colour: Rgb }
  | { kind: 'text'; text: string; x: number; y: number; cell: number; colour: Rgb; align: 'left' | 'centre' };

/** A drawing: a background colour and shapes painted in order, in its own units. */
export interface Drawing {
  width: number;
  height: number;
  background: Rgb;
  shapes: Shape[];
}

// 5×7 capitals, digits and a little punctuation; '#' is ink.
const GLYPHS: Record<string, string[]> = {
  A: ['.###.', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  B: ['####.', '#...#', '#...#', '####.', '#...#', '#...#', '####.'],
  C: ['.###.', '#...#', '#....', '#....', '#....', '#...#', '.###.'],
  D: ['####.', '#...#', '#...#', '#...#', '#...#', '#...#', '####.'],
  E: ['#####', '#....', '#....', '####.', '#....', '#....', '#####'],
  F: ['#####', '#....', '#....', '####.', '#....', '#....', '#....'],
  G: ['.###.', '#...#', '#....', '#.###', '#...#', '#...#', '.####'],
  H: ['#...#', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  I: ['.###.', '..#..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  J: ['..###', '...#.', '...#.', '...#.', '...#.', '#..#.', '.##..'],
  K: ['#...#', '#..#.', '#.#..', '##...', '#.#..', '#..#.', '#...#'],
  L: ['#....', '#....', '#....', '#....', '#....', '#....', '#####'],
  M: ['#...#', '##.##', '#.#.#', '#.#.#', '#...#', '#...#', '#...#'],
  N: ['#...#', '#...#', '##..#', '#.#.#', '#..##', '#...#', '#...#'],
  O: ['.###.', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  P: ['####.', '#...#', '#...#', '####.', '#....', '#....', '#....'],
  Q: ['.###.', '#...#', '#...#', '#...#', '#.#.#', '#..#.', '.##.#'],
  R: ['####.', '#...#', '#...#', '####.', '#.#..', '#..#.', '#...#'],
  S: ['.####', '#....', '#....', '.###.', '....#', '....#', '####.'],
  T: ['#####', '..#..', '..#..', '..#..', '..#..', '..#..', '..#..'],
  U: ['#...#', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  V: ['#...#', '#...#', '#...#', '#...#', '#...#', '.#.#.', '..#..'],
  W: ['#...#', '#...#', '#...#', '#.#.#', '#.#.#', '#.#.#', '.#.#.'],
  X: ['#...#', '#...#', '.#.#.', '..#..', '.#.#.', '#...#', '#...#'],
  Y: ['#...#', '#...#', '.#.#.', '..#..', '..#..', '..#..', '..#..'],
  Z: ['#####', '....#', '...#.', '..#..', '.#...', '#....', '#####'],
  '0': ['.###.', '#...#', '#..##', '#.#.#', '##..#', '#...#', '.###.'],
  '1': ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  '2': ['.###.', '#...#', '....#', '...#.', '..#..', '.#...', '#####'],
  '3': ['####.', '....#', '....#', '.###.', '....#', '....#', '####.'],
  '4': ['...#.', '..##.', '.#.#.', '#..#.', '#####', '...#.', '...#.'],
  '5': ['#####', '#....', '####.', '....#', '....#', '#...#', '.###.'],
  '6': ['.###.', '#....', '#....', '####.', '#...#', '#...#', '.###.'],
  '7': ['#####', '....#', '...#.', '..#..', '.#...', '.#...', '.#...'],
  '8': ['.###.', '#...#', '#...#', '.###.', '#...#', '#...#', '.###.'],
  '9': ['.###.', '#...#', '#...#', '.####', '....#', '....#', '.###.'],
  '&': ['.##..', '#..#.', '#.#..', '.#...', '#.#.#', '#..#.', '.##.#'],
  '.': ['.....', '.....', '.....', '.....', '.....', '.##..', '.##..'],
  '-': ['.....', '.....', '.....', '.###.', '.....', '.....', '.....'],
  "'": ['..#..', '..#..', '.#...', '.....', '.....', '.....', '.....'],
  ' ': ['.....', '.....', '.....', '.....', '.....', '.....', '.....'],
};

/** Width of `text` in cells: 5 per glyph plus 1 between glyphs. */
export function textWidthCells(text: string): number {
  return text.length === 0 ? 0 : text.length * 6 - 1;
}

/** The ink rectangles of a text shape, in drawing units. */
function textRects(shape: Extract<Shape, { kind: 'text' }>): { x: number; y: number; width: number; height: number }[] {
  const width = textWidthCells(shape.text) * shape.cell;
  let x0 = shape.align === 'centre' ? shape.x - width / 2 : shape.x;
  const rects: { x: number; y: number; width: number; height: number }[] = [];
  for (const ch of shape.text.toUpperCase()) {
    const glyph = GLYPHS[ch] ?? GLYPHS[' ']!;
    glyph.forEach((row, gy) => {
      // Merge runs of ink in a row into one rectangle: fewer shapes to draw and a smaller SVG.
      let start = -1;
      for (let gx = 0; gx <= 5; gx++) {
        const ink = gx < 5 && row[gx] === '#';
        if (ink && start < 0) start = gx;
        if (!ink && start >= 0) {
          rects.push({ x: x0 + start * shape.cell, y: shape.y + gy * shape.cell, width: (gx - start) * shape.cell, height: shape.cell });
          start = -1;
        }
      }
    });
    x0 += 6 * shape.cell;
  }
  return rects;
}

/** A shape reduced to what the rasteriser needs: its rows and its spans on a row. */
interface Primitive {
  y0: number;
  y1: number;
  colour: Rgb;
  /** Pushes [x0, x1) spans at row centre `y` (in supersampled pixels). */
  spans: (y: number, out: number[]) => void;
}

function primitives(shape: Shape, scale: number): Primitive[] {
  switch (shape.kind) {
    case 'rect': {
      const x0 = Math.round(shape.x * scale);
      const x1 = Math.round((shape.x + shape.width) * scale);
      return [{ y0: Math.round(shape.y * scale), y1: Math.round((shape.y + shape.height) * scale), colour: shape.colour, spans: (_y, out) => void out.push(x0, x1) }];
    }
    case 'ellipse': {
      const cx = shape.cx * scale;
      const cy = shape.cy * scale;
      const rx = shape.rx * scale;
      const ry = shape.ry * scale;
      return [
        {
          y0: Math.floor(cy - ry),
          y1: Math.ceil(cy + ry),
          colour: shape.colour,
          spans: (y, out) => {
            const dy = (y + 0.5 - cy) / ry;
            if (Math.abs(dy) >= 1) return;
            const half = rx * Math.sqrt(1 - dy * dy);
            out.push(Math.round(cx - half), Math.round(cx + half));
          },
        },
      ];
    }
    case 'polygon': {
      const pts = shape.points.map(([x, y]) => [x * scale, y * scale] as const);
      if (pts.length < 3) return [];
      const ys = pts.map((p) => p[1]);
      const xs: number[] = [];
      return [
        {
          y0: Math.floor(Math.min(...ys)),
          y1: Math.ceil(Math.max(...ys)),
          colour: shape.colour,
          spans: (y, out) => {
            const sy = y + 0.5;
            xs.length = 0;
            for (let i = 0; i < pts.length; i++) {
              const [ax, ay] = pts[i]!;
              const [bx, by] = pts[(i + 1) % pts.length]!;
              if ((ay <= sy && by > sy) || (by <= sy && ay > sy)) xs.push(ax + ((sy - ay) / (by - ay)) * (bx - ax));
            }
            xs.sort((a, b) => a - b);
            for (let i = 0; i + 1 < xs.length; i += 2) out.push(Math.round(xs[i]!), Math.round(xs[i + 1]!));
          },
        },
      ];
    }
    case 'text':
      return textRects(shape).flatMap((r) => primitives({ kind: 'rect', ...r, colour: shape.colour }, scale));
  }
}

/**
 * Renders a drawing `width` pixels wide (height in proportion) with `supersample`²
 * samples per pixel. Opaque RGBA. Works a row of output at a time, so even a large
 * render needs only a few rows of supersampled memory.
 */
export function render(drawing: Drawing, width: number, supersample = 4): RgbaImage {
  const height = Math.max(1, Math.round((width * drawing.height) / drawing.width));
  const ss = supersample;
  const bigW = width * ss;
  const scale = bigW / drawing.width;
  const shapes = drawing.shapes.flatMap((shape) => primitives(shape, scale));
  const pack = (c: Rgb) => (Math.trunc(c[0]) << 16) | (Math.trunc(c[1]) << 8) | Math.trunc(c[2]);
  const colours = shapes.map((shape) => pack(shape.colour));
  const background = pack(drawing.background);
  // One supersampled row at a time, colours packed in one number a sample.
  const row = new Int32Array(bigW);
  const sums = new Float64Array(width * 3);
  const spans: number[] = [];
  const data = new Uint8ClampedArray(width * height * 4);
  const n = ss * ss;
  const byStart = shapes.map((_, i) => i).sort((a, b) => shapes[a]!.y0 - shapes[b]!.y0 || a - b);
  const active: number[] = [];
  let next = 0;
  for (let y = 0; y < height; y++) {
    sums.fill(0);
    for (let sy = 0; sy < ss; sy++) {
      const by = y * ss + sy;
      row.fill(background);
      // Shapes starting on this row join the active list, kept in painting order.
      while (next < byStart.length && shapes[byStart[next]!]!.y0 <= by) {
        const index = byStart[next++]!;
        let at = active.length;
        while (at > 0 && active[at - 1]! > index) at--;
        active.splice(at, 0, index);
      }
      let keep = 0;
      for (let k = 0; k < active.length; k++) if (shapes[active[k]!]!.y1 > by) active[keep++] = active[k]!;
      active.length = keep;
      for (const index of active) {
        spans.length = 0;
        shapes[index]!.spans(by, spans);
        for (let i = 0; i + 1 < spans.length; i += 2) {
          // Clamped both ways: fill() reads a negative end as counted from the end of the row.
          const from = Math.min(bigW, Math.max(0, spans[i]!));
          const to = Math.min(bigW, Math.max(0, spans[i + 1]!));
          if (to > from) row.fill(colours[index]!, from, to);
        }
      }
      for (let x = 0, b = 0; x < width; x++) {
        let r = 0;
        let g = 0;
        let bl = 0;
        for (let k = 0; k < ss; k++, b++) {
          const c = row[b]!;
          r += c >> 16;
          g += (c >> 8) & 255;
          bl += c & 255;
        }
        sums[x * 3] = sums[x * 3]! + r;
        sums[x * 3 + 1] = sums[x * 3 + 1]! + g;
        sums[x * 3 + 2] = sums[x * 3 + 2]! + bl;
      }
    }
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4;
      data[p] = sums[x * 3]! / n;
      data[p + 1] = sums[x * 3 + 1]! / n;
      data[p + 2] = sums[x * 3 + 2]! / n;
      data[p + 3] = 255;
    }
  }
  return { width, height, data };
}

function hex(c: Rgb): string {
  return '#' + c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
}

/** The same drawing as an SVG document (text as its bitmap-font rectangles, so no font is needed). */
export function toSvg(drawing: Drawing, title: string): string {
  const parts: string[] = [];
  const n = (v: number) => +v.toFixed(2);
  for (const shape of drawing.shapes) {
    switch (shape.kind) {
      case 'rect':
        parts.push(`<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" fill="${hex(shape.colour)}"/>`);
        break;
      case 'ellipse':
        parts.push(`<ellipse cx="${n(shape.cx)}" cy="${n(shape.cy)}" rx="${n(shape.rx)}" ry="${n(shape.ry)}" fill="${hex(shape.colour)}"/>`);
        break;
      case 'polygon':
        parts.push(`<polygon points="${shape.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${hex(shape.colour)}"/>`);
        break;
      case 'text': {
        const d = textRects(shape).map((r) => `M${n(r.x)} ${n(r.y)}h${n(r.width)}v${n(r.height)}h${n(-r.width)}z`).join('');
        parts.push(`<path d="${d}" fill="${hex(shape.colour)}"/>`);
        break;
      }
    }
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${drawing.width}" height="${drawing.height}" viewBox="0 0 ${drawing.width} ${drawing.height}" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<rect width="${drawing.width}" height="${drawing.height}" fill="${hex(drawing.background)}"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
