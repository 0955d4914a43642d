/**
 * `controversial`: content that "may have controversial implications for the school"
 * (Do's) — party politics and elections, strikes, religion-vs-school disputes,
 * academy/trust disputes, legal action and news stories about the school, including
 * holding statements about them. Factual notices about arrangements ("closed on
 * Thursday as a polling station", "closed to Years 3 to 6 because of strike action")
 * and elections inside school (school council, house captains) are not.
 *
 * On a personal account it applies only when the post mentions the school: what a
 * member of staff thinks of politics in their own name is outside the policy's scope.
 */
import { CLAUSES } from '../../policy/clauses';
import { sourceSpan } from '../../text/prepared';
import { defineRule, type RuleHit } from '../rule';
import { findControversies, type Topic } from './topics';

const MESSAGES: Record<Topic, string> = {
  politics:
    'This reads as taking a side in politics or an election. Check with a senior leader before posting it anywhere it can be linked to the school.',
  strike:
    'This is about strike action. Check with a senior leader before posting it anywhere it can be linked to the school; a plain notice about opening arrangements is fine.',
  religion:
    'This touches on a dispute between religion or belief and the school. Check with a senior leader before posting about it.',
  trust:
    "This is about a dispute over the school's academy trust (a merger, academisation or a disagreement with the trust). Check with a senior leader before posting about it.",
  legal:
    'This mentions legal action. Check with a senior leader before posting anything about it: statements about legal matters usually come from the head or the trust.',
  media:
    'This is about a news story concerning the school. Check with a senior leader before posting: public comment on press coverage usually comes from the head or the trust.',
};

export default defineRule({
  id: 'controversial',
  title: 'Politics, strikes, disputes, legal action or news stories about the school need a senior leader to check first',
  clauses: [CLAUSES.controversial],
  severity: { personal: 'warn', school: 'warn' },
  check({ draft, facts }) {
    if (draft.kind === 'personal' && !facts.mentionsSchool) return [];
    const hits: RuleHit[] = [];
    for (const hit of findControversies(draft, facts.schoolMentions)) {
      hits.push({ ...sourceSpan(draft, hit.start, hit.end), message: MESSAGES[hit.topic] });
    }
    return hits;
  },
});
