/**
 * `disrepute`: a verdict on the school or the trust as a whole. The words are in
 * `vocabulary.ts`; `verdicts.ts` finds verdicts and what they are about.
 */
import { CLAUSES } from '../../policy/clauses';
import { defineRule } from '../rule';
import { findVerdicts } from './verdicts';

/** Work references that stand for the whole school ("our school"), not "my class". */
const WHOLE_SCHOOL_WORDS = new Set(['school', 'academy', 'trust']);

/**
 * Don'ts: "Don't make comments, post content or link to materials that will bring
 * the school into disrepute". A clearly negative verdict on the school or the trust
 * as a whole; complaints about its leaders or workload are `internal-grievance`.
 */
export default defineRule({
  id: 'disrepute',
  title: 'A negative verdict on the school or the trust as a whole',
  clauses: [CLAUSES.disrepute],
  severity: { personal: 'warn', school: 'warn' },
  check({ draft, facts }) {
    const references = facts.schoolMentions.filter(
      (mention) =>
        mention.kind !== 'work-reference' ||
        draft.tokens.slice(mention.first, mention.last + 1).some((token) => WHOLE_SCHOOL_WORDS.has(token.base)),
    );
    return findVerdicts(draft, references).map((verdict) => ({
      start: verdict.start,
      end: verdict.end,
      message:
        'This passes judgement on the school as a whole, which could bring it into disrepute. If something worries you about how the school is run, raise it with a senior leader or through the proper procedures instead.',
    }));
  },
});
