/**
 * The made-up logos of the generated image set, as drawings (see draw.ts):
 * - the placeholder crest of St Stephens Community Academy (the demo school) — the
 *   committed assets/placeholder-logo.png and .svg are drawn from this;
 * - a made-up trust logo and a made-up primary school wordmark;
 * - `otherLogo(rng)`: endless made-up logos from the same building blocks, for the
 *   negatives (another school's crest must not count as ours).
 * None is a real organisation's logo.
 */
import type { Drawing, Point, Rgb, Shape } from './draw';
import { textWidthCells } from './draw';
import type { Rng } from './rng';

/** A logo's colours in order of role (background first); a palette swap passes new ones. */
export type Palette = Rgb[];

export interface LogoDesign {
  name: string;
  palette: Palette;
  draw: (palette: Palette) => Drawing;
}

function shieldPoints(x: number, y: number, width: number, height: number): Point[] {
  // Straight sides for 55% of the height, then two curves meeting at the point.
  const points: Point[] = [
    [x, y],
    [x + width, y],
    [x + width, y + height * 0.55],
  ];
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    points.push([x + width - (width / 2) * (1 - Math.cos((t * Math.PI) / 2)), y + height * 0.55 + height * 0.45 * Math.sin((t * Math.PI) / 2)]);
  }
  for (let i = 1; i < steps; i++) {
    const t = 1 - i / steps;
    points.push([x + (width / 2) * (1 - Math.cos((t * Math.PI) / 2)), y + height * 0.55 + height * 0.45 * Math.sin((t * Math.PI) / 2)]);
  }
  points.push([x, y + height * 0.55]);
  return points;
}

function starPoints(cx: number, cy: number, outer: number, inner: number, spikes = 5, rotation = -Math.PI / 2): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < spikes * 2; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = rotation + (i * Math.PI) / spikes;
    points.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return points;
}

function regularPolygon(cx: number, cy: number, r: number, sides: number, rotation = 0): Point[] {
  return Array.from({ length: sides }, (_, i) => [cx + r * Math.cos(rotation + (2 * Math.PI * i) / sides), cy + r * Math.sin(rotation + (2 * Math.PI * i) / sides)] as Point);
}

function centredText(text: string, cx: number, y: number, maxWidth: number, cell: number, colour: Rgb): Shape {
  const c = Math.min(cell, maxWidth / textWidthCells(text));
  return { kind: 'text', text, x: cx, y, cell: c, colour, align: 'centre' };
}

/** St Stephens Community Academy: navy shield, gold chevron, white star and book; SSCA and the name beneath. */
export const PLACEHOLDER_LOGO: LogoDesign = {
  name: 'St Stephens Community Academy (placeholder crest)',
  palette: [
    [255, 255, 255], // background
    [22, 46, 112], // navy
    [212, 160, 40], // gold
    [255, 255, 255], // white charges
    [150, 30, 45], // red band
  ],
  draw: ([background, navy, gold, white, red]) => ({
    width: 400,
    height: 480,
    background: background!,
    shapes: [
      { kind: 'polygon', points: shieldPoints(95, 24, 210, 262), colour: gold! },
      { kind: 'polygon', points: shieldPoints(107, 36, 186, 238), colour: navy! },
      { kind: 'rect', x: 107, y: 36, width: 186, height: 40, colour: red! },
      { kind: 'polygon', points: starPoints(150, 56, 16, 7), colour: white! },
      { kind: 'polygon', points: starPoints(250, 56, 16, 7), colour: white! },
      { kind: 'polygon', points: [[107, 180], [200, 110], [293, 180], [293, 212], [200, 142], [107, 212]], colour: gold! },
      { kind: 'polygon', points: [[150, 200], [200, 214], [250, 200], [250, 246], [200, 258], [150, 246]], colour: white! },
      { kind: 'rect', x: 198, y: 206, width: 4, height: 48, colour: navy! },
      centredText('SSCA', 200, 304, 300, 12, navy!),
      centredText('ST STEPHENS', 200, 402, 330, 5, navy!),
      centredText('COMMUNITY ACADEMY', 200, 446, 350, 4, gold!),
    ],
  }),
};

