import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importRoster, normaliseHeader, RosterError, splitFullName } from '../../lib/roster/import';
import type { Pupil } from '../../lib/roster/schema';
import { utf16, utf8, utf8WithBom, windows1252 } from './bytes';

const importCsv = (text: string) => importRoster(utf8(text));

function rosterError(run: () => unknown): RosterError {
  try {
    run();
  } catch (error) {
    if (error instanceof RosterError) return error;
    throw error;
  }
  throw new Error('expected a RosterError');
}

const SIMS = [
  'Legal Surname,Legal Forename,Preferred Forename,Year,Reg Group,Media Consent,UPN,DOB',
  'Penrose,Jowan,,Year 6,6F,Y,K908204518007,02/05/2014',
  'Trebilcock,William,Will,Year 6,6F,Y,N908204518009,14/08/2014',
  'Curnow,Alfie,,Year 6,"5/6 Mixed, Kestrels",N,J908204518045,19/04/2014',
  'Doyle,Niamh,Niamh,Year 5,"5/6 Mixed, Kestrels",,Y908204519047,08/09/2014',
  '',
].join('\n');

describe('importRoster: header families', () => {
  it('reads a SIMS export and drops UPN and DOB without keeping any of their values', () => {
    const result = importCsv(SIMS);
    expect(result.pupils).toEqual<Pupil[]>([
      { forename: 'Jowan', surname: 'Penrose', mediaConsent: 'granted', handles: [], yearGroup: 'Year 6', className: '6F' },
      { forename: 'William', surname: 'Trebilcock', preferredForename: 'Will', mediaConsent: 'granted', handles: [], yearGroup: 'Year 6', className: '6F' },
      { forename: 'Alfie', surname: 'Curnow', mediaConsent: 'refused', handles: [], yearGroup: 'Year 6', className: '5/6 Mixed, Kestrels' },
      // A preferred forename that repeats the legal one is not kept; a blank consent cell is no consent.
      { forename: 'Niamh', surname: 'Doyle', mediaConsent: 'refused', handles: [], yearGroup: 'Year 5', className: '5/6 Mixed, Kestrels' },
    ]);
    expect(result.encoding).toBe('utf-8');
    expect(result.delimiter).toBe(',');
    expect(result.columns).toEqual([
      { header: 'Legal Surname', meaning: 'surname' },
      { header: 'Legal Forename', meaning: 'forename' },
      { header: 'Preferred Forename', meaning: 'preferredForename' },
      { header: 'Year', meaning: 'yearGroup' },
      { header: 'Reg Group', meaning: 'className' },
      { header: 'Media Consent', meaning: 'mediaConsent' },
    ]);
    expect(result.droppedColumns).toEqual(['UPN', 'DOB']);
    expect(result.skipped).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.counts).toEqual({ pupils: 4, withoutConsent: 2, withHandles: 0 });

    const json = JSON.stringify(result);
    for (const privateValue of ['K908204518007', 'N908204518009', 'J908204518045', 'Y908204519047', '02/05/2014', '14/08/2014', '19/04/2014', '08/09/2014', '2014']) {
      expect(json).not.toContain(privateValue);
    }
  });

  it('reads an Arbor-style export', () => {
    const result = importCsv(
      [
        'First Name,Last Name,Preferred Name,Year Group,Registration Form,Photo Consent,Gender,Address',
        'Olivia,Bray,Liv,Year 3,3B,Yes,F,"1 Fore Street, St Austell"',
        'Kit,Hawke,,Year 3,3B,No,M,"2 Fore Street, St Austell"',
      ].join('\n'),
    );
    expect(result.pupils).toEqual<Pupil[]>([
      { forename: 'Olivia', surname: 'Bray', preferredForename: 'Liv', mediaConsent: 'granted', handles: [], yearGroup: 'Year 3', className: '3B' },
      { forename: 'Kit', surname: 'Hawke', mediaConsent: 'refused', handles: [], yearGroup: 'Year 3', className: '3B' },
    ]);
    expect(result.droppedColumns).toEqual(['Gender', 'Address']);
    expect(JSON.stringify(result)).not.toContain('Fore Street');
  });

  it('reads a Bromcom-style export separated by semicolons', () => {
    const result = importCsv(
      [
        'Forename;Surname;Known As;NC Year;Reg;Photograph Permission',
        'Demelza;Rowe;Melz;4;4O;Granted',
        'Jago;Pascoe;;4;4O;Withdrawn',
        'Tamsin;Kitto;;4;"4O; upstairs";TRUE',
      ].join('\n'),
    );
    expect(result.delimiter).toBe(';');
    expect(result.pupils.map((pupil) => [pupil.forename, pupil.preferredForename, pupil.mediaConsent, pupil.yearGroup, pupil.className])).toEqual([
      ['Demelza', 'Melz', 'granted', '4', '4O'],
      ['Jago', undefined, 'refused', '4', '4O'],
      ['Tamsin', undefined, 'granted', '4', '4O; upstairs'],
    ]);
    expect(result.columns.map((column) => column.meaning)).toEqual([
      'forename',
      'surname',
      'preferredForename',
      'yearGroup',
      'className',
      'mediaConsent',
    ]);
  });

  it('reads a generic export with handles and no consent column', () => {
    const result = importCsv(
      [
        'first_name,last_name,Social Handle',
        'Olivia,Bray,olivia_b',
        'Kit,Hawke,"@kit_h; kithawke, https://x.com/KitH2 @kit_h"',
        'Ruby,Nancarrow,',
      ].join('\n'),
    );
    expect(result.pupils).toEqual<Pupil[]>([
      { forename: 'Olivia', surname: 'Bray', mediaConsent: 'unknown', handles: ['@olivia_b'] },
      { forename: 'Kit', surname: 'Hawke', mediaConsent: 'unknown', handles: ['@kit_h', '@kithawke', '@KitH2'] },
      { forename: 'Ruby', surname: 'Nancarrow', mediaConsent: 'unknown', handles: [] },
    ]);
    // No consent column means consent is unknown, not refused.
    expect(result.counts).toEqual({ pupils: 3, withoutConsent: 0, withHandles: 2 });
  });

  it('merges Twitter and Instagram columns into one list of handles', () => {
    const result = importCsv('Forename,Surname,Twitter,Instagram\nOlivia,Bray,@liv,liv.bray\n');
    expect(result.pupils[0]!.handles).toEqual(['@liv', '@liv.bray']);
    expect(result.columns.filter((column) => column.meaning === 'handle').map((column) => column.header)).toEqual(['Twitter', 'Instagram']);
  });

  it.each([
    ['first_name', 'forename'],
    ['FIRSTNAME', 'forename'],
    ['Legal Forename', 'forename'],
    ['  given   name ', 'forename'],
    ['First-Name', 'forename'],
    ['LAST.NAME', 'surname'],
    ['Family Name', 'surname'],
    ['Preferred Name', 'preferredForename'],
    ['known_as', 'preferredForename'],
    ['Preferred Last Name', 'preferredSurname'],
    ['Image Consent', 'mediaConsent'],
    ['photo permission', 'mediaConsent'],
    ['Year Group', 'yearGroup'],
    ['NC Year', 'yearGroup'],
    ['Form', 'className'],
    ['Class', 'className'],
  ])('recognises the heading %j as %s', (heading, meaning) => {
    const others = meaning === 'forename' ? 'Surname' : meaning === 'surname' ? 'Forename' : 'Forename,Surname';
    const result = importCsv(`${others},"${heading}"\nA,B,C\n`);
    expect(result.columns.find((column) => column.header === heading.trim().replace(/\s+/g, ' '))?.meaning).toBe(meaning);
  });

  it('compares headings without case, spaces or punctuation', () => {
    expect(normaliseHeader(' Legal_Forename ')).toBe('legalforename');
    expect(normaliseHeader('NC-Year')).toBe('ncyear');
  });

  it('reads headings an MIS writes with "Student" or "Pupil" before them and a note after them', () => {
    const result = importCsv(
      [
        "Student Forename,Student Surname,Child's Preferred Name,Reg. Group,Media Consent (Y/N),Parent Forename,Parent Surname",
        'Amira,Begum,Miri,7G1,N,Salma,Begum',
        'Tobi,Okafor,,7G2,Y,Grace,Okafor',
      ].join('\n'),
    );
    expect(result.columns.map((column) => [column.header, column.meaning])).toEqual([
      ['Student Forename', 'forename'],
      ['Student Surname', 'surname'],
      ["Child's Preferred Name", 'preferredForename'],
      ['Reg. Group', 'className'],
      ['Media Consent (Y/N)', 'mediaConsent'],
    ]);
    // A parent's name is not a pupil's: those columns are dropped, never stored.
    expect(result.droppedColumns).toEqual(['Parent Forename', 'Parent Surname']);
    expect(result.pupils.map((pupil) => [pupil.forename, pupil.preferredForename, pupil.mediaConsent])).toEqual([
      ['Amira', 'Miri', 'refused'],
      ['Tobi', undefined, 'granted'],
    ]);
  });

  it('reads a note that says which name a column holds: "First Name (Preferred)", "Last Name (Legal)"', () => {
    const result = importCsv('First Name (Legal),Last Name (Legal),First Name (Preferred),Photo Consent\nCerys,Jones,Cer,Y\n');
    expect(result.columns.map((column) => column.meaning)).toEqual(['forename', 'surname', 'preferredForename', 'mediaConsent']);
    expect(result.pupils[0]).toMatchObject({ forename: 'Cerys', preferredForename: 'Cer' });
  });

  it.each(['Photo/Video Consent', 'Consent for Photography', 'Image & Media Permission', 'Filming Consent'])('reads %j as the consent column', (heading) => {
    const result = importCsv(`Forename,Surname,${heading}\nCerys,Jones,No\n`);
    expect(result.pupils[0]?.mediaConsent).toBe('refused');
  });

  it.each(['Photo Consent Date', 'Photo Consent Signed By', 'Media Consent Notes'])('drops %j: it is about the form, not the answer', (heading) => {
    const result = importCsv(`Forename,Surname,Photo Consent,${heading}\nCerys,Jones,Y,01/09/2025\n`);
    expect(result.pupils[0]?.mediaConsent).toBe('granted');
    expect(result.droppedColumns).toEqual([heading]);
  });

  // Made with school-v (a SEEMiS export) and school-w (an iSAMS one), before their drafts were written.
  it('reads a SEEMiS pupil list: "Stage", "Reg Class" and "Photographic Consent" answered Yes, No or Not Known', () => {
    const result = importCsv(
      ['"SCN","Surname","Forename","Known As","Stage","Reg Class","Photographic Consent"', '"1","Grieve","Lewis","Lewis","S1","1K1","Yes"', '"2","Hay","Bonnie","Bon","S2","2K3","Not Known"'].join('\n'),
    );
    expect(result.pupils.map((p) => [p.yearGroup, p.className, p.mediaConsent])).toEqual([
      ['S1', '1K1', 'granted'],
      ['S2', '2K3', 'refused'],
    ]);
    expect(result.warnings).toEqual([]);
  });

  // Made with school-x (a Northern Ireland SIMS report), before its drafts were written.
  it('reads "Chosen Forename" and "Chosen Surname" as the names a child goes by, and "In School Only" as no consent for a post', () => {
    const result = importCsv(['Surname,Forename,Chosen Forename,Chosen Surname,Year,Class,Photograph Permission', 'Donnelly,Daniel,Danny,McGrady,P6,P6R,In School Only'].join('\n'));
    expect(result.pupils[0]).toMatchObject({ preferredForename: 'Danny', preferredSurname: 'McGrady', mediaConsent: 'refused' });
    expect(result.warnings).toEqual([]);
  });

  it.each([
    ['Opted In', 'granted'],
    ['Opted Out', 'refused'],
    ['Permission given', 'granted'],
    ['Not Granted', 'refused'],
  ] as const)('reads consent %j as %s (iSAMS answers)', (value, consent) => {
    const result = importCsv(`Forename,Surname,Photographs - School Social Media\nFaith,Ackroyd,${value}\n`);
    expect(result.pupils[0]?.mediaConsent).toBe(consent);
    expect(result.warnings).toEqual([]);
  });

  it.each(['Not Recorded', 'Not asked', 'Awaiting reply', 'Form not returned'])('reads consent %j as no consent, like a blank cell, without a warning', (value) => {
    const result = importCsv(`Forename,Surname,Media Consent\nCerys,Jones,${value}\n`);
    expect(result.pupils[0]?.mediaConsent).toBe('refused');
    expect(result.warnings).toEqual([]);
  });

  it('reads one consent column per use by the social media one, and drops the others', () => {
    const result = importCsv(
      ['Forename,Surname,Photos - School Website,Photos - Social Media,Photos - Press,Media Studies', 'Ava,Hall,Yes,No,No,Yes', 'Ben,Ray,Yes,Yes,No,No'].join('\n'),
    );
    expect(result.columns.find((column) => column.meaning === 'mediaConsent')?.header).toBe('Photos - Social Media');
    expect(result.droppedColumns).toEqual(['Photos - School Website', 'Photos - Press', 'Media Studies']);
    expect(result.pupils.map((pupil) => pupil.mediaConsent)).toEqual(['refused', 'granted']);
  });

  it('with one consent column per use and none for social media, gives consent only when every use is agreed', () => {
    const result = importCsv(['Forename,Surname,Photos - Website,Photos - Press', 'Ava,Hall,Yes,No', 'Ben,Ray,Yes,Yes'].join('\n'));
    expect(result.pupils.map((pupil) => pupil.mediaConsent)).toEqual(['refused', 'granted']);
  });

  it('reads the short headings of a SIMS summary export: "Yr" and "Reg Grp"', () => {
    const result = importCsv('Surname,Forename,Yr,Reg Grp,Photo Permission\nHALL,Ava,5,5C,N\n');
    expect(result.columns.map((column) => column.meaning)).toEqual(['surname', 'forename', 'yearGroup', 'className', 'mediaConsent']);
  });

  it('reads "Photo Consent Y/N" and "Photo Consent [Yes/No]" as the consent column', () => {
    for (const heading of ['Photo Consent Y/N', 'Photo Consent [Yes/No]']) {
      const result = importCsv(`Forename,Surname,${heading}\nAmira,Begum,No\n`);
      expect(result.pupils[0]?.mediaConsent).toBe('refused');
    }
  });
});

