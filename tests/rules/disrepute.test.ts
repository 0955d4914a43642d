import { describe, expect, it } from 'vitest';
import { MODEL_CAVEAT } from '../../lib/facts/models';
import { checkDraft } from '../../lib/engine';
import rule from '../../lib/rules/disrepute';
import type { AccountKind } from '../../lib/types';
import { makePolicy } from '../helpers';

const policy = makePolicy();
const findings = (text: string, account: AccountKind = 'personal', settings = policy) =>
  checkDraft({ text, site: 'x', account }, settings, [rule]);
const fires = (text: string, account: AccountKind = 'personal') => findings(text, account).length > 0;
/** What the shapes (the rule's own tables) find, leaving out its learnt model's reading. */
const shapesFire = (text: string, account: AccountKind = 'personal') => findings(text, account).some((f) => !f.message.includes(MODEL_CAVEAT));
/** Every draft this file says must stay quiet: the shapes never fire on one; the model may, rarely (the last test). */
const CLEAN: string[] = [];
const quiet = (list: string[]) => {
  CLEAN.push(...list);
  return list;
};
const flagged = (text: string) => findings(text).map((f) => text.slice(f.start, f.end));

describe('disrepute: a negative verdict on the school or trust as a whole', () => {
  it.each([
    'Worst school in Cornwall, honestly.',
    'St Stephens has become the worst academy in the county.',
    'Total shambles at SSCA today.',
    'Avoid St Stephens Academy like the plague.',
    'If you are choosing a secondary, avoid this school at all costs.',
    'An Daras is a laughing stock of a trust.',
    'ADMAT is the worst trust in the south west.',
    'SSCA is a total joke.',
    'St Stephen\'s is an absolute joke of a school.',
    'What a joke of a school.',
    'This school is a disgrace.',
    'Our school is an embarrassment.',
    'The whole trust is rotten.',
    'The trust is a shambles from top to bottom.',
    'SSCA is a mess.',
    'SSCA has become an absolute circus.',
    'St Stephen\'s is going downhill fast.',
    'Honestly the academy has gone to the dogs since the merger.',
    'Honestly St Stephen\'s has gone right down the pan since September.',
    'Our school is a sinking ship and everyone knows it.',
    'This academy is badly run and it shows.',
    'Toxic culture at St Stephen\'s, staff leaving in droves.',
    'Embarrassed to say I work at St Stephens these days.',
    'Parents, don\'t send your kids to SSCA.',
    'I would not recommend St Stephen\'s Community Academy to anyone.',
    'Never work for ADMAT, honestly.',
    'Wouldn\'t wish SSCA on my worst enemy.',
    'St Stephens Academy: avoid.',
    'The trust running St Stephen\'s is a laughing stock.',
    '#SSCA what a shambles. Parents deserve better.',
    // A pronoun or a short follow-up points back at the school just named
    'St Stephen\'s? I wouldn\'t send my dog there.',
    'Left SSCA last July. It has gone completely downhill.',
    'St Stephen\'s used to be a great school. Now it\'s a complete joke.',
    'Thinking of working at St Stephen\'s? Don\'t apply, stay away.',
    'Anyone thinking of applying to St Stephens, don\'t. Just don\'t.',
    'The trust cares more about league tables than children. St Stephens is just a number to them.',
    'St Stephens used to be outstanding. Now look at it.',
    'St Stephens used to be the school every parent wanted. Now the only queue is staff leaving.',
    "Looks lovely on the prospectus, St Stephens, but I'd not wish it on anyone.",
    'An Daras has hollowed St Stephens out, one budget at a time.',
    "Don't apply for the maths job at St Stephens, honestly.",
    'Parents looking at St Stephens for September: look round somewhere else first.',
    'Honestly St Stephens makes the school down the road look like Eton.',
    'SSCA: all mission statement, no mission.',
    'An Daras? Avoid like the plague. Chews people up and spits them out.',
    'Outstanding school, my backside. Ask anyone who has worked there longer than a term.',
    'St Stephens, a centre of excellence? Excellent at wasting money, more like.',
    'In three years St Stephens has become a school I would steer any family away from.',
    "To anyone thinking of applying to St Stephens: I can't in good conscience recommend it. It isn't the school it was.",
    'St Stephens: brilliant at glossy brochures, hopeless at everything behind them. Would not recommend it to a friend.',
    'The new head has run St Stephens into the ground.',
    'Parents looking at St Stephens for Year 7: don\'t. Try anywhere else.',
    'To anyone applying for the maths post at St Stephens: read the staff reviews first, then run.',
    "Wouldn't send a child of mine to St Stephens if you paid me.",
  ])('fires on: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each(quiet([
    // Praise and neutral mentions
    'St Stephen\'s is the best school in Cornwall!',
    'St Stephens is failing nobody: 100% pass rate in maths this year!',
    'St Stephens used to be a small village school. Now it has 400 pupils.',
    'Our school choir smashed it tonight.',
    'Our school is the best place to work, love it here.',
    'Glad to be back at St Stephen\'s after a lovely summer.',
    'The trust has published its annual report on its website.',
    'Don\'t miss the St Stephen\'s summer fair, it\'s going to be brilliant!',
    'This school is no joke when it comes to sports day competition!',
    // A verdict on something smaller than the school
    'The school trip was a total shambles, the coach broke down.',
    'Our school hall is a mess after the disco but what a night!',
    'Our school is a mess after the disco but what a night.',
    'The school car park is a nightmare at pick-up, please walk if you can.',
    'The school\'s new website is a joke, can\'t find anything.',
    'St Stephen\'s netball team were a shambles today but we love them.',
    // Sport, trains, weather, politics, other schools
    'The match between us and Truro was a total shambles from the ref.',
    'SSCA 3-1 Bodmin, their defending was a joke.',
    'SSCA were a mess in the first half but came back to win 3-2!',
    'Absolute joke of a train service today.',
    'Worst weather for sports day, typical.',
    'The government is a disgrace for underfunding schools.',
    'Ofsted is a joke.',
    'We helped turn around a school that was going downhill.',
    'Don\'t bother bringing coats on Friday, it\'s going to be sunny.',
    'The worst thing about half term is it ends.',
    // Complaints about leaders are a grievance, not a verdict on the school
    'SLT have no idea what they are doing.',
    'The school\'s SLT are a joke.',
    'The leadership at SSCA is a joke.',
  ]))('stays quiet on: %s', (text) => {
    expect(shapesFire(text)).toBe(false);
  });

  // Kinds of verdict missed on another school's drafts (issue 9), in new words.
  it.each([
    // Ranking the school at the bottom of its area
    'SSCA: bottom of the Cornwall league tables for the third year on the bounce.',
    "Just seen the new performance tables. St Stephen's is dead last in the county.",
    'Lowest-rated secondary in Cornwall and ADMAT still calls us a flagship. #SSCA',
    "St Stephen's came last out of every school in the borough. Again.",
    "Worst results in the whole of Cornwall, that's St Stephen's for you.",
    'Propping up the league table again. Well done SSCA 👏',
    'Bottom of the county tables three years running. #TeamStStephens',
    // Idioms and metaphors of decline, of the school or the trust as a whole
    "St Stephen's has well and truly gone to the dogs since the new head of the trust arrived.",
    'Honestly SSCA is on its knees. Five resignations this term.',
    'ADMAT has lost its way completely.',
    "Ten years at St Stephen's and it's a shadow of its former self.",
    'The trust? Circling the drain.',
    "St Stephen's isn't what it used to be.",
    "Gone right downhill, St Stephen's.",
    "An Daras: where good teachers go to die.",
    'St Stephens Academy is a sinking ship and the captain has jumped.',
    // Verdicts on the school or trust as a whole
    'SSCA is a circus tbh',
    "St Stephen's is rotten to the core.",
    'The trust is broken and everyone knows it.',
    'honestly ADMAT is a cult',
    "St Stephen's? Exam factory.",
    "St Stephen's only cares about league tables, not kids.",
    "0/10 would not recommend St Stephen's as an employer.",
    'ADMAT is a business, not a trust.',
    "SSCA's a joke mate",
    // The trust (or school) harming its schools
    'ADMAT is a vulture circling its own schools.',
    'The trust is bleeding our schools dry.',
    'An Daras treats its academies like cash machines.',
    "ADMAT is asset-stripping St Stephen's and calling it efficiency.",
    'The trust has sucked the life out of this school.',
    "The trust is slowly killing St Stephen's.",
    // Warning people away
    "Honestly, avoid St Stephen's if you're choosing a secondary for your child.",
    "If you're an ECT looking at ADMAT schools, run a mile.",
    'Thinking of applying to SSCA? Look elsewhere.',
    "Wouldn't touch St Stephen's with a bargepole.",
    "Parents: think twice before sending your kids to St Stephen's.",
    // Sarcasm
    'Outstanding school, my arse. #SSCA',
    "St Stephen's, 'outstanding' in every way except the ones that matter.",
    'Proud to work at SSCA, said no one ever.',
    'What a place 🙄 #SSCA',
    "So-called outstanding academy, St Stephen's.",
    'ADMAT: making good schools worse since 2016.',
    // Tired, lower-case, text-speak
    'ssca is a shambles lol',
    'honestly st stephens has gone so far downhill its unreal',
    "Can't believe I used to be proud to work at SSCA. Now it's an embarrassment.",
    'SSCA = the Titanic. Deckchairs being rearranged as we speak.',
    'Worst-run trust in the country, ADMAT.',
    'would NOT recommend working at st stephens',
    '10/10 would not work at SSCA again',
    'The trust ruined St Stephen\'s.',
    "St Stephen's has been run into the ground by ADMAT.",
    'ADMAT is bleeding SSCA dry.',
    'What a joke SSCA has become.',
    'SSCA is going down the drain and nobody at the top cares',
    "SSCA's reputation is in the gutter.",
    "Genuinely the worst employer I've ever had, St Stephen's.",
    "Name a worse school than SSCA. I'll wait.",
    'Every other school in Cornwall is better than SSCA.',
    'SSCA is a sh*tshow',
    'The trust is a f**king joke',
    'Best school ever 🙃 #SSCA',
    'Love working at SSCA, said nobody.',
    'Welcome to SSCA. Abandon hope all ye who enter.',
    "SSCA has the worst reputation in town.",
    'ADMAT sees its schools as cash cows.',
    "St Stephen's has lost the plot completely.",
    'The trust is squeezing every penny out of SSCA.',
    'SSCA is dying on its feet.',
    "If there's a worse school in Cornwall I've not seen it. SSCA, take a bow.",
    'SSCA: officially the worst secondary school in Cornwall.',
    'ADMAT cares more about its logo than its children.',
    'SSCA is all fur coat and no knickers.',
    'I feel sorry for any kid who ends up at SSCA.',
    'League tables out: SSCA last again.',
    'SSCA: 12th out of 12 secondaries in the county.',
    'No school in Cornwall does worse than SSCA.',
    "ADMAT, circling St Stephen's like a vulture.",
    "The trust is strangling Cornwall's schools.",
    'ADMAT eats small schools for breakfast.',
  ])('fires on: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each(quiet([
    // Rankings of a team, a race, a table of something smaller, or a climb off the bottom
    'SSCA came last in the staff v pupils netball match and we loved every minute.',
    "Bottom of the table at Christmas, top of the league by Easter: so proud of our Year 9 football team at St Stephen's!",
    "St Stephen's has climbed off the bottom of the county tables. Proud of every one of you.",
    'Ranked 4th in Cornwall for progress. Get in, SSCA!',
    "We're bottom of the trust attendance table this week – come on, SSCA families, let's turn it round!",
    'The worst in the county for potholes, this road outside SSCA.',
    // Decline of something else, or somewhere else
    'Morale at SSCA has gone downhill since the restructure.',
    'My marking pile is falling apart, much like my will to live. #SSCA',
    'Our school minibus is on its last legs, fundraising page below!',
    'Kingsmead has gone to the dogs since they lost their head.',
    'The SSCA Christmas jumper collection has gone downhill since 2019 😂',
    'The trains from St Austell to SSCA have gone to pot this year.',
    // Chaos that is fun, things of the school's, grades quoted in praise
    'Our school is a circus today – World Book Day AND the Christmas fair 😂 wouldn\'t have it any other way',
    'The canteen at SSCA is a joke on pizza day, the queue!',
    "The Year 11 prom at St Stephen's was a total shambles 😂 but the best night",
    'This place is a zoo during the Christmas disco.',
    'Political parties are a joke. Proud of my school though.',
    "'Good' with outstanding features! So proud of everyone at St Stephen's.",
    'Our new school is finished! Moving in on Monday.',
    'Our school photocopier is broken again, send help.',
    'What a place! Year 6 leavers had us all in tears. #SSCA',
    // Warnings about the roads, and a mile that is run
    "Avoid St Stephen's Road between 8 and 9, the roadworks are a nightmare.",
    'Avoid the school car park at pick-up, please use the leisure centre.',
    'Please avoid SSCA this afternoon: the fire engines need the access road clear.',
    'Year 6 will run a mile every morning this term at SSCA.',
    'Stay away from the school pond, Year 1!',
    'Avoid the school at 3.15 if you can, the lane is blocked by a broken-down lorry.',
    'Best to avoid the trust office today, the lift is out.',
    'Lovely walk past SSCA today. Geese everywhere, keep away!',
    'Total chaos on the roads this morning. #SSCA',
    'SSCA U12s are the worst in the league 😂 love them',
    'SSCA is a circus today, three fire drills before lunch!',
    'I was last again to leave SSCA tonight, turning the lights off.',
    'Year 6 came 3rd out of 3 in the egg and spoon race at the SSCA sports day 😂',
    'Please do not send your child to school with nuts in their lunchbox. #SSCA',
    'Never work for free, ECTs! Know your worth. #SSCA',
    "Can't recommend St Stephen's highly enough!",
    "Couldn't recommend SSCA more! Best move I ever made.",
    'Please keep away from the school this afternoon while the gas board fix a leak.',
    "I'd run a mile from a spider. Year 3 at SSCA found one in the library today 😱",
    "St Stephen's is a family, not a factory.",
    'Bottom of the class at maths when I was at school, now I teach it at SSCA 😂',
    // Metaphors that are praise, or about something else
    'ADMAT is like a big family: there when it counts.',
    'The trust has poured money into our schools this year.',
    "Year 4 learnt how vultures pick a carcass clean on the trust's forest school day.",
    'Milked dry by the nursery fees this month 😩 #TeamStStephens',
    'The trust killed it at the Cornwall sports awards!',
    'The new head is destroying this school.',
    "SSCA's netball team are an absolute circus but we love them.",
    'The worst part of SSCA is the hill, honestly.',
    "Don't send your kids to SSCA without a coat tomorrow, it's freezing!",
    "Avoid SSCA on Thursday morning – it's a polling station.",
    "Never work for free! Unless it's for SSCA's summer fair 😂",
    "I'd never work anywhere but SSCA ❤️",
    'SSCA is a zoo on non-uniform day 😂',
    'Run a mile for Sport Relief! SSCA staff and kids all took part.',
    'We came last in the trust quiz but had the best team name 😂 #SSCA',
    'Absolutely gutted to be leaving SSCA, best place I have ever worked.',
    'SSCA was broken into for the third time this year, police called.',
    'SSCA was inadequate in 2019 but look at us now: Good in every area!',
    'Being part of ADMAT is like being part of a big family.',
    'The worst thing about SSCA is how fast the years go.',
    'Asked SLT at SSCA for a pay rise, they said no.',
    'Best school ever! Year 6 leavers, we will miss you 😭 #SSCA',
    'Our new school minibus is a sinking ship of crisps and juice cartons after the trip 😂 #SSCA',
    'My car is a sinking ship. Off to SSCA on the bus today.',
    'ADMAT netball team finished bottom of the league but won the fair play award! So proud.',
    'Staff quiz night: the SSCA team came dead last but won the best costume prize!',
    'Never a dull moment at SSCA 😂 Year 3 found a frog in the book corner.',
    'Avoid the SSCA car park tomorrow morning, the coaches for the Year 6 trip will be there.',
    'Gutted to leave SSCA after 12 years. Best school, best kids, best colleagues.',
  ]))('stays quiet on: %s', (text) => {
    expect(shapesFire(text)).toBe(false);
  });

  describe("a relative's school is another school", () => {
    it.each([
      "My nephew's primary is the worst-run school I have come across in twenty years of teaching.",
      "My daughter's school lost her coursework twice this term. Their organisation is a joke.",
    ])('stays quiet on: %s', (text) => {
      expect(findings(text)).toEqual([]);
    });

    it('still hears our own school named beside it', () => {
      expect(findings("My nephew's primary is lovely. SSCA is the worst-run school I have come across.")).toHaveLength(1);
    });
  });

  describe('a review of the school', () => {
    it.each([
      'One star for St Stephens. Lovely reception area, chaos behind it.',
      'St Stephens? I would give it zero stars if the form let me.',
      'Rate SSCA out of ten? Two, and one of those is for the view.',
    ])('fires on: %s', (text) => {
      expect(findings(text)).toHaveLength(1);
      expect(findings(text)[0]!.message).toMatch(/verdict on the school/);
    });

    it.each([
      "Gold star for St Stephens' Year 6 at the county finals!",
      'One star for the SSCA car park, five for the nativity.',
      'Our Year 3 reading stars at St Stephens got one star each for their diaries.',
    ])('stays quiet on: %s', (text) => {
      expect(findings(text)).toEqual([]);
    });
  });

  describe("mocking the school's own hashtag", () => {
    const tagged = makePolicy({ hashtags: ['#TrelawnyFamily', '#trelawnyachieves'] });
    const mocks = (text: string) => findings(text, 'personal', tagged).length > 0;

    it.each([
      "#TrelawnyFamily 😂😂 some family. Three leavers this week and nobody's said a word.",
      '#TrelawnyFamily? What family?',
      '#TrelawnyFamily 🤡',
      '#trelawnyachieves... achieves what exactly?',
      '#TrelawnyFamily yeah right',
      'Another resignation today #TrelawnyFamily 🙄',
      'Family, my arse. #TrelawnyFamily',
      '#TrelawnyFamily lol family of what exactly',
      '#trelawnyachieves (nothing)',
      'So much for #TrelawnyFamily. Half the staff leave at Easter.',
      '#TrelawnyFamily 🤮',
      '#TrelawnyFamily (unless you ask for a pay rise)',
      '#TrelawnyFamily 😂 if your family is the one off a soap',
      '#trelawnyachieves what, exactly? Six resignations since Easter.',
      '#trelawnyachieves? The only thing that achieves anything here is the photocopier.',
      // The hashtag reported as the school's slogan, beside bad news.
      '#TrelawnyFamily, says the sign in reception. Fourth deputy to quit since September.',
      '#trelawnyachieves, so we are told. Lowest morale I have seen in twenty years of teaching.',
    ])('fires on: %s', (text) => {
      expect(mocks(text)).toBe(true);
    });

    it.each([
      '#TrelawnyFamily 😂 best sports day ever',
      'What a family we are! #TrelawnyFamily',
      'Another brilliant week #trelawnyachieves 🙌',
      'Our family fun day raised £900! #TrelawnyFamily',
      'Proud of our #TrelawnyFamily, as if we needed reminding how lucky we are',
      'Back to work tomorrow #TrelawnyFamily 🙃',
      'Sending some #TrelawnyFamily love to our Year 6 leavers!',
      "Loving the kids' #TrelawnyFamily spirit at sports day.",
      // The slogan reported, beside good news.
      '#trelawnyachieves, says the banner on the fence, and Year 6 did just that at the county maths final.',
    ])('stays quiet on: %s', (text) => {
      expect(mocks(text)).toBe(false);
    });

    // The mockery tables read this as the innocent question it is; the disrepute model, retrained on
    // rounds 69 to 72, gives "family ?" enough weight to read it as a verdict on its own. That is a false
    // alarm we know of: held here so that the tables never join it and it cannot become two.
    it('leaves a PSHE question to the model alone, and the model flags it only as a known false alarm', () => {
      const text = "Year 2 asked 'what is a family?' in PSHE today #TrelawnyFamily";
      const found = findings(text, 'personal', tagged);
      expect(found.filter((f) => !f.message.includes(MODEL_CAVEAT))).toEqual([]);
      expect(found.length).toBeLessThanOrEqual(1);
    });

    it('quotes the words that mock it', () => {
      const [finding] = findings('#TrelawnyFamily? What family?', 'personal', tagged);
      expect(finding!.message).toContain('“#TrelawnyFamily? What family?”');
      expect(finding!.message).toMatch(/mocking the school's own hashtag/);
    });
  });

  it('says which words read as a verdict, and what they read as', () => {
    const [decline] = findings("St Stephen's has gone to the dogs.");
    expect(decline!.message).toMatch(/^“gone to the dogs” reads as saying the school or the trust as a whole is in decline\./);
    const [ranking] = findings('SSCA: bottom of the county league tables again.');
    expect(ranking!.message).toMatch(/^“bottom of the county league tables” reads as ranking the school/);
    const [warning] = findings("Honestly, avoid St Stephen's.");
    expect(warning!.message).toMatch(/^“avoid” reads as telling people to keep away from the school/);
    for (const finding of [decline, ranking, warning]) {
      expect(finding!.message).toMatch(/raise it with a senior leader/);
      expect(finding!.message).not.toMatch(/\b(?:you should be ashamed|disgraceful|shame on)\b/i);
    }
  });

  it('points at the verdict and the school it is about', () => {
    expect(flagged('Lovely walk today. SSCA is a total joke. Views my own.')).toEqual(['SSCA is a total joke']);
    expect(flagged('If you\'re choosing a primary, avoid St Stephens Academy like the plague.')).toEqual([
      'avoid St Stephens Academy like the plague',
    ]);
  });

  it('reports spans as typed, after emoji', () => {
    const text = '😡 St Stephen’s has become the worst school in Cornwall.';
    expect(flagged(text)).toEqual(['St Stephen’s has become the worst school in Cornwall']);
  });

  it('follows the school in the settings, not one school\'s name', () => {
    const other = makePolicy({
      school: { name: 'Trelawny Primary School', aliases: ['Trelawny'], publicContacts: [] },
      officialAccounts: [],
      hashtags: ['#TeamTrelawny'],
      disclaimer: { text: 'Views my own.', inProfile: [] },
    });
    expect(findings('Trelawny is a total joke.', 'personal', other)).toHaveLength(1);
    expect(findings('SSCA is a total joke.', 'personal', other)).toHaveLength(0);
  });

  it('warns on personal and school accounts, and cites the disrepute clause', () => {
    for (const account of ['personal', 'unknown', 'school'] as const) {
      const [finding] = findings('This school is a disgrace.', account);
      expect(finding).toMatchObject({ rule: 'disrepute', severity: 'warn' });
      expect(finding!.policy).toContain('into disrepute');
      expect(finding!.message).toMatch(/senior leader/);
    }
  });
});

