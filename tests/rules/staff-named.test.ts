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

  it('uses a staff list given apart from the settings file', () => {
    const policy = makePolicy({ staff: [] }, { staff: ['Ms Tamsin Couch'] });
    expect(flagged('Well done Ms Couch!', 'staff-named', 'personal', {}, policy)).toEqual(['Ms Couch']);
  });
});
