import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseStaffList } from '../../lib/roster/staff-list';
import { utf8WithBom, windows1252 } from './bytes';

describe('parseStaffList', () => {
  it('reads one name a line, trimming and ignoring blank lines and # comments', () => {
    const list = parseStaffList('# Teaching staff\r\nMrs Jane Pascoe\r\n\r\n   Mr  Tom   Trewin  \r\n  # office\r\nMiss Kerensa Rowe');
    expect(list).toMatchObject({ staff: ['Mrs Jane Pascoe', 'Mr Tom Trewin', 'Miss Kerensa Rowe'], skipped: [], binary: false });
  });

  it('strips a byte-order mark from text and from bytes', () => {
    expect(parseStaffList('\uFEFFMrs Jane Pascoe\n').staff).toEqual(['Mrs Jane Pascoe']);
    expect(parseStaffList(utf8WithBom('Mrs Jane Pascoe\n')).staff).toEqual(['Mrs Jane Pascoe']);
  });

  it('decodes Windows-1252 bytes', () => {
    expect(parseStaffList(windows1252('Mr Seán O’Neill\r\nMs Zoë Hicks\r\n')).staff).toEqual(['Mr Seán O’Neill', 'Ms Zoë Hicks']);
  });

  it('lists each name once, noting the repeat', () => {
    expect(parseStaffList('Mr Tom Trewin\nmr tom trewin\nMr Tom Trewin\n')).toMatchObject({
      staff: ['Mr Tom Trewin'],
      skipped: [
        { line: 2, reason: 'same name as line 1' },
        { line: 3, reason: 'same name as line 1' },
      ],
    });
  });

  it('skips lines that are clearly not a name, with their line numbers', () => {
    const list = parseStaffList(
      ['Mrs Jane Pascoe', 'office@ststephens.example', '01726 000000', 'Please add everyone from the staff room here today', 'Mr Jory Tregunna'].join('\n'),
    );
    expect(list.staff).toEqual(['Mrs Jane Pascoe', 'Mr Jory Tregunna']);
    expect(list.skipped).toEqual([
      { line: 2, reason: 'looks like an email address or social media handle, not a name' },
      { line: 3, reason: 'contains numbers, so it does not look like a name' },
      { line: 4, reason: 'has more than 6 words, so it does not look like one name' },
    ]);
  });

  it('keeps a long name of six words', () => {
    expect(parseStaffList('Dr Maria de la Cruz Fernández').staff).toEqual(['Dr Maria de la Cruz Fernández']);
  });

  it("reads the sample school's staff.txt", () => {
    const file = fileURLToPath(new URL('../data/sample-school/staff.txt', import.meta.url));
    const list = parseStaffList(readFileSync(file));
    expect(list.staff).toHaveLength(10);
    expect(list.staff[0]).toBe('Mrs Jane Pascoe');
    expect(list.skipped).toEqual([]);
  });
});