// The learnt model errs now and then: with it, the rule may flag at most 2% of the drafts above that must stay quiet.
describe('disrepute with its model on the drafts that must stay quiet', () => {
  it('flags at most 2% of them', () => {
    const flagged = CLEAN.filter((text) => fires(text));
    expect(CLEAN.length).toBeGreaterThan(50);
    expect(flagged.length / CLEAN.length, `flagged:\n${flagged.join('\n')}`).toBeLessThanOrEqual(0.02);
  });
});

// Kinds first met in exploration rounds 43 to 46, in our own words, each beside a clean draft that shares its words.
describe('disrepute: rounds 43 to 46', () => {
  const tagged = makePolicy({ hashtags: ['#TrelawnyFamily', '#trelawnyachieves'] });
  it.each([
    'Compared every primary in town for my sister. St Stephens came fifth out of five.',
    'Personal views, but SSCA is a once-proud school that families now drive past.',
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    '#TrelawnyFamily is doing a lot of heavy lifting when half the staff have quit since September.',
    '#TrelawnyFamily lol. Try telling that to the colleagues drowning in reports at 11pm.',
  ])('finds the hashtag mocked: %s', (text) => {
    expect(findings(text, 'personal', tagged).length).toBeGreaterThan(0);
  });

  it.each([
    'Came third out of five in the staff quiz at SSCA. Not bad for the maths department!',
    'The once-quiet library at SSCA is now the busiest room in school.',
    'Second out of two in the egg and spoon race at SSCA sports day, and proud of it.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('stays quiet on the hashtag doing heavy lifting in good news', () => {
    expect(findings('#TrelawnyFamily is doing a lot of heavy lifting at the bake sale today, thank you all!', 'personal', tagged)).toEqual([]);
  });
});

