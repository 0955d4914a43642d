/**
 * rules.md "Forename-alone matching", settled 2026-12-04: on a personal or unknown
 * account a forename alone is a pupil only in school context; a forename marked as
 * family, a friend, a neighbour or a pet never is. Full names, and the school account,
 * need no context.
 */
import { describe, expect, it } from 'vitest';
import { check, flagged, makePolicy, pupil, rulesFor } from '../helpers';

// A pupil list with the everyday names of everyday posts on it, as a large school's list has.
const policy = makePolicy(
  {},
  {
    roster: [
      pupil('Sophia', 'Trevail'),
      pupil('Thomas', 'Angove'),
      pupil('Amelia', 'Rowe', { mediaConsent: 'refused' }),
      pupil('Finley', 'Tonkin'),
      pupil('Tariq', 'Aziz', { handles: ['@tariq_a'] }),
      pupil('Jude', 'Pascoe'),
      pupil('Teddy', 'Nance'),
      pupil('Willow', 'Chegwin'),
      pupil('Harry', 'Kitto'),
      pupil('Oliver', 'Jenkin'),
      pupil('Jack', 'Pengelly'),
    ],
  },
);
const pupilRules = (text: string, account: 'personal' | 'unknown' | 'school' = 'personal', extra = {}) =>
  rulesFor(text, account, extra, policy).filter((r) => r === 'pupil-name' || r === 'no-consent-pupil');

describe('forename alone without school context', () => {
  it.each([
    'Dinner with Thomas and Amelia tonight, what a laugh.',
    'Happy birthday to Sophia, have the best day!',
    'Teddy and Willow have been walked twice already and still want more.',
    'Well done to Finley on his black belt!',
    'Finley, well done mate, proud of you.',
    'Congratulations Harry and Oliver on the new house.',
    'Jude is coming over for a film night.',
    'Loved the match, Tariq was unstoppable on the wing.',
  ])('is not reported on a personal account: %s', (text) => {
    expect(pupilRules(text)).toEqual([]);
    expect(pupilRules(text, 'unknown')).toEqual([]);
  });

  it('is still reported on the school account, which needs no context', () => {
    expect(pupilRules('Well done to Finley on his black belt!', 'school')).toEqual(['pupil-name']);
    expect(pupilRules('Dinner with Thomas and Amelia tonight.', 'school')).toEqual(['no-consent-pupil', 'pupil-name']);
  });

  it('never changes full names, which need no context', () => {
    expect(pupilRules('Dinner with Thomas Angove tonight.')).toEqual(['pupil-name']);
    expect(pupilRules('Happy birthday Amelia Rowe!')).toEqual(['no-consent-pupil']);
  });
});

describe('forename alone in school context', () => {
  it.each([
    ['the school is named', "Finley was brilliant at St Stephen's today."],
    ['the trust is named', 'Finley represented An Daras at the gala.'],
    ['a first-person work reference', 'Finley in my class made me laugh so much today.'],
    ['school life: assembly', 'Finley led assembly this morning and was brilliant.'],
    ['school life: Year N', 'Finley (Year 4) read his poem beautifully.'],
    ['school life: Y4', 'So proud of Finley in Y4 today.'],
    ['school life: homework', 'Finley finally handed in his homework!'],
    ['school life: sports day', 'Finley won the egg and spoon at sports day.'],
    ['school life: star of the week', 'Star of the week goes to Finley.'],
    ["school life: parents' evening", "Finley's mum was lovely at parents' evening."],
    ['school life: half term', 'Finley said he will miss everyone over half term.'],
    ['school life: a class code', 'Finley in 4E has been a star.'],
    ['school life: a secondary set code', 'Finley from 10X2 smashed his mocks.'],
    ['school life: a teaching group on its own', 'Teaching 10X2 today and Finley asked the best question.'],
    ['school life: Reception', 'Finley started in Reception this week.'],
    ['a forename before a word that names a thing only after an everyday-word forename', 'Highlight of the week: Finley reading his story to the class.'],
    ['school life: SATs', 'Finley was so calm before his SATs.'],
    ['school life: GCSE', 'Finley got his GCSE results!'],
    ['school life: EHCP', 'Finley finally has his EHCP in place.'],
    ['school life: SEND', 'Our SEND team has worked wonders with Finley.'],
    ['school life: the register', 'Finley was first on the register again.'],
    ['school life: detention', 'Finley talked his way out of detention again.'],
    ['school life: pupils', 'The pupils loved it, especially Finley.'],
  ])('is reported when %s', (_why, text) => {
    expect(pupilRules(text)).toEqual(['pupil-name']);
  });

  it('is reported when the draft names another pupil in full', () => {
    expect(pupilRules('Finley and Jude Pascoe were amazing tonight.')).toEqual(['pupil-name']);
    expect(flagged('Finley and Jude Pascoe were amazing tonight.', 'pupil-name', 'personal', {}, policy)).toEqual(['Finley', 'Jude Pascoe']);
  });

  it("is reported when the draft carries a pupil's handle, in the text or as the account replied to", () => {
    expect(flagged('Great goal from Finley, @tariq_a!', 'pupil-name', 'personal', {}, policy)).toEqual(['Finley']);
    expect(flagged('Finley says thanks for the lift!', 'pupil-name', 'personal', { replyTo: '@tariq_a' }, policy)).toEqual(['Finley']);
    expect(flagged('Finley says thanks for the lift!', 'pupil-name', 'personal', { replyTo: '@someone_else' }, policy)).toEqual([]);
  });

  it('reports a pupil without consent under no-consent-pupil in school context only', () => {
    expect(pupilRules('Amelia read in assembly today.')).toEqual(['no-consent-pupil']);
    expect(pupilRules('Amelia read me a story tonight.')).toEqual([]);
  });

  it.each([
    ['a yoga class', 'Yoga class with Sophia then brunch.'],
    ['a driving lesson', 'Sophia passed her driving lesson test run!'],
    ['a wedding reception', 'What a wedding reception for Sophia and Tom.'],
    ['a reception in lower case', "Sophia and Tom's wedding: lovely service, even better reception."],
    ['a world-class performance', 'World class from Harry again tonight.'],
    ['a lesson learned', 'Lesson learned: never bake with Sophia.'],
    ['a residential area', 'Sophia moved to a quiet residential area.'],
    ['the verb send', 'Sophia, send me the photos!'],
    ['a level playing field', 'Sophia says it is a level playing field now.'],
    ['a nursery rhyme', 'Sophia sang a nursery rhyme to the baby.'],
    ['a driving school', 'Sophia works at a driving school.'],
    ['registering for a race', 'Sophia and I register for the 10k tomorrow.'],
  ])('is not school life: %s', (_why, text) => {
    expect(pupilRules(text)).toEqual([]);
  });
});

