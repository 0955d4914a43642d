import { describe, expect, it } from 'vitest';
import { accountKey, resolveAccountKind } from '../../lib/account-kind';
import { requestSchema } from '../../lib/messaging';
import { makePolicy } from '../helpers';

const { school } = makePolicy();

describe('which account a box posts from', () => {
  it('knows the official accounts from settings, whatever the case or @', () => {
    expect(resolveAccountKind({ site: 'x', handle: '@ststephensca' }, school, {})).toEqual({ account: 'school', source: 'official' });
    expect(resolveAccountKind({ site: 'facebook', handle: 'St Stephens Community Academy', organisation: true }, school, {})).toEqual({ account: 'school', source: 'official' });
  });

  it('treats a named person as personal, and an unnamed or unknown organisation as not yet known', () => {
    expect(resolveAccountKind({ site: 'x', handle: '@msjones' }, school, {})).toEqual({ account: 'personal', source: 'page' });
    expect(resolveAccountKind({ site: 'x' }, school, {})).toEqual({ account: 'unknown', source: 'unknown' });
    expect(resolveAccountKind({ site: 'facebook', handle: 'Launceston Running Club', organisation: true }, school, {})).toEqual({ account: 'unknown', source: 'unknown' });
  });

  it("lets the user's remembered choice win, per site and account", () => {
    const remembered = { [accountKey('x', '@MsJones')]: 'school' as const };
    expect(resolveAccountKind({ site: 'x', handle: 'msjones' }, school, remembered)).toEqual({ account: 'school', source: 'user' });
    expect(resolveAccountKind({ site: 'linkedin', handle: 'msjones' }, school, remembered).account).toBe('personal');
  });
});

describe('messages', () => {
  it('accepts a well-formed draft check and refuses anything else', () => {
    const draft = { text: 'Hi', site: 'x', surface: 'post', images: 0 };
    expect(requestSchema.safeParse({ type: 'check-draft', composerId: 'c1', draft }).success).toBe(true);
    expect(requestSchema.safeParse({ type: 'check-draft', composerId: 'c1', draft: { ...draft, site: 'myspace' } }).success).toBe(false);
    expect(requestSchema.safeParse({ type: 'run-code', code: 'alert(1)' }).success).toBe(false);
  });

  it('has no message that writes the pupil list: only extension pages write it, straight to the database', () => {
    const pupils = [{ forename: 'Ava', surname: 'Khan', mediaConsent: 'granted', handles: [] }];
    expect(requestSchema.safeParse({ type: 'replace-roster', pupils, source: 'x' }).success).toBe(false);
  });
});