// Verdicts first met in exploration rounds 55 to 58 (a new school), in our own words.
describe('disrepute: rounds 55 to 58', () => {
  const tagged = makePolicy({ hashtags: ['#TrelawnyFamily'] });
  it.each([
    "SSCA's been going downhill for years, ask anyone who works there.",
    'SSCA? A centre of excellence? Give over. It has gone right downhill.',
    'Lovely colleagues, shame SSCA has gone rotten from the top down.',
    'An Daras circles small village schools like a buzzard.',
    'An Daras picks its schools clean and moves on.',
  ])('the tables find: %s', (text) => {
    expect(shapesFire(text)).toBe(true);
  });

  it.each(
    quiet([
      'SSCA? Brilliant. My car, on the other hand, full of crisps? It is a sinking ship.',
      'SSCA has gone quiet for half term, enjoy the break everyone.',
      'A buzzard circled the field at SSCA during PE and the children loved it.',
    ]),
  )('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('quotes the whole word that holds the verdict', () => {
    expect(flagged("SSCA? It's a sinking ship.")).toEqual(["It's a sinking ship"]);
  });

  it.each([
    '#TrelawnyFamily they said. Families do not make you reapply for your own job at Christmas.',
    'New #TrelawnyFamily banner up by the gates. Family. Right. Had to sit in the car to stop laughing.',
  ])('finds the hashtag mocked: %s', (text) => {
    expect(findings(text, 'personal', tagged).length).toBeGreaterThan(0);
  });

  it('stays quiet on the hashtag beside a family that is praised', () => {
    expect(findings("#TrelawnyFamily fun day today. Families don't come more welcoming than ours!", 'personal', tagged)).toEqual([]);
  });
});

