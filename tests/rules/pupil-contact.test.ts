import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/engine';
import pupilContact from '../../lib/rules/pupil-contact';
import type { AccountKind, Draft } from '../../lib/types';
import { makePolicy, pupil } from '../helpers';

const policy = makePolicy({}, { roster: [pupil('Tariq', 'Aziz', { handles: ['@tariq_a'] }), pupil('Olivia', 'Brown', { handles: ['@Liv.Brown07'] })] });
const findings = (text: string, account: AccountKind = 'personal', extra: Partial<Draft> = {}) =>
  checkDraft({ text, site: 'x', account, ...extra }, policy, [pupilContact]);
const fires = (text: string, account: AccountKind = 'personal', extra: Partial<Draft> = {}) => findings(text, account, extra).length > 0;

describe('pupil-contact', () => {
  describe("pupils' handles", () => {
    it('blocks a personal post that tags a handle on the pupil-handle list', () => {
      const text = 'Great to see you at the park today @tariq_a!';
      const [finding] = findings(text);
      expect(finding).toMatchObject({ rule: 'pupil-contact', severity: 'block' });
      expect(text.slice(finding!.start, finding!.end)).toBe('@tariq_a');
      expect(fires('Well played @Tariq_A.')).toBe(true);
      expect(fires('Happy birthday @liv.brown07 x', 'unknown')).toBe(true);
    });

    it('blocks a personal reply to a pupil handle, as a whole-draft finding', () => {
      const [finding] = findings('Well done today!', 'personal', { replyTo: '@tariq_a', surface: 'reply' });
      expect(finding).toMatchObject({ rule: 'pupil-contact', severity: 'block' });
      expect(finding!.start).toBeUndefined();
      expect(finding!.message).toMatch(/official channels/);
    });

    it('leaves other handles, emails and the school account alone', () => {
      expect(fires('Great to see you at the park @tariq_b!')).toBe(false);
      expect(fires('Thanks @TeacherToolkit, great blog.')).toBe(false);
      expect(fires('Email tariq_a@example.com about it.')).toBe(false);
      expect(fires('Well done today!', 'personal', { replyTo: '@kernowmum84' })).toBe(false);
      expect(fires('Great to see you at the park @tariq_a!', 'school')).toBe(false);
      expect(fires('Well done today!', 'school', { replyTo: '@tariq_a' })).toBe(false);
    });
  });

  describe('invitations to pupils', () => {
    it.each([
      'Kids in my class: follow me on here and DM me if you get stuck on your homework over half term!',
      'My Year 6 leavers: follow me on Instagram and message me any time if you need help at big school! Views my own.',
      'Add me on Snapchat, year 11s!',
      "Any of my students can message me on here if they're stuck.",
      "To all my former pupils: find me on Instagram, I'd love to hear how you're getting on.",
      'Year 6 leavers, my insta is @missjteaches if you want to keep in touch.',
      'Class of 2024, follow me on TikTok!',
      "My tutor group: send me your Snapchat usernames and I'll add you.",
      'Kids from my class, DM me if you need help with revision.',
      'Ex-pupils, feel free to message me any time.',
      'My Year 11s! Follow me on Insta for revision tips.',
      'Year 13 leavers: keep in touch with me on Instagram!',
      'Students, my DMs are always open if you need to talk.',
      'Message me on here if you are one of my GCSE kids and stuck.',
      'Follow me on Insta for art club updates, kids!',
    ])('blocks: %s', (text) => {
      expect(fires(text)).toBe(true);
      expect(fires(text, 'unknown')).toBe(true);
      expect(fires(text, 'school')).toBe(false);
    });

    it.each([
      'Happy to give you a comment for your story, DM me.',
      "Sorry, I can't do Saturday's lift share. DM me and we'll sort another day.",
      'Year 6 parents: message me if you can help with the trip.',
      'Parents of my class, please DM me about the cake sale.',
      'My class were amazing today. Follow me for more baking disasters!',
      'My kids want to follow me on Instagram now. Help!',
      'Email me at jo@example.com if you want the minutes.',
      'Follow me on Strava, running buddies!',
      'So proud of my Year 6 class today.',
      'Follow me on Insta for more photos of my own kids!',
      'Thanks for all the birthday messages, everyone. Love you, kids!',
    ])('does not block without both an invitation and an audience of pupils: %s', (text) => {
      expect(fires(text)).toBe(false);
    });

    it('points at the audience and the invitation, and says what to do instead', () => {
      const text = 'Great term! Add me on Snapchat, year 11s 👻';
      const [finding] = findings(text);
      expect(text.slice(finding!.start, finding!.end)).toBe('Add me on Snapchat, year 11s');
      expect(finding!.message).toMatch(/official channels/);
      expect(finding!.policy).toContain('not permitted to follow or engage');
    });
  });
});

