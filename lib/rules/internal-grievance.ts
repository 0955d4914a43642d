import type { DraftFacts } from '../facts';
import { type Complaint, type ComplaintAbout, type ComplaintKind, praiseOnly } from '../facts/complaints';
import { type ModelReading, modelMessage } from '../facts/models';
import type { PreparedDraft } from '../text/prepared';
import { sentenceAtSource } from '../text/sentence-matches';
import type { Span } from '../text/tokens';
import { CLAUSES } from '../policy/clauses';
import { disreputeSpans } from './disrepute';
import { defineRule } from './rule';

/** What the complaint is about, as the end of "… aimed at …" / "… about …". */
const ABOUT: Record<ComplaintAbout, string> = {
  leaders: 'leaders',
  colleague: 'a colleague',
  workload: 'workload',
  pay: 'pay',
  conditions: 'conditions at work',
  decisions: 'decisions at work',
  work: 'work',
};

/** Why it reads as a complaint, in plain words. */
function reading(kind: ComplaintKind, about: ComplaintAbout): string {
  const what = ABOUT[about];
  switch (kind) {
    case 'decline':
      return `a picture of decline (things getting worse) about ${what}`;
    case 'negated-praise':
      return `saying that something you would expect never happens, about ${what}`;
    case 'sarcasm':
      return `sarcasm about ${what}`;
    case 'mock-thanks':
      return `mock thanks aimed at ${what}`;
    case 'credit':
      return 'saying someone took the credit for your work';
    case 'piling-on':
      return 'saying work is being piled on you';
    case 'not-listening':
      return `saying concerns are not being listened to, about ${what}`;
    case 'put-down':
      return 'describing a put-down by a colleague';
    case 'refusal':
      return 'describing a request turned down';
    case 'advice':
      return 'advice to leaders that is really a complaint';
    case 'blame':
      return `blaming ${about === 'colleague' ? 'a colleague' : 'leaders'} for what went wrong`;
    case 'double-standard':
      return 'pointing out a double standard in how money is spent';
    case 'spending':
      return 'a complaint about how money is spent at the top';
    case 'pay':
      return 'a complaint about pay';
    default:
      return `a complaint about ${what}`;
  }
}

const MAX_QUOTE = 60;

/** The writer's own words, short enough to read in a panel. */
function quote(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim();
  return words.length <= MAX_QUOTE ? words : `${words.slice(0, MAX_QUOTE - 1).trimEnd()}…`;
}

const ADVICE = 'Concerns about leaders, colleagues, workload or pay are best raised with a senior leader or your union, not on social media.';

function message(text: string, complaint: Complaint, school: boolean): string {
  const why = `‘${quote(text.slice(complaint.cue.start, complaint.cue.end))}’ reads as ${reading(complaint.kind, complaint.about)}.`;
  if (school && complaint.kind === 'blame') {
    return `${why} On the school account, say what has happened and what happens next without blaming anyone; concerns about leaders or colleagues are best raised with a senior leader or your union, not on social media.`;
  }
  return `${why} ${ADVICE}`;
}

/** Does this rule ask its model about the draft? Only when the complaint shapes find nothing. */
export function grievanceAsksItsModel(facts: DraftFacts): boolean {
  return facts.complaints.length === 0;
}

/**
 * "Year 9 were awful in period 5 but the cover work from Mr Trewin was spot on": the
 * words the model weighs come after the sentence's last "but", and all after it is praise.
 */
function praisedAfterBut(draft: PreparedDraft, reading: ModelReading): boolean {
  const sentence = sentenceAtSource(draft, reading.span.start);
  if (!sentence) return false;
  const but = sentence.text.search(/\bbut\b(?!.*\bbut\b)/);
  if (but < 0 || !praiseOnly(sentence.text.slice(but + 3))) return false;
  const butAt = sentence.start + but;
  return reading.words.every((w) => {
    const token = draft.tokens.find((t) => t.sourceStart >= w.start);
    return token !== undefined && token.start > butAt;
  });
}

/**
 * Where the draft's complaints are, as this rule reads them: the shapes' complaints (none
 * where the model overrules them), or when they find none, the model's reading. `staff-named` asks whether a name is beside one.
 */
export function complaintSpans(draft: PreparedDraft, facts: DraftFacts): Span[] {
  if (!grievanceAsksItsModel(facts)) return facts.modelOverrules('internal-grievance') ? [] : facts.complaints.map((c) => ({ start: c.start, end: c.end }));
  const reading = facts.modelReading('internal-grievance');
  return reading && !praisedAfterBut(draft, reading) ? [reading.span] : [];
}

/**
 * Don'ts: "Don't use social media to air internal grievances". Complaints about the
 * school's leaders, colleagues, workload, pay, conditions or decisions, however they
 * are said (`lib/facts/complaints/`, shared with `staff-named`). Each finding quotes
 * the words that made it read as a complaint.
 */
export default defineRule({
  id: 'internal-grievance',
  title: 'A complaint about leaders, colleagues, workload, pay or conditions at work',
  clauses: [CLAUSES.grievance, CLAUSES.judgmentsAboutStaff],
  severity: { personal: 'warn', school: 'warn' },
  check({ draft, facts, policy }) {
    // A verdict on the school or the trust as a whole, with nothing inside it named
    // (no leader, colleague, pay or workload), is `disrepute`'s: "My school is circling the drain",
    // "Kirkton Academy, a centre of excellence. Aye, right" (what its model reads, too).
    const general = (complaint: Complaint) => complaint.about === 'work' || complaint.about === 'conditions';
    const verdicts = facts.complaints.some(general) ? disreputeSpans(draft, facts, policy.settings) : [];
    // (A verdict the model reads spans its whole sentence or more: only bare sarcasm inside it is the verdict's.
    // Mockery of the hashtag leaves a complaint beside it: "#FenmoorFamily they said. Families don't make you reapply…")
    const wholeSchoolVerdict = (complaint: Complaint) =>
      general(complaint) &&
      verdicts.some(
        (verdict) => !verdict.mockery && (!verdict.model || (complaint.kind === 'sarcasm' && complaint.about === 'work')) && verdict.start < complaint.end && complaint.start < verdict.end,
      );
    const found = facts.complaints.filter((complaint) => !wholeSchoolVerdict(complaint)).map((complaint) => ({
      start: complaint.start,
      end: complaint.end,
      message: message(draft.draft.text, complaint, draft.kind === 'school'),
    }));
    if (!grievanceAsksItsModel(facts)) {
      // The shapes' cue words also turn up in praise and in jokes at one's own expense ("a madhouse in the
      // best way", "brutal… we'll get there"): where the model is sure the draft is no complaint, it overrules them.
      return facts.modelOverrules('internal-grievance') ? [] : found;
    }
    // Nothing the shapes know: the model's reading, with the words that weigh most.
    const reading = facts.modelReading('internal-grievance');
    if (!reading || praisedAfterBut(draft, reading)) return [];
    const quoted = reading.words.map((w) => `‘${quote(draft.draft.text.slice(w.start, w.end))}’`);
    return [{ start: reading.span.start, end: reading.span.end, message: modelMessage(quoted, 'a complaint about work', ADVICE) }];
  },
});
