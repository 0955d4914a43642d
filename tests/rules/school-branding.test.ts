import { describe, expect, it } from 'vitest';
import { check, flagged } from '../helpers';

describe('school-branding (text)', () => {
  it('flags an official hashtag on a personal post', () => {
    expect(flagged('Great day at sports day #TeamStStephens', 'school-branding')).toEqual(['#TeamStStephens']);
    expect(check('Great day #SSCA')).toContainEqual(expect.objectContaining({ rule: 'school-branding', severity: 'warn' }));
  });

  it.each([
    ['See you all in September!\n— St Stephens Academy', 'St Stephens Academy'],
    ['Have a lovely holiday. Love from everyone at St Stephens Community Academy', 'St Stephens Community Academy'],
  ])('flags signing a personal post as the school: %j', (text, name) => {
    expect(flagged(text, 'school-branding')).toEqual([name]);
  });

  it.each([
    "Proud to work at St Stephen's.",
    'Views are my own and not those of St Stephens Community Academy.',
    'Writing as a parent, not on behalf of St Stephens Academy',
    'Thanks @StStephensCA for a lovely evening',
  ])('does not flag naming the school in passing: %s', (text) => {
    expect(flagged(text, 'school-branding')).toEqual([]);
  });

  it('never applies to the school account', () => {
    expect(flagged('Great day #SSCA', 'school-branding', 'school')).toEqual([]);
  });
});

describe('school-branding: a personal post presented as the school\'s (issue 9)', () => {
  it.each([
    ['Reminder: non-uniform day this Friday, £1 for Children in Need. Thank you! St Stephens Community Academy', 'St Stephens Community Academy'],
    ['On behalf of everyone at St Stephens Academy, thank you for a wonderful year.', 'On behalf of everyone at St Stephens Academy'],
    ['Parents, the trip money is due Monday. Thanks, St Stephens office', 'St Stephens office'],
    ['Thank you for your kind words about our nativity! From all of us at @StStephensCA 💙', '@StStephensCA'],
    ['St Stephens Community Academy is hiring! Join our maths department from September.', 'St Stephens Community Academy is hiring'],
    ['Happy Easter to all our families, from St Stephens Community Academy', 'to all our families'],
    ['Well done for reading at home this week! – The #TeamStStephens team', '#TeamStStephens team'],
    ['St Stephens Academy wishes everyone a very Merry Christmas!', 'St Stephens Academy wishes'],
    ['Non-uniform day this Friday, £1 for Children in Need. #TeamStStephens', '#TeamStStephens'],
    ["WE'RE RECRUITING 📣 St Stephens Community Academy is looking for a Year 2 teacher. Apply by Friday!", "WE'RE RECRUITING"],
  ])('warns on %j', (text, words) => {
    expect(flagged(text, 'school-branding')).toContain(words);
    expect(flagged(text, 'school-branding', 'school')).toEqual([]);
  });

  it.each([
    // A member of staff using the hashtag about their own day, or mocking it.
    'All views mine. Loving the new minibus at #TeamStStephens, the kids can finally get to the coast',
    'So proud to be part of #TeamStStephens today, the Christmas show was magic ✨',
    '#SSCA 😂😂 what a circus this week.',
    'Great day at the fair. Views are my own. #SSCA',
    // Pointing to the official account, passing on a notice, naming the school in passing.
    'Snow closures always go on @StStephensCA first, so keep an eye on it tonight.',
    "Shared from the school page: parents' evening bookings open tonight at 6.",
    'St Stephens Academy is closed today because of the snow, stay safe everyone.',
    'Brilliant evening. @StStephensCA',
    'Ten years at St Stephens today. Thank you to everyone at St Stephens Academy',
    // A complaint or a jibe carrying the hashtag is the writer's own voice.
    '#TeamStStephens what, exactly? Eight resignations by Easter.',
    '#TeamStStephens? Some team. Wouldn\'t wish it on anyone.',
    '#TeamStStephens, they said. Team of what, exactly?',
    'Nothing says we value you like a pay award of 0.5% while the CEO gets a new car. #TeamStStephens',
    // A verdict on the school, carrying its hashtag, is the writer's own voice too.
    '#SSCA, says the banner on the gate. Third head to walk out in two years.',
    'Worst-run school in Cornwall. #TeamStStephens',
    // …also when only the judgement model hears the verdict: the hashtag is the writer's tag.
    'If SSCA were a restaurant the council would have shut it by now. #SSCA',
    'The only school in Cornwall where the roof and the reputation leak at once. #SSCA',
  ])('stays quiet on %j', (text) => {
    expect(flagged(text, 'school-branding')).toEqual([]);
  });

  it('says which words made the post look like the school\'s', () => {
    const message = check('St Stephens Community Academy is hiring! Apply by Friday.').find((f) => f.rule === 'school-branding')!.message;
    expect(message).toMatch(/^“St Stephens Community Academy is hiring” speaks as the school/);
  });
});

describe('school-branding (images)', () => {
  it("blocks an attached image that matches the school's logo on a personal account only", () => {
    expect(check('Look at this', 'personal', { images: 1, logoMatches: 1 })).toContainEqual(expect.objectContaining({ rule: 'school-branding', severity: 'block' }));
    expect(check('Look at this', 'unknown', { images: 1, logoMatches: 1 }).map((f) => f.rule)).toContain('school-branding');
    expect(check('Look at this', 'school', { images: 1, logoMatches: 1 }).map((f) => f.rule)).not.toContain('school-branding');
    expect(check('Look at this', 'personal', { images: 1, logoMatches: 0 }).map((f) => f.rule)).not.toContain('school-branding');
  });
});

describe('school-branding: what a sign-off is (issue 9)', () => {
  it.each([
    ['Merry Christmas from St Stephens Academy', 'St Stephens Academy'],
    ['What a year. Thanks, St Stephens office', 'St Stephens office'],
    ['OFFICIAL: St Stephens will be closed tomorrow because of the snow.', 'OFFICIAL:'],
  ])('warns on %j', (text, words) => {
    expect(flagged(text, 'school-branding')).toContain(words);
  });

  it.each([
    'Just got back from St Stephens Academy',
    'Retiring this summer from St Stephens Academy',
    'What a year. Thank you St Stephens',
    'Brilliant evening. @StStephensCA',
  ])('stays quiet on %j', (text) => {
    expect(flagged(text, 'school-branding')).toEqual([]);
  });
});

// Rounds 83 to 88: a notice passed on from the school's page, and an official hashtag
// used with a raised eyebrow, are the writer's own post (docs/rules.md, school-branding).
describe('school-branding: notices passed on and hashtags mocked', () => {
  it.each([
    'Shared from the school page: St Stephens Academy is recruiting a midday supervisor, closing date 3 May.',
    'Reposting for the school: St Stephens Academy is hiring a site manager.',
    '#SSCA, apparently. Still waiting for the heating to be fixed.',
    '#SSCA, they keep telling us. Together, my foot.',
  ])('stays quiet on %j', (text) => {
    expect(flagged(text, 'school-branding')).toEqual([]);
  });

  it('still warns on the same notice posted as the school', () => {
    expect(flagged('St Stephens Academy is recruiting a midday supervisor, closing date 3 May.', 'school-branding')).toEqual(['St Stephens Academy is recruiting']);
  });
});
