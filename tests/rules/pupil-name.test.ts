import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, flagged, makePolicy, pupil, rulesFor } from '../helpers';

describe('pupil-name: full names', () => {
  it.each([
    ['What a voice from Grace Okafor tonight.', 'Grace Okafor'],
    ['Brilliant from Okafor, Grace in the relay.', 'Okafor, Grace'],
    ['Results: 1st OKAFOR Grace', 'OKAFOR Grace'],
    ["Grace Okafor's painting won.", "Grace Okafor's"],
    ['Well done Will Trebilcock!', 'Will Trebilcock'],
    ['Siobhan OBrien ran well', 'Siobhan OBrien'],
    ["Siobhán O’Brien ran well", "Siobhán O’Brien"],
    ['Siobhan O Brien ran well', 'Siobhan O Brien'],
    ['Lily Mae Hosking sang', 'Lily Mae Hosking'],
    ['Lily-Mae Hosking sang', 'Lily-Mae Hosking'],
    ['Go #GraceOkafor', '#GraceOkafor'],
    ['Go #okaforgrace', '#okaforgrace'],
    ['Well done to Jack P. in Year 5', 'Jack P'],
  ])('finds %s', (text, name) => {
    expect(flagged(text, 'pupil-name')).toEqual([name]);
  });

  it('reports the span as typed, after emoji and accents', () => {
    const text = '🎉🎉 Zoë says well done to Grace Okafor 👏';
    const [finding] = check(text).filter((f) => f.rule === 'pupil-name');
    expect(text.slice(finding!.start, finding!.end)).toBe('Grace Okafor');
  });

  it('blocks on a personal account, warns on the school account', () => {
    expect(check('Well done Grace Okafor')).toContainEqual(expect.objectContaining({ rule: 'pupil-name', severity: 'block' }));
    expect(check('Well done Grace Okafor', 'school')).toContainEqual(expect.objectContaining({ rule: 'pupil-name', severity: 'warn' }));
    expect(check('Well done Grace!', 'school')).toContainEqual(expect.objectContaining({ rule: 'pupil-name', severity: 'info' }));
    expect(check('Well done Grace, star of the week!', 'unknown')).toContainEqual(expect.objectContaining({ rule: 'pupil-name', severity: 'block' }));
  });

  it('never quotes the roster: the message does not contain the surname the user did not type', () => {
    for (const finding of check('Well done Grace!', 'personal')) expect(finding.message).not.toContain('Okafor');
  });
});