describe('family, friends, neighbours and pets are never pupils', () => {
  it.each([
    ['relation before', 'Happy birthday to my gorgeous niece Sophia, so proud of your SATs!'],
    ['relation after, in brackets', 'Sophia (my niece) smashed her SATs!'],
    ['relation after, with a comma', 'Sophia, my niece, smashed her SATs!'],
    ['a neighbour after', 'Tariq from next door helped with the school run.'],
    ['next door', 'Tariq next door fixed the fence before school.'],
    ['a friend before', 'Coffee with my friend Jude before the Year 6 assembly.'],
    ['a husband', 'My husband Thomas picked me up from school.'],
    ['a godson', 'My godson Harry starts school on Monday!'],
    ['own children in a list', 'My two boys, Harry and Oliver, loved sports day.'],
    ['pets after a list', 'Teddy and Willow, our two spaniels, ran round the playground.'],
    ['a pet before', 'Our dog Teddy came to school for reading dogs day.'],
    ['in-laws', 'My sister-in-law Sophia teaches Year 2 too.'],
    ["a son's class", "My son Oliver's class assembly was so moving."],
  ])('%s', (_why, text) => {
    expect(pupilRules(text)).toEqual([]);
  });

  it('is never a pupil on the school account either', () => {
    expect(pupilRules('Thank you to our neighbour Tariq for the plants.', 'school')).toEqual([]);
  });

  it('does not protect a name merely near a relation word', () => {
    // "Finley's mum" is a pupil's mother: Finley is not marked.
    expect(pupilRules("Finley's mum brought cakes for the class.")).toEqual(['pupil-name']);
    // "the kids in my class" are pupils, not the writer's children.
    expect(pupilRules('The kids in my class, Finley and Jude, were stars.')).toEqual(['pupil-name']);
  });

  it('still reports a full name next to a relation word', () => {
    expect(pupilRules('My friend Jude Pascoe came round.')).toEqual(['pupil-name']);
  });
});

describe('the panel says why a forename alone looked like a pupil', () => {
  it('quotes the words that gave school context, and only the draft’s own words', () => {
    const [finding] = check('Finley in my class made me laugh today.', 'personal', {}, policy).filter((f) => f.rule === 'pupil-name');
    expect(finding!.message).toContain("Finley, with 'my class' nearby, looks like a pupil's name.");
    expect(finding!.message).not.toContain('Tonkin');
  });

  it('names the nearest cue', () => {
    const text = "Half term plans sorted. Tomorrow I'll read with Finley in Year 4.";
    const [finding] = check(text, 'personal', {}, policy).filter((f) => f.rule === 'pupil-name');
    expect(finding!.message).toContain("with 'Year 4' nearby");
  });

  it('explains a reply to a pupil and a pupil named in full without quoting the list', () => {
    const [reply] = check('Finley says thanks!', 'personal', { replyTo: '@tariq_a' }, policy).filter((f) => f.rule === 'pupil-name');
    expect(reply!.message).toContain("in a reply to a pupil's account");
    const [full] = check('Finley and Jude Pascoe were amazing.', 'personal', {}, policy).filter((f) => f.rule === 'pupil-name' && f.start === 0);
    expect(full!.message).toContain('with a pupil named in full in the same post');
  });

  it('tells a pupil without consent apart, with the reason', () => {
    const [finding] = check('Amelia read in assembly today.', 'personal', {}, policy).filter((f) => f.rule === 'no-consent-pupil');
    expect(finding!.message).toContain("Amelia, with 'assembly' nearby, looks like a pupil's name");
    expect(finding!.message).toContain("doesn't have media consent");
  });
});
