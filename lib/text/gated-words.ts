/**
 * A large table of phrases as one whole-word pattern that compiles only the parts a
 * text could match.
 *
 * Why: V8 compiles each regular expression to machine code, and once the process holds
 * more than 16 MB of machine code (and has made more than 1 MB of it for regular
 * expressions) every regular expression compiled after that is compiled without its
 * optimisations, and runs 10 to 30 times slower (`TooMuchRegExpCode` in V8's
 * `regexp.cc`). The rule tables came to about 20 MB of machine code between them, so
 * whichever patterns a check happened to compile last (the press patterns, on the
 * benchmark's order) ran slowly for the rest of the process's life, and the first check
 * after the background started spent about 0.4 s compiling.
 *
 * So a large table is split into buckets by the first three characters a match can
 * start with ("nob" for "nobody …", "no " for "no one …"). Every match of `words()`
 * starts a word, so the pattern is only tried where a word starts with a bucket's key,
 * and each bucket is compiled the first time a text has that key: a check of an
 * ordinary post compiles a fraction of the tables. A bucket is tried at one place
 * (sticky), so even one compiled without optimisations costs little. Phrases whose
 * start cannot be listed (`.` or a wide class first, a match shorter than three
 * characters, a first character that is not a letter or digit) stay together in one
 * bucket that is always tried.
 *
 * It finds exactly what the whole pattern finds: the leftmost match, and at one place
 * the first phrase of the table that matches there (a tie between a bucket and the
 * always-tried phrases is settled by compiling the two together, in table order).
 */

const KEY_LENGTH = 3;
/** More possible starts than this and the phrase goes in the always-tried bucket. */
const MOST_KEYS = 400;
/** How many repetitions of a quantified part are spelt out when listing starts. */
const MOST_REPEATS = KEY_LENGTH + 1;

/** The shape of a phrase, as far as listing its possible starts needs. */
type Shape =
  | { readonly kind: 'chars'; readonly text: string }
  | { readonly kind: 'sequence'; readonly parts: readonly Shape[] }
  | { readonly kind: 'either'; readonly options: readonly Shape[] }
  | { readonly kind: 'repeat'; readonly part: Shape; readonly min: number; readonly max: number }
  | { readonly kind: 'unknown' };

const NOTHING: Shape = { kind: 'chars', text: '' };
const UNKNOWN: Shape = { kind: 'unknown' };

/** Thrown for a capture group or back-reference: the table is not split (match numbering would change). */
class CapturesGroups extends Error {}

const ESCAPED: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
const DIGITS = [...'0123456789'];
/** Every character `\s` matches. */
const SPACES = [...' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'];
/** A class of more characters than this is not listed. */
const MOST_CLASS_CHARS = 40;

/** Where the class opened just before `from` closes. */
function classEnd(source: string, from: number): number {
  let at = from;
  if (source[at] === '^') at++;
  if (source[at] === ']') at++;
  while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
  return at;
}

/** The characters a class (its inside) matches, or null when they are not worth listing. */
function classChars(inside: string): string[] | null {
  if (inside.startsWith('^')) return null;
  const out = new Set<string>();
  for (let i = 0; i < inside.length; i++) {
    let c = inside[i]!;
    if (c === '\\') {
      const e = inside[++i]!;
      if (e === 'd' || e === 's') {
        for (const x of e === 'd' ? DIGITS : SPACES) out.add(x);
        continue;
      }
      if (/[DwWSpPuxcb0-9]/.test(e)) return null;
      c = ESCAPED[e] ?? e;
      // A range from an escaped character: not worth reading.
      if (inside[i + 1] === '-' && i + 2 < inside.length) return null;
    } else if (inside[i + 1] === '-' && i + 2 < inside.length) {
      if (inside[i + 2] === '\\') return null;
      const last = inside[i + 2]!;
      for (let code = c.charCodeAt(0); code <= last.charCodeAt(0); code++) out.add(String.fromCharCode(code));
      i += 2;
      if (out.size > MOST_CLASS_CHARS) return null;
      continue;
    }
    out.add(c);
  }
  return out.size > MOST_CLASS_CHARS ? null : [...out];
}

