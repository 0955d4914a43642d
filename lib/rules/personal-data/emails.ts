/** Email addresses, plain or written to dodge scrapers, other than the school's published ones. */
import type { CompiledPolicy } from '../../compiled-policy';
import type { PreparedDraft } from '../../text/prepared';
import type { Found } from './items';
import { allMatches } from '../../text/patterns';

// Addresses written to dodge scrapers: "sarah [at] example [dot] com", "sarah at example dot com".
// The pattern starts at the "at", and the name before it is read backwards (at most 64
// characters, the longest an address's name can be), so a long run of letters costs
// one pass, not one per letter.
const DISGUISED_EMAIL_DOMAIN =
  /(?:\s?[[(]\s*at\s*[\])]\s?|\sat\s)[\p{L}\p{N}-]{1,63}(?:\s*(?:[[(]\s*dot\s*[\])]|\sdot\s)\s*[\p{L}\p{N}-]{1,63})+/gu;
const DISGUISED_EMAIL_NAME = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}$/u;
const DISGUISE_TLD = /(?:com|org|net|uk|co|edu|gov|info|io|me|example)$/;

export function emailAddresses(prepared: PreparedDraft, policy: CompiledPolicy): Found[] {
  const out: Found[] = [];
  for (const link of prepared.links) {
    if (link.kind !== 'email') continue;
    // The address pattern lets a quote or dot lead in: `'office@…'` is still the office.
    const lead = link.text.length - link.text.replace(/^[^\p{L}\p{N}]+/u, '').length;
    const address = link.text.slice(lead);
    if (policy.publicContacts.emails.has(address)) continue;
    out.push({ start: link.start + lead, end: link.end, item: 'email' });
  }
  const text = prepared.folded.plain;
  for (const m of allMatches(DISGUISED_EMAIL_DOMAIN, text)) {
    const name = DISGUISED_EMAIL_NAME.exec(text.slice(Math.max(0, m.index - 64), m.index));
    if (!name) continue;
    // "look at this dot com" is a sentence: the plain-word form needs a real ending.
    if (!/[[(]\s*at\s*[\])]/.test(m[0]) && !DISGUISE_TLD.test(m[0])) continue;
    const start = m.index - name[0].length;
    const end = m.index + m[0].length;
    // The address as written (not `plain`'s stand-ins), to compare with the school's own.
    const plain = prepared.folded.text
      .slice(start, end)
      .replace(/\s*[[(]?\s*\bat\b\s*[\])]?\s*/, '@')
      .replace(/\s*[[(]?\s*\bdot\b\s*[\])]?\s*/g, '.');
    if (policy.publicContacts.emails.has(plain)) continue;
    out.push({ start, end, item: 'email' });
  }
  return out;
}