describe('pupil-contact: invitations to a class or former pupils (issue 9)', () => {
  it.each([
    'Kids from 5P: you can message me on here if the homework has you stuck 👍',
    "Former students of Kingsmead, I'd love to know how you're all getting on. Follow me and send me a DM!",
    'If any of the Oakfield kids want a weekly science fact, follow this account.',
    'Anyone in 9X2 who needs revision help, DM me tonight.',
    'Hey ex-pupils! Hope uni is treating you well. Add me on Insta @mrs_b_reads.',
    'Year 11s, give me a follow for revision reminders.',
    "My old tutor group: I'm on here if you need me over the summer.",
    'Any of my Year 13 leavers, ask me on here if uni applications are stressing you out.',
    'any of my old students from Kingsmead seein this, giz a follow n drop me a msg!!',
    "Calling all former Kingsmead pupils, I've finally joined Facebook! Add me and message me anytime.",
  ])('blocks: %s', (text) => {
    expect(fires(text)).toBe(true);
    expect(fires(text, 'unknown')).toBe(true);
    expect(fires(text, 'school')).toBe(false);
  });

  it('hears a pupil greeted by name and invited to follow, without quoting the name', () => {
    const policy = makePolicy({}, { roster: [pupil('Tilly', 'Marsh')] });
    const findings = checkDraft({ text: "Hi Tilly, it's your English teacher from school. Follow me back and I'll send you the sheet.", site: 'x', account: 'personal' }, policy).filter((f) => f.rule === 'pupil-contact');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).not.toContain('Tilly');
    expect(checkDraft({ text: 'Hi Jo, follow me back and I will send you the recipe.', site: 'x', account: 'personal' }, policy).filter((f) => f.rule === 'pupil-contact')).toEqual([]);
  });

  it.each([
    "If any of the kids' parents want updates, follow this account for the trip photos.",
    'Parents of Year 4, message me if you have any questions about the trip.',
    'Bumped into two ex-pupils at the cinema. Follow me for more cinema reviews!',
    'My class were brilliant today. Follow me for more teaching ideas.',
    'Follow this account for daily maths puzzles for grown-ups.',
    'Dear colleagues, follow this account for CPD threads.',
    'Give me a shout if you need a lift to the match on Saturday.',
    'Calling all former Kingsmead staff, reunion on the 4th! Message me for details.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('says who was invited and how', () => {
    const [finding] = findings('Kids from 5P: you can message me on here if you are stuck.');
    expect(finding!.message).toMatch(/^“Kids from 5P” and “message me” read as inviting pupils to follow or message you/);
    expect(finding!.message).toMatch(/official channels/);
  });
});

