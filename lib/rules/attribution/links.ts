/** Links that need no credit: the school's own website and its official accounts. */
import type { CompiledPolicy } from '../../compiled-policy';
import type { LinkSpan } from '../../text/tokens';

function normaliseHost(address: string): { host: string; path: string } {
  const bare = address.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^www\./i, '');
  const slash = bare.search(/[/?#]/);
  const host = (slash === -1 ? bare : bare.slice(0, slash)).toLowerCase().replace(/\.$/, '');
  const path = slash === -1 ? '' : bare.slice(slash);
  return { host, path };
}

const SOCIAL_HOSTS: Record<string, 'x' | 'facebook' | 'linkedin'> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'mobile.twitter.com': 'x',
  'facebook.com': 'facebook',
  'm.facebook.com': 'facebook',
  'fb.com': 'facebook',
  'linkedin.com': 'linkedin',
  'uk.linkedin.com': 'linkedin',
};

/** Links to the school's own website or to one of its official accounts need no credit. */
export function isSchoolsOwn(link: LinkSpan, policy: CompiledPolicy): boolean {
  const { host, path } = normaliseHost(link.text);
  const website = policy.settings.school.website;
  if (website) {
    const own = normaliseHost(website.trim()).host;
    if (own && (host === own || host.endsWith(`.${own}`))) return true;
  }
  const site = SOCIAL_HOSTS[host];
  if (site) {
    const segments = path.split(/[/?#]/).filter((s) => s.length > 0);
    const name = ['company', 'school', 'in', 'pages'].includes(segments[0] ?? '') ? segments[1] : segments[0];
    if (name && policy.school.isOfficialAccount(site, decodeURIComponent(name).replace(/[-_.]/g, ' '))) return true;
    if (name && policy.school.isOfficialAccount(site, `@${name}`)) return true;
  }
  return false;
}
