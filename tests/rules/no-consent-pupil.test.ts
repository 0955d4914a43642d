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

// "Where a forename belongs to two pupils, the year given decides" (tests/corpus/README.md):
// the year or class written after a forename picks out whose consent counts.
describe('no-consent-pupil: the year or class given decides between pupils with one forename', () => {
  const jagos = makePolicy({}, {
    roster: [
      pupil('Jago', 'Tremayne', { yearGroup: 'Year 10', className: '10A' }),
      pupil('Jago', 'Widdicombe', { yearGroup: 'Year 10', className: '10A' }),
      pupil('Jago', 'Pengelly', { yearGroup: 'Year 10', className: '10M', mediaConsent: 'refused' }),
      pupil('Jago', 'Bright', { yearGroup: 'Year 8', className: '8A' }),
      pupil('Yusuf', 'Nowak', { yearGroup: '6', className: 'Red Kite' }),
      pupil('Yusuf', 'Wood', { yearGroup: 'R', className: 'Lapwing', mediaConsent: 'refused' }),
      // Forms named by year and a word (round 102): "Maryam in 7 Bell" is the 7 Bell Maryam.
      pupil('Maryam', 'Hussain', { yearGroup: 'Year 7', className: '7 Bell' }),
      pupil('Maryam', 'Khan', { yearGroup: 'Year 7', className: '7 Franklin', mediaConsent: 'refused' }),
      // Scottish stages: "Rowan in S2" is the S2 Rowan.
      pupil('Rowan', 'Young', { yearGroup: 'S2', className: '2K3' }),
      pupil('Rowan', 'Black', { yearGroup: 'S5', className: '5K1', mediaConsent: 'refused' }),
    ],
  });
  it.each([
    ['Well done to Jago in 10A for a brilliant talk!', 'pupil-name'],
    ['Well done to Jago in Year 8 for a brilliant talk!', 'pupil-name'],
    ['Star of the week: Yusuf in Red Kite!', 'pupil-name'],
    ['Well done to Jago in 10M for a brilliant talk!', 'no-consent-pupil'],
    ['Well done to Jago (Year 10) for a brilliant talk!', 'no-consent-pupil'],
    ['Star of the week: Yusuf in Reception!', 'no-consent-pupil'],
    ['Well done to Jago for a brilliant talk!', 'no-consent-pupil'],
    ['Well done to Maryam in 7 Bell for reading 31 books!', 'pupil-name'],
    ['Well done to Maryam in 7 Franklin for reading 31 books!', 'no-consent-pupil'],
    ['Well done to Maryam for reading 31 books!', 'no-consent-pupil'],
    ['Well done to Rowan in S2 for the Nat 5 prep!', 'pupil-name'],
    ['Well done to Rowan in S5 for the Higher prep!', 'no-consent-pupil'],
  ] as const)('%s is %s', (text, rule) => {
    expect(rulesFor(text, 'school', {}, jagos)).toEqual([rule]);
  });
});

// Round 99: a pupil called Eden at a school in the Eden and Fells trust. The trust's own name is not the pupil.
describe('no-consent-pupil and pupil-name: a forename inside the school or trust name', () => {
  const eden = makePolicy(
    { school: { name: 'Fellside Primary', aliases: [], trust: { name: 'Eden and Fells Trust', aliases: ['Eden & Fells'] } } },
    { roster: [pupil('Eden', 'Lamb', { mediaConsent: 'refused' })] },
  );
  it.each(['Eden and Fells Trust is recruiting a caretaker for our Crag Bank site.', 'Proud to work for Eden & Fells. Views my own.'])('stays quiet on: %s', (text) => {
    expect(rulesFor(text, 'school', {}, eden).filter((r) => r === 'pupil-name' || r === 'no-consent-pupil')).toEqual([]);
  });
  it('still finds the pupil beside the trust name', () => {
    expect(rulesFor('Eden and Fells Trust says well done to Eden in Year 2!', 'school', {}, eden)).toContain('no-consent-pupil');
  });
});

// Round 110: "the Prophet Ibrahim" in an Eid assembly is a figure of faith, not the pupil called Ibrahim.
describe('no-consent-pupil: figures of faith and history share pupils’ names', () => {
  const ibrahim = makePolicy({}, { roster: [pupil('Ibrahim', 'Yusuf', { yearGroup: 'Year 3', className: 'Elm', mediaConsent: 'refused' })] });
  it.each(['In assembly, Year 3 retold the story of the Prophet Ibrahim for Eid.', 'Year 3 retold the story of the prophet Ibrahim for Eid.', 'Prophet Ibrahim’s story in Year 3 assembly today.', 'Year 3 learnt about King Ibrahim of the old stories today.'])('stays quiet on: %s', (text) => {
    expect(rulesFor(text, 'school', {}, ibrahim)).toEqual([]);
  });
  it('still finds the pupil', () => {
    expect(rulesFor('Well done to Ibrahim in Year 3 for his Eid poem!', 'school', {}, ibrahim)).toEqual(['no-consent-pupil']);
  });
});

// Round 112: "a bit of Dylan Thomas" names the poet; "Thomas" is also a pupil's forename.
describe('pupil-name: a forename straight after another capitalised name is a surname', () => {
  const thomas = makePolicy({}, { roster: [pupil('Thomas', 'Llewellyn', { yearGroup: 'Year 11', className: '11W1' })] });
  it('stays quiet on the poet', () => {
    expect(rulesFor('Half term reading: you can’t beat a bit of Dylan Thomas, and a pile of Year 11 coursework.', 'school', {}, thomas)).toEqual([]);
  });
  it.each(['Well done to Cerys and Thomas in Year 11!', 'Star of the Week Thomas, for his Year 11 coursework!', 'In my form, Year 11 Thomas led the assembly.'])(
    'still finds the pupil: %s',
    (text) => {
      expect(rulesFor(text, 'school', {}, thomas)).toEqual(['pupil-name']);
    },
  );
});
