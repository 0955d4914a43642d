/**
 * The judgement models (lib/facts/models/): second readers for `internal-grievance`
 * and `disrepute`, learnt from the tuning part of tests/corpus.
 *
 * The drafts below are this file's own wording, not the corpus's. Each positive is one
 * the shapes miss (asserted), so the rule finds it only through its model. If
 * retraining on a grown corpus moves one of them below the threshold, that is a change
 * a user would notice: look at why before replacing it.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findComplaints } from '../../lib/facts/complaints';
import { couldReach, MODEL_READS_TOKENS, MODELLED_RULES, MODELS, overrules, readWithModel, scoreOf, wordFeatures } from '../../lib/facts/models';
import { SIGNAL_COUNT } from '../../lib/facts/complaints';
import { draftFromLine, draftLineSchema } from '../../lib/draft-line';
import disrepute, { disreputeAsksItsModel, verdictsIn } from '../../lib/rules/disrepute';
import { hasVerdictWordsIn } from '../../lib/rules/disrepute/verdicts';
import { DraftFacts } from '../../lib/facts';
import { checkDraft } from '../../lib/engine';
import rule, { grievanceAsksItsModel } from '../../lib/rules/internal-grievance';
import { prepareDraft } from '../../lib/text/prepared';
import type { AccountKind } from '../../lib/types';
import { corpusDrafts, discoverCorpora, loadCorpusPolicy } from '../../support/corpus-score';
import { modelFile, TARGET_PRECISION, thresholdFor, trainModels, trainingExamples, vetoFor } from '../../support/model-training';
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
    const draft = prepareDraft(draftOf(text));
    const reading = new DraftFacts(draft, policy).modelReading('internal-grievance');
    expect(reading).not.toBeNull();
    const quoted = reading!.words.map((w) => text.slice(w.start, w.end));
    expect(quoted.some((q) => q.split(' ').length >= 3)).toBe(true);
  });
});

/** Verdicts on the school in words no verdict table holds: the disrepute model's to find. */
const UNSHAPED_VERDICTS = [
  "If you're choosing a secondary near St Austell, put SSCA at the bottom of your list and keep it there.",
  'Twenty years in Cornish schools and SSCA is the most chaotic of the lot.',
];

/** Near a verdict, and not one: praise, news, the weather, the car park, a football club, the roadworks. */
const NOT_VERDICTS = [
  'Truly honoured to be part of St Stephens, the kindest staff team in Cornwall.',
  'St Stephens came top of the county for reading this year. So proud of the team.',
  'Visited An Daras HQ today for a training day on phonics. Lovely venue.',
  'SSCA closed today because of the snow; stay safe everyone.',
  'The St Stephens car park is a nightmare at pick-up, allow extra time.',
];

