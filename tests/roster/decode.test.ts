import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeWindows1252 } from '../../lib/roster/decode';
import { utf16, utf8, utf8WithBom, windows1252 } from './bytes';

describe('decodeBytes', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeBytes(utf8('Zoë,Siobhán'))).toEqual({ text: 'Zoë,Siobhán', encoding: 'utf-8' });
  });

  it('strips a UTF-8 byte-order mark so it is not glued to the first heading', () => {
    const { text, encoding } = decodeBytes(utf8WithBom('Legal Surname,Legal Forename'));
    expect(text).toBe('Legal Surname,Legal Forename');
    expect(encoding).toBe('utf-8');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, mapping 0x80–0x9F itself', () => {
    const bytes = windows1252('O’Brien,Zoë,€5 – “trip”');
    expect(bytes[1]).toBe(0x92);
    expect(decodeBytes(bytes)).toEqual({ text: 'O’Brien,Zoë,€5 – “trip”', encoding: 'windows-1252' });
  });

  it('maps every byte of the 0x80–0x9F range the way browsers do', () => {
    const text = decodeWindows1252(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
    expect(text).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s with its byte-order mark (Excel "Unicode text")', (order) => {
    expect(decodeBytes(utf16('Forename\tSurname\r\nZoë\tO’Brien', order))).toEqual({
      text: 'Forename\tSurname\r\nZoë\tO’Brien',
      encoding: 'utf-16',
    });
  });

  it.each(['le', 'be'] as const)('recognises UTF-16 %s without a byte-order mark', (order) => {
    const bytes = utf16('Forename\tSurname\r\nJowan\tPenrose', order).subarray(2);
    expect(decodeBytes(bytes)).toEqual({ text: 'Forename\tSurname\r\nJowan\tPenrose', encoding: 'utf-16' });
  });

  it('accepts an ArrayBuffer and a Node Buffer that is a window on a larger pool', () => {
    expect(decodeBytes(utf8('Jowan').buffer as ArrayBuffer).text).toBe('Jowan');
    const pooled = Buffer.from('Penrose');
    expect(pooled.byteOffset === 0 && pooled.buffer.byteLength === pooled.length).toBe(false);
    expect(decodeBytes(pooled).text).toBe('Penrose');
  });

  it('decodes an empty file to empty text', () => {
    expect(decodeBytes(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8' });
  });
});
