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

export function toUint8Array(bytes: FileBytes): Uint8Array {
  // A Node Buffer is often a window on a larger shared pool: keep its offset.
  return ArrayBuffer.isView(bytes)
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
}

/**
 * Decodes an exported file: a UTF-16 or UTF-8 byte-order mark decides the encoding;
 * otherwise strict UTF-8, falling back to Windows-1252 when the bytes are not valid
 * UTF-8. A leading U+FEFF never survives into the text.
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

  const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM keeps TextDecoder from silently eating a second mark: stripBom does that.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text: stripBom(text), encoding: 'utf-8' };
  } catch {
    return { text: stripBom(decodeWindows1252(body)), encoding: 'windows-1252' };
  }
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