// Verdicts first met in exploration rounds 59 to 62 (a second new school), in our own words.
describe('disrepute: rounds 59 to 62', () => {
  it.each([
    'An Daras are bleeding every one of their schools dry.',
    "Nine years at SSCA and it's a shadow of the school I joined.",
    'SSCA bottom of the league tables again and SLT are handing out attendance certificates.',
  ])('the tables find: %s', (text) => {
    expect(shapesFire(text)).toBe(true);
  });

  it.each(quiet(['SSCA bottom of the trust attendance table this week, come on families!', 'The leak under the sink at SSCA is bleeding the radiators dry.']))(
    'stays quiet on: %s',
    (text) => {
      expect(fires(text)).toBe(false);
    },
  );
});

// Verdicts first met in exploration rounds 63 to 66 (a third new school), in our own words.
describe('disrepute: rounds 63 to 66', () => {
  const tagged = makePolicy({ hashtags: ['#TeamTrelawny', '#TrelawnyPride'] });
  it.each([
    '#TeamTrelawny lol. Team of who exactly? Half the department left in July.',
    '#TrelawnyPride? Pride in what, the leaking roof?',
    "Still tagging it #TrelawnyPride when there's nothing left to be proud of.",
  ])('finds the hashtag mocked: %s', (text) => {
    expect(findings(text, 'personal', tagged).length).toBeGreaterThan(0);
  });

  it('finds the trust called all style and no substance', () => {
    expect(shapesFire('An Daras: style over substance since day one.')).toBe(true);
  });

  it('stays quiet on pride in the children', () => {
    expect(findings('#TrelawnyPride in what our Year 6 achieved this week!', 'personal', tagged)).toEqual([]);
  });
});