describe('importRoster: full-name columns', () => {
  it('reads "Surname, Forename" and "Forename Surname" from a Pupil Name column', () => {
    const result = importCsv(
      [
        'Pupil Name,Year,Photo Consent',
        '"Penrose, Jowan",6,Y',
        'Grace Okafor,6,Y',
        'Mary Jane Hicks,5,Y',
        '"O’Brien, Siobhán Aoife",5,Y',
        'Daan van der Berg,4,N',
        'TREBILCOCK William,6,Y',
        'Amelia SMITH,3,Y',
        'AJ Smith,3,Y',
        'Cher,3,Y',
      ].join('\n'),
    );
    expect(result.pupils.map((pupil) => [pupil.forename, pupil.surname])).toEqual([
      ['Jowan', 'Penrose'],
      ['Grace', 'Okafor'],
      ['Mary Jane', 'Hicks'],
      ['Siobhán Aoife', 'O’Brien'],
      ['Daan', 'van der Berg'],
      ['William', 'TREBILCOCK'],
      ['Amelia', 'SMITH'],
      ['AJ', 'Smith'],
    ]);
    expect(result.columns[0]).toEqual({ header: 'Pupil Name', meaning: 'fullName' });
    expect(result.skipped).toEqual([{ line: 10, reason: 'only one name, so the forename and surname cannot be told apart' }]);
  });

  it('ignores a full-name column when there are forename and surname columns', () => {
    const result = importCsv('Name,Forename,Surname\nJ Penrose,Jowan,Penrose\n');
    expect(result.pupils[0]).toMatchObject({ forename: 'Jowan', surname: 'Penrose' });
    expect(result.droppedColumns).toEqual(['Name']);
    expect(JSON.stringify(result)).not.toContain('J Penrose');
  });

  it('uses the full name when only one of the split columns is present', () => {
    const result = importCsv('Student Name,Forename\nJowan Penrose,Jowan\n');
    expect(result.pupils[0]).toMatchObject({ forename: 'Jowan', surname: 'Penrose' });
    expect(result.droppedColumns).toEqual(['Forename']);
  });

  it('splits names on its own', () => {
    expect(splitFullName('Penrose, Jowan')).toEqual({ forename: 'Jowan', surname: 'Penrose' });
    expect(splitFullName('Anna Maria Da Silva')).toEqual({ forename: 'Anna Maria', surname: 'Da Silva' });
    expect(splitFullName('Al Smith')).toEqual({ forename: 'Al', surname: 'Smith' });
    expect(splitFullName('Jowan')).toBeUndefined();
  });
});

