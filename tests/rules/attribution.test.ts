import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/engine';
import attribution from '../../lib/rules/attribution';
import type { AccountKind } from '../../lib/types';
import { makePolicy } from '../helpers';

const policy = makePolicy({
  officialAccounts: [
    { site: 'x', handle: '@StStephensCA' },
    { site: 'facebook', handle: 'St Stephens Community Academy' },
    { site: 'linkedin', handle: 'St Stephens Community Academy' },
  ],
});
const findings = (text: string, account: AccountKind = 'personal') => checkDraft({ text, site: 'x', account }, policy, [attribution]);
const flagged = (text: string, account: AccountKind = 'personal') => findings(text, account).map((f) => text.slice(f.start, f.end));

describe('attribution', () => {
  describe('links', () => {
    it.each([
      ['Lovely article about outdoor learning: https://www.tes.com/magazine/outdoor-learning', 'https://www.tes.com/magazine/outdoor-learning'],
      ['Useful guide for parents www.bbc.co.uk/bitesize/guide', 'www.bbc.co.uk/bitesize/guide'],
      ['Great read on cognitive load (https://example.org/cognitive-load).', 'https://example.org/cognitive-load'],
      ['Worth a look: example.com/maths-games', 'example.com/maths-games'],
      ['Greetings from Cornwall! Ideas for the holidays: https://example.org/ideas', 'https://example.org/ideas'],
      ['Photos are due by Friday: https://example.org/upload', 'https://example.org/upload'],
    ])('asks for a credit on an uncredited link: %s', (text, link) => {
      expect(flagged(text)).toEqual([link]);
      expect(flagged(text, 'school')).toEqual([link]);
    });

    it.each([
      'Brilliant blog, well worth a read (h/t @TeacherToolkit): https://www.retrievalpractice.org/why-it-works',
      'Useful advice on staying safe online, via @NSPCC: https://www.nspcc.org.uk/online-safety/',
      'Great thread by @teacherhead on curriculum: https://x.com/teacherhead/status/123',
      'Brilliant blog by Tom Sherrington: https://teacherhead.com/2024/01/blog',
      'Source: DfE https://www.gov.uk/guidance/attendance',
      'A brilliant thread from Mary Myatt on curriculum https://example.org/thread',
      'https://example.org/poster Credit: Jo Bloggs',
      'Hat tip to @mrsbteaches for this one https://example.org/sheet',
      'Useful guide for parents from @BBCBitesize www.bbc.co.uk/bitesize/guide',
    ])('accepts a credited link: %s', (text) => {
      expect(findings(text)).toEqual([]);
    });

    it.each([
      'All our Harvest Festival photos are now on the website: https://ststephens.example/news/harvest',
      'Read our latest newsletter: https://www.ststephens.example/newsletter',
      'Sign up here: https://forms.ststephens.example/club',
      'Follow us at https://x.com/StStephensCA for updates.',
      'Find us on https://www.facebook.com/StStephensCommunityAcademy',
      'Email the office at office@ststephens.example or jo@example.com.',
    ])("needs no credit for the school's own website, official accounts or emails: %s", (text) => {
      expect(findings(text, 'school')).toEqual([]);
    });

    it('gives one finding per uncredited link and credits only the link its credit sits by', () => {
      expect(flagged('Two good reads: https://a.example.org/one and https://b.example.org/two')).toEqual([
        'https://a.example.org/one',
        'https://b.example.org/two',
      ]);
    });
  });

  describe('quotations', () => {
    it.each([
      'Thought for the day: "Children must be taught how to think, not what to think."',
      'Powerful reminder from a keynote this week: "Every child deserves a champion." Views my own.',
      '“Teaching is the one profession that creates all other professions.” So true.',
      "Quote of the week: 'The more that you read, the more things you will know.'",
      'Motto for the new term: «Be kind, work hard, and never give up.»',
      // After "is", a quotation that opens with a capital is still someone's words.
      'My favourite line this week is "The best teachers are those who show you where to look."',
    ])('asks who said an uncredited quotation: %s', (text) => {
      expect(findings(text)).toHaveLength(1);
      expect(flagged(text)[0]).toMatch(/^["“'«].*["”'»]$/);
    });

    it.each([
      'Our thought for the week: "Once you learn to read, you will be forever free." Quote credit: Frederick Douglass.',
      "Quote of the week: 'The more that you read, the more things you will know.' - Dr Seuss",
      '"Education is the most powerful weapon which you can use to change the world." — Nelson Mandela',
      '"Education is the most powerful weapon which you can use to change the world." (Mandela, 1990)',
      'Nelson Mandela: "Education is the most powerful weapon which you can use to change the world."',
      'As Maya Angelou said, "people will never forget how you made them feel."',
      '"Every child deserves a champion." via @RitaPiersonFans',
      'In the words of Rita Pierson, "every child deserves a champion."',
    ])('accepts a credited quotation: %s', (text) => {
      expect(findings(text)).toEqual([]);
    });

    it.each([
      'Year 1 have been reading "The Tiger Who Came to Tea" this week.',
      'One of my Year 2s said "Miss, your hair looks like a bird\'s nest" today.',
      '"Can we do this every day?" asked one of my pupils after forest school.',
      'Apparently my marking is "a bit much" now.',
      'Our value this term is "kindness".',
      "Don't forget the kids' coats and the teachers' mugs tomorrow, it's 'cold out'.",
      'Our school motto is "Be kind, be brave, be you."',
      'Reception sang "twinkle twinkle little star" beautifully today.',
      // A label put on something, not someone's words.
      'Apparently asking for a lunch break is "not being a team player" at my place.',
      "Leaving at 4pm is now 'a lack of commitment to the team', apparently.",
    ])('leaves titles, scare quotes and reported speech alone: %s', (text) => {
      expect(findings(text)).toEqual([]);
    });
  });

  describe('things found elsewhere', () => {
    it.each([
      ["Found this online and it's so true for teachers at the end of term 😂", 'Found this online'],
      ["Not my photo, but this sunset over St Michael's Mount is unreal.", 'Not my photo'],
      ['Saw this on Facebook and had to share, so true!', 'Saw this on Facebook'],
      ['Stole this from Pinterest, perfect for Monday.', 'Stole this from'],
      ['Credit to whoever made this, found it online.', 'found it online'],
      ['Not my own words, but they say it perfectly.', 'Not my own words'],
      ['Photographer unknown, but what a shot.', 'Photographer unknown'],
    ])('asks for a credit: %s', (text, phrase) => {
      expect(flagged(text)).toEqual([phrase]);
    });

    it.each([
      'Stole this from @MrsBTeaches, perfect for Monday.',
      'Saw this on Facebook via @TeacherMemesUK, so true!',
      'Not my photo (credit: @kernowsnaps), but what a sunset.',
      'Photo by @kernowsnaps. Not my photo, obviously!',
    ])('accepts a credit: %s', (text) => {
      expect(findings(text)).toEqual([]);
    });
  });

  it('is a reminder with a plain message and the copyright clause behind it', () => {
    const [finding] = findings('Found this online 😂');
    expect(finding).toMatchObject({ rule: 'attribution', severity: 'info' });
    expect(finding!.message).toMatch(/via @name/);
    expect(finding!.policy).toContain('acknowledge the author');
    expect(attribution.clauses.map((c) => c.section)).toContain('Legal considerations');
  });
});

describe('attribution: quotations from nobody in particular and things seen elsewhere (issue 9)', () => {
  it.each([
    ['As someone wise once said, "Every child deserves a champion." Off to be one.', '"Every child deserves a champion."'],
    ['As they say, "it takes a village to raise a child". Grateful for ours.', '"it takes a village to raise a child"'],
    ['Saw this on a poster today: "Behaviour is communication." Every teacher needs it.', 'Saw this on a poster'],
    ["Saw this on a Facebook group, no idea who made it, but it's so true.", 'Saw this on a Facebook group'],
    ["Found this in a teachers' group and had to share it.", "Found this in a teachers' group"],
  ])('reminds on %j', (text, words) => {
    expect(flagged(text)).toContain(words);
  });

  it.each([
    'One of my Year 2s said, "Miss, your hair looks like a cloud today." Thanks, I think.',
    'Tom said "I finally get fractions now" and I nearly cried.',
    'Saw the Year 6 show tonight and it was brilliant.',
    'Spotted it on the way to school: a double rainbow over the park.',
  ])('stays quiet on %j', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('quotes the item it means', () => {
    expect(findings('As someone once said, "Every child deserves a champion."')[0]!.message).toMatch(/^The quotation “Every child deserves a champion\.” has no author/);
    expect(findings('Saw this on a Facebook group, so true.')[0]!.message).toMatch(/^“Saw this on a Facebook group” shares something that isn't yours/);
  });
});

// The reader sent to read something is not the writer passing it on (round 80, in our own words).
describe('attribution: pointing readers to the school website', () => {
  it('stays quiet when the school tells readers where to read its report', () => {
    expect(flagged('Our inspection report is out today and you can read it in full on the website.')).toEqual([]);
  });

  it('still asks for a credit for something read elsewhere', () => {
    expect(flagged('Read this on a website this morning and it is so true.').length).toBeGreaterThan(0);
  });
});