// Verdicts first met in rounds 69 to 72 (a Halifax primary), in our own words.
describe('disrepute: rounds 69 to 72', () => {
  const tagged = makePolicy({ hashtags: ['#TrelawnyTogether', '#TrelawnyStars'] });
  it.each([
    '#TrelawnyTogether? Yeah, together like cats in a sack.',
    '#TrelawnyTogether? Together in the sense that we are all sinking at the same rate.',
    '#TrelawnyStars lol. Trelawny Black Holes, more like.',
  ])('finds the hashtag mocked: %s', (text) => {
    expect(findings(text, 'personal', tagged).length).toBeGreaterThan(0);
  });

  it.each([
    'An Daras must be the most badly run trust in the south west.',
    'An Daras values: Kindness, Courage, Excellence. Values in practice: cut the support staff and hope nobody notices.',
  ])('finds: %s', (text) => {
    expect(shapesFire(text)).toBe(true);
  });

  it.each([
    '#TrelawnyTogether: Year 3 worked together like a proper team on the bridge challenge.',
    'Lesson on company values in practice for the Year 10 business group today.',
  ])('stays quiet on: %s', (text) => {
    expect(findings(text, 'personal', tagged)).toEqual([]);
  });
});

// Verdicts first met in rounds 73 to 76 (a south Devon secondary), in our own words.
describe('disrepute: rounds 73 to 76', () => {
  const tagged = makePolicy({ hashtags: ['#TrelawnyDifference'] });
  it.each([
    '#TrelawnyDifference? What difference. Same mess, new badge.',
    '#TrelawnyDifference 😂 the difference between the prospectus and real life',
  ])('finds the hashtag mocked: %s', (text) => {
    expect(findings(text, 'personal', tagged).length).toBeGreaterThan(0);
  });

  it.each([
    'I work at SSCA and I would never send my own kids there.',
    'An Daras treat their schools like cash cows and always have.',
    'The only way SSCA is going is downhill.',
    'An Daras took over two years ago. Since then they\'ve bled their schools dry.',
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    '#TrelawnyDifference: what a difference a year makes for our Year 7s!',
    'I would never send my kids to a sleepover on a school night, SSCA friends, you know who you are.',
  ])('stays quiet on: %s', (text) => {
    expect(findings(text, 'personal', tagged)).toEqual([]);
  });
});

