/**
 * The pupil-list importer applies the background's limits row by row (issue 8): a bad
 * row is skipped with the reason, the rest of the file is imported, and no message
 * repeats a huge cell. A UTF-8 file with one Windows-1252 line is read line by line.
 */
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../lib/roster/decode';
import { importRoster, MAX_NOTES } from '../../lib/roster/import';
import { parseStaffList } from '../../lib/roster/staff-list';
import { pupilSchema } from '../../lib/roster/schema';
import { MAX_HANDLES, MAX_NAME_LENGTH, MAX_PUPILS } from '../../lib/limits';
import { utf8, windows1252 } from './bytes';

const HEADER = 'Legal Surname,Legal Forename,Preferred Forename,Year,Reg Group,Media Consent,Social Handle';
const GOOD = 'Penrose,Jowan,,Year 6,6F,Y,';

function importLines(...rows: string[]) {
  return importRoster(utf8([HEADER, ...rows, ''].join('\n')));
}

/** Every message an import produces, joined: what the settings page could show. */
const allText = (result: ReturnType<typeof importRoster>) => JSON.stringify([result.skipped, result.warnings, result.droppedColumns, result.columns]);

describe('rows the background would refuse are skipped, one by one, with the reason', () => {
  const huge = 'A'.repeat(5_000_000);

  it.each([
    ['a forename longer than a name can be', `Penrose,${'J'.repeat(MAX_NAME_LENGTH + 1)},,Year 6,6F,Y,`, /forename is 101 characters long, more than the 100 a name can have/],
    ['a 5 MB surname', `${huge},Grace,,Year 6,6F,Y,`, /surname is 5,000,000 characters long/],
    ['a NUL in a forename', 'Okafor,Gr\u0000ace,,Year 6,6F,Y,', /forename contains control characters \(such as NUL\)/],
    ['a surname with no letters', '12345,Grace,,Year 6,6F,Y,', /surname “12345” has no letters in it/],
    ['no forename', 'Okafor,,,Year 6,6F,Y,', /^no forename$/],
    ['no surname', ',Grace,,Year 6,6F,Y,', /^no surname$/],
  ])('%s', (_, row, reason) => {
    const result = importLines(GOOD, row, 'Hicks,Sydney,,Year 5,5B,N,');
    expect(result.pupils.map((p) => p.forename)).toEqual(['Jowan', 'Sydney']);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]!.line).toBe(3);
    expect(result.skipped[0]!.reason).toMatch(reason);
    // Nothing the page could show repeats the huge cell.
    expect(allText(result).length).toBeLessThan(2_000);
    // Every pupil kept is one the background accepts.
    for (const pupil of result.pupils) expect(pupilSchema.safeParse(pupil).success).toBe(true);
  });

  it('skips a full name too long to be a forename and surname', () => {
    const result = importRoster(utf8(['Pupil Name,Media Consent', 'Grace Okafor,Y', `${'x'.repeat(300)} Okafor,Y`, ''].join('\n')));
    expect(result.pupils.map((p) => p.forename)).toEqual(['Grace']);
    expect(result.skipped[0]).toEqual({ line: 3, reason: 'the name is 307 characters long, more than a forename and surname of 100 characters each' });
  });

  it('keeps the pupil but leaves out a preferred name, class or handle that cannot be kept, and says so', () => {
    const result = importLines(`Okafor,Grace,${'G'.repeat(500)},${'Year 6 '.repeat(20)},6F,Y,@${'g'.repeat(200)} @grace_o`);
    expect(result.pupils).toEqual([{ forename: 'Grace', surname: 'Okafor', mediaConsent: 'granted', handles: ['@grace_o'], className: '6F' }]);
    const reasons = result.warnings.map((w) => w.reason);
    expect(reasons).toEqual([
      'a handle was left out for being longer than 100 characters',
      'the preferred forename is 500 characters long, more than the 100 a name can have, so it was left out',
      'the year group is 139 characters long, more than 50, so it was left out',
    ]);
    expect(result.warnings.every((w) => w.line === 2)).toBe(true);
  });

  it(`keeps the first ${MAX_HANDLES} handles of a pupil with more`, () => {
    const handles = Array.from({ length: 14 }, (_, i) => `@pupil${i}`).join(' ');
    const result = importLines(`Okafor,Grace,,Year 6,6F,Y,${handles}`);
    expect(result.pupils[0]!.handles).toHaveLength(MAX_HANDLES);
    expect(result.warnings.map((w) => w.reason)).toEqual([`only the first ${MAX_HANDLES} of this pupil's 14 handles were kept`]);
  });

  it(`stops at ${MAX_PUPILS.toLocaleString('en-GB')} pupils and says where`, () => {
    const rows = Array.from({ length: MAX_PUPILS + 3 }, (_, i) => `Surname${i},Forename,,,,Y,`);
    const result = importRoster(utf8([HEADER, ...rows].join('\n')));
    expect(result.pupils).toHaveLength(MAX_PUPILS);
    expect(result.skipped[0]!.line).toBe(MAX_PUPILS + 2);
    expect(result.skipped[0]!.reason).toMatch(/already had 200,000 pupils/);
    expect(result.notesLeftOut.skipped).toBe(2);
  }, 60_000);

  it(`lists the first ${MAX_NOTES.toLocaleString('en-GB')} skipped lines and counts the rest`, () => {
    const rows = Array.from({ length: MAX_NOTES + 500 }, () => ',,,,,Y,');
    const result = importLines(GOOD, ...rows);
    expect(result.pupils).toHaveLength(1);
    expect(result.skipped).toHaveLength(MAX_NOTES);
    expect(result.notesLeftOut.skipped).toBe(500);
  });
});

