import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/engine';
import rule from '../../lib/rules/personal-data';
import type { AccountKind, Finding } from '../../lib/types';
import { makePolicy, SCHOOL_SETTINGS } from '../helpers';

const defaultPolicy = makePolicy();

function findings(text: string, account: AccountKind = 'personal', policy = defaultPolicy): Finding[] {
  return checkDraft({ text, site: 'x', account }, policy, [rule]);
}

/** The text of each finding, sliced from the draft as typed. */
function flagged(text: string, account: AccountKind = 'personal', policy = defaultPolicy): string[] {
  return findings(text, account, policy).map((f) => text.slice(f.start, f.end));
}

describe('personal-data', () => {
  it('is a blocking rule on both kinds of account, citing data protection', () => {
    expect(rule.id).toBe('personal-data');
    expect(rule.severity).toEqual({ personal: 'block', school: 'block' });
    const [finding] = findings('Text me on 07700 900458.', 'school');
    expect(finding).toMatchObject({ rule: 'personal-data', severity: 'block' });
    expect(finding!.policy).toContain('data protection');
  });

  describe('phone numbers', () => {
    it.each([
      ['Can anyone collect a parcel for me tomorrow? Text me on 07700 900458.', '07700 900458'],
      ['Ring the club on 01632 960123 for tickets.', '01632 960123'],
      ['From abroad, dial +44 7700 900123.', '+44 7700 900123'],
      ['Call (01726) 123456 after six.', '(01726) 123456'],
      ['The London office is on 020 7946 0000.', '020 7946 0000'],
      ['Mobile: +44 (0) 7700 900123', '+44 (0) 7700 900123'],
      ['Or 0044 7700 900123 from France.', '0044 7700 900123'],
      ['Tel:07700900458', '07700900458'],
      ['mob 07700-900-458 any time', '07700-900-458'],
      ['Call Sue (07700 900458) tonight', '07700 900458'],
      ['Our partner school in New York: +1 212 555 0100', '+1 212 555 0100'],
      ['Paris office +33 1 23 45 67 89', '+33 1 23 45 67 89'],
    ])('flags a dialable number, drama ranges included: %s', (text, number) => {
      expect(flagged(text)).toEqual([number]);
    });

    it('reports each of several numbers once', () => {
      expect(flagged('07700 900458, 07700 900459 or 07700 900460')).toEqual(['07700 900458', '07700 900459', '07700 900460']);
      expect(flagged('Either 07700 900458 07700 900459')).toEqual(['07700 900458', '07700 900459']);
    });

    it('finds a number next to a date without taking the date', () => {
      expect(flagged('From 03.09.2025 07700 900458 is the number.')).toEqual(['07700 900458']);
    });

    it('says what to do, without shaming', () => {
      const [finding] = findings('Text me on 07700 900458.');
      expect(finding!.message).toMatch(/^Remove the phone number, or share it privately/);
    });
  });

  describe('email addresses', () => {
    it('flags any email address', () => {
      expect(flagged('Message our PTA chair at sarahlane1982@example.com.')).toEqual(['sarahlane1982@example.com']);
      expect(flagged('Email J.Smith@School.example today')).toEqual(['J.Smith@School.example']);
    });

    it('reports a pupil name inside an email address as the whole address', () => {
      const text = "Could you email grace.okafor.family@example.com instead?";
      expect(flagged(text)).toEqual(['grace.okafor.family@example.com']);
    });

    it('flags addresses disguised from scrapers', () => {
      expect(flagged('sarah [at] example [dot] com')).toEqual(['sarah [at] example [dot] com']);
      expect(flagged('Write to j.smith at example dot co dot uk please')).toEqual(['j.smith at example dot co dot uk']);
    });

    it('does not take a quote mark into the span', () => {
      expect(flagged("Email ‘sarah@example.com’ now")).toEqual(['sarah@example.com']);
    });
  });

  describe("the school's own published contacts", () => {
    it.each([
      'Reminder: if your child is absent, please call the office on 01726 000000 or email office@ststephens.example before 9am.',
      'From overseas ring +44 1726 000000.',
      'From overseas ring +44 (0)1726 000000.',
      'Ring 0044 1726 000000.',
      'Ring 01726000000.',
      'Email ‘office@ststephens.example’ or OFFICE@StStephens.example',
      'office [at] ststephens [dot] example',
    ])('are never personal data: %s', (text) => {
      expect(flagged(text)).toEqual([]);
    });

    it('come from settings, so another school’s policy flags them', () => {
      const policy = makePolicy({ school: { ...SCHOOL_SETTINGS.school, publicContacts: [] } });
      expect(flagged('Call the office on 01726 000000.', 'school', policy)).toEqual(['01726 000000']);
      expect(flagged('Email office@ststephens.example', 'school', policy)).toEqual(['office@ststephens.example']);
    });

    it('include a published postal address', () => {
      const school = { ...SCHOOL_SETTINGS.school, publicContacts: ['01726 000000', '1 School Lane, St Austell PL25 3XX'] };
      const text = 'Find us at 1 School Lane, St Austell PL25 3XX.';
      expect(flagged(text, 'school', makePolicy({ school }))).toEqual([]);
      expect(flagged(text, 'school')).toEqual(['1 School Lane, St Austell PL25 3XX']);
    });
  });

  describe('addresses', () => {
    it.each([
      ['Leaving do for Sue is at ours: 14 Trevanion Road, Launceston PL15 9BG, from 7pm.', '14 Trevanion Road, Launceston PL15 9BG'],
      ["We've passed your address (22 Dunheved Road, Launceston PL15 9JG) to the driver.", '22 Dunheved Road, Launceston PL15 9JG'],
      ['Drop it round to 22 Dunheved Road on Friday.', '22 Dunheved Road'],
      ['She is in Flat 3, 5 High Street now.', 'Flat 3, 5 High Street'],
      ['Party at 7 Oak Close from 2pm', '7 Oak Close'],
      ['we live at 12 oak close', '12 oak close'],
      ['Send it to 14 Trevanion, Launceston PL15 9BG', '14 Trevanion, Launceston PL15 9BG'],
      ['Address:\n14a Mill Lane\nBodmin\nPL31 2AB', '14a Mill Lane\nBodmin\nPL31 2AB'],
    ])('flags a house number with a street or postcode: %s', (text, address) => {
      expect(flagged(text)).toEqual([address]);
    });

    it.each([
      'Away match venue is Callington Community College playing fields. Postcode for sat navs: PL17 7DR.',
      'Year 6 Park Run this Saturday!',
      'We won 3 free park passes.',
      'Only £5 Car Park charge on the day.',
      'It is a 10 Minute Walk from the station.',
      'Key stage 2 3rd place, KS2 3rd in the county.',
      'Meet at 10, Callington Community College, PL17 7DR.',
      'Well done to Class 4 Oak Close readers.',
    ])('does not flag a postcode alone or numbers that count things: %s', (text) => {
      expect(flagged(text)).toEqual([]);
    });
  });

  describe('dates of birth', () => {
    it.each([
      ['Happy 11th birthday to Jowan Penrose (born 02/05/2014) from everyone at SSCA!', '02/05/2014'],
      ['DOB: 3 May 2015', '3 May 2015'],
      ['d.o.b. 02/05/14', '02/05/14'],
      ['Date of birth 2014-05-02, please update the form', '2014-05-02'],
      ['Her birthday is 3 May 2015, so she is the youngest.', '3 May 2015'],
      ['Jowan was born on Tuesday 3rd May 2015 in Truro.', '3rd May 2015'],
      // The date a few words on, in the same sentence (issue 9).
      ["A Year 8 pupil's date of birth on the consent form is wrong: it should be 21/11/2012.", '21/11/2012'],
    ])('flags a date with a birth context: %s', (text, date) => {
      expect(flagged(text)).toEqual([date]);
    });

    it.each([
      'Term dates for 2025-2026 are on the website: autumn term starts Wednesday 03/09/2025, and half term is 27/10/2025 to 31/10/2025.',
      'Due to strike action on Thursday 1 February, the school will be closed.',
      'Semi-final on 14/03, kick off 15:45.',
      'Birthday party on 14/03 at the leisure centre.',
      'Roald Dahl was born on 13 September 1916.',
      'Born Free, published 1960.',
      'Born and raised in Bodmin, I joined the staff here on 03/09/2019.',
      'Date of birth checks done, and the trip leaves on 14/06.',
    ])('does not flag a date without a birth context: %s', (text) => {
      expect(flagged(text)).toEqual([]);
    });
  });

  describe('pupil, NHS and National Insurance numbers', () => {
    it('flags a UPN with a valid check letter, or any UPN-shaped code next to "UPN"', () => {
      expect(flagged('Can you send the transfer file? Her UPN is Q908204521005.')).toEqual(['Q908204521005']);
      expect(flagged('Transfer file: Q908204521005')).toEqual(['Q908204521005']);
      expect(flagged('UPN A123456789012 (old system)')).toEqual(['A123456789012']);
      expect(flagged('Temporary UPN: A12345678901B')).toEqual(['A12345678901B']);
      // Round 88: the label a clause before the number.
      expect(flagged('UPN for the new lad starting on Monday is A123456789012, thanks')).toEqual(['A123456789012']);
      expect(flagged('Code B123456789012 on the box')).toEqual([]);
    });

    it('flags an NHS number with a valid check digit, or any ten digits next to "NHS"', () => {
      expect(flagged('His NHS number is 943 476 5919 if the office needs it.')).toEqual(['943 476 5919']);
      expect(flagged('Ref for the form: 9434765919')).toEqual(['9434765919']);
      expect(flagged('NHS no. 1234567890')).toEqual(['1234567890']);
      expect(flagged('Use code 943 476 5918 at the till')).toEqual([]);
    });

    it('flags a National Insurance number, spaced or not', () => {
      expect(flagged("My NI number is QQ 12 34 56 C and I still can't log in.")).toEqual(['QQ 12 34 56 C']);
      expect(flagged('QQ123456C')).toEqual(['QQ123456C']);
      expect(flagged('AB 12 34 56 D')).toEqual(['AB 12 34 56 D']);
      expect(flagged('NI: TN123456')).toEqual(['TN123456']);
      // Prefixes HMRC never issues, with no NI context.
      expect(flagged('Seat DV 12 34 56 A')).toEqual([]);
    });

    it('names the item in its message', () => {
      const messages = findings('NHS 943 476 5919, UPN Q908204521005, NI QQ123456C').map((f) => f.message);
      expect(messages[0]).toMatch(/NHS number/);
      expect(messages[1]).toMatch(/UPN/);
      expect(messages[2]).toMatch(/National Insurance number/);
    });
  });

  describe('hard negatives', () => {
    it.each([
      'Parkrun PB this morning: 24:37. Next goal is sub 24 before my 45th birthday.',
      'Train from Bodmin Parkway at 07:42, into Paddington at 11:58. Ticket was £89.60, ouch.',
      'Dawn chorus walk this Sunday, meeting at the school gate at 5:30am.',
      'School closes at 1:30pm on Friday 20 December.',
      'Christmas fair on Saturday, 10:00 to 13:00. Entry is £1 for adults.',
      'Open 10:00-13:00 and 14.00 - 15.30.',
      'Full time: SSCA 3-1 Bodmin. A fantastic team performance.',
      'Final score 24-21 to the Year 6 team.',
      'Recommended read: Pig-Heart Boy (ISBN 978-0-552-55130-4).',
      'ISBN 0-552-55130-9 and ISBN 9780552551304',
      'We raised £1,234.50, up 12% on 2024. Our first fair was in 1982.',
      'Year 6 and Year 5 are in the hall.',
      'Over 1,000,000 steps walked in 2025/26!',
      'Ring 01726 000 for the office, or 999 in an emergency.',
      'Full details at https://example.com/events/07700900458/tickets',
      'Your order number is AB1234567890, order 01234 567890, ref 07700 900458.',
      'Product code X123456789012345 and serial 0123456789.',
      '3/4 of pupils scored 10/10; 12.5 and 1.25 are decimals.',
      'Dates: 01/09/2025-05/09/2025 and 2025-09-01.',
      '1 2 3 4 5 6 7 8 9 10 11 12 blast off!',
    ])('%s', (text) => {
      expect(flagged(text)).toEqual([]);
    });
  });

  describe('offsets', () => {
    it('slices exactly the item from text with emoji and accents before it', () => {
      const cases: [string, string][] = [
        ['Ring Zoë 😀 on 07700 900458', '07700 900458'],
        ['Siobhán 👩🏽‍🏫 says: email zoë.hughes@example.com', 'zoë.hughes@example.com'],
        ['Café ☕️ 🎉 at 14 Trevanion Road, Launceston PL15 9BG!', '14 Trevanion Road, Launceston PL15 9BG'],
        ['Zoë 😀 (DOB 02/05/2014)', '02/05/2014'],
        ['Señor 🇪🇸 NHS 943 476 5919', '943 476 5919'],
        ['Zoë 😀 QQ 12 34 56 C', 'QQ 12 34 56 C'],
        ['Zoë’s 😀 UPN Q908204521005', 'Q908204521005'],
        ['Ｔｅｌ ０７７００ ９００４５８ 😀', '０７７００ ９００４５８'],
      ];
      for (const [text, item] of cases) {
        const [finding, ...rest] = findings(text);
        expect(rest).toEqual([]);
        expect(text.slice(finding!.start, finding!.end)).toBe(item);
        expect(finding!.start).toBe(text.indexOf(item));
      }
    });
  });

  it('keeps one finding per item when several patterns claim it', () => {
    // An email that contains digits, a UPN that is also "letter + digits": one each.
    expect(flagged('Email jo07700900458@example.com, UPN Q908204521005')).toEqual(['jo07700900458@example.com', 'Q908204521005']);
  });
});

// Rounds 104 and 108: a Scottish Candidate Number, and a date of birth asked for in one sentence and given in the next.
describe('personal-data: rounds 104 and 108', () => {
  const flagged = (text: string) => findings(text).map((f) => text.slice(f.start, f.end));
  it('finds a candidate number, even when the label is in the sentence before', () => {
    expect(flagged("Can you check her candidate number for the SQA entries? I've got 214942393 but it keeps failing.")).toEqual(['214942393']);
  });
  it('finds a date of birth given in the sentence after the words', () => {
    expect(flagged('I need Ellie’s date of birth for the form. The class list has her down as 20/12/2015, is that right?')).toEqual(['20/12/2015']);
  });
  it.each(['We raised 214942393 pence for the hospice!', 'Date of birth checks are done. The trip is on 20/12/2025.'])('stays quiet on: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});