describe('importRoster: encodings and layout', () => {
  it('reads a heading with a UTF-8 byte-order mark glued to it', () => {
    const result = importRoster(utf8WithBom('Forename,Surname\nZoë,Hughes-Penrose\n'));
    expect(result.columns[0]).toEqual({ header: 'Forename', meaning: 'forename' });
    expect(result.pupils[0]).toMatchObject({ forename: 'Zoë', surname: 'Hughes-Penrose' });
  });

  it('reads a Windows-1252 export with a curly apostrophe (0x92) and ë (0xEB)', () => {
    const bytes = windows1252('Surname,Forename,Media Consent\r\nO’Brien,Zoë,Yes\r\n');
    expect(bytes).toContain(0x92);
    expect(bytes).toContain(0xeb);
    const result = importRoster(bytes);
    expect(result.encoding).toBe('windows-1252');
    expect(result.pupils).toEqual<Pupil[]>([{ forename: 'Zoë', surname: 'O’Brien', mediaConsent: 'granted', handles: [] }]);
  });

  it('reads an Excel "Unicode text" export: UTF-16 with tabs', () => {
    const result = importRoster(utf16('Forename\tSurname\tClass\r\nOisín\tO’Sullivan\t5K\r\n', 'le'));
    expect(result.encoding).toBe('utf-16');
    expect(result.delimiter).toBe('\t');
    expect(result.pupils[0]).toMatchObject({ forename: 'Oisín', surname: 'O’Sullivan', className: '5K' });
  });

  it('accepts an ArrayBuffer', () => {
    const bytes = utf8('Forename,Surname\nJowan,Penrose\n');
    expect(importRoster(bytes.buffer as ArrayBuffer).pupils).toHaveLength(1);
  });

  it('counts CRLF lines and lines inside quoted cells correctly', () => {
    const result = importCsv(
      ['Forename,Surname,Class', 'Jowan,Penrose,"6F', 'upstairs"', '', 'Grace,,6F', '   ,  ,  ', 'Priya,Sharma,6F'].join('\r\n'),
    );
    expect(result.pupils.map((pupil) => pupil.forename)).toEqual(['Jowan', 'Priya']);
    expect(result.pupils[0]!.className).toBe('6F upstairs');
    expect(result.skipped).toEqual([{ line: 5, reason: 'no surname' }]);
  });

  it('trims cells and collapses the spaces inside them', () => {
    const result = importCsv('Forename,Surname,Year\n  Mary   Jane , \tHicks ,  Year   5 \n');
    expect(result.pupils[0]).toEqual<Pupil>({ forename: 'Mary Jane', surname: 'Hicks', mediaConsent: 'unknown', handles: [], yearGroup: 'Year 5' });
  });

  it('detects semicolons in a small file and in one with a title line above the headings', () => {
    expect(importCsv('Forename;Surname\nJowan;Penrose\n').delimiter).toBe(';');
    const titled = importCsv('Class list exported from the MIS\n\nForename;Surname;Reg\nJowan;Penrose;6F\n');
    expect(titled.delimiter).toBe(';');
    expect(titled.pupils[0]).toMatchObject({ forename: 'Jowan', surname: 'Penrose', className: '6F' });
    expect(titled.warnings).toEqual([{ line: 1, reason: 'above the row of column headings, so it was ignored' }]);
  });

  it('lets the caller choose the delimiter', () => {
    const result = importRoster(utf8('Forename;Surname\nJowan;Penrose\n'), { delimiter: ';' });
    expect(result.delimiter).toBe(';');
    expect(result.pupils).toHaveLength(1);
    expect(() => importRoster(utf8('Forename,Surname\nJo,Smith\n'), { delimiter: '\t' })).toThrow(RosterError);
  });

  it('accepts a file of headings only, with no pupils', () => {
    expect(importCsv('Forename,Surname\n').counts).toEqual({ pupils: 0, withoutConsent: 0, withHandles: 0 });
  });
});