/** A made-up multi-academy trust: green roundel with white waves, name to the right. */
export const TRUST_LOGO: LogoDesign = {
  name: 'Kernow Valley Learning Trust (made up)',
  palette: [
    [250, 246, 232],
    [28, 118, 72],
    [255, 255, 255],
    [40, 104, 170],
    [20, 70, 45],
  ],
  draw: ([background, green, white, blue, dark]) => {
    const waves: Shape[] = [0, 1, 2].map((i) => {
      const y = 112 + i * 30;
      const pts: Point[] = [];
      for (let x = 40; x <= 200; x += 8) pts.push([x, y + 9 * Math.sin((x - 40) / 22)]);
      for (let x = 200; x >= 40; x -= 8) pts.push([x, y + 12 + 9 * Math.sin((x - 40) / 22)]);
      return { kind: 'polygon', points: pts, colour: i === 1 ? blue! : white! };
    });
    return {
      width: 640,
      height: 240,
      background: background!,
      shapes: [
        { kind: 'ellipse', cx: 120, cy: 120, rx: 100, ry: 100, colour: dark! },
        { kind: 'ellipse', cx: 120, cy: 120, rx: 90, ry: 90, colour: green! },
        { kind: 'polygon', points: [[70, 100], [120, 40], [170, 100]], colour: white! },
        ...waves,
        { kind: 'rect', x: 250, y: 52, width: 360, height: 6, colour: green! },
        { kind: 'text', text: 'KERNOW VALLEY', x: 250, y: 74, cell: 4.6, colour: dark!, align: 'left' },
        { kind: 'text', text: 'LEARNING TRUST', x: 250, y: 124, cell: 3.8, colour: blue!, align: 'left' },
        { kind: 'rect', x: 250, y: 168, width: 360, height: 6, colour: green! },
      ],
    };
  },
};

/** A made-up primary school wordmark: light on maroon with a rayed sun. */
export const WORDMARK_LOGO: LogoDesign = {
  name: 'Lowenna Bay Primary (made up)',
  palette: [
    [112, 22, 44],
    [246, 172, 44],
    [255, 255, 255],
    [246, 200, 206],
  ],
  draw: ([background, sun, white, pink]) => {
    const rays: Shape[] = Array.from({ length: 10 }, (_, i) => {
      const a = (i * 2 * Math.PI) / 10;
      const p = (r: number, da: number): Point => [96 + r * Math.cos(a + da), 100 + r * Math.sin(a + da)];
      return { kind: 'polygon', points: [p(46, -0.16), p(76, 0), p(46, 0.16)], colour: sun! };
    });
    return {
      width: 600,
      height: 200,
      background: background!,
      shapes: [
        ...rays,
        { kind: 'ellipse', cx: 96, cy: 100, rx: 40, ry: 40, colour: sun! },
        { kind: 'ellipse', cx: 96, cy: 100, rx: 22, ry: 22, colour: background! },
        { kind: 'text', text: 'LOWENNA', x: 190, y: 40, cell: 8.5, colour: white!, align: 'left' },
        { kind: 'text', text: 'BAY PRIMARY', x: 192, y: 122, cell: 5.6, colour: pink!, align: 'left' },
        { kind: 'rect', x: 190, y: 168, width: 370, height: 5, colour: sun! },
      ],
    };
  },
};

export const SET_LOGOS: readonly LogoDesign[] = [PLACEHOLDER_LOGO, TRUST_LOGO, WORDMARK_LOGO];

function randomColour(rng: Rng): Rgb {
  return [rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)];
}

const SYLLABLES = ['TRE', 'PEN', 'POL', 'LAN', 'ROS', 'CAR', 'BOS', 'HEL', 'MOR', 'VEN', 'DEN', 'KIL', 'WEST', 'NORTH', 'ST', 'MARY', 'OAK', 'HILL', 'BRIDGE', 'FIELD', 'GATE', 'WOOD', 'LEA', 'FORD', 'BURY', 'TON', 'COMBE', 'MOOR'];

