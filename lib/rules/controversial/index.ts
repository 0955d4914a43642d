/**
 * `controversial`: content that "may have controversial implications for the school"
 * (Do's) — party politics and elections, campaigns on funding and pay, strikes,
 * religion-vs-school disputes, academy/trust disputes (a change of trust still being
 * fought over, a public meeting about it), legal action, news stories about the
 * school, holding statements about them, and talking to the press about a story or an
 * incident. Factual notices about arrangements ("closed on Thursday as a polling
 * station", "closed to Years 3 to 6 because of strike action", "the consultation
 * closes on Friday") and elections inside school (school council, a mock election)
 * are not.
 *
 * On a personal account it applies only when the post mentions the school: what a
 * member of staff thinks of politics in their own name is outside the policy's scope.
 */
import { CLAUSES } from '../../policy/clauses';
import { sourceSpan, type PreparedDraft } from '../../text/prepared';
import type { Span } from '../../text/tokens';
import { defineRule, type RuleHit } from '../rule';
import { findControversies, type Topic } from './topics';

/** What the words read as, after the quoted words. */
const READS_AS: Record<Topic, string> = {
  politics: 'taking a side in politics or an election',
  campaign: 'campaigning on school funding or pay',
  strike: 'backing or discussing strike action',
  religion: 'part of a dispute between religion or belief and the school',
  trust: "part of a change or a dispute over the school's academy trust",
  legal: 'comment on legal action',
  media: 'comment on a news story about the school',
  holding: 'a statement about a news story, claims or a dispute concerning the school',
  offer: 'offering the press your side of a story about the school',
  answer: 'answering a press enquiry about an incident',
};

/** What to do, in plain words. */
const ADVICE: Record<Topic, string> = {
  politics: 'Check with a senior leader before posting it anywhere it can be linked to the school.',
  campaign: 'Check with a senior leader before posting it anywhere it can be linked to the school.',
  strike: 'Check with a senior leader before posting it anywhere it can be linked to the school; a plain notice about opening arrangements is fine.',
  religion: 'Check with a senior leader before posting about it.',
  trust: 'Check with a senior leader before posting about it: a plain notice of dates is fine, taking a side is for the head or the trust to decide.',
  legal: 'Check with a senior leader before posting anything about it: statements about legal matters usually come from the head or the trust.',
  media: 'Check with a senior leader before posting: public comment on press coverage usually comes from the head or the trust.',
  holding: 'Check with a senior leader before posting: statements like this usually come from the head or the trust.',
  offer: "Check with a senior leader first: the school's media policy says who speaks to the press about the school.",
  answer: "Check with a senior leader first: answers to the press about an incident go through the school's media policy.",
};

/** The draft's own words for the parts, in order, each shortened when long. */
function quoted(draft: PreparedDraft, parts: readonly Span[]): string {
  const seen: string[] = [];
  // Words inside others already quoted ("the papers" in "tell the papers a thing or two") are said once.
  const kept = [...parts].sort((a, b) => a.start - b.start || b.end - a.end).filter((part, k, all) => !all.some((other, j) => j < k && other.start <= part.start && part.end <= other.end));
  for (const part of kept) {
    const span = sourceSpan(draft, part.start, part.end);
    const words = draft.draft.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim().replace(/[,:;]+$/, '');
    const shown = `“${words.length > 50 ? `${words.slice(0, 49)}…` : words}”`;
    if (!seen.includes(shown)) seen.push(shown);
  }
  return seen.slice(0, 3).join(' and ');
}

export default defineRule({
  id: 'controversial',
  title: 'Politics, strikes, disputes, legal action or news stories about the school need a senior leader to check first',
  clauses: [CLAUSES.controversial],
  severity: { personal: 'warn', school: 'warn' },
  check({ draft, facts }) {
    if (draft.kind === 'personal' && !facts.mentionsSchool) return [];
    const hits: RuleHit[] = [];
    // A long draft can say the same thing hundreds of times: each message is written once.
    const messages = new Map<string, string>();
    for (const hit of findControversies(draft, facts.schoolMentions)) {
      const key = `${hit.topic}\u0000${hit.parts.map((part) => draft.folded.text.slice(part.start, part.end)).join('\u0001')}`;
      let message = messages.get(key);
      if (message === undefined) {
        const words = quoted(draft, hit.parts);
        message = `${words} ${words.includes('” and “') ? 'read' : 'reads'} as ${READS_AS[hit.topic]}. ${ADVICE[hit.topic]}`;
        messages.set(key, message);
      }
      hits.push({ ...sourceSpan(draft, hit.start, hit.end), message });
    }
    return hits;
  },
});
