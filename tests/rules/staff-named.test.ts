import { describe, expect, it } from 'vitest';
import { check, flagged, makePolicy } from '../helpers';

describe('staff-named', () => {
  it.each([
    ['Massive thank you to Tom Trewin for covering today.', 'Tom Trewin'],
    ['Mrs Pascoe has been an inspiration.', 'Mrs Pascoe'],
    ['Mrs. Pascoe has been an inspiration.', 'Mrs. Pascoe'],
    ['Thanks to Mrs Jane Pascoe!', 'Mrs Jane Pascoe'],
    ['Thanks to Jane Pascoe!', 'Jane Pascoe'],
    ['Ask Mr Lobb about it.', 'Mr Lobb'],
  ])('finds a colleague named on a personal post: %s', (text, name) => {
    expect(flagged(text, 'staff-named')).toEqual([name]);
  });

  it.each(['Jane was brilliant today.', 'The pascoe family came to the fair.', 'Mr Smith from the council visited.'])('does not count a forename alone or someone else: %s', (text) => {
    expect(flagged(text, 'staff-named')).toEqual([]);
  });

  it('stays quiet on the school account unless the name sits next to a complaint', () => {
    expect(flagged('Thank you to Mrs Jane Pascoe for organising sports day.', 'staff-named', 'school')).toEqual([]);
    const text = 'Mr Lobb still has not fixed the heating. Freezing every day and nobody in charge cares.';
    expect(check(text, 'school')).toContainEqual(expect.objectContaining({ rule: 'staff-named', severity: 'info' }));
    expect(check(text, 'personal')).toContainEqual(expect.objectContaining({ rule: 'staff-named', severity: 'warn' }));
  });

  // Round 85: "…a seat on the coach. Young people are alright" named no Mr Young.
  it('reads a title and a surname across a full stop only when the title is written short', () => {
    const policy = makePolicy({ staff: [] }, { staff: ['Mr Tom Young', 'Dr Imran Hossain'] });
    expect(flagged('Great trip on the coach. Young people are alright, you know.', 'staff-named', 'personal', {}, policy)).toEqual([]);
    expect(flagged('Thanks Mr. Young and Dr.Hossain!', 'staff-named', 'personal', {}, policy)).toEqual(['Mr. Young', 'Dr.Hossain']);
    expect(flagged('Thanks Coach Young!', 'staff-named', 'personal', {}, policy)).toEqual(['Coach Young']);
  });

  it('uses a staff list given apart from the settings file', () => {
    const policy = makePolicy({ staff: [] }, { staff: ['Ms Tamsin Couch'] });
    expect(flagged('Well done Ms Couch!', 'staff-named', 'personal', {}, policy)).toEqual(['Ms Couch']);
  });
});

// A school account saying sorry for a mistake and naming the colleague who made it (first met in exploration rounds 43 to 46).
describe('staff-named: the school account blaming a colleague for a mistake', () => {
  it.each([
    "Apologies to parents for the muddle over Friday's disco tickets. Mrs Pascoe sent out the old price list, so some of you paid twice.",
    'A corrected copy of the Year 6 residential letter will come home tomorrow. Mr Lobb emailed the draft version by mistake.',
    'We are sorry the swimming coach arrived an hour after the children. Mr Lobb booked it for the wrong morning.',
    // Said in the passive (round 58): "booked for the wrong date by Mr Rix".
    'Apologies for the late return from the theatre trip. The coach was booked for the wrong date by Mr Lobb.',
  ])('names the colleague: %s', (text) => {
    expect(check(text, 'school')).toContainEqual(expect.objectContaining({ rule: 'staff-named', severity: 'info' }));
  });

  it.each([
    'Apologies to families: the Year 3 trip is postponed because of the storm warning. Mrs Pascoe will send new dates next week.',
    'Sorry for the short notice. Mr Lobb has kindly offered to run an extra revision session on Thursday.',
    'A corrected copy of the newsletter is attached, as the fair was listed on the wrong day. Thank you to Mrs Pascoe for spotting it.',
  ])('stays quiet when nobody is blamed: %s', (text) => {
    expect(flagged(text, 'staff-named', 'school')).toEqual([]);
  });
});

// Faith schools' clergy and religious are staff too, by title and surname or by name.
describe('staff-named: clergy titles', () => {
  const clergy = makePolicy({ staff: ['Deacon Paul Fairclough', 'Fr Michael Kelly', 'Sister Bernadette Costello'] });
  it.each([
    ['Lovely Mass with Deacon Fairclough this morning.', 'Deacon Fairclough'],
    ['Paul Fairclough led the Mass.', 'Paul Fairclough'],
    ['Fr. Kelly blessed the new library.', 'Fr. Kelly'],
    ['Sister Costello retires on Friday.', 'Sister Costello'],
  ])('finds %s', (text, name) => {
    expect(flagged(text, 'staff-named', 'personal', {}, clergy)).toEqual([name]);
  });

  it('does not read "my sister" as a title', () => {
    expect(flagged('My sister Bernadette is visiting this weekend.', 'staff-named', 'personal', {}, clergy)).toEqual([]);
  });
});

// Blame given as the reason on the school account (round 72, in our own words).
describe('staff-named: a colleague given as the reason', () => {
  it('names the colleague when the school account says a trip failed because of them', () => {
    expect(check('Apologies to Year 4 families: the minibus did not turn up because Mr Lobb booked it for the following week.', 'school')).toContainEqual(
      expect.objectContaining({ rule: 'staff-named' }),
    );
  });

  it('stays quiet when the reason is praise', () => {
    expect(flagged('Year 6 won the quiz because Mrs Pascoe put in so many lunchtimes with them. Thank you!', 'staff-named', 'school')).toEqual([]);
  });
});

// Round 101: on the school account a colleague is named beside a complaint the complaint
// model reads (no complaint shape knows the words), and staff-named says so as it does beside a shape's.
describe('staff-named: beside a complaint only the model reads', () => {
  it('names the colleague on the school account', () => {
    const text = 'Sorry to families still waiting for the Year 4 trip photos. Mrs Pascoe has not passed them to the office yet despite several reminders. We will share them as soon as we have them.';
    const found = check(text, 'school');
    expect(found.some((f) => f.rule === 'internal-grievance')).toBe(true);
    expect(flagged(text, 'staff-named', 'school')).toEqual(['Mrs Pascoe']);
  });
  it('stays quiet on the school account beside thanks', () => {
    expect(flagged('Thank you to Mrs Pascoe for passing the trip photos to the office so quickly. We will share them tomorrow.', 'staff-named', 'school')).toEqual([]);
  });
});

// Where the complaint model overrules the complaint shapes (a get-well wish, a surprise), there is
// no complaint, so the colleague is not said to be "named next to a complaint".
describe('staff-named: no complaint where the complaint model overrules the shapes', () => {
  it.each([
    'Poor Mrs Pascoe’s been signed off for six weeks after her back op. Send her some love if you know her 💐',
    'Keep this between us: my form have been saving for weeks to get Mrs Pascoe a cake for her last day. She has no idea.',
  ])('%s', (text) => {
    const found = check(text).filter((f) => f.rule === 'staff-named');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).not.toContain('next to a complaint');
  });
});
