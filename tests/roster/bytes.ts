/** Building the bytes of test files in the encodings schools' exports arrive in. */

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export const utf8WithBom = (text: string): Uint8Array => utf8(`\uFEFF${text}`);

// The few Windows-1252 characters the tests use above Latin-1's range.
const WINDOWS_1252_EXTRAS: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 };

export function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const extra = WINDOWS_1252_EXTRAS[char];
    if (extra !== undefined) return extra;
    const code = char.charCodeAt(0);
    if (code > 0xff) throw new Error(`${char} has no Windows-1252 byte in this helper`);
    return code;
  });
}

export function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, order === 'le');
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), order === 'le');
  return bytes;
}