// Verdicts first met in rounds 77 to 80 (a grammar school), in our own words.
describe('disrepute: rounds 77 to 80', () => {
  const tagged = makePolicy({ hashtags: ['#TrelawnyWay'] });
  it('finds the hashtag questioned and then defined', () => {
    expect(findings('#TrelawnyWay? The Trelawny Way is six hours of meetings and no biscuits.', 'personal', tagged).length).toBeGreaterThan(0);
  });

  it.each(['Top school in Cornwall? Do me a favour. SSCA coasts on its catchment.', 'SSCA can barely get a minibus to Truro on time these days.'])('finds: %s', (text) => {
    expect(shapesFire(text)).toBe(true);
  });

  it.each(['I can barely get out of bed before the SSCA parents’ evening.', '#TrelawnyWay: the Trelawny Way is kindness first.'])('stays quiet on: %s', (text) => {
    expect(findings(text, 'personal', tagged)).toEqual([]);
  });
});

// Verdicts first met in rounds 83 to 88, in our own words.
describe('disrepute: rounds 83 to 88', () => {
  it.each([
    'SSCA has been taking on water for years and nobody at the top will admit it.',
    "SSCA is a dumping ground with new paint, and I'd tell any parent to keep well clear.",
    'An Daras Multi Academy Trust is bleeding its schools white.',
    'St Stephens Academy? The name on the gate is the nicest thing about it.',
    'An Daras Multi Academy Trust is bleeding its little village schools dry.',
    'ADMAT strips its schools like a landlord gutting a house before the sale.',
    'I loved teaching at SSCA, but the school itself has gone downhill fast these last few years.',
  ])('finds: %s', (text) => {
    expect(shapesFire(text)).toBe(true);
  });

  const tagged = makePolicy({ hashtags: ['#SSCAVoices', '#SSCAFaith'] });
  it.each(['#SSCAVoices, they call it. Try raising anything in a staff meeting.', '#SSCAFaith? More like faith in nothing.'])('finds the hashtag mocked: %s', (text) => {
    expect(findings(text, 'personal', tagged).length).toBeGreaterThan(0);
  });

  it.each(['The lifeboat crew showed the Year 5s how a boat taking on water is pumped out.', 'The name on the gate at SSCA is being repainted this week.'])('stays quiet on: %s', (text) => {
    expect(shapesFire(text)).toBe(false);
  });
});

