/**
 * Which kind of account a compose box posts from: an official school account listed
 * in settings, the user's own choice remembered per site and account, or not known.
 */
import type { SchoolMentionMatcher } from './school/mentions';
import { phraseKeys } from './text/phrases';
import type { AccountKind, AccountSource, Site } from './types';

export type { AccountSource };

export interface AccountSignals {
  site: Site;
  /** The posting account as the page shows it (`@handle` on X, a name elsewhere). */
  handle?: string;
  /** The page says an organisation is posting (a Facebook Page, a LinkedIn company page). */
  organisation?: boolean;
}

/** The key under which the user's choice for an account is remembered. */
export function accountKey(site: Site, handle: string): string {
  return `${site}:${phraseKeys(handle.replace(/^@/, '')).join('')}`;
}

export function resolveAccountKind(
  signals: AccountSignals,
  school: SchoolMentionMatcher,
  remembered: Readonly<Record<string, 'personal' | 'school'>>,
): { account: AccountKind; source: AccountSource } {
  const { site, handle } = signals;
  if (handle) {
    const chosen = remembered[accountKey(site, handle)];
    if (chosen) return { account: chosen, source: 'user' };
    if (school.isOfficialAccount(site, handle)) return { account: 'school', source: 'official' };
    // A person's own account, as the page names it: the policy's "personal account".
    if (!signals.organisation) return { account: 'personal', source: 'page' };
  }
  return { account: 'unknown', source: 'unknown' };
}
