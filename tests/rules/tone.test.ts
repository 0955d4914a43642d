import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/engine';
import rule from '../../lib/rules/tone';
import { prepareDraft } from '../../lib/text/prepared';
import { findShouting } from '../../lib/rules/tone/shouting';
import type { AccountKind } from '../../lib/types';
import { makePolicy } from '../helpers';

const policy = makePolicy();

function findings(text: string, account: AccountKind = 'school') {
  return checkDraft({ text, site: 'facebook', account }, policy, [rule]);
}

function flagged(text: string, account: AccountKind = 'school'): string[] {
  return findings(text, account).map((f) => text.slice(f.start, f.end));
}

describe('tone: shouting', () => {
  it.each([
    ['NO SCHOOL TOMORROW because of the storm.', 'NO SCHOOL TOMORROW'],
    ['PLEASE DO NOT PARK on the zigzag lines outside school.', 'PLEASE DO NOT PARK'],
    ['HUGE CONGRATULATIONS TO Grace Okafor, our new junior mayor.', 'HUGE CONGRATULATIONS TO'],
    ['WHAT A GOAL from Year 6.', 'WHAT A GOAL'],
    ['I AM SO PROUD of you all.', 'I AM SO PROUD'],
    ['PLEASE SEND IN YOUR FORMS by Friday.', 'PLEASE SEND IN YOUR FORMS'],
    ['YEAR 6 ARE CHAMPIONS. Well done.', 'YEAR 6 ARE CHAMPIONS'],
    ['Reminder: SSCA PTA AGM: PLEASE COME ALONG tonight.', 'PLEASE COME ALONG'],
    ['BEST NEWS EVER, we got the keys.', 'BEST NEWS EVER'],
  ])('flags %j', (text, run) => {
    expect(flagged(text)).toEqual([run]);
  });

  it.each([
    'SSCA PTA AGM',
    'Reminder: SSCA PTA AGM tonight at 6pm in the school hall.',
    'BIG NEWS: we are recruiting!',
    'KS2 SATs results are in, and our SENCO and the NHS team were brilliant.',
    'EHCP SEND SLT NEU meeting notes.',
    'DT ICT PE RE timetable.',
    'INSET DAY on Monday.',
    'Our OFSTED report is out.',
    'Watch it on BBC TV in the UK.',
    'Please send PE kit.',
    'Welcome to ST STEPHENS COMMUNITY ACADEMY.',
    'A great day. I think we won.',
  ])('does not flag acronyms or ordinary capitals: %j', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('gives one finding per run, whatever its length', () => {
    expect(flagged('PLEASE REMEMBER THAT THE SCHOOL GATES WILL BE LOCKED AT NINE')).toHaveLength(1);
  });

  it('reports runs as spans of the draft as typed, after emoji and accents', () => {
    const text = '🎉🎉 Café news: NO SCHOOL TOMORROW. Dès demain: ÉCOLE FERMÉE JUSQU’À LUNDI';
    expect(flagged(text)).toEqual(['NO SCHOOL TOMORROW', 'ÉCOLE FERMÉE JUSQU’À LUNDI']);
    const spans = findShouting(prepareDraft({ text: '👍 SO VERY PROUD', site: 'x', account: 'school' }));
    expect(spans).toEqual([{ start: 3, end: 16 }]);
    // Tokens that name the school are never shouting.
    expect(findShouting(prepareDraft({ text: 'SO VERY PROUD', site: 'x', account: 'school' }), new Set([1]))).toEqual([]);
  });
});

describe('tone: runs of exclamation and question marks', () => {
  it.each([
    ['Year 6 are county netball champions!!! So proud.', '!!!'],
    ['Why would anyone think that is acceptable???', '???'],
    ['Really?!?', '?!?'],
    ['Amazing!!!!!!', '!!!!!!'],
  ])('flags %j', (text, marks) => {
    expect(flagged(text)).toEqual([marks]);
  });

  it.each(['What a day for our swimmers!! So proud.', 'Really?! Yes.', 'Well done‼️'])('allows two: %j', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('points at the marks after emoji', () => {
    const text = 'Champions 🏆🏆!!!';
    const [finding] = findings(text);
    expect(text.slice(finding!.start, finding!.end)).toBe('!!!');
  });
});

describe('tone: dismissive slang aimed at people', () => {
  it.each([
    ['Oh shut up.', 'shut up'],
    ['Honestly, get a grip.', 'get a grip'],
    ['Some parents are absolute muppets.', 'absolute muppets'],
    ['the muppets who parked on the zigzags', 'muppets'],
    ['Numpties in the car park again.', 'Numpties'],
    ['Get lost!', 'Get lost'],
    ['Grow up, people.', 'Grow up'],
    ['whatever lol', 'whatever lol'],
    ['Whatever.', 'Whatever'],
    ['Bunch of clowns.', 'Bunch of clowns'],
    ['People need to get a life.', 'get a life'],
  ])('flags %j', (text, words) => {
    expect(flagged(text)).toEqual([words]);
  });

  it.each([
    'When I grow up I want to be a vet.',
    'The children are growing up so fast, they grow up in no time.',
    'Get lost in a good book this summer!',
    "Don't get lost on the way to the museum.",
    'Get a grip on the bars before you climb.',
    'The shop will shut up shop at four.',
    'The Muppet Christmas Carol is on in the hall.',
    'Whatever the weather, sports day goes ahead.',
    'Clowns and jugglers at the summer fair.',
    'Please shut the gate and zip your coat.',
  ])('does not flag %j', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('tone: where it applies', () => {
  it('warns on the school account only', () => {
    const text = 'WHAT A GOAL!!! Get in, Argyle!';
    expect(findings(text, 'school').map((f) => f.severity)).toEqual(['warn', 'warn']);
    expect(findings(text, 'personal')).toEqual([]);
    expect(findings(text, 'unknown')).toEqual([]);
  });

  it('says what to do, calmly', () => {
    const [shout, marks, slang] = [findings('NO SCHOOL TOMORROW')[0]!, findings('Great!!!')[0]!, findings('Shut up.')[0]!];
    expect(shout.message).toMatch(/Sentence case/);
    expect(marks.message).toMatch(/One is enough/);
    expect(slang.message).toMatch(/calm, professional wording/);
    expect(shout.policy).toContain('appropriate and professional tone');
  });
});

describe('tone: the school’s own names', () => {
  it('treats the school’s one-word names as acronyms, and pupils’ names as words', () => {
    const p = makePolicy({ school: { name: 'Trelawny Primary School', aliases: ['TRELAWNYPS'], website: 'trelawny.example', publicContacts: [] } }, { roster: [] });
    const check = (text: string) => checkDraft({ text, site: 'x', account: 'school' }, p, [rule]).map((f) => text.slice(f.start, f.end));
    expect(check('TRELAWNYPS PTA AGM tonight')).toEqual([]);
    expect(check('Welcome to TRELAWNY PRIMARY SCHOOL.')).toEqual([]);
    expect(check('NO SCHOOL TOMORROW')).toEqual(['NO SCHOOL TOMORROW']);
    // Pupils Hope and Grace are on the default roster: their names in capitals still count.
    expect(flagged('WE HOPE YOU had fun')).toEqual(['WE HOPE YOU']);
    expect(flagged('WELL DONE GRACE OKAFOR')).toEqual(['WELL DONE GRACE OKAFOR']);
  });
});

describe('tone: familiar slang aimed at people on the school account (issue 9)', () => {
  const slangIn = (text: string, account: AccountKind = 'school') =>
    checkDraft({ text, site: 'facebook', account }, policy, [rule]).map((f) => text.slice(f.start, f.end));

  it.each([
    ['To the drivers on the yellow lines at pick-up: pack it in.', 'pack it in'],
    ["Mate, we've said it twice now, the letter is on the website.", 'Mate'],
    ['Lol chill, the coach is only ten minutes behind 😂', 'chill'],
    ['Parents, sort your lives out and send the slips back, yeah?', 'sort your lives out'],
    ['Oi, whoever left the gate open: not funny.', 'Oi'],
    ['The timetable is on the app, mate.', 'mate'],
    ['Cheers pal, all sorted.', 'Cheers pal'],
    ['Best residential ever, no cap.', 'no cap'],
    ['Year 11, pull your finger out, mocks start Monday.', 'pull your finger out'],
  ])('warns on %j', (text, words) => {
    expect(slangIn(text)).toContain(words);
  });

  it.each([
    "Huge thanks to Dave's mate from the fire service for the talk today.",
    'Our Year 2 children have been learning how to be a kind mate.',
    'Please sort out name labels for PE kits this week.',
    'Chill out at our summer fair with ice cream and music!',
    'A calm down corner in Reception helps our children settle.',
    'Our values: respect, honesty, love.',
    'Our reading buddies scheme pairs every Year 6 with a Reception pal.',
    'Duck race on the river this Saturday!',
  ])('stays quiet on %j', (text) => {
    expect(slangIn(text)).toEqual([]);
  });

  it('does not run on a personal account', () => {
    expect(slangIn('Mate, you have got to be kidding me. Pack it in.', 'personal')).toEqual([]);
  });

  it('quotes the words that sounded too casual', () => {
    const [finding] = checkDraft({ text: 'Lol chill, it is only Monday.', site: 'x', account: 'school' }, policy, [rule]);
    expect(finding!.message).toMatch(/^“chill” sounds too casual or dismissive for the school account/);
  });
});

// Round 109: "Calm down fam" to a parent, from the school's account.
describe('tone: round 109', () => {
  const found = (text: string) => checkDraft({ text, site: 'facebook', account: 'school' }, policy, [rule]).map((f) => text.slice(f.start, f.end));
  it('finds the reader called "fam" after "calm down"', () => {
    expect(found('Calm down fam, we are as fed up as you are about the coaches.').length).toBeGreaterThan(0);
  });
  it('stays quiet on a family', () => {
    expect(found('Calm down time in Reception: the whole fam-ily yoga session was lovely.')).toEqual([]);
  });
});
