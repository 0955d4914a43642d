/**
 * The complaint model (lib/facts/complaints/model.ts): a second reader for
 * `internal-grievance`, learnt from the tuning part of tests/corpus.
 *
 * The drafts below are this file's own wording, not the corpus's. Each positive is one
 * the complaint shapes miss (asserted), so the rule finds it only through the model.
 * If retraining on a grown corpus moves one of them below the threshold, that is a
 * change a user would notice: look at why before replacing it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findComplaints } from '../../lib/facts/complaints';
import { COMPLAINT_MODEL, MODEL_READS_TOKENS, modelFeatures, readWithModel, scoreOf } from '../../lib/facts/complaints/model';
import { DraftFacts } from '../../lib/facts';
import { checkDraft } from '../../lib/engine';
import rule from '../../lib/rules/internal-grievance';
import { prepareDraft } from '../../lib/text/prepared';
import type { AccountKind } from '../../lib/types';
import { corpusDrafts, discoverCorpora } from '../../support/corpus-score';
import { modelFile, thresholdFor, trainComplaintModel, trainingExamples } from '../../support/complaint-model-training';
import { makePolicy } from '../helpers';

const policy = makePolicy();
const draftOf = (text: string, account: AccountKind = 'personal') => ({ text, site: 'facebook' as const, account });
const findings = (text: string, account: AccountKind = 'personal') => checkDraft(draftOf(text, account), policy, [rule]);
const shapesFind = (text: string) => findComplaints(prepareDraft(draftOf(text))).length > 0;

/** Complaints said in words no shape holds: the model's to find. */
const UNSHAPED_COMPLAINTS = [
  'Applied for the flexible working request in March. Still waiting. It is November.',
  'Apparently the answer to the recruitment problem is for the rest of us to teach more periods.',
  'Bit rich asking staff to model resilience while half the department are off with stress.',
  "Sat in a briefing being told how valued we are, twenty minutes after being told there's no money for supply.",
];

/** Close to a complaint in their words, and not one: praise, tiredness, the government, advice, a notice. */
const NOT_COMPLAINTS = [
  'Really grateful to our head for giving us the Friday afternoon back before half term. It made such a difference.',
  "Absolutely shattered after parents' evening but the conversations were worth it.",
  'The DfE announcing yet another reading framework with no money attached. Classic.',
  'Our SLT ran the whole of bus duty today in the snow so we could get warm. Legends.',
  'A tip for new teachers: batch your marking and leave by five at least twice a week.',
  'Ministers have again asked schools to find the pay award from existing budgets.',
  'Morning all, reminder that the staff quiz is on Thursday in the hall.',
  'My line manager spotted I was struggling and took two of my duties off me without a fuss. Lucky to have her.',
];

describe('internal-grievance through the complaint model', () => {
  it.each(UNSHAPED_COMPLAINTS)('finds a complaint no shape holds: %s', (text) => {
    expect(shapesFind(text)).toBe(false);
    const found = findings(text);
    expect(found).toHaveLength(1);
    // It quotes words of the draft, and says it is a judgement that can be wrong.
    const quoted = [...found[0]!.message.matchAll(/‘([^’]+)’/g)].map((m) => m[1]!);
    expect(quoted.length).toBeGreaterThan(0);
    for (const words of quoted) expect(text.includes(words.replace(/…$/, ''))).toBe(true);
    expect(found[0]!.message).toContain('can be wrong');
    expect(found[0]!.message).toContain('senior leader or your union');
    // The finding underlines a sentence of the draft, not the whole of it.
    const { start = -1, end = -1 } = found[0]!;
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(text.length);
    expect(/[.?!]/.test(text.slice(start, end).trim().slice(0, -1))).toBe(false);
  });

  it.each(NOT_COMPLAINTS)('leaves alone: %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it('the same words on the school account are read the same way', () => {
    expect(findings(UNSHAPED_COMPLAINTS[2]!, 'school')).toHaveLength(1);
  });

  it('adds nothing where a shape already found the complaint: one finding, the shape’s', () => {
    const text = 'SLT have no idea what goes on in our classrooms.';
    const found = findings(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).not.toContain('can be wrong');
  });

  it('quotes a run of touching words as one phrase, not as fragments', () => {
    const text = 'Nine years as a TA and still on the same spine point as the new starter. Experience clearly counts round here.';
    const reading = readWithModel(prepareDraft(draftOf(text)));
    expect(reading).not.toBeNull();
    const quoted = reading!.words.map((w) => text.slice(w.start, w.end));
    expect(quoted.some((q) => q.split(' ').length >= 3)).toBe(true);
  });
});