describe('importRoster: media consent', () => {
  it.each([
    ['Y', 'granted'],
    ['yes', 'granted'],
    ['TRUE', 'granted'],
    ['1', 'granted'],
    ['Granted', 'granted'],
    ['Consent given', 'granted'],
    ['Given', 'granted'],
    ['n', 'refused'],
    ['No', 'refused'],
    ['false', 'refused'],
    ['0', 'refused'],
    ['Refused', 'refused'],
    ['WITHDRAWN', 'refused'],
    ['Not given', 'refused'],
    ['Declined', 'refused'],
    ['Opted out', 'refused'],
    ['opted-out', 'refused'],
    ['', 'refused'],
  ])('reads %j as %s', (value, consent) => {
    const result = importCsv(`Forename,Surname,Media Consent\nJowan,Penrose,${value}\n`);
    expect(result.pupils[0]!.mediaConsent).toBe(consent);
    expect(result.warnings).toEqual([]);
  });

  it('treats a value it does not understand as no consent, and says so', () => {
    const result = importCsv('Forename,Surname,Photo Consent\nJowan,Penrose,Maybe\nGrace,Okafor,12/03/2015\n');
    expect(result.pupils.map((pupil) => pupil.mediaConsent)).toEqual(['refused', 'refused']);
    expect(result.warnings).toEqual([
      { line: 2, reason: 'the Photo Consent value “Maybe” was not understood, so this pupil is treated as not having consent' },
      { line: 3, reason: 'the Photo Consent value was not understood, so this pupil is treated as not having consent' },
    ]);
    expect(JSON.stringify(result)).not.toContain('12/03/2015');
  });
});

