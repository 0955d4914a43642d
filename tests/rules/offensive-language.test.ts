import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/engine';
import rule from '../../lib/rules/offensive-language';
import { prepareDraft } from '../../lib/text/prepared';
import { findOffensive } from '../../lib/rules/offensive-language/matcher';
import type { AccountKind } from '../../lib/types';
import { makePolicy, pupil, ROSTER } from '../helpers';

const policy = makePolicy();

function findings(text: string, account: AccountKind = 'personal', p = policy) {
  return checkDraft({ text, site: 'x', account }, p, [rule]);
}

/** The text each finding points at. */
function flagged(text: string, account: AccountKind = 'personal', p = policy): string[] {
  return findings(text, account, p).map((f) => text.slice(f.start, f.end));
}

describe('offensive-language: profanity and disguised spellings', () => {
  it.each([
    ['SLT have no idea. F*ck this.', 'F*ck'],
    ['f***ing hilarious, my sides hurt', 'f***ing'],
    ['What the f***', 'f***'],
    ['f**k me that was close', 'f**k'],
    ['you selfish piece of sh1t', 'sh1t'],
    ['you selfish piece of sh*t', 'sh*t'],
    ["you're an a$$hole.", 'a$$hole'],
    ['what an a**hole', 'a**hole'],
    ['That ref is a b*llend, worst decision all season.', 'b*llend'],
    ['some parents are complete tw@ts.', 'tw@ts'],
    ['Bunch of w4nkers, the lot of them.', 'w4nkers'],
    ['Absolute f u c k i n g joke of a train service', 'f u c k i n g'],
    ['F U C K this', 'F U C K'],
    ['f.u.c.k.', 'f.u.c.k'],
    ['s-h-i-t day', 's-h-i-t'],
    ['fuuuuuck', 'fuuuuuck'],
    ['shiiiiit', 'shiiiiit'],
    ['motherfucker', 'motherfucker'],
    ['total bullshit', 'bullshit'],
    ['FUCK OFF', 'FUCK'],
    ['#fuckmondays', 'fuckmondays'],
    ['b@stard', 'b@stard'],
    ['bugger off', 'bugger'],
    ['bollocks to that', 'bollocks'],
    ['I can\'t be arsed', 'arsed'],
    ['pissed off again', 'pissed'],
    ['shite weather', 'shite'],
    ['wtf is this', 'wtf'],
    ['c**t', 'c**t'],
    ['kiss my @rse', '@rse'],
    ['what a pr*ck', 'pr*ck'],
    ['total d*ck', 'd*ck'],
    ['b@llocks', 'b@llocks'],
    ['a bunch of c*nts', 'c*nts'],
    ['jack*ss', 'jack*ss'],
    ['fvck that', 'fvck'],
    ['SH1T', 'SH1T'],
    ["he's an idiot's idiot", 'idiot'],
    // Look-alike letters from other scripts and styled letters.
    ['fuсk (Cyrillic с)', 'fuсk'],
    ['𝐟𝐮𝐜𝐤', '𝐟𝐮𝐜𝐤'],
  ])('flags %j', (text, word) => {
    expect(flagged(text)).toContain(word);
  });

  it('tells people with hidden letters that the word still reads as a swear word', () => {
    const [finding] = findings('f*ck this');
    expect(finding!.message).toMatch(/even with letters hidden/);
    expect(finding!.message).toMatch(/before posting/);
  });
});