function randomWord(rng: Rng, syllables = rng.int(2, 3)): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += rng.pick(SYLLABLES);
  return w;
}

function randomAcronym(rng: Rng): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  for (let i = 0, n = rng.int(2, 4); i < n; i++) s += letters[rng.int(0, 25)];
  return s;
}

function emblem(rng: Rng, cx: number, cy: number, size: number, fill: Rgb, accent: Rgb, light: Rgb): Shape[] {
  const shapes: Shape[] = [];
  const kind = rng.pick(['shield', 'circle', 'diamond', 'hexagon', 'square', 'star']);
  const half = size / 2;
  switch (kind) {
    case 'shield':
      shapes.push({ kind: 'polygon', points: shieldPoints(cx - half * 0.82, cy - half, size * 0.82, size), colour: fill });
      break;
    case 'circle':
      shapes.push({ kind: 'ellipse', cx, cy, rx: half, ry: half, colour: fill });
      break;
    case 'diamond':
      shapes.push({ kind: 'polygon', points: regularPolygon(cx, cy, half, 4, Math.PI / 2), colour: fill });
      break;
    case 'hexagon':
      shapes.push({ kind: 'polygon', points: regularPolygon(cx, cy, half, 6), colour: fill });
      break;
    case 'square':
      shapes.push({ kind: 'rect', x: cx - half * 0.85, y: cy - half * 0.85, width: size * 0.85, height: size * 0.85, colour: fill });
      break;
    case 'star':
      shapes.push({ kind: 'polygon', points: starPoints(cx, cy, half, half * 0.45, rng.int(5, 8)), colour: fill });
      break;
  }
  const motif = rng.pick(['cross', 'chevron', 'star', 'stripes', 'circle', 'book', 'tree', 'none']);
  const m = size * 0.28;
  switch (motif) {
    case 'cross':
      shapes.push({ kind: 'rect', x: cx - m * 0.2, y: cy - m, width: m * 0.4, height: m * 2, colour: accent });
      shapes.push({ kind: 'rect', x: cx - m, y: cy - m * 0.2, width: m * 2, height: m * 0.4, colour: accent });
      break;
    case 'chevron':
      shapes.push({ kind: 'polygon', points: [[cx - m * 1.3, cy + m * 0.4], [cx, cy - m * 0.5], [cx + m * 1.3, cy + m * 0.4], [cx + m * 1.3, cy + m * 0.8], [cx, cy - m * 0.1], [cx - m * 1.3, cy + m * 0.8]], colour: accent });
      break;
    case 'star':
      shapes.push({ kind: 'polygon', points: starPoints(cx, cy, m, m * 0.42), colour: light });
      break;
    case 'stripes':
      for (let i = -1; i <= 1; i++) shapes.push({ kind: 'rect', x: cx - m * 1.2, y: cy + i * m * 0.6 - m * 0.12, width: m * 2.4, height: m * 0.24, colour: i === 0 ? accent : light });
      break;
    case 'circle':
      shapes.push({ kind: 'ellipse', cx, cy, rx: m, ry: m, colour: light });
      shapes.push({ kind: 'ellipse', cx, cy, rx: m * 0.55, ry: m * 0.55, colour: accent });
      break;
    case 'book':
      shapes.push({ kind: 'polygon', points: [[cx - m, cy - m * 0.5], [cx, cy - m * 0.3], [cx + m, cy - m * 0.5], [cx + m, cy + m * 0.6], [cx, cy + m * 0.8], [cx - m, cy + m * 0.6]], colour: light });
      break;
    case 'tree':
      shapes.push({ kind: 'rect', x: cx - m * 0.12, y: cy, width: m * 0.24, height: m, colour: accent });
      shapes.push({ kind: 'ellipse', cx, cy: cy - m * 0.2, rx: m * 0.8, ry: m * 0.7, colour: light });
      break;
    case 'none':
      break;
  }
  return shapes;
}

