import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_IN_EMAIL, secondOpinionContacts, secondOpinionEmail, secondOpinionMailto } from '../../lib/second-opinion';
import { isEmailAddress } from '../../lib/settings/form';
import type { Finding } from '../../lib/types';

const finding = (severity: Finding['severity'], message: string): Finding => ({ rule: 'pupil-name', severity, message, policy: 'p' });

function decode(mailto: string) {
  const url = new URL(mailto);
  return { to: decodeURIComponent(url.pathname), subject: url.searchParams.get('subject'), body: url.searchParams.get('body') };
}

describe('second opinion contacts', () => {
  it('offers the senior leader first, then others, with plain labels, and drops what is not an email address', () => {
    const contacts = secondOpinionContacts({ dsl: 'dsl@example.org', headOfYear6: 'y6@example.org', slt: ' head@example.org ', phone: '01726 000000' });
    expect(contacts).toEqual([
      { key: 'slt', label: 'Senior leader', email: 'head@example.org' },
      { key: 'dsl', label: 'Designated safeguarding lead', email: 'dsl@example.org' },
      { key: 'headOfYear6', label: 'Head of year 6', email: 'y6@example.org' },
    ]);
  });

  it.each([
    ['head@example.org', true],
    ['a.b+c@school.sch.uk', true],
    ['no at sign', false],
    ['a@b', false],
    ['a@b.org?cc=everyone@x.org', false],
    ['two words@example.org', false],
    ['a@b.org,c@d.org', false],
  ])('%s is an email address: %s', (value, expected) => {
    expect(isEmailAddress(value)).toBe(expected);
  });
});

describe('the second opinion email', () => {
  it('names the rules flagged, worst first, once each, never the words; and leaves the draft out unless asked', () => {
    const findings: Finding[] = [
      { rule: 'disclaimer-missing', severity: 'warn', message: 'Add a disclaimer.', policy: 'p' },
      finding('block', 'Grace Okafor, in a post about your class, looks like a pupil’s name.'),
      finding('block', 'Callum looks like a pupil’s name.'),
      { rule: 'school-trip-times', severity: 'info', message: 'Trip times go to parents.', policy: 'p' },
    ];
    const mailto = secondOpinionMailto({ to: 'head@example.org', site: 'x', findings, customRules: [{ id: 'school-trip-times', title: 'Trip times' }] })!;
    const { to, subject, body } = decode(mailto);
    expect(to).toBe('head@example.org');
    expect(subject).toBe('Second opinion on a post on X, please');
    expect(body).toContain(
      "- Must fix: A pupil's name: never on a personal account; first names only on the school account\r\n- Should fix: A personal post that mentions the school needs a disclaimer\r\n- Tip: Trip times",
    );
    expect(body).not.toMatch(/Grace|Callum/);
    expect(body).toContain("I haven't put the draft in this email");
    expect(body).not.toContain('My draft');
  });

  it('puts the draft in when asked, encoded so &, ? and # survive', () => {
    const draft = 'Fish & chips? #SSCA 100% done\nsecond line';
    const mailto = secondOpinionMailto({ to: 'head@example.org', site: 'facebook', findings: [], draft })!;
    expect(mailto).not.toMatch(/[\s#]/);
    expect(mailto).not.toContain('+');
    const { body } = decode(mailto);
    expect(body).toContain('Fish & chips? #SSCA 100% done\r\nsecond line');
    expect(body).not.toContain('pointed out');
  });

  it('cuts a long draft short and says so', () => {
    const draft = 'word '.repeat(1000);
    const { body } = secondOpinionEmail({ to: 'a@b.org', site: null, findings: [], draft });
    expect(body).toContain(`this is the first ${MAX_DRAFT_IN_EMAIL}`);
    expect(body.length).toBeLessThan(MAX_DRAFT_IN_EMAIL + 500);
  });

  it('refuses an address that could add recipients or headers', () => {
    expect(secondOpinionMailto({ to: 'x', site: null, findings: [] })).toBeNull();
    expect(secondOpinionMailto({ to: 'a@b.org&bcc=c@d.org', site: null, findings: [] })).toBeNull();
    expect(secondOpinionMailto({ to: "o'brien&co@b.org", site: null, findings: [] })).toMatch(/^mailto:o'brien%26co@b\.org\?subject=/);
  });
});