/** Reads the subset of pattern syntax the vocabularies use; anything else reads as "unknown" (never wrong, only untried). */
function shapeOf(source: string): Shape {
  let at = 0;
  const peek = () => source[at];

  function either(): Shape {
    const options = [sequence()];
    while (peek() === '|') {
      at++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'either', options };
  }

  function sequence(): Shape {
    const parts: Shape[] = [];
    while (at < source.length && peek() !== '|' && peek() !== ')') {
      let part = atom();
      const quantifier = /^(?:\?|\*|\+|\{(\d+)(?:(,)(\d*))?\})\??/.exec(source.slice(at));
      if (quantifier) {
        at += quantifier[0].length;
        const q = quantifier[0][0];
        const min = q === '?' || q === '*' ? 0 : q === '+' ? 1 : Number(quantifier[1]);
        const max = q === '?' ? 1 : q === '*' || q === '+' ? Number.POSITIVE_INFINITY : quantifier[2] ? (quantifier[3] ? Number(quantifier[3]) : Number.POSITIVE_INFINITY) : min;
        part = { kind: 'repeat', part, min, max };
      }
      parts.push(part);
    }
    return parts.length === 1 ? parts[0]! : { kind: 'sequence', parts };
  }

  function atom(): Shape {
    const c = source[at++]!;
    if (c === '(') {
      // (?:…) is a group; (?=…), (?!…), (?<=…) and (?<!…) match no characters; anything else captures.
      const opening = /^\?(?::|=|!|<=|<!)/.exec(source.slice(at))?.[0];
      if (opening === undefined) throw new CapturesGroups();
      at += opening.length;
      const zeroWidth = opening !== '?:';
      const inner = either();
      if (source[at] !== ')') throw new Error(`Unclosed group in a vocabulary entry: ${source}`);
      at++;
      return zeroWidth ? NOTHING : inner;
    }
    if (c === '[') {
      const end = classEnd(source, at);
      const chars = classChars(source.slice(at, end));
      at = end + 1;
      return chars === null ? UNKNOWN : { kind: 'either', options: chars.map((text) => ({ kind: 'chars', text })) };
    }
    if (c === '\\') {
      const e = source[at++]!;
      if (e === 'b' || e === 'B') return NOTHING;
      if (/[1-9k]/.test(e)) throw new CapturesGroups();
      if (e === 'd' || e === 's') return { kind: 'either', options: (e === 'd' ? DIGITS : SPACES).map((text) => ({ kind: 'chars', text })) };
      if (/[DwWSpPuxc0]/.test(e)) {
        if ((e === 'p' || e === 'P') && source[at] === '{') at = source.indexOf('}', at) + 1;
        return UNKNOWN;
      }
      return { kind: 'chars', text: ESCAPED[e] ?? e };
    }
    if (c === '.') return UNKNOWN;
    if (c === '^' || c === '$') return NOTHING;
    return { kind: 'chars', text: c };
  }

  const shape = either();
  if (at !== source.length) throw new Error(`Unbalanced ')' in a vocabulary entry: ${source}`);
  return shape;
}

/** Thrown when a phrase's starts cannot be listed. */
class Unlisted extends Error {}

/** Every start of `a` followed by every start of `b`, each cut to `need` characters. */
function then(a: ReadonlySet<string>, b: ReadonlySet<string>, need: number): Set<string> {
  const out = new Set<string>();
  for (const x of a) {
    if (x.length >= need) out.add(x);
    else for (const y of b) out.add((x + y).slice(0, need));
    if (out.size > MOST_KEYS) throw new Unlisted();
  }
  return out;
}

const isFull = (need: number) => (s: string) => s.length >= need;

/**
 * What a match of `shape` can start with: each entry is its first `need` characters,
 * or the whole match where it is shorter.
 */
function startsOf(shape: Shape, need: number): Set<string> {
  switch (shape.kind) {
    case 'chars':
      return new Set([shape.text.slice(0, need)]);
    case 'unknown':
      throw new Unlisted();
    case 'either': {
      const out = new Set<string>();
      for (const option of shape.options) for (const s of startsOf(option, need)) out.add(s);
      if (out.size > MOST_KEYS) throw new Unlisted();
      return out;
    }
    case 'sequence': {
      let out = new Set(['']);
      for (const part of shape.parts) {
        const open = [...out].filter((s) => s.length < need);
        if (open.length === 0) break;
        const shortest = Math.min(...open.map((s) => s.length));
        out = then(out, startsOf(part, need - shortest), need);
      }
      return out;
    }
    case 'repeat': {
      const one = startsOf(shape.part, need);
      let repeated = new Set(['']);
      const out = new Set<string>(shape.min === 0 ? [''] : []);
      for (let k = 1; k <= shape.max; k++) {
        repeated = then(repeated, one, need);
        const full = [...repeated].every(isFull(need));
        if (k >= shape.min || full) for (const s of repeated) out.add(s);
        if (full || k >= shape.min + MOST_REPEATS) break;
      }
      return out;
    }
  }
}

/** The keys a phrase can be found by, or null when it must always be tried. */
function keysOf(phrase: string): Set<string> | null {
  try {
    const starts = startsOf(shapeOf(phrase), KEY_LENGTH);
    for (const s of starts) if (s.length < KEY_LENGTH || !isWordCode(s.charCodeAt(0))) return null;
    return starts;
  } catch (error) {
    if (error instanceof Unlisted) return null;
    throw error;
  }
}

/** `\b`'s word characters. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 95;
}

/** The pattern `words()` makes of these phrases. */
function sourceOf(phrases: readonly string[]): string {
  return `\\b(?:${phrases.join('|')})(?![a-z0-9])`;
}

/** Phrases found by one key, in table order, compiled when first needed. */
class Bucket {
  private sticky: RegExp | undefined;
  constructor(readonly phrases: number[]) {}

  at(table: readonly string[], text: string, index: number): RegExpExecArray | null {
    this.sticky ??= new RegExp(sourceOf(this.phrases.map((i) => table[i]!)), 'y');
    this.sticky.lastIndex = index;
    return this.sticky.exec(text);
  }
}