describe('offensive-language: UK terms, slurs and insults', () => {
  it.each([
    'bugger', 'bellend', 'pillock', 'nonce', 'pikey', 'gyppo', 'mong', 'wog', 'spaz', 'twat', 'wanker', 'tosser', 'knobhead', 'minger',
    'slag', 'munter', 'retard', 'retarded', 'spastic', 'paki', 'faggot', 'poofter', 'tranny', 'nigger', 'chinks', 'idiot', 'morons', 'cretin',
    'imbecile', 'halfwit', 'scumbag', 'dickhead', 'prat', 'plonker', 'wazzock', 'slut', 'whore',
  ])('flags %j', (word) => {
    expect(flagged(`Honestly, ${word}.`)).toEqual([word]);
  });

  it.each([
    ['Nobody cares what you think, you stupid b!tch.', 'you stupid b!tch'],
    ['You prick.', 'prick'],
    ["Don't be a dick about it", 'dick'],
    ['what a knob', 'knob'],
    ['absolute tit', 'tit'],
    ['miserable old git', 'old git'],
    ['the old git next door', 'old git'],
    ['you stupid cow', 'you stupid cow'],
    ['silly old cow', 'silly old cow'],
    ['fat pig', 'fat pig'],
    ['bunch of losers', 'losers'],
    ["you're so stupid", "you're so stupid"],
    ['you are useless', 'you are useless'],
    ['what a waste of space', 'waste of space'],
    ['shut your gob', 'shut your gob'],
    ['kill yourself', 'kill yourself'],
    ['I know where you live', 'I know where you live'],
    ['watch your back', 'watch your back'],
    ["I'll smash your face in", "I'll smash your face in"],
    ['thick as two short planks', 'thick as two short planks'],
    ["that's so gay.", "that's so gay"],
    // Words innocent unmasked, spelt out letter by letter: a mask.
    ['Whoever keeps parking across the gates is a total d.i.c.k', 'd.i.c.k'],
    ['what a p r i c k', 'p r i c k'],
  ])('flags words aimed at someone: %j', (text, words) => {
    expect(flagged(text)).toEqual([words]);
  });

  it('explains slurs, insults and threats differently, without shaming', () => {
    expect(findings('pikey')[0]!.message).toMatch(/slur/);
    expect(findings('you idiot')[0]!.message).toMatch(/name-calling/);
    expect(findings('kill yourself')[0]!.message).toMatch(/threat or harassment/);
    for (const f of findings('f*ck, pikey, idiot, watch your back')) expect(f.message).toMatch(/before posting\.$/);
  });
});