describe('importRoster: rows that do not become pupils', () => {
  it('skips rows without a forename or surname, duplicates and misaligned rows, with their lines', () => {
    const result = importCsv(
      [
        'Forename,Surname,Reg Group,UPN',
        'Jowan,Penrose,6F,K908204518007',
        ',Okafor,6F,Z908204518008',
        'Priya,,6F,Z908204518010',
        ',,,A908204518011',
        '',
        'Jowan,Penrose,6F,K908204518007',
        'Alfie,Curnow,5/6 Mixed, Kestrels,J908204518045',
        'Alfie,Curnow,"5/6 Mixed, Kestrels",J908204518045',
        ',,,',
      ].join('\n'),
    );
    expect(result.pupils.map((pupil) => pupil.forename)).toEqual(['Jowan', 'Alfie']);
    expect(result.skipped).toEqual([
      { line: 3, reason: 'no forename' },
      { line: 4, reason: 'no surname' },
      { line: 5, reason: 'no forename or surname' },
      { line: 7, reason: 'same pupil as line 2' },
      {
        line: 8,
        reason:
          'this line has more cells than there are column headings, so its cells cannot be matched to columns ' +
          '(a name or class containing a comma may need quotation marks around it)',
      },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/\d{12}/);
  });

  it('keeps two pupils with the same name when anything kept about them differs', () => {
    const result = importCsv('Forename,Surname,Reg\nJack,Hicks,3B\nJack,Hicks,4O\n');
    expect(result.pupils).toHaveLength(2);
  });

  it('ignores trailing empty cells beyond the headings', () => {
    const result = importCsv('Forename,Surname\nJowan,Penrose,,\n');
    expect(result.pupils).toHaveLength(1);
    expect(result.skipped).toEqual([]);
  });

  it('lists a column without a heading as dropped only if it holds something', () => {
    expect(importCsv('Forename,Surname,\nJowan,Penrose,\n').droppedColumns).toEqual([]);
    expect(importCsv('Forename,Surname,\nJowan,Penrose,secret\n').droppedColumns).toEqual(['column 3 (no heading)']);
  });
});

describe('importRoster: files it refuses', () => {
  it('refuses a file with no pupil name columns and lists the columns it found', () => {
    const error = rosterError(() => importCsv('UPN,DOB,Media Consent\nK908204518007,02/05/2014,Y\n'));
    expect(error.message).toBe(
      'This file has no pupil name columns. Post Check looks for columns called Forename and Surname ' +
        '(or First Name/Last Name, Legal Forename/Legal Surname, or a single Name column). ' +
        'The columns found were: UPN, DOB, Media Consent.',
    );
    expect(error.line).toBe(1);
  });

  it('suggests adding headings when the first line looks like data', () => {
    const error = rosterError(() => importCsv('Penrose,Jowan,Y\nOkafor,Grace,Y\n'));
    expect(error.message).toContain('The columns found were: Penrose, Jowan, Y.');
    expect(error.message).toContain('add one as its first line');
  });

  it('refuses a forename column with no surname column', () => {
    const error = rosterError(() => importCsv('First Name,Year\nJowan,6\n'));
    expect(error.message).toMatch(/^This file has a forename column \(“First Name”\) but no surname column/);
    expect(error.field).toBe('First Name');
    expect(error.line).toBe(1);
  });

  it('refuses a surname column with no forename column', () => {
    expect(rosterError(() => importCsv('Surname\nPenrose\n')).message).toMatch(/surname column \(“Surname”\) but no forename column/);
  });

  it.each([
    ['no bytes at all', new Uint8Array(0)],
    ['only a byte-order mark and spaces', utf8WithBom('  \r\n \n')],
  ])('refuses an empty file: %s', (_, bytes) => {
    expect(rosterError(() => importRoster(bytes)).message).toBe('This file is empty.');
  });

  it('refuses a file whose lines are all blank cells', () => {
    expect(rosterError(() => importCsv(',,\n,,\n')).message).toBe('This file has no header row: every line in it is blank.');
  });

  it('refuses a file with a quotation mark that is never closed, naming the line', () => {
    const error = rosterError(() => importCsv('Forename,Surname,Class\r\nJowan,Penrose,6F\r\nGrace,Okafor,"6F\r\nPriya,Sharma,6F\r\n'));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^Line 3 opens a quotation mark that is never closed/);
  });

  it('refuses a file with a quotation mark in the wrong place', () => {
    const error = rosterError(() => importCsv('Forename,Surname\nJowan,Penrose\n"Gr"ace,Okafor\n'));
    expect(error.line).toBe(3);
  });
});

