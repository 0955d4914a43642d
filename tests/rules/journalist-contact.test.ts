import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/engine';
import journalistContact from '../../lib/rules/journalist-contact';
import { isPressHandle } from '../../lib/facts/media';
import type { AccountKind, Draft } from '../../lib/types';
import { makePolicy } from '../helpers';

const policy = makePolicy();
const findings = (text: string, account: AccountKind = 'personal', extra: Partial<Draft> = {}) =>
  checkDraft({ text, site: 'x', account, ...extra }, policy, [journalistContact]);
const fires = (text: string, account: AccountKind = 'personal', extra: Partial<Draft> = {}) => findings(text, account, extra).length > 0;

describe('journalist-contact', () => {
  it.each([
    'Happy to give you a comment for your story, DM me.',
    'DM me for the article, I can tell you what really happened.',
    'Thank you for your press enquiry. Please contact the trust.',
    "Saw your press enquiry in the teachers' group. Happy to chat, DM me.",
    'Happy to give you a quote for your piece, drop me an email.',
    "Thanks for getting in touch. I'd rather not say anything on the record.",
    'Are you a reporter? I can tell you a few things about that place.',
    'Which paper are you with?',
    "I'll be speaking to the BBC about teacher workload tomorrow.",
    'Spoke to the Cornish Times this morning about the closure.',
    'Was interviewed by BBC Radio Cornwall about the floods.',
    'Happy to talk to the press about it if it helps.',
    'A journalist from the Echo rang me about the strike today.',
    'Can give you a statement for the article if you need one.',
    'Email me and I can help with your story about the school bus.',
  ])('warns on a draft that deals with the press: %s', (text) => {
    expect(fires(text)).toBe(true);
    expect(fires(text, 'school')).toBe(true);
  });

  it('treats a reply to a press account as a weak signal that needs support', () => {
    expect(fires('Happy to chat, DM me.', 'personal', { replyTo: '@PirateFMNews', surface: 'reply' })).toBe(true);
    expect(fires('Message me and I will give you the full story.', 'personal', { replyTo: '@CornwallLiveEd', surface: 'reply' })).toBe(true);
    expect(fires('Please email the office and we will help.', 'school', { replyTo: '@BristolPost', surface: 'reply' })).toBe(true);
    // Papers named for their readers or a messenger: "@FenlandCitizen", "@WisbechTribune".
    expect(fires('Happy to give you the other side. DM me.', 'personal', { replyTo: '@FenlandCitizen', surface: 'reply' })).toBe(true);
    expect(fires('Happy to chat, DM me.', 'personal', { replyTo: '@WisbechTribune', surface: 'reply' })).toBe(true);
    // A press account alone, or an offer of contact alone, is not enough.
    expect(fires('Thanks for the lovely photos of the carnival!', 'personal', { replyTo: '@CornwallLive', surface: 'reply' })).toBe(false);
    expect(fires('Happy to chat, DM me.', 'personal', { replyTo: '@kernowmum84', surface: 'reply' })).toBe(false);
    expect(fires('Happy to chat, DM me.', 'personal', { surface: 'reply' })).toBe(false);
  });

  it.each([
    'I read it in the paper this morning, shocking.',
    "Sorry, I can't do the lift share. DM me and we'll sort another day.",
    'Message me if you want the recipe!',
    'Our junior reporters interviewed the mayor today!',
    'Year 5 reporters have published the first edition of the school newspaper.',
    'Story time with Year 1: we read The Gruffalo and talked about the story for ages.',
    'Lovely comments in the reports this year; chat to me if you need any help with the report writing.',
    'Watched the news tonight. What a world.',
    'Year 2 have been writing their own news stories this week.',
    'A new PB this morning, the fastest run on record!',
    'Thanks for sharing your story at assembly, it meant a lot.',
    // "Off the record" is secrecy (confidential), not the press, unless a journalist is there.
    'Off the record, it has been chaos since September.',
  ])('does not warn without a journalist: %s', (text) => {
    expect(fires(text)).toBe(false);
    expect(fires(text, 'school')).toBe(false);
  });

  it('recognises press handles by their words', () => {
    for (const handle of ['@PirateFMNews', '@CornwallLiveEd', '@JessWestBriton', '@bbc_spotlight', '@cornwallnews', '@Jo_Reporter', '@TheBristolPost']) {
      expect(isPressHandle(handle), handle).toBe(true);
    }
    for (const handle of ['@PentireGym', '@kernowmum84', '@LauncestonPTA', '@OliveTreeCafe', '@TeacherToolkit', '@Argyle', undefined]) {
      expect(isPressHandle(handle), String(handle)).toBe(false);
    }
  });

  it('points at the words and sends the enquiry to the media policy', () => {
    const text = 'Hi Jess! Thank you for your press enquiry about the fair.';
    const [finding] = findings(text, 'school');
    expect(text.slice(finding!.start, finding!.end)).toBe('press enquiry');
    expect(finding).toMatchObject({ rule: 'journalist-contact', severity: 'warn' });
    expect(finding!.message).toMatch(/media policy/);
    expect(finding!.policy).toContain('journalist makes contact');
    expect(findings(text, 'personal')[0]!.severity).toBe('warn');
  });

  it('gives one finding per draft', () => {
    expect(findings('Are you a journalist? Happy to give you a comment for your article, on the record.')).toHaveLength(1);
  });
});