/**
 * A made-up logo for the negatives, from the same building blocks as the set's logos:
 * a crest over an acronym and a name, an emblem beside a name, or a name alone.
 */
export function otherLogo(rng: Rng): Drawing {
  const dark = rng.chance(0.3);
  const background: Rgb = dark ? [rng.int(0, 90), rng.int(0, 90), rng.int(0, 90)] : rng.chance(0.6) ? [255, 255, 255] : [rng.int(220, 255), rng.int(220, 255), rng.int(210, 255)];
  const ink: Rgb = dark ? [rng.int(200, 255), rng.int(200, 255), rng.int(200, 255)] : [rng.int(0, 80), rng.int(0, 80), rng.int(0, 120)];
  const fill = randomColour(rng);
  const accent = randomColour(rng);
  const light: Rgb = [rng.int(200, 255), rng.int(200, 255), rng.int(200, 255)];
  const layout = rng.pick(['crest', 'beside', 'wordmark', 'badge']);
  const name = randomWord(rng);
  const second = rng.pick(['PRIMARY', 'ACADEMY', 'SCHOOL', 'COLLEGE', 'TRUST', 'FC', 'NURSERY', 'COMMUNITY SCHOOL', 'LEARNING', 'SPORTS']);
  switch (layout) {
    case 'crest': {
      const width = rng.int(360, 440);
      const height = rng.int(440, 520);
      const size = height * rng.range(0.45, 0.6);
      return {
        width,
        height,
        background,
        shapes: [
          ...emblem(rng, width / 2, size / 2 + height * 0.05, size, fill, accent, light),
          // The acronym fits between the emblem and the name.
          centredText(randomAcronym(rng), width / 2, size + height * 0.1, width * 0.8, Math.min(rng.range(8, 13), (height * 0.8 - size - height * 0.1) / 8), ink),
          centredText(name, width / 2, height * 0.82, width * 0.85, 5, ink),
          ...(rng.chance(0.6) ? [centredText(second, width / 2, height * 0.91, width * 0.85, 4, accent)] : []),
        ],
      };
    }
    case 'beside': {
      const height = rng.int(180, 260);
      const width = rng.int(Math.round(height * 2.2), Math.round(height * 3.2));
      const size = height * 0.8;
      return {
        width,
        height,
        background,
        shapes: [
          ...emblem(rng, height / 2, height / 2, size, fill, accent, light),
          { kind: 'text', text: name, x: height * 1.05, y: height * 0.25, cell: Math.min(7, (width - height * 1.15) / textWidthCells(name)), colour: ink, align: 'left' },
          { kind: 'text', text: second, x: height * 1.05, y: height * 0.6, cell: Math.min(4.5, (width - height * 1.15) / textWidthCells(second)), colour: accent, align: 'left' },
        ],
      };
    }
    case 'wordmark': {
      const height = rng.int(140, 220);
      const width = rng.int(Math.round(height * 2.5), Math.round(height * 4));
      return {
        width,
        height,
        background,
        shapes: [
          { kind: 'text', text: name, x: width / 2, y: height * 0.2, cell: Math.min(9, (width * 0.9) / textWidthCells(name)), colour: ink, align: 'centre' },
          { kind: 'rect', x: width * 0.1, y: height * 0.62, width: width * 0.8, height: height * 0.04, colour: fill },
          centredText(second, width / 2, height * 0.72, width * 0.8, 4, accent),
        ],
      };
    }
    default: {
      const side = rng.int(300, 420);
      return {
        width: side,
        height: side,
        background,
        shapes: [
          { kind: 'ellipse', cx: side / 2, cy: side / 2, rx: side * 0.48, ry: side * 0.48, colour: fill },
          { kind: 'ellipse', cx: side / 2, cy: side / 2, rx: side * 0.36, ry: side * 0.36, colour: light },
          ...emblem(rng, side / 2, side / 2, side * 0.4, accent, fill, background),
          centredText(randomAcronym(rng), side / 2, side * 0.06, side * 0.4, 5, light),
        ],
      };
    }
  }
}
