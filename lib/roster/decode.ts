/**
 * Turning the bytes of an exported file into text.
 *
 * School MIS exports arrive as UTF-8 (with or without a byte-order mark), as
 * Windows-1252 from older Excel "CSV" saves, or as UTF-16 from Excel's
 * "Unicode text". No browser or Node API beyond `TextDecoder` is used, so this runs
 * in tests and in the options page alike.
 */

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /**
   * Lines (1-based, as a text editor numbers them) of a UTF-8 file that were not valid
   * UTF-8 and were read as Windows-1252 instead: a file edited in two programs. Absent
   * when every line was read in `encoding`.
   */
  mixedLines?: number[];
}

export type FileBytes = Uint8Array | ArrayBuffer;

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Node 20's TextDecoder gets
// this range wrong (0x92 should be ’, 0x80 should be €), so the table is ours. The
// five bytes Windows-1252 leaves undefined map to the C1 control of the same
// number, as the WHATWG Encoding Standard says.
const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

// Big enough to keep String.fromCharCode's argument list well inside engine limits.
const CHUNK = 8192;

function toUint8Array(bytes: FileBytes): Uint8Array {
  // A Node Buffer is often a window on a larger shared pool: keep its offset.
  return ArrayBuffer.isView(bytes)
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
}

/**
 * Decodes an exported file: a UTF-16 or UTF-8 byte-order mark decides the encoding;
 * otherwise strict UTF-8. When the bytes are not valid UTF-8, each line is judged on
 * its own: a file whose other non-ASCII lines are valid UTF-8 is UTF-8 with a few
 * Windows-1252 lines (listed in `mixedLines`), one with no valid UTF-8 line is
 * Windows-1252. A leading U+FEFF never survives into the text.
 */
export function decodeBytes(input: FileBytes): DecodedText {
  const bytes = toUint8Array(input);
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];

  if (b0 === 0xff && b1 === 0xfe) {
    return { text: stripBom(decodeUtf16(bytes.subarray(2), 'le')), encoding: 'utf-16' };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: stripBom(decodeUtf16(bytes.subarray(2), 'be')), encoding: 'utf-16' };
  }

  const unmarked = unmarkedUtf16(bytes);
  if (unmarked) return { text: stripBom(decodeUtf16(bytes, unmarked)), encoding: 'utf-16' };

  const marked = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  const body = marked ? bytes.subarray(3) : bytes;
  // ignoreBOM keeps TextDecoder from silently eating a second mark: stripBom does that.
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return { text: stripBom(utf8.decode(body)), encoding: 'utf-8' };
  } catch {
    return decodeLineByLine(body, utf8, marked);
  }
}

/** Each line as UTF-8 if it is valid UTF-8, else as Windows-1252; which it is overall decided by the lines with non-ASCII bytes. */
function decodeLineByLine(body: Uint8Array, utf8: TextDecoder, marked: boolean): DecodedText {
  const lines: { start: number; end: number; valid: boolean }[] = [];
  let validNonAscii = 0;
  for (let start = 0; start < body.length; ) {
    let end = start;
    let ascii = true;
    while (end < body.length && body[end] !== 0x0a && body[end] !== 0x0d) {
      if (body[end]! >= 0x80) ascii = false;
      end++;
    }
    let valid = true;
    if (!ascii) {
      try {
        utf8.decode(body.subarray(start, end));
        validNonAscii++;
      } catch {
        valid = false;
      }
    }
    lines.push({ start, end, valid });
    // One line break: "\r\n", "\r" or "\n".
    start = end + (body[end] === 0x0d && body[end + 1] === 0x0a ? 2 : 1);
  }
  // No line reads as UTF-8 (and no mark says it is): an older Windows export, wholly Windows-1252.
  if (validNonAscii === 0 && !marked) return { text: stripBom(decodeWindows1252(body)), encoding: 'windows-1252' };
  const parts: string[] = [];
  const mixedLines: number[] = [];
  let previousEnd = 0;
  lines.forEach((line, index) => {
    parts.push(decodeWindows1252(body.subarray(previousEnd, line.start)));
    parts.push(line.valid ? utf8.decode(body.subarray(line.start, line.end)) : decodeWindows1252(body.subarray(line.start, line.end)));
    if (!line.valid) mixedLines.push(index + 1);
    previousEnd = line.end;
  });
  parts.push(decodeWindows1252(body.subarray(previousEnd)));
  return { text: stripBom(parts.join('')), encoding: 'utf-8', mixedLines };
}

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const units = new Uint16Array(Math.min(bytes.length, CHUNK));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      units[i - start] = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : byte;
    }
    parts.push(String.fromCharCode(...units.subarray(0, end - start)));
  }
  return parts.join('');
}

/**
 * Some tools write UTF-16 without a byte-order mark. Read as UTF-8 it would "work",
 * with a NUL after every letter, so look for the NULs of ASCII text in UTF-16: one
 * byte of each pair zero, the other not.
 */
function unmarkedUtf16(bytes: Uint8Array): 'le' | 'be' | undefined {
  const sample = Math.min(bytes.length, 512) & ~1;
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros >= pairs * 0.6 && evenZeros < pairs * 0.1) return 'le';
  if (evenZeros >= pairs * 0.6 && oddZeros < pairs * 0.1) return 'be';
  return undefined;
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be'): string {
  if (order === 'le') return new TextDecoder('utf-16le').decode(bytes);
  // 'utf-16be' is missing from some small-ICU Node builds; swapping to LE is cheap.
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  return new TextDecoder('utf-16le').decode(swapped);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
