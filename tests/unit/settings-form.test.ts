import { describe, expect, it } from 'vitest';
import { checkPublicContacts, disclaimerProblem, normaliseHandles, normaliseHashtags, normaliseWebsite } from '../../lib/settings/form';

describe('tidying what is typed into the settings page', () => {
  it.each([
    ['https://www.ststephens.example/about-us', 'ststephens.example'],
    ['StStephens.sch.uk', 'ststephens.sch.uk'],
    ['', undefined],
  ])('website %j is kept as %j', (input, value) => {
    expect(normaliseWebsite(input)).toEqual({ ok: true, value });
  });

  it('refuses a website that is not an address', () => {
    expect(normaliseWebsite('our school')).toMatchObject({ ok: false, reason: expect.stringContaining('website address') });
  });

  it('accepts phone numbers and email addresses as public contacts, and names the line that is neither', () => {
    expect(checkPublicContacts(['01726 000000', '+44 1726 000000', 'office@ststephens.example']).ok).toBe(true);
    expect(checkPublicContacts(['01726 000000', 'Reception'])).toEqual({ ok: false, reason: expect.stringContaining('Line 2, “Reception”') });
    expect(checkPublicContacts(['office@'])).toMatchObject({ ok: false });
  });

  it('adds the # to hashtags and refuses spaces', () => {
    expect(normaliseHashtags(['SSCA', '#TeamStStephens'])).toEqual({ ok: true, value: ['#SSCA', '#TeamStStephens'] });
    expect(normaliseHashtags(['Team St Stephens'])).toMatchObject({ ok: false, reason: expect.stringContaining('no spaces') });
  });

  it('adds the @ to X handles and keeps Facebook and LinkedIn names as typed', () => {
    expect(normaliseHandles('x', ['StStephensCA'])).toEqual({ ok: true, value: ['@StStephensCA'] });
    expect(normaliseHandles('x', ['St Stephens'])).toMatchObject({ ok: false });
    expect(normaliseHandles('facebook', ['St Stephens Community Academy'])).toEqual({ ok: true, value: ['St Stephens Community Academy'] });
  });

  it('wants a disclaimer that is not empty and fits in a post', () => {
    expect(disclaimerProblem('Views my own.')).toBeNull();
    expect(disclaimerProblem('   ')).toMatch(/can't be empty/);
    expect(disclaimerProblem('x'.repeat(281))).toMatch(/281 characters.*280 characters at most/);
    expect(disclaimerProblem('x'.repeat(280))).toBeNull();
  });
});