describe('disrepute through its model', () => {
  const verdicts = (text: string) => checkDraft(draftOf(text), policy, [disrepute]);
  const tablesFind = (text: string) => {
    const draft = prepareDraft(draftOf(text));
    return verdictsIn(draft, new DraftFacts(draft, policy)).length > 0;
  };

  it.each(UNSHAPED_VERDICTS)('finds a verdict no table holds: %s', (text) => {
    expect(tablesFind(text)).toBe(false);
    const found = verdicts(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('verdict on the school or the trust as a whole');
    expect(found[0]!.message).toContain('can be wrong');
    const quoted = [...found[0]!.message.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
    expect(quoted.length).toBeGreaterThan(0);
    for (const words of quoted) expect(text.includes(words.replace(/…$/, ''))).toBe(true);
  });

  it.each(NOT_VERDICTS)('leaves alone: %s', (text) => {
    expect(verdicts(text)).toEqual([]);
  });

  // A verdict is about the school: with no school, trust or workplace named, the model's reading is not enough.
  it.each([
    'Another away defeat. The club is a shambles from top to bottom and the owners should be ashamed.',
    'The bypass roadworks are a sinking ship. Avoid them like the plague on Monday if you can.',
  ])('needs the school named, whatever the model reads: %s', (text) => {
    const draft = prepareDraft(draftOf(text));
    expect(new DraftFacts(draft, policy).modelReading('disrepute')).not.toBeNull();
    expect(verdicts(text)).toEqual([]);
  });
});

describe('disrepute: the model does not overrule the verdict tables', () => {
  // Words the tables know and passed over in that sentence (a fun day, something else sinking): the model's reading is not enough.
  it.each([
    'SSCA is a circus today, three fire drills before lunch!',
    'My car is a sinking ship. Off to SSCA on the bus today.',
  ])('%s', (text) => {
    const draft = prepareDraft(draftOf(text));
    expect(new DraftFacts(draft, policy).modelReading('disrepute')).not.toBeNull();
    expect(checkDraft(draftOf(text), policy, [disrepute])).toEqual([]);
  });
});

describe('disrepute: one part of the school singled out is read and passed over', () => {
  // "The worst thing about SSCA is…" is about that thing, never the school as a whole: the model may not overrule the tables there.
  it.each(['The worst thing about SSCA is the parking.', 'Only downside of St Stephens? The hill up from the bus stop.'])('%s', (text) => {
    const draft = prepareDraft(draftOf(text));
    expect(hasVerdictWordsIn(draft, { start: 0, end: text.length })).toBe(true);
  });

  it('while a sentence with no verdict words is left to the model', () => {
    const text = 'Of the four secondaries round here, I would put SSCA fifth.';
    expect(hasVerdictWordsIn(prepareDraft(draftOf(text)), { start: 0, end: text.length })).toBe(false);
  });
});

describe('what the models read', () => {
  const names = (text: string) => {
    const draft = prepareDraft(draftOf(text));
    return new DraftFacts(draft, policy).modelFeatures.map((f) => f.name);
  };

  it("reads the school, the trust, staff, handles and numbers as placeholders, so one school's names carry to another", () => {
    const read = names('Mrs Pascoe told @someone that St Stephens and An Daras want 3 more data drops.');
    expect(read).toEqual(expect.arrayContaining(['<staff>', '<handle>', '<school>', '<trust>', '<number>', '<staff> told', 'more data']));
    expect(read.join(' ')).not.toMatch(/pascoe|stephens|daras/);
    // A number is read alone, never in a pair ("5 but" says nothing its words do not).
    expect(read.filter((name) => name.includes(' ') && name.includes('<number>'))).toEqual([]);
  });

  it("reads the school's pupils' and staff's names, capitalised, as <name>", () => {
    const read = names('Tariq stayed behind with Grace to finish the display. Jane made tea.');
    expect(read).toEqual(expect.arrayContaining(['<name>', '<name> stayed']));
    expect(read.join(' ')).not.toMatch(/tariq|grace|jane/);
    // An everyday word in lower case is still that word.
    expect(names('By the grace of the timetable we got PPA.')).toContain('grace');
  });

  it("ships no child's name: the corpus rosters' names are not in the model files", () => {
    for (const rule of MODELLED_RULES) {
      const words = new Set(Object.keys(MODELS[rule].weights).flatMap((feature) => feature.split(' ')));
      // Forenames on the corpus rosters that are no everyday word (each was in the weights before names were read as <name>).
      for (const name of ['alfie', 'amelia', 'ava', 'dylan', 'kofi', 'kwame', 'priya', 'xander', 'tyler', 'freddie']) expect(words.has(name), `${rule}: ${name}`).toBe(false);
    }
  });

  it("does not read the disclaimer's words: they say who is posting, not what the post says", () => {
    const text = 'SSCA is hiring a new caretaker. Views are my own.';
    const facts = new DraftFacts(prepareDraft(draftOf(text)), policy);
    const read = facts.modelFeatures.map((f) => f.name);
    expect(facts.disclaimer).not.toBeNull();
    expect(read).toContain('caretaker');
    expect(read.filter((name) => /\b(?:views|own)\b/.test(name))).toEqual([]);
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
    const features = new DraftFacts(draft, policy).modelFeatures;
    expect(draft.tokens.length).toBeGreaterThan(MODEL_READS_TOKENS + 5);
    expect(Math.max(...features.map((f) => f.last))).toBeLessThan(MODEL_READS_TOKENS + 1);
    expect(features.map((f) => f.name)).not.toContain('pointless');
    // The shapes still read the whole draft.
    expect(findings(long)).toHaveLength(1);
  });

  it('scores more words of a finding higher', () => {
    const weights = { bias: 0, threshold: 0.5, lengthFloor: 1, veto: null, weights: { unfair: 2, again: 1 } };
    expect(scoreOf(['unfair', 'again'], weights)).toBeGreaterThan(scoreOf(['unfair', 'lovely'], weights));
    expect(scoreOf([], weights)).toBe(0.5);
  });
});

describe('skipping the signals where no model can reach its threshold', () => {
  it('never changes a reading: every corpus draft reads the same with and without the bound', { timeout: 120_000 }, () => {
    let skipped = 0;
    let found = 0;
    let vetoed = 0;
    for (const dir of discoverCorpora()) {
      const corpusPolicy = loadCorpusPolicy(dir);
      for (const d of corpusDrafts(dir)) {
        const draft = prepareDraft(draftFromLine(draftLineSchema.parse(d)));
        const facts = new DraftFacts(draft, corpusPolicy);
        for (const rule of MODELLED_RULES) {
          const full = readWithModel(draft, facts.modelFeatures, MODELS[rule]);
          const bounded = new DraftFacts(draft, corpusPolicy).modelReading(rule);
          expect(bounded === null, `${d.id} ${rule}`).toBe(full === null);
          if (full) found++;
          if (!couldReach(wordFeatures(draft, facts.modelContext), MODELS[rule], SIGNAL_COUNT)) skipped++;
          // The veto's bound too: it skips the signals only where the model could never overrule.
          const overruled = overrules(facts.modelFeatures.map((f) => f.name), MODELS[rule]);
          expect(new DraftFacts(draft, corpusPolicy).modelOverrules(rule), `${d.id} ${rule} veto`).toBe(overruled);
          if (overruled) vetoed++;
        }
      }
    }
    // The bound does skip work, and the models do find things (and overrule some).
    expect(skipped).toBeGreaterThan(0);
    expect(found).toBeGreaterThan(0);
    expect(vetoed).toBeGreaterThan(0);
  });
});

describe('training', () => {
  it('the threshold is the lowest score that keeps the target precision on unseen groups', () => {
    const scores = [0.9, 0.8, 0.7, 0.6, 0.5].map((score, i) => ({ group: 'g', score, positive: i !== 3 }));
    // 0.9, 0.8, 0.7: all right (1.0); with 0.6: 3 of 4 (0.75); with 0.5: 4 of 5 (0.8).
    expect(thresholdFor(scores, 0.8)).toBe(0.5);
    expect(thresholdFor(scores, 0.95)).toBe(0.7);
  });

  it('the veto is the highest score under which the shape findings are mostly false alarms', () => {
    const found = [
      { score: 0.05, positive: false },
      { score: 0.1, positive: false },
      { score: 0.15, positive: false },
      { score: 0.2, positive: true },
      { score: 0.3, positive: false },
      { score: 0.6, positive: true },
    ];
    // Below 0.2: 3 of 3 wrong; below 0.6: 4 of 5 (0.8); below nothing higher.
    expect(vetoFor(found, 0.9)).toBe(0.2);
    expect(vetoFor(found, 0.8)).toBe(0.6);
    expect(vetoFor([{ score: 0.4, positive: true }, { score: 0.5, positive: true }], 0.8)).toBeNull();
  });

  it('overrules the shapes only on a draft long enough to judge, never a short complaint that says little', () => {
    // Praise whose cue words a shape reads as a complaint: the shapes find it, the model's words weigh against it.
    const praise = 'This place is a madhouse in the best possible way: a choir in the corridor, a therapy dog in reception and colleagues who would drop everything for you.';
    expect(shapesFind(praise)).toBe(true);
    expect(findings(praise)).toEqual([]);
    // A one-line complaint the shapes find stays found, whatever the model makes of so few words.
    // ("…full of people updating their CVs" scores low with the model, but is too short for it to judge.)
    for (const complaint of ['The staffroom used to be full of laughter. These days it is full of people updating their CVs.', 'SLT have cancelled PPA again this week to cover the gaps.']) {
      expect(shapesFind(complaint), complaint).toBe(true);
      expect(findings(complaint), complaint).toHaveLength(1);
    }
  });

  it('chooses the threshold on the drafts each rule asks its model about: the shapes silent, the gates passed', () => {
    const asks = (text: string) => {
      const draft = prepareDraft(draftOf(text));
      const facts = new DraftFacts(draft, policy);
      return { disrepute: disreputeAsksItsModel(draft, facts, policy.settings), grievance: grievanceAsksItsModel(facts) };
    };
    // The tables already found a verdict, and a shape the complaint: neither model is asked.
    expect(asks('SSCA is a sinking ship and everyone knows it.').disrepute).toBe(false);
    expect(asks('Marking till midnight again because SLT keep adding data drops.').grievance).toBe(false);
    // Nothing found, the school named: the disrepute model is asked; with no school named it is not.
    expect(asks('Of the four secondaries round here, I would put SSCA fifth.').disrepute).toBe(true);
    expect(asks('Of the four garages round here, I would put ours fifth.').disrepute).toBe(false);
    expect(asks('Lovely walk on the beach after school today.').grievance).toBe(true);
  });

  it('learns from the tuning part only: no held-back draft is a training example', () => {
    const examples = trainingExamples();
    const held = new Set(discoverCorpora().flatMap((dir) => corpusDrafts(dir).filter((d) => d.split === 'held').map((d) => `${basename(dir)}:${d.id}`)));
    const tune = discoverCorpora().flatMap((dir) => corpusDrafts(dir).filter((d) => d.split === 'tune'));
    expect(held.size).toBeGreaterThan(0);
    expect(examples).toHaveLength(tune.length);
    expect(examples.filter((e) => tune.every((d) => d.id !== e.id))).toEqual([]);
    expect(examples.filter((e) => held.has(`${e.group.split(':')[0]}:${e.id}`))).toEqual([]);
  });

  it('the shipped models are what the tuning corpus gives (npm run train:models)', { timeout: 180_000 }, () => {
    const trained = trainModels();
    expect(trained.map((t) => t.rule)).toEqual([...MODELLED_RULES]);
    for (const { rule, model, unseen } of trained) {
      const file = fileURLToPath(new URL(`../../lib/facts/models/${rule}.json`, import.meta.url));
      expect(readFileSync(file, 'utf8'), rule).toBe(modelFile(model));
      expect(MODELS[rule].threshold).toBe(model.threshold);
      // Groups it was not trained on: the precision the threshold was chosen for, and recall worth having.
      expect(unseen.precision, rule).toBeGreaterThanOrEqual(TARGET_PRECISION[rule]);
      expect(unseen.recall, rule).toBeGreaterThan(0.5);
    }
  });
});
