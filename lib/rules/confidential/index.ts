/**
 * `confidential`: safeguarding cases, exclusions, a child's special educational needs,
 * HR and disciplinary matters, unpublished inspection outcomes, private family news
 * and requests for secrecy. The words are in `vocabulary.ts`; `matters.ts` finds the
 * cases and groups them into one finding per concern.
 */
import { CLAUSES } from '../../policy/clauses';
import { defineRule } from '../rule';
import { findConfidentialMatters, type ConfidentialKind } from './matters';

const MESSAGES: Record<ConfidentialKind, string> = {
  safeguarding:
    'This mentions a safeguarding or child protection matter. Keep it off social media and talk to your designated safeguarding lead instead.',
  exclusion: 'Exclusions are confidential to the pupil and their family. Remove this, and discuss it only with colleagues who need to know.',
  send: "This shares details of a child's special educational needs. Keep them off social media; they belong in the child's records and conversations with their family.",
  'staff-matter':
    'Disciplinary, HR and investigation matters are confidential. Remove this, and raise any concern with a senior leader or your union.',
  inspection: 'Inspection outcomes stay confidential until the report is published. Wait for the official publication before posting.',
  'child-news': "This passes on private news about a child or their family. Leave it out: it isn't yours to share.",
  secrecy: "If it needs to stay between you, it doesn't belong on social media. Remove it, or share it only through the proper school channels.",
};

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
    return matters.map((matter) => ({ start: matter.start, end: matter.end, message: MESSAGES[matter.kind] }));
  },
});