describe('journalist-contact: the press addressed, not journalism talked about (issue 9)', () => {
  it.each([
    "Any journalist covering the academy takeover: I can tell you what's really going on. DM me.",
    'Anyone from the Bristol Post fancy hearing the other side of this story? My inbox is open.',
    'Reporters, if you want the truth about that school, message me.',
    'A reporter from the Gazette rang me at home asking for a comment on the strike.',
    'Got a media request on my personal account about the flooding. Who do I pass it to?',
    'Spoke to the local paper this morning about the closure.',
    'In response to enquiries from the Cornish Guardian, the trust confirms the roof repairs start in May.',
    '@CornishTimesNews you have got half of this wrong. Nobody was ever in danger and I will go on record if you want.',
  ])('warns on: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it('warns on a school reply that answers a news account', () => {
    const reply = { replyTo: '@WessexNewsDesk', surface: 'reply' as const };
    expect(fires('Thanks for asking. We can confirm the new library opens in May, and our head is happy to be interviewed.', 'school', reply)).toBe(true);
    expect(fires('Thanks for asking. We can confirm the new library opens in May.', 'school', { surface: 'reply' })).toBe(false);
    // Arranging the coverage: a photo, where to send the request.
    expect(fires('Thank you for coming to the opening of our sensory garden, a lovely piece!', 'school', reply)).toBe(true);
    const arranging = "Thanks for sharing our pupils' fundraising! We'd love to arrange a photo with the team; please send your request to the office.";
    expect(fires(arranging, 'school', reply)).toBe(true);
    expect(fires(arranging, 'school', { surface: 'reply', replyTo: '@jo_smith' })).toBe(false);
  });

  it.each([
    'Year 8 spent media studies writing their own front pages, some budding reporters in there!',
    'Our Year 10s interviewed a visiting journalist from the BBC for their careers project.',
    'My old tutee is now a reporter for the Yorkshire Post. So proud!',
    'Half my class want to be journalists when they grow up. Love it.',
    'Total hatchet job by a reporter who has never set foot in a classroom.',
    'Any journalist worth their salt would have checked the facts first.',
    'Journalism club meets on Thursdays: new members welcome.',
    'Watched a documentary about war reporters last night. Incredible people.',
    'Can anyone give us a quote for resurfacing the playground?',
    "I'll go on record saying this was the best nativity ever.",
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
    expect(fires(text, 'school')).toBe(false);
  });

  it('says which words read as press contact', () => {
    const [finding] = findings('Anyone from the Bristol Post want the other side of this story? DM me.');
    expect(finding!.message).toMatch(/^“Anyone from the Bristol Post” and “the other side” read as an offer to talk to the press\. /);
    expect(finding!.message).toMatch(/media policy/);
  });
});