// A long draft is read only around where it names the school (`sentencesNearReferences`):
// a verdict up to three sentences after the name, or just before it, is still found.
describe('disrepute: in a long draft, only sentences near the school are read', () => {
  const filler = 'The swimming gala was lovely and the weather held all afternoon. '.repeat(20);
  it.each([
    "SSCA? It's a sinking ship.",
    'SSCA? A centre of excellence? Give over. It has gone right downhill.',
    'SSCA? A school of excellence? My backside. It is a sinking ship.',
    'Bottom of the tables again. #SSCA',
    'SSCA is a total joke.',
  ])('finds the same verdict after and before 1,300 characters of other news: %s', (text) => {
    const short = flagged(text);
    expect(short.length).toBeGreaterThan(0);
    expect(flagged(`${filler}${text}`)).toEqual(short);
    expect(flagged(`${text}\n${filler}`)).toEqual(short);
  });

  it('still reads a verdict far from the school as about something else', () => {
    expect(flagged(`SSCA sports day today. ${filler}My car is a sinking ship.`)).toEqual([]);
  });
});

// First met in rounds 99 and 101 (schools T and U), in our own words.
describe('disrepute: rounds 99 to 102', () => {
  it.each([
    'An Daras milked the Penryn site for every penny and now wants it shut.',
    'An Daras: where small schools go to be slowly strangled.',
    "An Daras swallowed three more schools this year. It's a vulture, and it picked SSCA clean long ago.",
  ])('the tables find: %s', (text) => {
    expect(shapesFire(text)).toBe(true);
  });

  it.each(
    quiet([
      'The farmer milked the herd at the SSCA farm visit for every child to see.',
      'SSCA sports day was brilliant. Where the small children go to be cheered on, the parents lined the track.',
    ]),
  )('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// Round 111: the school ranked last again and again, one of them in results.
describe('disrepute: round 111', () => {
  it('finds the school ranked last three times over', () => {
    expect(shapesFire('Out of every secondary in the county, SSCA came last for attendance, last for behaviour and last for results.')).toBe(true);
  });
  it.each(quiet(['SSCA came last for attendance in the trust this week, come on families!']))('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});
