/**
 * The site adapters, and which one handles a page. The content script asks
 * `adapterFor(new URL(location.href))` once per navigation; a page no adapter matches
 * (m.facebook.com, X's developer site, LinkedIn's help centre on another host) is left alone.
 */
import { FACEBOOK_MATCHES, facebookAdapter } from './facebook';
import { LINKEDIN_MATCHES, linkedinAdapter } from './linkedin';
import type { SiteAdapter } from './types';
import { X_MATCHES, xAdapter } from './x';

export const ADAPTERS: readonly SiteAdapter[] = [xAdapter, facebookAdapter, linkedinAdapter];

/** Match patterns for the content script, the same hosts the adapters accept. */
export const CONTENT_MATCHES: readonly string[] = [...X_MATCHES, ...FACEBOOK_MATCHES, ...LINKEDIN_MATCHES];

export function adapterFor(url: URL): SiteAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matches(url)) ?? null;
}

export { facebookAdapter, linkedinAdapter, xAdapter };