// Former pupils addressed in other words (exploration rounds 60 and 61), in our own words.
describe('pupil-contact: former pupils by what they were to you', () => {
  it.each([
    "Old boys and girls of SSCA: if you're on LinkedIn now, connect with me and send me a message.",
    'To all the kids I taught in Year 6 last year: add me on here and send me a message.',
    "To anyone I've ever taught: drop me a message and tell me what you're up to!",
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it('stays quiet on an old school friend', () => {
    expect(fires('Anyone I went to school with: drop me a message, reunion planning!')).toBe(false);
  });
});

// Former pupils named by their school, or who the offer is for said next (rounds 63 to 66).
describe('pupil-contact: rounds 63 to 66', () => {
  it.each([
    'Ex-SSCA kids, drop me a message on here if you need a reference.',
    "Message me on here any time! Door's always open for former students.",
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it('stays quiet on students in general', () => {
    expect(fires("Message me for the recipe! It's great for students on a budget.")).toBe(false);
  });
});

// Former and current pupils addressed in round 68's words (school-h), in our own words.
describe('pupil-contact: round 68', () => {
  it.each([
    'To my Year 6 class who left last July: add me on here so I can see how secondary is going.',
    'Revision page is live. Year 10 and 11, follow me for a question a day.',
    'To any former SSCA girls now at university: connect with me on here.',
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'To my old uni lot: reunion in June, drop me a message!',
    'Year 10 and 11 parents, message me if your child needs the revision pack.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// Pupils addressed by who they were, a class greeted by its name, a year's leavers, and a
// call-out to the pupils an earlier sentence named (before round 69, in our own words).
describe('pupil-contact: classes, leavers and pupils called out', () => {
  it.each([
    'Leavers 2024! Find me on Instagram, same name as here.',
    'Hey Puffin class, I have made a page for our reading challenge: follow me on it!',
    'To all the children who were in my form last year, come and say hi on my page.',
    'Anyone who had me for science, follow me for revision tips!',
    'Great to bump into some of my former pupils in town. Add me on Facebook, lads!',
    'Kids, a few of you have found this account. Send me a friend request and I will accept.',
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Parents of my class, message me on the app if you have questions.',
    'Great to catch up with my old uni friends. Add me on Facebook, lads!',
    'My class were brilliant today. Follow me for more ideas, teachers!',
    'World class, that match. Follow me for more football chat!',
    'Yoga class, anyone? Message me for the timetable.',
    'Kids, dinner is on the table and I am not calling you again.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// Former pupils addressed in rounds 69 to 72 (a primary's leavers), in our own words.
describe('pupil-contact: rounds 69 to 72', () => {
  it.each([
    'To my Year 6 leavers off to secondary in September: so proud of you all. If you ever need anything, message me on here.',
    'If any of you I taught at primary are reading this, drop me a message!',
    'Tariq Aziz, once you have left in July add me on here and tell me how the football goes!',
    "Of course you can follow me, lovely to hear from you! How's Year 8 treating you?",
    "If you were in my class back in 2018, you'll be doing your A levels now! Send me a message, I'd love to hear.",
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Tariq Aziz was brilliant in the final today. Follow me for more match reports.',
    "How's Year 8 treating my nephew? Ask his mum, I'm only the auntie.",
    'If you were in my book club last year, message me: we are starting again in May.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// Sixth-formers and leavers addressed in rounds 77 to 80 (a grammar school), in our own words.
describe('pupil-contact: rounds 77 to 80', () => {
  it.each([
    'Year 12 historians: my revision account is live. Follow me and send me your questions.',
    "Any of last year's Upper Sixth who've started at university, drop me a message on here!",
    'If anyone from my tutor group is reading this, accept my friend request for holiday reading tips.',
    "If you're one of the SSCA lot starting at Leeds in September, message me on here about halls.",
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Year 12 parents: message me on the school app if the trip form is missing.',
    'Accept my apologies for the late reply, everyone.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// Former infants addressed in rounds 81 and 82 (an infant and nursery school), in our own words.
describe('pupil-contact: rounds 81 and 82', () => {
  it.each([
    'My very first Puffins will be in Year 11 now! If any of you see this, send me a message.',
    "Puffins of this year, when you're 18 come and find me on here and add me.",
    "To all my ex-Puffins reading this over a grown-up's shoulder, message me when you're old enough!",
    'Twelve years at SSCA, so loads of my old Puffins are grown up now. Give me a follow!',
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'My kids are all grown up now. Give me a follow for gardening tips.',
    'To all my ex-colleagues at the council: message me about the reunion!',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// Former pupils and leavers addressed in rounds 83 to 88 (an all-through school and an
// alternative provision), in our own words.
describe('pupil-contact: rounds 83 to 88', () => {
  it.each([
    'Long time no see! Not heard from you since you left us in Year 6. Of course you can add me, message me any time.',
    "Yes you can follow me now you've left school, drop me a message about the apprenticeship!",
    "Of course you can add me on Insta, you're not at our school any more so message me whenever.",
    'DM me if you are stressing about revision, same handle as ever. Year 11 you have got this!',
    'To all of you leaving SSCA this summer: you came a long way. If you ever want to talk, drop me a message on here.',
    '12s, message me if you want a mock interview before your UCAS deadline.',
    // Rounds 89 to 92
    'Last day for our Year 6s and I am in bits. Any of you who want to keep in touch, add me on here.',
    'So proud of this year’s Year 11 leavers. If any of you ever need a chat, drop me a message.',
    'Snap me if you need help with your history coursework over Easter, same username as ever.',
    'Of course I remember you! Best maths set I ever taught. Drop me a DM and tell me how college is going.',
    // Rounds 93 to 96
    'Thank you for the flowers, Puffin class! I have set up a page so you can follow my adventures in Spain.',
    'Leavers’ disco done. You lot have been amazing. If you ever need anything my DMs are open.',
    'To every child I have ever taught: add me on here and tell me what you are doing now!',
    'SSCA alumni, connect with me on here. I would love to hear where you all ended up.',
    // Rounds 97 and 98
    'Hiya! Saw you have finished at SSCA now, congrats! Give me a follow on snap.',
    'Post-16 lot: I have set up a group so you can message me over the summer about placements.',
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "Parents of the Year 4 netball squad, text me if your child can't make Saturday.",
    'Dear parents and carers of Year 3, message me on the app about the trip.',
    'Everyone leaving work early for the match, message me for a lift.',
    'Since you left the party early you missed the cake! Message me for the photos.',
    "If you're struggling with the new tax return, message me, I did mine last week.",
    'Parents of the Year 6 footballers, message me if you can drive on Saturday.',
    'My friends from uni: any of you want to meet up at Christmas? Message me.',
    'If you need help with your tax return, message me.',
    'Thanks for a lovely yoga class! Follow my page for more sessions.',
    'University alumni network drinks on Friday: message me if you want a ticket.',
    'Happy to chat about the sensory garden the students built for your feature, drop me a DM.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('pupil-contact: a pupil greeted by name', () => {
  it('underlines the invitation and leaves the name to pupil-name', () => {
    const text = 'Hi Tariq Aziz, it is Miss. You can message me on here any time.';
    const found = checkDraft({ text, site: 'x', account: 'personal' }, policy).filter((f) => f.rule === 'pupil-contact' || f.rule === 'pupil-name');
    expect(found.map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([
      ['pupil-name', 'Tariq Aziz'],
      ['pupil-contact', 'message me'],
    ]);
  });
});

// Written before meeting schools T and U (rounds 99 to 102), to see whether offers and audiences
// in words no school had used yet would be found on first contact.
describe('pupil-contact: more ways to offer contact', () => {
  it.each([
    'Ex-pupils! Ping me on here if you fancy a catch-up.',
    'Old Year 11s, my snap’s mr_k_pe.',
    'To my former tutees: drop a follow on my new page.',
    'My inbox is always open, leavers of 2024 x',
    'Anyone I taught at Fellside, pop me a message!',
    'Leavers 2025, search for me on TikTok 😂',
    'My old Year 6s: you know where to find me on here.',
  ])('blocks: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Ping me the minutes when you get a sec, Jo.',
    'Pop me a message if you want the parents’ evening slots swapped, colleagues.',
    'My inbox is always open to parents: ask anything.',
    'Hit the follow button for more maths display ideas!',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('pupil-contact: former pupils spoken of anywhere in the draft', () => {
  it.each([
    'Bumped into three of my ex-pupils in Tesco today, all grown up 🥹 Drop me a message on here, would love to hear how you are all doing.',
    'Can’t believe the class of 2019 are finishing sixth form. So proud of my old Year 6s. Add me on Insta x',
  ])('blocks an offer after the former pupils are spoken of: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Such a lovely afternoon with my class. Follow me for more teaching ideas!',
    'Bumped into my ex-pupils at the match. Fellow teachers, follow me for more classroom tips.',
    'Saw some old pupils at the fireworks. Parents, message me if you lost a glove.',
  ])('stays quiet when the offer is for someone else: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// First met in rounds 100 and 102 (schools T and U), in our own words.
describe('pupil-contact: rounds 99 to 102', () => {
  it.each([
    'Any of you who were in my class in 2018, send us a friend request x',
    'Of course I remember you, funniest writer I ever had! Follow me back and tell me all about uni.',
    'girls if ur stuck on the maths homework this weekend just snap me x',
    'Ex-Oakfield girls! I’ve made a page for my bakes, go and follow it and say hi!',
  ])('blocks: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Send us a message on the school page if your child needs a uniform swap.',
    'If you are stuck on the train this weekend, snap me a picture of the view, Mum.',
    'Made a page for my bakes, go and follow it, friends!',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// Scotland's stages, written before meeting school V.
describe('pupil-contact: pupils by their Scottish stage', () => {
  it.each(['My S6s! Follow me on insta before you go.', 'Message me, S4 lot, if you need help with your Nat 5 revision.', 'If ur stuck on your prelims just snap me x'])('blocks: %s', (text) => {
    expect(fires(text)).toBe(true);
  });
  it.each(['Sent my S3s home with prelim revision. Follow me for more study tips!', 'S6 parents: message me about the prom tickets.'])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// First met in round 106 (school W), in our own words.
describe('pupil-contact: round 106', () => {
  it.each([
    'Course you can add me now you’ve left! Message me whenever.',
    'Ex-Oakfield boarders, I’ve finally joined X. Give me a follow!',
    'Lovely to see you at the shop! Now you’ve finished with us, drop me a message on here any time.',
    'Once your A levels are done and dusted, snap me!',
    'Right, my Year 13 tutor group, dead proud of you lot. Add me once you’ve left.',
  ])('blocks: %s', (text) => {
    expect(fires(text)).toBe(true);
  });
  it.each(['Now you’ve left the band, message me about the van, Dave.', 'Once your exams are done, enjoy the summer, everyone!'])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// First met in round 108 (school X), in our own words.
describe('pupil-contact: round 108', () => {
  it.each([
    'The first Year 6s I ever taught are doing their A levels now?! If any of you see this, message me.',
    'Look at you all grown up! Can’t believe I had you in Year 3. Send me a friend request and we’ll catch up.',
  ])('blocks: %s', (text) => {
    expect(fires(text)).toBe(true);
  });
  it.each(['I had you in my thoughts all week. Message me when you’re free, Sue.'])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// First met in round 114 (school AA), in our own words.
describe('pupil-contact: round 114', () => {
  it.each([
    'Course I remember you, front row in my class every lesson. Follow me back and keep me posted x',
    'Year 11 leavers of 2024, a whole year! If any of you fancy sending me a message about college, I’d love that.',
  ])('blocks: %s', (text) => {
    expect(fires(text)).toBe(true);
  });
  it.each(['Of course I remember you from the book club! Follow me back, Sue.'])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});