describe('importRoster: scale and the sample school', () => {
  it('imports 50,000 pupils', () => {
    const lines = ['Legal Surname,Legal Forename,Preferred Forename,Year,Reg Group,Media Consent,UPN,DOB'];
    for (let i = 0; i < 50_000; i++) {
      lines.push(`Surname${i},Forename${i},${i % 7 === 0 ? 'Sam' : ''},Year ${i % 7},"${i % 7}/${(i % 7) + 1} Mixed, Kestrels",${i % 10 === 0 ? 'N' : 'Y'},K9082045${String(i).padStart(5, '0')},02/05/2014`);
    }
    const result = importCsv(lines.join('\r\n'));
    expect(result.counts).toEqual({ pupils: 50_000, withoutConsent: 5_000, withHandles: 0 });
    expect(result.pupils[49_999]).toMatchObject({ forename: 'Forename49999', surname: 'Surname49999', className: '5/6 Mixed, Kestrels' });
  });

  it("imports the sample school's SIMS-style export", () => {
    const corpus = fileURLToPath(new URL('../data/sample-school/pupils.csv', import.meta.url));
    const result = importRoster(readFileSync(corpus));
    expect(result.counts).toEqual({ pupils: 90, withoutConsent: 10, withHandles: 0 });
    expect(result.skipped).toEqual([]);
    expect(result.droppedColumns).toEqual(['UPN', 'DOB']);
    expect(result.pupils.find((pupil) => pupil.forename === 'William' && pupil.surname === 'Trebilcock')?.preferredForename).toBe('Will');
    const forenames = result.pupils.map((pupil) => pupil.forename);
    expect(forenames).toContain('Zoë');
    expect(forenames).toContain('Siobhán');
    expect(result.pupils.filter((pupil) => pupil.className === '5/6 Mixed, Kestrels')).toHaveLength(4);
    expect(JSON.stringify(result)).not.toMatch(/[A-Z]\d{12}|\d{2}\/\d{2}\/\d{4}/);
  });
});