/** Three UTF-16 units as one number (exact: 48 bits), so looking a key up makes no string. */
function keyNumber(a: number, b: number, c: number): number {
  return a * 4_294_967_296 + b * 65_536 + c;
}

class Gate {
  private readonly buckets = new Map<number, Bucket>();
  /** Which characters start a key, for a quick no: those up to U+00FF in a table, any others in a set. */
  private readonly firsts = new Uint8Array(256);
  private readonly otherFirsts = new Set<number>();
  private readonly always: number[] = [];
  private alwaysPattern: RegExp | undefined;
  /** The always-tried phrases' next match in the last text, from where it was looked for. */
  private alwaysFound: { text: string; from: number; match: RegExpExecArray | null } | undefined;
  private readonly ties = new Map<string, RegExp>();

  constructor(private readonly table: readonly string[]) {
    for (const [i, phrase] of table.entries()) {
      const keys = keysOf(phrase);
      if (!keys) {
        this.always.push(i);
        continue;
      }
      for (const key of keys) {
        const number = keyNumber(key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(2));
        let bucket = this.buckets.get(number);
        if (!bucket) this.buckets.set(number, (bucket = new Bucket([])));
        bucket.phrases.push(i);
        const code = key.charCodeAt(0);
        if (code < 256) this.firsts[code] = 1;
        else this.otherFirsts.add(code);
      }
    }
  }

  /** The next match of the whole table in `text` starting at or after `from`. */
  first(text: string, from: number): RegExpExecArray | null {
    const always = this.alwaysFrom(text, from);
    const stop = always ? always.index : text.length;
    for (let p = from; p <= stop && p + KEY_LENGTH <= text.length; p++) {
      // Every key starts with a word character, so every match starts a word.
      const code = text.charCodeAt(p);
      if ((code < 256 ? this.firsts[code] === 0 : !this.otherFirsts.has(code)) || (p > 0 && isWordCode(text.charCodeAt(p - 1)))) continue;
      const bucket = this.buckets.get(keyNumber(code, text.charCodeAt(p + 1), text.charCodeAt(p + 2)));
      if (!bucket) continue;
      const m = bucket.at(this.table, text, p);
      if (!m) continue;
      return always && always.index === p ? this.tie(bucket, text, p) : m;
    }
    return always;
  }

  private alwaysFrom(text: string, from: number): RegExpExecArray | null {
    if (this.always.length === 0) return null;
    const known = this.alwaysFound;
    if (known && known.text === text && known.from <= from && (known.match === null || known.match.index >= from)) return known.match;
    this.alwaysPattern ??= new RegExp(sourceOf(this.always.map((i) => this.table[i]!)), 'g');
    this.alwaysPattern.lastIndex = from;
    const match = this.alwaysPattern.exec(text);
    this.alwaysFound = { text, from, match };
    return match;
  }

  /** Both a bucket and the always-tried phrases match at `index`: the table's order decides. */
  private tie(bucket: Bucket, text: string, index: number): RegExpExecArray | null {
    const phrases = [...bucket.phrases, ...this.always].sort((a, b) => a - b);
    const key = phrases.join(',');
    let pattern = this.ties.get(key);
    if (!pattern) {
      pattern = new RegExp(sourceOf(phrases.map((i) => this.table[i]!)), 'y');
      this.ties.set(key, pattern);
    }
    pattern.lastIndex = index;
    return pattern.exec(text);
  }
}

/**
 * `\b(?:phrase|phrase|…)(?![a-z0-9])` with the `g` flag, as `words()` makes it, matching
 * exactly as that pattern does, through `exec` (which `test`, `replace`, `matchAll` and
 * `split` call). A copy with other flags (`split` adds `y`) is an ordinary pattern, and
 * so is a table with a capture group (splitting it would renumber its groups).
 */
export class GatedWords extends RegExp {
  private readonly table: readonly string[];
  /** Built at the first match: null when the table cannot be split, or the flags are not `g`. */
  private gate: Gate | null | undefined;

  constructor(phrases: readonly string[] | GatedWords, flags = 'g') {
    const copyOf = phrases instanceof GatedWords ? phrases : undefined;
    const table = copyOf ? copyOf.table : (phrases as readonly string[]);
    super(sourceOf(table), flags);
    this.table = table;
    this.gate = flags !== 'g' ? null : copyOf?.flags === 'g' ? copyOf.gate : undefined;
  }

  override exec(text: string): RegExpExecArray | null {
    if (this.gate === undefined) this.gate = gateFor(this.table);
    if (this.gate === null) return super.exec(text);
    const subject = String(text);
    const from = this.lastIndex;
    if (from > subject.length) {
      this.lastIndex = 0;
      return null;
    }
    const match = this.gate.first(subject, from);
    this.lastIndex = match ? match.index + match[0].length : 0;
    return match;
  }
}

function gateFor(table: readonly string[]): Gate | null {
  try {
    return new Gate(table);
  } catch (error) {
    if (error instanceof CapturesGroups) return null;
    throw error;
  }
}
