import { describe, expect, it } from 'vitest';
import { check, flagged, makePolicy, pupil, rulesFor } from '../helpers';

describe('no-consent-pupil', () => {
  it('replaces pupil-name for a pupil without consent, however they are named', () => {
    expect(rulesFor('Thank you to Callum for his help.', 'school')).toEqual(['no-consent-pupil']);
    expect(rulesFor('Zoe Hughes-Penrose read her poem.', 'school')).toEqual(['no-consent-pupil']);
    expect(rulesFor('Zoë Hughes Penrose read her poem.', 'school')).toEqual(['no-consent-pupil']);
    expect(flagged('Zoe Hughes-Penrose read her poem.', 'no-consent-pupil', 'school')).toEqual(['Zoe Hughes-Penrose']);
  });

  it('blocks on both account kinds', () => {
    for (const account of ['personal', 'school'] as const) {
      expect(check('Well done Callum in Year 5!', account)).toContainEqual(expect.objectContaining({ rule: 'no-consent-pupil', severity: 'block' }));
    }
  });

  it('reports both rules when a draft names a pupil with consent and one without', () => {
    expect(rulesFor('Callum and Grace Okafor helped today.', 'school')).toEqual(['no-consent-pupil', 'pupil-name']);
  });

  it('treats a shared forename as possibly the pupil without consent', () => {
    const policy = makePolicy({}, { roster: [pupil('Ruby', 'Kessell'), pupil('Ruby', 'Angove', { mediaConsent: 'refused' })] });
    expect(rulesFor('Well done Ruby!', 'school', {}, policy)).toEqual(['no-consent-pupil']);
    expect(rulesFor('Well done Ruby Kessell!', 'school', {}, policy)).toEqual(['pupil-name']);
  });

  it('does not fire when the export had no consent column', () => {
    const policy = makePolicy({}, { roster: [pupil('Ruby', 'Kessell', { mediaConsent: 'unknown' })] });
    expect(rulesFor('Well done Ruby!', 'school', {}, policy)).toEqual(['pupil-name']);
  });
});