describe('mixed text encodings', () => {
  it('reads a UTF-8 file with one Windows-1252 line line by line, and names that line', () => {
    const bytes = Uint8Array.from([
      ...utf8(`${HEADER}\nHughes-Penrose,Zoë,,Year 6,6F,N,\n`),
      ...windows1252('Ó Briain,Siobhán,,Year 5,5B,Y,\n'),
      ...utf8('Wiśniewska,Zuzanna,,Year 4,4E,Y,\n'),
    ]);
    const result = importRoster(bytes);
    expect(result.encoding).toBe('utf-8');
    // Every line reads as written: the UTF-8 lines are not turned into "ZoÃ«".
    expect(result.pupils.map((p) => `${p.forename} ${p.surname}`)).toEqual(['Zoë Hughes-Penrose', 'Siobhán Ó Briain', 'Zuzanna Wiśniewska']);
    expect(result.warnings).toEqual([
      {
        line: 3,
        reason:
          'this line is not in the same text encoding as the rest of the file (it is Windows-1252, the rest UTF-8), so it was read as Windows-1252: check that the names on it look right',
      },
    ]);
  });

  it('still reads a wholly Windows-1252 file as Windows-1252, without a note on every line', () => {
    const result = importRoster(windows1252(`${HEADER}\nHughes-Penrose,Zoë,,Year 6,6F,N,\nÓ Briain,Siobhán,,Year 5,5B,Y,\n`));
    expect(result.encoding).toBe('windows-1252');
    expect(result.pupils.map((p) => p.forename)).toEqual(['Zoë', 'Siobhán']);
    expect(result.warnings).toEqual([]);
  });

  it('numbers lines the same way whatever the line endings', () => {
    const decoded = decodeBytes(Uint8Array.from([...utf8('a\r\nZoë\r'), ...windows1252('Zoë\n'), ...utf8('b')]));
    expect(decoded.text).toBe('a\r\nZoë\rZoë\nb');
    expect(decoded.mixedLines).toEqual([3]);
  });
});

describe('staff lists', () => {
  it('marks a binary file (NUL bytes), and skips its lines as not names', () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x0a, 0x4d, 0x72, 0x73, 0x00, 0x41]);
    const list = parseStaffList(bytes);
    expect(list.binary).toBe(true);
    expect(list.staff).toEqual([]);
    expect(list.skipped.map((s) => s.reason)).toEqual([
      'contains control characters (such as NUL), which no name has, so the file may not be a text file',
      'contains control characters (such as NUL), which no name has, so the file may not be a text file',
    ]);
  });

  it('skips a line too long to be one name without repeating it', () => {
    const list = parseStaffList(`Mrs Jane Pascoe\n${'Pascoe '.repeat(1_000)}\n`);
    expect(list.staff).toEqual(['Mrs Jane Pascoe']);
    expect(list.skipped).toEqual([{ line: 2, reason: 'is 6,999 characters long, too long to be one name' }]);
  });

  it('names a Windows-1252 line in a UTF-8 staff list', () => {
    const list = parseStaffList(Uint8Array.from([...utf8('Ms Zoë Hicks\n'), ...windows1252('Mr Seán Ó Briain\n')]));
    expect(list.staff).toEqual(['Ms Zoë Hicks', 'Mr Seán Ó Briain']);
    expect(list.warnings.map((w) => w.line)).toEqual([2]);
  });
});