describe('offensive-language: hard negatives', () => {
  it.each([
    'Dick Whittington is our Christmas panto this year.',
    'Moby Dick and books by Dick King-Smith in the library.',
    'We spotted a blue tit and two great tits on the feeder.',
    'Year 6 sat in the cockpit of a Spitfire.',
    'Sex education evening for parents on Tuesday.',
    'Our hooker had a brilliant game in the rugby.',
    'Fields of rapeseed on the walk to Bodmin.',
    'Year 4 have been painting like Pissarro.',
    'Long drive up to Scunthorpe, then Arsenal on the radio all the way home.',
    'A Christmas Carol by Charles Dickens.',
    'Class assessment pieces are on display before the assembly.',
    'Did you pass? The grass is long in class 3.',
    'Trips to Sussex, Middlesex and Essex.',
    'Our therapist shared her analysis.',
    'Shitake and shiitake mushrooms in the cookery club.',
    'Mocktail and cocktail sausages at the Hancock farm.',
    'Butterfly and button art; the title is on the left.',
    "Please don't snigger in assembly.",
    'Trips to Penistone and Cockermouth.',
    'Well done Anushka, Dhanush, Harshit, Analise and Kuntal.',
    'A bloody good effort from everyone.',
    'The ox and the ass stood by the manger.',
    "Walking Offa's Dyke with Year 6.",
    'A chink of light at the end of the tunnel.',
    'Flame retardant costumes only, please.',
    'Kshitij and Mr Dikshit came to the science fair.',
    'Nigel visited Niger and Nigeria.',
    'Learning about Pakistan and Japan.',
    'Mongolia, the mongoose, and among other things.',
    'Yiddish songs in music today.',
    'Raccoon and cocoon pictures.',
    'Using the debugger in computing club.',
    'Best pancake tosser on Shrove Tuesday!',
    'Scrap paper in the box, please.',
    'Summa cum laude, and cumin in the curry.',
    'Peacock, Hitchcock and a shuttlecock in PE.',
    'Titanic display by Alan Titchmarsh fans.',
    'Pussy willow in the nature table; Puss in Boots at the panto.',
    "Pratt's Bottom is near Orpington.",
    'Homo sapiens timeline in Year 6.',
    'A knee-jerk reaction.',
    'The three little pigs and the cows at the farm.',
    'A fine piece of work, Year 3.',
    'Pond scum under the microscope.',
    'The losers\' final is on Saturday.',
    'Prick holes in the paper with a pencil. Did you prick your finger?',
    'Turn the right knob on the door knobs.',
    'What a cock-up! Cock-a-doodle-doo!',
    "You're not stupid, you just need practice.",
    'Drop dead gorgeous sunset tonight.',
    'Slag heaps in the Welsh valleys.',
    'Support for spastic cerebral palsy.',
    'Mong Kok in Hong Kong; Dyke Road in Brighton.',
    'Fanny Burney wrote novels.',
    'Wankhede Stadium in Mumbai.',
    'The Fukushima disaster in geography.',
    'Hello @twatson, thanks for the retweet.',
    'Email bigdick@example.com for tickets.',
    'Read more at https://example.com/shitake-recipes',
    '5* reviews! **Important** notice.',
    'R&D, Q&A and A-level results.',
    "I a m ok. e.g. a b c.",
    "Who're the winners? As's and Bs in the spelling test.",
    'Thanks @tariq_a and @twatson!',
    'Twelve A*s and three A**s at GCSE; 9-1 grades explained.',
    'Gay Pride month: a display about a gay couple in history.',
    'Terms apply* and parents* see below.',
    'Year 2 spelt d-u-c-k and c-l-o-c-k and d-i-c-k-e-n-s in the spelling bee.',
    'Dick King-Smith is our author of the month.',
  ])('does not flag %j', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('offensive-language: names are never flagged', () => {
  it('leaves roster names alone', () => {
    const p = makePolicy({}, { roster: [pupil('Dick', 'Turpin'), pupil('Kike', 'Garcia'), pupil('Harshit', 'Shah')] });
    expect(flagged('Well done Dick Turpin', 'school', p)).toEqual([]);
    expect(flagged('Well done, Dick!', 'school', p)).toEqual([]);
    expect(flagged('Kike scored twice.', 'school', p)).toEqual([]);
    expect(flagged("Harshit's poem was lovely.", 'school', p)).toEqual([]);
  });

  it('leaves staff names and school names alone', () => {
    const p = makePolicy({ staff: ['Mr Tom Prat'] }, { roster: ROSTER });
    expect(flagged('Thank you Mr Prat for the trip.', 'school', p)).toEqual([]);
    expect(flagged('Thank you Mr Prat for the trip.', 'school', policy)).toEqual(['Prat']);
  });
});

describe('offensive-language: spans and severity', () => {
  it('points at the words as typed, after emoji and accents', () => {
    const text = '😀😀 Café crème. Quelle journée 🎉 f*ck ça, and the ref is a b*llend!';
    expect(flagged(text)).toEqual(['f*ck', 'b*llend']);
    const spaced = 'Zoë 🙈 said f u c k';
    expect(flagged(spaced)).toEqual(['f u c k']);
  });

  it('blocks on personal, unknown and school accounts', () => {
    for (const account of ['personal', 'unknown', 'school'] as const) {
      const [finding] = findings('What a load of bollocks.', account);
      expect(finding).toMatchObject({ rule: 'offensive-language', severity: 'block' });
      expect(finding!.policy).toContain('offensive');
    }
  });

  it('gives the same answer however often a draft is checked', () => {
    const text = 'Dick Whittington, f*ck, Scunthorpe and a pancake tosser';
    const first = flagged(text);
    expect(flagged(text)).toEqual(first);
    expect(first).toEqual(['f*ck']);
    expect(flagged('what a tosser')).toEqual(['tosser']);
  });

  it('reports a phrase once', () => {
    expect(findings('you stupid b!tch')).toHaveLength(1);
  });
});

describe('offensive-language: lexicon coverage', () => {
  // obscenity's English list, typed alone: each is flagged, or left out on purpose (why in lib/rules/offensive-language/lexicon.ts).
  const LEFT_OUT = new Set(['anal', 'anus', 'bestiality', 'boob', 'cock', 'cum', 'dick', 'ejaculate', 'fag', 'hooker', 'incest', 'masturbate', 'orgasm', 'orgy', 'penis', 'prick', 'rape', 'scat', 'semen', 'sex', 'tit', 'vagina', 'double penetration', 'finger bang', 'jerk off']);
  const OBSCENITY_WORDS = [
    'abeed', 'abo', 'africoon', 'anal', 'anus', 'arabush', 'arse', 'ass', 'bastard', 'bestiality', 'bitch', 'blowjob', 'bollocks', 'boob', 'boonga',
    'buttplug', 'chingchong', 'chink', 'cock', 'cuck', 'cum', 'cunt', 'deepthroat', 'dick', 'dildo', 'doggystyle', 'double penetration', 'dyke',
    'ejaculate', 'fag', 'felch', 'finger bang', 'fuck', 'gangbang', 'handjob', 'hentai', 'hooker', 'incest', 'jerk off', 'jizz', 'kike', 'lubejob',
    'masturbate', 'negro', 'nigger', 'orgasm', 'orgy', 'penis', 'piss', 'porn', 'prick', 'pussy', 'rape', 'retard', 'scat', 'semen', 'sex', 'shit',
    'slut', 'spastic', 'tit', 'tranny', 'turd', 'twat', 'vagina', 'wank', 'whore',
  ];
  it.each(OBSCENITY_WORDS.filter((w) => !LEFT_OUT.has(w)))('flags %j', (word) => {
    expect(flagged(`so ${word} today`)).toEqual([word]);
  });
  it.each([...LEFT_OUT])('leaves %j to context', (word) => {
    expect(flagged(`the ${word} today`)).toEqual([]);
  });
});

describe('offensive-language: letters hidden behind a dash (issue 9)', () => {
  it.each([
    ['The M25 at rush hour is f-ing endless.', 'f-ing'],
    ['What an f--king week.', 'f--king'],
    ['Some sh-t parking outside school again.', 'sh-t'],
    ['Absolute b-llocks from the council.', 'b-llocks'],
    ["He's a right tw-t.", 'tw-t'],
    ['Whoever keeps nicking the pens is a c-nt', 'c-nt'],
    ['what a load of cr–p', 'cr–p'],
    // Text-speak without the vowel.
    ['Get fukd mate, nobody asked', 'fukd'],
    ['fkn freezing on duty today', 'fkn'],
    // A masked word, then a real hyphen before the rest of it (round 56).
    ['Hour-long briefing again. Total pi**-take.', 'pi**-take'],
    ['Absolute sh**-show of a data drop.', 'sh**-show'],
  ])('flags %j', (text, word) => {
    expect(flagged(text)).toContain(word);
  });

  it.each([
    'Spelling test: b-e-c-a-u-s-e, n-e-c-e-s-s-a-r-y.',
    'Grab a T-shirt from the co-op on the way, and e-mail me.',
    "My pupils' stories about their half-term adventures made me laugh out loud.",
    'Half-time oranges, then back out for the second half.',
    'Cock-a-doodle-do! Farm trip with Year 1 today.',
    'A bit of a cock-up with the timetable today.',
    'The sh-sh-shivering cold at the bus stop.',
    'Fu-Kin Chinese takeaway does the best chips.',
    "We've been practising our fk sounds in phonics.",
    'Pass-the-parcel chaos at the Christmas party.',
    "It's a hard-ish week, a bit of a so-so one.",
  ])('stays quiet on %j', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

// The Fens call a drainage ditch a dyke (round 57); the slur is still a slur.
describe('offensive-language: a dyke that is a ditch', () => {
  it.each([
    "The dyke behind Nan's bungalow has come right up over the drove again.",
    'Walked the dog along the drainage dyke, then back by the dyke bank.',
  ])('stays quiet on %j', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('still flags it said of a person', () => {
    expect(flagged('He called her a dyke in the corridor.')).toEqual(['dyke']);
  });
});

describe('offensive-language: how sure a word is to offend', () => {
  it('warns rather than blocks for a mild word on the school account, and says so', () => {
    const [school] = findings('Apologies for the crap signal at sports day.', 'school');
    expect(school).toMatchObject({ severity: 'warn' });
    expect(school!.message).toMatch(/^“crap” is a mild swear word, but on the school account/);
    for (const word of ['bugger', 'arse', 'cr*p']) expect(findings(`Well ${word}, the minibus is late.`, 'school')[0]).toMatchObject({ severity: 'warn' });
  });

  it('still blocks a mild word on a personal account, and stronger words everywhere', () => {
    expect(findings('Apologies for the crap signal at sports day.', 'personal')[0]).toMatchObject({ severity: 'block' });
    for (const text of ['Apologies for the sh*tty signal.', 'What an arsehole.', 'f-ing minibus', 'bollocks to that']) {
      expect(findings(text, 'school')[0]).toMatchObject({ severity: 'block' });
    }
  });

  it('gives every lexicon match a sureness between 0 and 1, stronger words surer', () => {
    const sureness = (text: string) => findOffensive(prepareDraft({ text, site: 'x', account: 'personal' }))[0]!.sureness;
    expect(sureness('crap')).toBeLessThan(sureness('shit'));
    expect(sureness('shit')).toBeLessThan(sureness('twat'));
    expect(sureness('twat')).toBeLessThan(sureness('fuck'));
    expect(sureness('c u n t')).toBe(1);
  });

  it('quotes the words it found, but never repeats a slur', () => {
    expect(findings('f-ing minibus')[0]!.message).toMatch(/^“f-ing” still reads as a swear word/);
    expect(findings('you absolute idiot')[0]!.message).toMatch(/^“idiot” reads as name-calling/);
    expect(findings('pikey')[0]!.message).not.toContain('pikey');
  });
});

// First met in exploration round 61, in our own words.
describe('offensive-language: spelt out after "a", and masked so far only aiming tells', () => {
  it.each([
    ["Whoever parked on the zigzags, you're a d.i.c.k.h.e.a.d.", 'd.i.c.k.h.e.a.d'],
    ['What a w a n k e r.', 'w a n k e r'],
    ['Our deputy is a complete t**t and everyone knows it.', 't**t'],
  ])('flags %j', (text, word) => {
    expect(flagged(text)).toContain(word);
  });

  it('leaves a masked word alone when nothing aims it', () => {
    expect(flagged('Got an A** in maths and a t**t of a headache.')).toEqual([]);
  });
});

// Northern insults and masked compounds first met in rounds 69 to 72, in our own words.
describe('offensive-language: rounds 69 to 72', () => {
  it.each([
    ['The bloke who parked across the gates is a right twazzock.', 'twazzock'],
    ['Governors are a bunch of sh*tehawks, honestly.', 'sh*tehawks'],
    ['What a gobsh*te that inspector was.', 'gobsh*te'],
    ['Some tuss has nicked the bike shed padlock again.', 'tuss'],
  ])('flags %j', (text, word) => {
    expect(flagged(text)).toContain(word);
  });

  it.each(['Put a water butt by the allotment.', 'Hawks circling over the playing field all afternoon.'])('leaves %j alone', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

// Rounds 83 to 88: London slang, and a word spelt in symbols alone.
describe('offensive-language: rounds 83 to 88', () => {
  it.each([
    ['Whoever pinched the staffroom milk is a proper wasteman.', 'wasteman'],
    ['The man who planned this rota is a complete @$$.', '@$$'],
  ])('flags %j', (text, word) => {
    expect(flagged(text)).toContain(word);
  });

  it.each(['Tickets are $$$ this year, sadly.', 'Cakes @$2 each at the fair.', 'Meet @ 3pm by the gate.'])('leaves %j alone', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

// Round 102: "div", a Midlands and southern insult, is only name-calling when aimed at someone.
describe('offensive-language: div', () => {
  it.each(['Some gormless div cut across the zebra crossing.', "You're such a div sometimes.", 'What an absolute div.'])('finds: %s', (text) => {
    expect(findings(text).length).toBeGreaterThan(0);
  });
  it.each(['Long div with the bus stop method in Year 5 today.', 'Short div and long div practice for homework.', 'The empty div element broke the page layout.'])('stays quiet on: %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

// Round 104: Scots name-calling, spaced out or not.
describe('offensive-language: Scots name-calling', () => {
  it.each(['Away and bile yer heid, ya bampot.', 'Woman’s a n u m p t y.', 'What a pair of numpties.', 'Absolute eejit on the bypass this morning.'])('finds: %s', (text) => {
    expect(findings(text).length).toBeGreaterThan(0);
  });
});

// Round 112: a compound insult written with a hyphen.
describe('offensive-language: hyphenated compounds', () => {
  it.each(['The bloke at the council is a proper dick-head.', 'What a knob-head.'])('finds: %s', (text) => {
    expect(findings(text).length).toBeGreaterThan(0);
  });
  it.each(['We had a co-op trip and a cock-a-hoop day.', 'Bird-watching at Cockle Bay with Year 3.'])('stays quiet on: %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
