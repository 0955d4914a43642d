/**
 * `confidential`: safeguarding cases, exclusions, a child's special educational needs,
 * HR and disciplinary matters, unpublished inspection outcomes, private family news
 * and requests for secrecy. The words are in `vocabulary.ts`; `matters.ts` finds the
 * cases and groups them into one finding per concern.
 */
import { CLAUSES } from '../../policy/clauses';
import { defineRule } from '../rule';
import { findConfidentialMatters, type ConfidentialKind } from './matters';

/** What the words read as, by kind of matter. */
const READS_AS: Record<ConfidentialKind, string> = {
  safeguarding: 'a safeguarding or child protection case',
  exclusion: "a pupil's exclusion",
  send: "details of a child's special educational needs",
  'staff-matter': 'a disciplinary, HR or investigation matter',
  inspection: 'an inspection outcome before the report is published',
  'child-news': 'private news about a child or their family',
  secrecy: 'something meant to stay private',
};

/** What to do, by kind of matter. Plain and calm: the writer is usually trying to help. */
const ADVICE: Record<ConfidentialKind, string> = {
  safeguarding: 'Keep it off social media and talk to your designated safeguarding lead instead.',
  exclusion: 'Exclusions are confidential to the pupil and their family: remove this, and discuss it only with colleagues who need to know.',
  send: "Keep them off social media; they belong in the child's records and conversations with their family.",
  'staff-matter': 'These are confidential: remove this, and raise any concern with a senior leader or your union.',
  inspection: 'Inspection outcomes stay confidential until the report is published. Wait for the official publication before posting.',
  'child-news': "Leave it out: it isn't yours to share.",
  secrecy: "If it needs to stay between you, it doesn't belong on social media. Remove it, or share it only through the proper school channels.",
};

/** "“social services are involved” and “one of the kids in my class” read as a safeguarding case. Keep it…" */
function confidentialMessage(kind: ConfidentialKind, words: readonly string[]): string {
  const quoted = words.map((w) => `“${w.length > 80 ? `${w.slice(0, 77).trimEnd()}…` : w}”`);
  if (quoted.length === 0) return `This reads as ${READS_AS[kind]}. ${ADVICE[kind]}`;
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
  return `${list} ${quoted.length === 1 ? 'reads' : 'read'} as ${READS_AS[kind]}. ${ADVICE[kind]}`;
}

/**
 * Don'ts: "Don't publish confidential or commercially sensitive material"; Behaviour:
 * "Staff must ensure that confidentiality is maintained on social media".
 */
export default defineRule({
  id: 'confidential',
  title: 'Confidential school matters: safeguarding, SEN, exclusions, HR, unpublished results, secrets',
  clauses: [CLAUSES.confidential, CLAUSES.confidentialityMaintained],
  severity: { personal: 'block', school: 'block' },
  check({ draft, facts }) {
    const matters = findConfidentialMatters(draft, {
      mentionsSchool: facts.mentionsSchool,
      pupils: facts.pupilMentions,
      staff: facts.staffMentions,
    });
    return matters.map((matter) => ({ start: matter.start, end: matter.end, message: confidentialMessage(matter.kind, matter.words) }));
  },
});