describe('pupil-name: forename alone', () => {
  it.each([
    'Tariq has been brilliant this week.',
    'Star of the week goes to Grace for her kindness.',
    'Grace, congratulations on your award.',
    'Grace, well done!',
    'Well done, Grace!',
    'well done tariq',
    'Thank you to Will for his hat-trick.',
    'Hope in Year 5 read beautifully.',
    'Hope (Year 5) read beautifully.',
    'Hope, aged 10, read beautifully.',
    'Star of the week: Hope',
    'Hope – star of the week',
    'Hope in 5K read beautifully.',
    'Hope - well done!',
    'tariq in Year 6 was great',
  ])('matches %s', (text) => {
    expect(rulesFor(text, 'school')).toContain('pupil-name');
  });

  it.each([
    'We hope to see you there.',
    'Hope to see lots of you at the fair.',
    'Will the rain ever stop?',
    'It may rain on Friday.',
    'May I remind parents about the trip?',
    'The trip is in May.',
    'Term starts on 12 May.',
    'May 12th is the deadline.',
    'Enjoy the May half term.',
    'May Day celebrations at the green.',
    'The Summer term starts soon.',
    'Jack Frost visited the nursery.',
    'Grace Darling was a heroine.',
    'Our Year 8 trip to Paris was wonderful.',
    'Greetings from Sydney, everyone!',
    'Will Year 6 parents please return forms.',
    'we will mark it with a party',
    'Mrs Grace spoke to the parents.',
    'grace before dinner',
    'tariq was late',
    'HOPE YOU ALL HAVE A GREAT BREAK',
    'A WILL TO WIN',
    'Sent from grace.okafor@example.com',
    'See https://example.com/grace-okafor for more',
  ])('does not match %s', (text) => {
    expect(flagged(text, 'pupil-name', 'school')).toEqual([]);
  });

  it('treats every forename on our everyday-word list as a word unless the text makes it a name', () => {
    const words = readFileSync(new URL('../data/everyday-forenames.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(words.length).toBeGreaterThan(50);
    const roster = words.map((w) => pupil(w, 'Testperson'));
    const policy = makePolicy({}, { roster });
    for (const word of words) {
      const lower = word.toLowerCase();
      expect(flagged(`we love the ${lower} and the ${lower} loves us`, 'pupil-name', 'school', {}, policy), word).toEqual([]);
      expect(flagged(`${word} is lovely at this time of year.`, 'pupil-name', 'school', {}, policy), word).toEqual([]);
      expect(flagged(`Well done to ${word} Testperson!`, 'pupil-name', 'school', {}, policy), word).toEqual([`${word} Testperson`]);
      expect(flagged(`Well done to ${word} for a great match.`, 'pupil-name', 'school', {}, policy), word).toEqual([word]);
    }
  });

  it.each(['Summer term', 'Autumn term', 'Spring term', 'PE kit', 'Poppy Appeal', 'Chester Zoo', 'Florence Nightingale', 'amber warning', 'mark scheme', 'May half term', 'May Day'])(
    'school vocabulary is not a name: %s',
    (phrase) => {
      const [first, second] = phrase.split(' ');
      const word = /^[A-Z]/.test(first!) && first !== 'PE' ? first! : second!;
      const policy = makePolicy({}, { roster: [pupil(word[0]!.toUpperCase() + word.slice(1).toLowerCase(), 'Testperson')] });
      expect(flagged(`Reminder about the ${phrase} for everyone.`, 'pupil-name', 'school', {}, policy)).toEqual([]);
    },
  );
});

describe('pupil handles', () => {
  it('is pupil-name on the school account and not on a personal one (pupil-contact covers that)', () => {
    expect(flagged('Great goal @tariq_a!', 'pupil-name', 'school')).toEqual(['@tariq_a']);
    expect(flagged('Great goal @tariq_a!', 'pupil-name', 'personal')).toEqual([]);
    expect(flagged('Great goal @someone_else!', 'pupil-name', 'school')).toEqual([]);
  });
});


describe('pupil-name: names written the way people write them (issue 9)', () => {
  const policy = makePolicy({}, {
    roster: [
      pupil('Thomas', 'Lowes', { preferredForename: 'Tom' }),
      pupil('Harper', 'Bell'),
      pupil('Tomi', 'Ogunleye'),
      pupil('Harvey', 'Emerson', { mediaConsent: 'refused' }),
      pupil('Willow', 'Ash'),
      pupil('Autumn', 'Peck', { mediaConsent: 'refused' }),
      pupil('Maisie', 'Draper', { mediaConsent: 'refused', handles: ['@maisie_draws'] }),
    ],
  });
  const named = (text: string, account: 'personal' | 'school' = 'school') =>
    check(text, account, {}, policy)
      .filter((f) => f.rule === 'pupil-name' || f.rule === 'no-consent-pupil')
      .map((f) => [f.rule, text.slice(f.start, f.end)]);

  it.each([
    ['Thomas (Tom) Lowes scored twice on Saturday.', 'Thomas (Tom) Lowes'],
    ['Congratulations to Harper Rose Bell on her certificate.', 'Harper Rose Bell'],
  ])('finds a full name with a name they go by or a middle name between: %s', (text, name) => {
    expect(named(text, 'personal')).toEqual([['pupil-name', name]]);
  });

  it('does not join a lower-case word into a name', () => {
    expect(named('harper rose bell ringing at the church', 'personal')).toEqual([]);
  });

  it.each([
    ["Reminder for the transition form: Tomi's UPN should read 1234.", 'pupil-name', "Tomi's"],
    ['Star of the week for 8P2: Willow! Outstanding effort in every lesson.', 'pupil-name', 'Willow'],
    ['Art exhibition tonight, featuring work by Autumn and friends.', 'no-consent-pupil', 'Autumn'],
    ["Willow in Year 3's mum came in again today.", 'pupil-name', 'Willow'],
  ])('reads a forename as a name where the words around it say so: %s', (text, rule, name) => {
    expect(named(text)).toContainEqual([rule, name]);
  });

  it.each([
    "Thank you to Harvey's Bakery for donating bread for our breakfast club.",
    'Please hand in the work by Autumn half term.',
    'Reports are due by Autumn.',
  ])('leaves a business, a season or a deadline alone: %s', (text) => {
    expect(named(text)).toEqual([]);
  });

  it("reports a pupil's handle on a personal post once, as contact, whatever their consent", () => {
    const text = '@maisie_draws see you at the art club showcase!';
    expect(rulesFor(text, 'personal', {}, policy)).toEqual(['pupil-contact']);
    expect(rulesFor(text, 'school', {}, policy)).toContain('no-consent-pupil');
  });
});

describe('pupil-name: round 4 forms (issue 9)', () => {
  const roster = [
    pupil('Faith', 'Oyelaran', { mediaConsent: 'refused' }),
    pupil('Grace', 'Okafor'),
    pupil('Marcus', 'Tilley'),
    pupil('Kofi', 'Smith-Okoro', { mediaConsent: 'refused', handles: ['@kofi.s.o'] }),
  ];
  const policy = makePolicy({ staff: ['Mrs Grace Mallory', 'Mr Marcus Webber'] }, { roster });
  const rules = (text: string, account: 'personal' | 'school' = 'personal') => rulesFor(text, account, {}, policy);

  it('reads a form code with a number after its letters as school context ("Faith in 10W2")', () => {
    expect(rules("Faith in 10W2 is one of the kindest kids I've ever taught.")).toContain('no-consent-pupil');
  });

  it('does not take a staff member for a pupil who shares the forename', () => {
    expect(rules('Thank you to Grace Mallory for running the ski trip.', 'school')).toEqual([]);
    expect(rules("Marcus's leaving do tonight: twenty years here and hundreds of pupils taught to swim. Best colleague I've had.")).not.toContain('pupil-name');
    // …but a pupil pattern still names the pupil, colleagues or not.
    expect(rules('My colleague and I are so proud of Marcus in 10T2 for his swim today.')).toContain('pupil-name');
  });

  it('reads an Instagram handle with dots as one handle', () => {
    expect(rules('Great to see @kofi.s.o showing off his skills today.', 'school')).toEqual(['no-consent-pupil']);
    expect(rules('Great to see @kofi.s.o showing off his skills today.')).toEqual(['pupil-contact']);
    expect(rules('Thanks @kofi.')).toEqual([]);
  });
});

// Rounds 93 to 96: a class known by its name on the pupil list ("Carys in Dee"), and "in my Year 2 class".
describe('pupil-name: a class the pupil list names', () => {
  const policy = makePolicy({}, { roster: [pupil('Carys', 'Lewis', { className: 'Dee', yearGroup: 'Year 4' }), pupil('Hope', 'Ward', { className: 'Oak', yearGroup: 'Year 2' })] });
  it.each(['Carys in Dee read beautifully at the service.', 'Hope in Oak was a star today.', 'Hope in my Year 2 class read beautifully.'])('matches %s on a personal account, the class being school context', (text) => {
    expect(flagged(text, 'pupil-name', 'personal', {}, policy)).toHaveLength(1);
  });

  it.each(['Lovely walk with Carys in Dee valley.', 'Carys in Dee Valley Hotel for the weekend.', 'Hope in Ash grove was lovely.', 'hope in oak furniture sales'])('leaves %s alone', (text) => {
    expect(flagged(text, 'pupil-name', 'personal', {}, policy)).toEqual([]);
  });
});
