/**
 * `personal-data`: phone numbers, email addresses, home addresses, dates of birth,
 * UPNs, NHS numbers and National Insurance numbers in a draft.
 *
 * docs/rules.md: never dates without a birth context, times, scores, prices, years,
 * or the school's own published numbers and emails from settings. Most of each
 * detector is about those negatives: each accepts only what a reader would recognise
 * as the item, so precision does not depend on one rule fixing another.
 *
 * One file per kind of item: `phones.ts`, `emails.ts`, `addresses.ts` (streets and
 * postcodes), `birth-dates.ts` (with `dates.ts`), `id-numbers.ts` (UPN, NHS, NI). This
 * file says which wins when two claim the same words, and what to tell the writer.
 */
import { CLAUSES } from '../../policy/clauses';
import { sourceSpan } from '../../text/prepared';
import { GrowingSpanSet } from '../../text/spans';
import { defineRule, type RuleHit } from '../rule';
import { addresses } from './addresses';
import { birthDates } from './birth-dates';
import { emailAddresses } from './emails';
import { nhsNumbers, niNumbers, pupilNumbers } from './id-numbers';
import type { Found, Item } from './items';
import { phoneNumbers } from './phones';

const MESSAGES: Record<Item, string> = {
  phone: 'Remove the phone number, or share it privately with the person who needs it.',
  email: 'Remove the email address, or share it privately with the person who needs it.',
  address: 'Remove the address, or share it privately with the person who needs it.',
  birthDate: 'Remove the date of birth: it identifies a person. Keep it in school records, not in a post.',
  upn: 'Remove the pupil’s number (a UPN or candidate number). Pupil records stay in the school’s own systems, not in a post.',
  nhs: 'Remove the NHS number. Health details stay in the school’s own systems, not in a post.',
  niNumber: 'Remove the National Insurance number, or send it privately to the person who needs it (such as payroll).',
};

// When two detectors claim the same characters, the more specific item is reported:
// one span gets one finding (docs/rules.md).
const PRECEDENCE: readonly Item[] = ['email', 'niNumber', 'upn', 'nhs', 'birthDate', 'address', 'phone'];
const RANK = Object.fromEntries(PRECEDENCE.map((item, i) => [item, i])) as Record<Item, number>;

export default defineRule({
  id: 'personal-data',
  title: 'Personal data: phone numbers, emails, home addresses, dates of birth, UPNs, NHS and National Insurance numbers',
  clauses: [CLAUSES.dataProtection, CLAUSES.dataProtectionDont],
  severity: { personal: 'block', school: 'block' },
  check({ draft, policy }) {
    // One byte a character where no pattern needs more (see subjectFor); an NHS number is never next to a €.
    const { text, plain } = draft.folded;
    const found = [
      ...emailAddresses(draft, policy),
      ...niNumbers(plain),
      ...pupilNumbers(plain),
      ...nhsNumbers(text),
      ...birthDates(plain),
      ...addresses(draft, policy),
      ...phoneNumbers(draft, policy),
    ].sort((a, b) => RANK[a.item] - RANK[b.item] || b.end - b.start - (a.end - a.start));
    const kept: Found[] = [];
    const claimed = new GrowingSpanSet(text.length);
    for (const f of found) {
      if (claimed.overlaps(f.start, f.end)) continue;
      claimed.add(f.start, f.end);
      kept.push(f);
    }
    return kept
      .sort((a, b) => a.start - b.start)
      .map((f): RuleHit => ({ ...sourceSpan(draft, f.start, f.end), message: MESSAGES[f.item] }));
  },
});
