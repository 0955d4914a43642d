import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_CONDITIONS,
  accountRequestEmail,
  accountRequestMailto,
  BUSINESS_CASE_POINTS,
  checkAccountRequest,
  draftFromStorage,
  EMPTY_REQUEST,
  MAX_ANSWER_IN_EMAIL,
  staffNames,
  type AccountRequestDraft,
} from '../../lib/account-request';

const policyText = readFileSync(new URL('../../lib/policy/ssca-social-media-policy.txt', import.meta.url), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const COMPLETE: AccountRequestDraft = {
  ...EMPTY_REQUEST,
  requesterName: 'Kerensa Rowe',
  requesterRole: 'Head of PE',
  site: 'x',
  accountName: '@StStephensPE',
  aim: 'Share fixtures and results.',
  audience: 'Parents and the local sports clubs.',
  promotion: 'The newsletter and the school website.',
  runBy: 'Miss Kerensa Rowe\nMr Jory Tregunna',
  openness: 'open',
  readPolicy: true,
};

describe('a new school account: the business case', () => {
  it('asks every question the policy lists, at once, in words that say what to do', () => {
    const check = checkAccountRequest(EMPTY_REQUEST);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(Object.keys(check.errors).sort()).toEqual(['aim', 'audience', 'openness', 'promotion', 'requesterName', 'runBy', 'site']);
    expect(check.errors.runBy).toMatch(/at least two members of staff/);
  });

  it.each([
    ['Mrs Jane Pascoe', /Name a second member of staff/],
    ['Mrs Jane Pascoe\nmrs jane pascoe', /Name a second member of staff/],
    ['Mrs Jane Pascoe\njane@ststephens.example', /doesn't look like a person's name/],
  ])('needs two different named staff: %j', (runBy, message) => {
    const check = checkAccountRequest({ ...COMPLETE, runBy });
    expect(check.ok).toBe(false);
    expect(!check.ok && check.errors.runBy).toMatch(message);
    expect(Object.keys(!check.ok ? check.errors : {})).toEqual(['runBy']);
  });

  it('reads names one a line or separated by commas, each once', () => {
    expect(staffNames(' Mrs Jane Pascoe ,Mr Tom  Trewin;\n\nmrs jane pascoe')).toEqual(['Mrs Jane Pascoe', 'Mr Tom Trewin']);
  });

  it('asks which other site when it is not one of the three', () => {
    const check = checkAccountRequest({ ...COMPLETE, site: 'other' });
    expect(!check.ok && check.errors.otherSite).toMatch(/which site/);
    const ok = checkAccountRequest({ ...COMPLETE, site: 'other', otherSite: 'Instagram' });
    expect(ok.ok && ok.request.site).toBe('Instagram');
  });

  it('makes an email to the SLT with every answer and the conditions', () => {
    const check = checkAccountRequest(COMPLETE);
    if (!check.ok) throw new Error('expected a complete request');
    const href = new URL(accountRequestMailto(check.request, 'head@ststephens.example')!);
    expect(href.protocol).toBe('mailto:');
    expect(href.pathname).toBe('head@ststephens.example');
    expect(href.searchParams.get('subject')).toBe('Request for a new school X account: @StStephensPE');
    const body = href.searchParams.get('body')!;
    for (const expected of [
      'Kerensa Rowe, Head of PE',
      `${BUSINESS_CASE_POINTS.aim}:\r\nShare fixtures and results.`,
      `${BUSINESS_CASE_POINTS.audience}:\r\nParents and the local sports clubs.`,
      `${BUSINESS_CASE_POINTS.promotion}:\r\nThe newsletter and the school website.`,
      'Who will run the account:\r\nMiss Kerensa Rowe\r\nMr Jory Tregunna',
      'Open: anyone can see it',
      'Everyone named has read the social media policy.',
      'Not everyone named has had social media training yet.',
      '- The SLT approves or rejects the request.',
      'keeps its login details and passwords securely',
    ]) {
      expect(body).toContain(expected);
    }
    expect(accountRequestMailto(check.request, 'not an address')).toBeNull();
  });

  it('shortens very long answers in the email, and says so', () => {
    const check = checkAccountRequest({ ...COMPLETE, aim: 'a'.repeat(MAX_ANSWER_IN_EMAIL + 50) });
    if (!check.ok) throw new Error('expected a complete request');
    const { body } = accountRequestEmail(check.request);
    expect(body).toContain(`${'a'.repeat(MAX_ANSWER_IN_EMAIL)}…`);
    expect(body).toContain('the printed business case has them in full');
  });

  it('reads a stored draft back safely', () => {
    expect(draftFromStorage(null)).toEqual(EMPTY_REQUEST);
    expect(draftFromStorage({ aim: 'x', site: 'myspace' })).toEqual(EMPTY_REQUEST);
    expect(draftFromStorage({ aim: 'x', extra: 'dropped' })).toEqual({ ...EMPTY_REQUEST, aim: 'x' });
  });

  it('quotes the policy word for word', () => {
    for (const point of Object.values(BUSINESS_CASE_POINTS)) expect(policyText).toContain(point);
    for (const clause of ACCOUNT_CONDITIONS) {
      expect(squash(policyText)).toContain(squash(clause.quote));
      expect(policyText).toContain(clause.section);
    }
  });
});