describe('what the model reads', () => {
  const names = (text: string) => {
    const draft = prepareDraft(draftOf(text));
    return modelFeatures(draft, new DraftFacts(draft, policy).modelContext).map((f) => f.name);
  };

  it("reads the school, the trust, staff, handles and numbers as placeholders, so one school's names carry to another", () => {
    const read = names('Mrs Pascoe told @someone that St Stephens and An Daras want 3 more data drops.');
    expect(read).toEqual(expect.arrayContaining(['<staff>', '<handle>', '<school>', '<trust>', '<number>', '<staff> told', '<number> more']));
    expect(read.join(' ')).not.toMatch(/pascoe|stephens|daras/);
  });

  it('pairs words only inside a sentence', () => {
    const read = names('Marking done. Weekend gone.');
    expect(read).toContain('marking done');
    expect(read).not.toContain('done weekend');
  });

  it('reads what the sentence readings found beside the words', () => {
    expect(names('SLT have no idea.')).toEqual(expect.arrayContaining(['~leader', '~negative-people']));
    expect(names('Our head stood on bus duty in the rain so we did not have to. Grateful.')).not.toContain('~negative-people');
  });

  it(`reads the first ${MODEL_READS_TOKENS} words only, however long the draft`, () => {
    const long = `${'We planted bulbs in the garden today. '.repeat(120)}Another pointless initiative dropped on us with no warning.`;
    const draft = prepareDraft(draftOf(long));
    const features = modelFeatures(draft, new DraftFacts(draft, policy).modelContext);
    expect(draft.tokens.length).toBeGreaterThan(MODEL_READS_TOKENS + 5);
    expect(Math.max(...features.map((f) => f.last))).toBeLessThan(MODEL_READS_TOKENS + 1);
    expect(features.map((f) => f.name)).not.toContain('pointless');
    // The shapes still read the whole draft.
    expect(findings(long)).toHaveLength(1);
  });

  it('scores more words of complaint higher', () => {
    const weights = { bias: 0, threshold: 0.5, lengthFloor: 1, weights: { unfair: 2, again: 1 } };
    expect(scoreOf(['unfair', 'again'], weights)).toBeGreaterThan(scoreOf(['unfair', 'lovely'], weights));
    expect(scoreOf([], weights)).toBe(0.5);
  });
});

describe('training', () => {
  it('the threshold is the lowest score that keeps the target precision on unseen groups', () => {
    const scores = [0.9, 0.8, 0.7, 0.6, 0.5].map((score, i) => ({ group: 'g', score, complaint: i !== 3 }));
    // 0.9, 0.8, 0.7: all right (1.0); with 0.6: 3 of 4 (0.75); with 0.5: 4 of 5 (0.8).
    expect(thresholdFor(scores, 0.8)).toBe(0.5);
    expect(thresholdFor(scores, 0.95)).toBe(0.7);
  });

  it('learns from the tuning part only: no held-back draft is a training example', () => {
    const examples = trainingExamples();
    const held = new Set(discoverCorpora().flatMap((dir) => corpusDrafts(dir).filter((d) => d.split === 'held').map((d) => `${dir}:${d.id}`)));
    const tune = discoverCorpora().flatMap((dir) => corpusDrafts(dir).filter((d) => d.split === 'tune'));
    expect(held.size).toBeGreaterThan(0);
    expect(examples).toHaveLength(tune.length);
    expect(examples.filter((e) => tune.every((d) => d.id !== e.id))).toEqual([]);
  });

  it('the shipped model is what the tuning corpus gives (npm run train:complaints)', { timeout: 120_000 }, () => {
    const file = fileURLToPath(new URL('../../lib/facts/complaints/model-weights.json', import.meta.url));
    const { model, unseen } = trainComplaintModel();
    expect(readFileSync(file, 'utf8')).toBe(modelFile(model));
    expect(COMPLAINT_MODEL.threshold).toBe(model.threshold);
    // Groups it was not trained on: the precision the threshold was chosen for, and recall worth having.
    expect(unseen.precision).toBeGreaterThanOrEqual(0.95);
    expect(unseen.recall).toBeGreaterThan(0.6);
  });
});
