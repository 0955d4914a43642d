import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/engine';
import rule from '../../lib/rules/confidential';
import type { AccountKind } from '../../lib/types';
import { makePolicy } from '../helpers';

const policy = makePolicy();
const findings = (text: string, account: AccountKind = 'personal') => checkDraft({ text, site: 'facebook', account }, policy, [rule]);
const fires = (text: string, account: AccountKind = 'personal') => findings(text, account).length > 0;
const flagged = (text: string) => findings(text).map((f) => text.slice(f.start, f.end));

describe('confidential: confidential school matters', () => {
  it.each([
    // Safeguarding and child protection
    'Following a safeguarding concern raised this week, the Year 5 residential has been postponed.',
    'Between us, one of the kids in my class has just been put on a child protection plan.',
    'One of my Year 4s is on a CP plan now, so worried about her.',
    'Just out of a child protection conference. Some days this job breaks your heart.',
    'Had to make a MASH referral for one of my pupils this afternoon.',
    'We had a LADO referral today. Awful day.',
    'Social services were called in to school today for one of my kids.',
    'A girl in my class disclosed something awful today. Heartbreaking.',
    'The girl in 6B who self-harms is back in school today.',
    'Absolutely gutted, the Year 2 lad I\'ve been worried about has been taken into care.',
    // Exclusions
    'Third exclusion meeting of the term at our school today.',
    'A boy in my class got permanently excluded today.',
    'The boy who was excluded last week is back today and it\'s chaos.',
    // A child's special educational needs
    'Our SENCo says the Year 3 boy with autism in my class will finally get his EHCP next month.',
    'Sat in another EHCP review for a lad in my class whose ADHD assessment still hasn\'t come through.',
    'Poor lad in Year 6 has just been diagnosed with ADHD.',
    'The little girl in my class with dyslexia finally got her assessment.',
    'Two of my class have just been referred to CAMHS.',
    // Disciplinary, HR, allegations
    'Investigation meeting with HR tomorrow about the allegation against the deputy head.',
    'The new TA is facing a disciplinary hearing next week.',
    'A parent has made an allegation against one of our teachers.',
    'One of our TAs has been accused of pushing a child.',
    'Our head has been suspended and nobody knows why.',
    'Raised a formal grievance against my line manager today.',
    'Got a grievance hearing with the head next week, wish me luck.',
    // Unpublished inspection outcomes
    'Can\'t say much yet, but our school\'s Ofsted outcome is in and we\'re over the moon.',
    'Ofsted came in on Tuesday and we\'re Good! Report out next month.',
    'We had Ofsted in this week and it went really well, fingers crossed for Good. Can\'t share more until the report is published.',
    // Marked confidential, or asking for secrecy
    'Reminder to staff: the budget figures in today\'s briefing are confidential.',
    'Confidential: staffing restructure proposals will be shared with all staff on Monday.',
    'Strictly confidential: the head is stepping down at Easter.',
    'Keep this between us, but the head is leaving at Christmas.',
    'Between you and me, there are going to be redundancies at our school.',
    'Off the record, we got Good from Ofsted this week but the report isn\'t out yet.',
    'You didn\'t hear it from me, but Mr Lobb has been suspended pending an investigation.',
    'Please keep this to yourselves: Ofsted are due in on Wednesday.',
    'Please do not discuss this outside school.',
    'Not public yet but our school is merging with another trust.',
    'Not supposed to say anything yet but we\'ve got a new head starting in September.',
    'Don\'t share this but our head has been signed off and the deputy is acting head.',
    // Private news about a child
    'Between us, Grace Okafor is moving schools next term. Her mum told me at pick-up.',
    'His mum told me she\'s moving him to a new school after Easter, his parents are splitting up.',
    'Heartbroken for one of my pupils whose dad has just gone to prison.',
    'The poor girl\'s dad was arrested last night, she came in shaking.',
    'A child in my class disclosed abuse this morning.',
    'The boy with ADHD in my class has been off his medication all week.',
    "We had a lockdown drill that turned real today. Can't say more yet, please don't post about it.",
    "Staff found out today the school's going into special measures. Report isn't out until next month.",
  ])('fires on: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'The match between us and Truro was brilliant.',
    'Between us and Truro it was very close, 2-2 at full time.',
    'Between us and the sea there\'s just a field of cows.',
    'Between us, we raised £450 for Children in Need!',
    "It's my son's birthday party on Saturday, please don't post about it, it's a surprise.",
    'Special measures for a tricky Year 9 class: seating plan, timer and a lot of patience.',
    'Happy World Book Day! Between us, the staff have read over 300 books this year.',
    'Please don\'t share photos of other children from the school play.',
    'Please do not share photos from the nativity on social media.',
    'Never share your password with anyone, even your friends.',
    'Safer Internet Day: talk to your children about what they share online.',
    'Useful advice for parents on keeping children safe online over the holidays.',
    'It\'s Anti-Bullying Week! Our pupils made brilliant posters.',
    'Great safeguarding training today with the whole staff team.',
    'If you have a safeguarding concern about a child, please contact our DSL.',
    'Please report any safeguarding concerns to our DSL, Mrs Pascoe.',
    'Our school\'s safeguarding policy has been updated on the website.',
    'Childline is free and confidential: call 0800 1111.',
    'All applications will be treated in the strictest confidence.',
    'Confidentiality and GDPR training for all staff on the INSET day.',
    'We are delighted that our Ofsted report, published today, judges us Good.',
    'Our Ofsted report is now available on our website.',
    'Ofsted visited us last year and rated us Good.',
    'Ofsted inspectors will be visiting us on Tuesday and Wednesday.',
    'We are recruiting a Year 2 teacher to join our friendly team.',
    'We\'re hiring! Our school is looking for a SENCo to lead our SEND provision.',
    'The budget for the school trip is £5 per child.',
    'Autism Awareness Week: our pupils learned about neurodiversity.',
    'Fab CPD on supporting pupils with ADHD in the classroom.',
    'Guidance for parents on applying for an EHCP is on our website.',
    'My son has just been diagnosed with dyslexia, any tips?',
    'Anyone know a good paediatrician in Truro? Asking for my niece.',
    'Our Year 4 science investigation into plant growth is going well.',
    'Our Year 3 children investigated which materials are waterproof.',
    'Interdisciplinary project week with Year 8.',
    'Our new multi-disciplinary team meets every Tuesday.',
    'Exclusions apply, see website for details.',
    'Secret Santa at the staff party tonight!',
    'The head has confirmed that Mrs Hicks is our new SENCo from September.',
    'Our headteacher will be leaving us at Easter after 15 wonderful years.',
    'The Year 6 residential has been postponed because of the storm warning.',
    'The boy said something odd in assembly today, made us all laugh.',
    'If a child has a diagnosis of ADHD, please let the class teacher know.',
    'Know the signs of abuse in a child: free NSPCC course for parents.',
    'If a child discloses abuse, follow our safeguarding policy.',
    'Please remind your child to bring their medication for the trip.',
    'Guidance on EHCP annual reviews for parents is now on our website.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('reports one finding per concern, over its trigger phrases', () => {
    const text =
      'Following a safeguarding concern raised this week, the Year 5 residential has been postponed. Please do not discuss this outside school.';
    const found = flagged(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^safeguarding concern/);
    expect(found[0]).toMatch(/outside school$/);
    expect(flagged('Reminder to staff: the budget figures are confidential until the board signs them off.')).toEqual(['confidential']);
  });

  it('keeps separate concerns apart', () => {
    const text = 'Third exclusion meeting of the term today.\n\nAlso, between you and me, the head is leaving.';
    expect(flagged(text)).toEqual(['Third exclusion meeting', 'between you and me']);
  });

  it('says what to do for each kind of matter', () => {
    const message = (text: string) => findings(text)[0]!.message;
    expect(message('A safeguarding concern was raised about a boy in my class today.')).toMatch(/designated safeguarding lead/);
    expect(message('Ofsted came in this week and we got Good! Report out next month.')).toMatch(/until the report is published/);
    expect(message('Off the record, the head is leaving.')).toMatch(/proper school channels/);
  });

  it('blocks on personal and school accounts, and cites the confidentiality clause', () => {
    for (const account of ['personal', 'unknown', 'school'] as const) {
      const [finding] = findings('Confidential: restructure proposals attached.', account);
      expect(finding).toMatchObject({ rule: 'confidential', severity: 'block' });
      expect(finding!.policy).toContain('confidential or commercially sensitive');
    }
  });

  it('reports spans as typed, after emoji and curly apostrophes', () => {
    const text = '🤫 I’m told, between you and me, the head’s leaving.';
    expect(flagged(text)).toEqual(['between you and me']);
    // Two secrecy phrases in one sentence are one concern.
    expect(flagged('🤫 Can’t say much, but between you and me the head’s leaving.')).toEqual(['Can’t say much, but between you and me']);
  });
});

describe('confidential: matters named indirectly (issue 9)', () => {
  it.each([
    // Outside agencies on an identifiable child's case
    'Early help and the family support worker are now working with one of my Year 3s. Fingers crossed it helps.',
    'The police were back in school today about one of our families. Grim.',
    'Social workers came in again for one of the little ones in my class this afternoon.',
    "Another CAMHS referral for a lad in my form. That's four this term.",
    'The ed psych and the paediatrician are both involved with a girl in my class now.',
    // Exclusions and suspensions of children the writer teaches
    'Two boys in my class got suspended today after the fight at lunch.',
    'One of my class has been excluded for three days, and his mum is furious with us.',
    // The school account confirming one pupil's sanction
    "We can confirm a Year 9 student has been suspended following yesterday's incident.",
    // A case mentioned while asking people not to pass on details
    'We are aware of an incident involving one of our pupils after school. Please do not share names or speculation; the police are dealing with it.',
    "Please don't share any details, but there's a safeguarding investigation going on at our school.",
    // Cases counted or logged
    'Logged two more disclosures on CPOMS tonight for kids in my class. Exhausted.',
    // Not announced
    "Not public yet: we're joining a new trust in April.",
    // A child's multi-agency meetings, and a statement after a disclosure
    'Prepping for a team around the family meeting for a little girl in my class. Long night ahead.',
    'Two CIN reviews and a core group meeting before lunch. Those kids deserve better than this system.',
    'Strategy meetings all week for students in my tutor group. Not a great week.',
    'Spent break writing a report for social care after what a Year 4 said to me this morning.',
    // Staff matters: the LADO, gardening leave
    'The LADO has been informed about a colleague in our department. Nobody knows what to say.',
    "Can't say who but someone in our staffroom is on gardening leave as of Monday.",
    'Early help meeting at 8am for a family in our Year 5, then straight into teaching.',
    'Had to refer a Year 1 child to the school nurse today. Never an easy chat with dad.',
    'The looked-after child in my form had a placement breakdown last night.',
    'Our head of department has been signed off with stress until Easter. Please do not mention it to parents.',
    'Sending love to Mr Penrose, who has been signed off with stress again.',
    // Round 4: restraint, medication, an inspection grade early, a child named by their year
    'Two-person hold with a Year 9 lad before registration. Incident form done.',
    'Meds changed for one of my class: 18mg Concerta in the morning now, so if he is dozy that is why.',
    'Not public yet but we came out of the inspection as Good!',
    'Sat with a Year 6 today whose dad was arrested last night. Police and social care were in by ten.',
    "The rumour is true: a teacher at our school has been suspended. Not saying who, but it's with the LADO now.",
  ])('fires on: %s', (text) => {
    expect(fires(text, text.startsWith('We ') ? 'school' : 'personal')).toBe(true);
  });

  it.each([
    'Our PCSO came in to talk to Year 6 about online safety, brilliant assembly.',
    'PC Hughes visited Reception today to talk about people who help us.',
    'Our school nurse drop-in for parents is on Thursday mornings.',
    "If you are worried about a child, contact children's social care on 01632 960999.",
    'New DfE figures show suspensions in England at a record high. Something has to give.',
    'EHCP annual reviews for Year 7 will take place in March; invitations will be sent by our SEN team.',
    'Our SEND information evening explains how EHCP reviews work. All parents welcome.',
    "Anyone else's school seen a rise in exclusions this year? National picture is grim.",
    'Please don\'t share photos of other children from sports day on social media.',
    'Our safeguarding policy and annual safeguarding report are on the website.',
    'Spent the morning on DBS disclosure forms for the new volunteers.',
    'Full disclosure: I ate three mince pies before registration.',
    'The Year 5 reading log for my class is a thing of beauty.',
    'My brother is a social worker and works with families all over Leeds.',
    'Our Year 2 children loved meeting PC Smith and finding out how the police help us.',
    "He's been suspended for three games after that tackle. Ridiculous decision.",
    "There was a minor incident on the A30 this morning so buses may be late. Please don't share rumours.",
    'The national data on exclusions of children with SEND makes for uncomfortable reading.',
    'Year 6 had a visit from the police dogs today. The children loved it!',
    // Titles, and guidance about exclusions in general
    'Rewatched LA Confidential last night. Still brilliant.',
    'Off The Record are headlining the Crown on Friday, come and dance.',
    'Read the new guidance on suspensions and permanent exclusions over half term. The flowcharts help.',
    'LADO training for all our DSLs is booked for January.',
    'I have been signed off with stress until Easter and honestly it is a relief to say it out loud.',
    'Well done to Faith in 7C2 for organising the cake sale for the food bank!',
    "What is an EHCP? An Education, Health and Care Plan sets out a child's special educational needs and the support they should get.",
  ])('stays quiet on: %s', (text) => {
    expect(fires(text, 'personal')).toBe(false);
    expect(fires(text, 'school')).toBe(false);
  });

  it('says which words made it a case, without quoting a name from the pupil list', () => {
    const [finding] = findings('Social services are involved with one of the kids in my class and it has been a hard week.');
    expect(finding!.message).toMatch(/^“Social services are involved” and “one of the kids in my class” read as a safeguarding or child protection case\./);
    expect(finding!.message).toMatch(/designated safeguarding lead/);
    const named = makePolicy({}, { roster: [{ forename: 'Zebedee', surname: 'Quill', mediaConsent: 'granted', handles: [] }] });
    const text = 'Early help are involved with Zebedee Quill now.';
    const [withPupil] = checkDraft({ text, site: 'facebook', account: 'personal' }, named, [rule]);
    expect(withPupil!.message).toContain('“Early help are involved”');
    expect(withPupil!.message).not.toContain('Zebedee');
  });
});

describe('confidential: a named pupil with their own worker (issue 9)', () => {
  it("reads a school account answering a parent about their child's plan in public as a case", () => {
    expect(checkDraft({ text: "Hi, we've checked and your son's EHCP does include home-to-school transport.", site: 'facebook', account: 'school' }, makePolicy(), [rule])).toHaveLength(1);
  });

  it("reads a pupil's social worker as a case, and says so without quoting the name", () => {
    const named = makePolicy({}, { roster: [{ forename: 'Zebedee', surname: 'Quill', mediaConsent: 'granted', handles: [] }] });
    const [finding] = checkDraft({ text: "Zebedee Quill's social worker cancelled again. How are we meant to plan?", site: 'facebook', account: 'personal' }, named, [rule]);
    expect(finding!.message).toMatch(/safeguarding or child protection case/);
    expect(finding!.message).not.toContain('Zebedee');
    expect(checkDraft({ text: 'My sister is a social worker and loves it.', site: 'facebook', account: 'personal' }, named, [rule])).toHaveLength(0);
  });
});

describe('confidential: a child known by their year, and disclosures counted by order', () => {
  it.each([
    'Our Reception girl with the EHCP has had no speech therapy since September and nobody will say why.',
    'Our Year 9 lad with ADHD was sent home again before lunch.',
    'Second disclosure this week from a child in my class. Rang children\'s services before lunch.',
    'That is the 4th disclosure in my tutor group since Easter. Heavy week.',
    // Who it came from, by their year: "a disclosure from a Year 10".
    'Dealt with a disclosure from a Year 5 this morning; social care are on it now.',
    'My first ever disclosure this afternoon, from a girl in my form. Handed it over properly but I keep replaying it.',
    // An inspection's outcome before the report, told as the feedback call.
    "Inspection feedback call this afternoon: we've held on to Good, but keep it under wraps until the report comes out.",
  ])('fires on: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    // A family's own child, with nothing about a case; a form with "disclosure" in its name.
    'Our year 6 boy finally learned to ride his bike this weekend!',
    'Our Reception girl has already lost her reading book. Brilliant start.',
    'Third disclosure form filled in for my new job, DBS done.',
    'Second disclosure and barring check of the year, all clear.',
    // Something from a year group, with no case in sight.
    'Got the sweetest thank-you card from a Year 6 this afternoon.',
    'Feedback from a Year 9 group on the museum trip: more time in the gift shop.',
    'First disclosure training of the year for new staff is on the INSET day.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// A disclosure told as the writer's own day (first met in exploration rounds 47 to 50), in our own words.
describe("confidential: the writer's own call or report about a child", () => {
  it.each([
    "Awful afternoon. I had to ring children's services about a girl in my tutor group.",
    'A boy in my class told me something this morning I cannot unhear. Passed it straight to the DSL.',
    'One of my Year 9s said something at lunch that worried me, so I reported it to our safeguarding lead.',
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "If you are ever worried about a child, please ring children's services.",
    'Worried about a child in your class? Pass it to the DSL the same day, every time.',
    'New staff: the DSL is Mrs Pascoe and her office is next to reception.',
  ])('stays quiet on advice to everyone: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// Matters named indirectly (first met in exploration rounds 51 to 54), in our own words.
describe('confidential: rounds 51 to 54', () => {
  it.each([
    'Sat on the pupil discipline panel last night for a Year 8 girl. We upheld the exclusion.',
    'Third suspension since Christmas for the same Year 9 in my tutor group.',
    "The LADO's been brought in about a colleague in the juniors. Awful week.",
    "Can't say much yet, but the inspectors have been and it's going to be a drop. Heartbroken.",
    'The grievance he raised against his line manager has gone nowhere and now he is off sick.',
    "Thank you for your kind messages about the boy hurt at the bus stop. Children's services are supporting the family.",
    // A case told after the same words, with a colon: not advice.
    "Things I wish I'd known: the EHCP review for the girl in my class was moved and nobody told her mum.",
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Governors upheld the new behaviour policy after the consultation with families.',
    'A Year 10 in my form won the county chess final today!',
    "Children's services ran a lovely drop-in supporting families with toddlers at the community centre.",
    'Ofsted inspectors loved our library. The report is out next month, fingers crossed!',
    // Advice and rules for everyone.
    "Did my safeguarding refresher today. If a child tells you something, listen, don't promise to keep it to yourself, and pass it on the same day.",
    'New this term: anyone off sick for more than three days needs a return-to-work meeting with their line manager.',
    // Lessons learnt, for colleagues.
    "Three things I wish I'd known about EHCP reviews as a new SENCo: read the last one first, ask the child, and invite the therapists early.",
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// Matters named indirectly (first met in exploration rounds 55 to 58, a new school), in our own words.
describe('confidential: rounds 55 to 58', () => {
  it.each([
    "Miss Dack has been off with stress since half term and nobody's covering her Year 9s.",
    "Mr Pinnock's signed off until Easter after his knee operation, send him your love.",
    'Nobody has told us why our head of faculty has been suspended.',
    'Ask me about the Year 9 girl the school excluded on Monday.',
    "The lad in my form? They've excluded him again and it's only October.",
    'Inspectors gone. Outstanding across the board!! The report isn\'t out until after half term so shh.',
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Mr Pinnock is off for the Easter holidays with his family, lucky thing.',
    'The player the club suspended was innocent all along.',
    'Inspectors gone. The report is now published and we are good in every area.',
    // A request not to speculate about something that is nobody's case.
    "We are aware of reports about damage to one of our minibuses. We are working with the police and the bus company. Please avoid speculating on this page.",
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('still reads a request not to speculate about a child as a case', () => {
    expect(fires('A pupil was hurt on one of our minibuses and the police are involved. Please avoid speculating on this page.', 'school')).toBe(true);
  });
});

// Matters first met in exploration rounds 59 to 62 (a second new school), in our own words.
describe('confidential: rounds 59 to 62', () => {
  it('finds a colleague suspended, one of several', () => {
    expect(fires('Is it true one of the Year 4 teachers has been suspended? Heard it at the gate.')).toBe(true);
  });

  it("finds the school account telling a parent about their son's exclusion in public", () => {
    expect(fires("Hi Mrs Nolan, your son's exclusion ends on Monday, please come in at 8.45 for his return meeting.", 'school')).toBe(true);
  });

  it("does not read the school's own holding statement as a secret let slip", () => {
    expect(fires("We're aware of the article in today's paper about the car park. We can't say more while the council are looking at it.", 'school')).toBe(false);
  });
});

// Matters first met in exploration rounds 63 to 66 (a third new school), in our own words.
describe('confidential: rounds 63 to 66', () => {
  it.each([
    "A lad in my form won't be back for a while after Friday. Fixed-term, and it's been coming.",
    'Not naming names, but someone in the science department has been sent home pending an investigation.',
    "He's off again and HR are looking into his absences, which says it all.",
    'Tariq Aziz suspended again, that is three times since Christmas.',
    'This stays in this chat, but SLT are cutting two TA posts in September.',
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it('finds the school account answering a parent that an agency works with their family', () => {
    expect(
      checkDraft({ text: "Thank you for getting in touch. Children's services are already involved with the family, so please leave this with us.", site: 'facebook', account: 'school', surface: 'reply' }, policy, [rule]).length,
    ).toBeGreaterThan(0);
  });

  it.each([
    "I'm on a fixed-term contract at my school until July.",
    'Villa striker suspended again for the derby, unbelievable.',
    'Dodgy emails are doing the rounds again, keep it in the group chat if you spot one.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });

  it("does not read a school statement about a press story as one family's case", () => {
    expect(fires('We are aware of the article in the paper. We continue to work with the family concerned and the local authority.', 'school')).toBe(false);
  });
});

// A colleague's sick leave with its reason, a family's private news said of a child or
// parent someone could identify, and an inspection grade said in a sentence of its own
// (before round 69, in our own words).
describe('confidential: sick leave, families and a grade said alone', () => {
  it.each([
    'One of our lunchtime team has been signed off for a month with anxiety. Thinking of her.',
    "Our business manager's been off since half term with her nerves and nobody is doing the invoices.",
    'Mr Grant is off having chemo, so cards to the office please.',
    'The mum of one of my Year 2s is in prison and he keeps asking when she is home.',
    'A dad from our school has been arrested and the kids are staying with their aunt.',
    'One of my Reception children is living in a refuge with her mum now.',
    'Inspectors were in on Tuesday and Wednesday. Outstanding! Not allowed to say until the report is published.',
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "I've been signed off for two weeks with stress. Back soon, I hope.",
    "My other half's been off with his back all week.",
    'The heating has been off for two days with a fault. Bring a jumper.',
    'Residential done: thirty Year 6s in a youth hostel in the Lakes for three nights and not one tear.',
    'Our Ofsted report is out today. Good! Read it on our website.',
    'The refuge on Park Road needs donations of toiletries, drop them at reception.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// Confidential matters first met in rounds 69 to 72, in our own words.
describe('confidential: rounds 69 to 72', () => {
  it.each([
    "Huge safeguarding thing going on with one of our families. Can't say owt, please don't ask.",
    'Sending love to Mrs Grant, signed off with anxiety until half term.',
    'The mum of one of the kids in my class has been sent down again. He is in bits.',
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it('finds the school account telling a parent the colleague involved is kept away', () => {
    expect(fires('Thank you, we can confirm the member of staff involved is not in school while the trust investigates.', 'school')).toBe(true);
  });

  it.each(['Signed off on the new playground plans today, finally!', 'The member of staff involved in the charity run raised £400. Well done!'])(
    'stays quiet on: %s',
    (text) => {
      expect(fires(text)).toBe(false);
    },
  );
});

// Confidential matters first met in rounds 73 to 76, in our own words.
describe('confidential: rounds 73 to 76', () => {
  it.each([
    'Third lad from my tutor group suspended this half term. Quiet register.',
    "Mrs Grant's off again with anxiety and the whole team is carrying her classes.",
    'The girl in 9M whose dad went to prison on Friday is really struggling. Be gentle.',
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Our Ofsted report came out today: Good in every area. Read it on the website!',
    'Villa keeper suspended this week after the red card. Gutted.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// Confidential matters first met in rounds 77 to 80, in our own words.
describe('confidential: rounds 77 to 80', () => {
  it.each([
    'Mrs Grant is signed off until half term with her back again, so I have her Year 11s.',
    'One of my tutor group has had her Durham offer withdrawn after her coursework was flagged for malpractice.',
    "Please stop asking me about the girl from 9T. There's a safeguarding process under way.",
    'Still cross that Mr Lobb got a slap on the wrist after the investigation.',
    "A lad in my class has a dad who's just been sent down. Explains a lot.",
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each(['Back to the physio with my back again, so no parkrun this week.', 'My Leeds offer came through today!'])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// Confidential matters first met in rounds 81 and 82 (an infant and nursery school), in our own words.
describe('confidential: rounds 81 and 82', () => {
  it.each([
    'Thinking of our nursery manager, signed off for the rest of term after losing her baby.',
    'Sending love to Mrs Grant, off for six weeks after her hysterectomy.',
    'Finally got the SALT referral through for the little girl in my class.',
    'She will not be back after half term: the family have gone into a refuge. Poor little mite was in my Reception class.',
    'A four year old made a disclosure to me at snack time today.',
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each(['Our SALT referral training is on Tuesday for all early years staff.', 'My five year old made me a card for my birthday.'])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('confidential: sick leave after a name and a comma', () => {
  it('underlines from the words about leave, not from the comma', () => {
    expect(flagged('Sending love to Mrs Grant, signed off with anxiety until half term.')).toEqual(['signed off with anxiety']);
  });
});

// Confidential matters first met in rounds 83 to 88 (an all-through school and an
// alternative provision), in our own words.
describe('confidential: rounds 83 to 88', () => {
  it.each([
    'The Year 4 boy who started in January is on his third foster placement this year and still smiles every morning.',
    'The little lad in my class is with a new foster family now, so a carer will collect him on Fridays.',
    "He's a looked-after child, so the social worker signs the trip form, not his mum.",
    'Missed the match: police wanted to question one of my Year 10 lads and I went as his appropriate adult.',
    'Even the lad whose youth offending worker came in at lunch had a good day.',
    "One of the girls in my form is exhausted. The family's been in a hostel since the eviction.",
    "Staffroom is quiet without Mrs Pascoe. She's off until Easter recovering from her hip operation.",
    'Lad in 9R whose mum went to prison in March has not been himself since.',
    'Two of my form got suspended today over the fight at the bus stop.',
    "Please don't share any details, but we had a disclosure at school today and I'm still shaking.",
    "Don't pass this on, but two posts at SSCA are going before September.",
    // Rounds 93 to 96
    "Year 2's teacher is on leave while a parent's complaint against her is investigated.",
    'The head knew about the disclosure on Monday and sat on it till Thursday.',
    'Had the LADO on the phone most of the afternoon about a colleague.',
    'Had to exclude a lad from my form this week. Still shaking.',
    "Can't say officially till the report's published, but Ofsted gave us Good!",
    "Hi Mrs Akhtar, we can't discuss Sam's exclusion from SSCA on here.",
    // Older tune misses, in our own words
    "We had the call on Monday. Can't say the grade until the report's out, but we're celebrating at SSCA.",
    'Our DSL spent the afternoon with a Year 3 girl after a disclosure at lunch.',
    'Social services at the door for the little lad in my class again this morning.',
    'The boy in Year 9 who collapsed on Friday has a care plan for seizures. His mum asked us not to say anything.',
    // Rounds 97 and 98 (a special school)
    'Our newest starter in Oak has just moved to his third foster placement since September.',
    'Newest starter in Ash is a looked after child, third placement move this year.',
    "He's the one in my class on melatonin and the new ADHD meds.",
    "Annual review for Jago's plan tomorrow. He's the little lad in my class who needs the extra OT hours.",
    "Please keep Mr Lobb in your thoughts. He'll be off for the next few weeks recovering from heart surgery.",
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "If you are worried about a child, call the office. Out of hours, contact Cornwall children's services or the police.",
    'We stayed in a lovely B&B in Padstow for half term.',
    'Police want to interview me about the crash I saw on the A30.',
    'Our foster carer recruitment evening is on Thursday at the town hall.',
    'Two of my form got picked for the county netball squad today!',
    'Please pass this on to anyone who might like the choir concert.',
    "The school's exclusion policy is on the website.",
    'The report on the Ofsted website says we are Good, published last week.',
    'Had the call from the plumber: the boiler is fixed.',
    'The parcel was left at the door again this morning.',
    "Out of hours, please use the council's duty line for urgent safeguarding concerns.",
    'The annual review of the curriculum is on the website.',
    'If a child is a looked after child, the virtual school can help with the PEP.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('confidential: the school answering a parent about their child', () => {
  it('reads a concern passed to the safeguarding lead, said to one family, as a case', () => {
    const text = 'Thank you for raising this. The concerns about your son have been passed to our safeguarding lead, who will be in touch.';
    expect(checkDraft({ text, site: 'facebook', account: 'school', surface: 'reply' }, policy, [rule]).length).toBe(1);
  });
});

// First met in rounds 99 to 102 (schools T and U), in our own words.
describe('confidential: rounds 99 to 102', () => {
  it.each([
    // An inspection grade said as a move, or as a riddle, before the report is out
    "The report isn't out for a month but we've heard SSCA has gone up to Good!",
    'Inspectors left at 3. Not allowed to say anything till it is published, but it starts with O, ends with UTSTANDING.',
    // An exclusion with the child beside it, even on the school's own page
    'We cannot comment on the exclusion, but the girl involved is back in class on Monday.',
    // A child in care, one of a group
    "She's one of the looked-after girls in our Year 4, placed with foster carers since Easter.",
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "SSCA's reading scores have gone up to 84%, the report is out next week.",
    'Prices at the tuck shop have gone up to 60p. Not out of my own pocket, thankfully.',
    'The suspension on my car has gone again. The lad at the garage says it is the potholes.',
    'Training on the new exclusion guidance today: the boy who ran it was brilliant.',
    'Our report went up on the website today: SSCA has gone up to Good!',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// Written before meeting schools V and W (rounds 103 to 106): a police notice after domestic
// abuse, a child taken by the police, and children known by a Scottish stage.
describe('confidential: before rounds 103 to 106', () => {
  it.each([
    'Operation Encompass call this morning about a boy in Year 4.',
    'Police came to collect a Year 10 at lunch. Whole corridor saw.',
    'Officers arrived and arrested one of my S4s in the car park.',
    'One of my S2s has been referred to CAMHS.',
    'A boy in S3 is now on a CP plan.',
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Operation Encompass training for all staff on Thursday after school.',
    'Police came to talk to the Year 6s about road safety. Brilliant session.',
    'Police came to collect the stolen bikes from the shed.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// First met in rounds 103 to 106 (schools V and W), in our own words.
describe('confidential: rounds 103 to 106', () => {
  it.each([
    'A girl in 3B had her co-ordinated support plan review today. Six adults and she just wanted to show us her drawing.',
    'The wee girl in my class who is on a child’s plan had her review this morning.',
    'Social work were in again about one of my tutor group. Heartbreaking.',
    'The young lad I support, who has CAMHS input now, danced at the disco tonight.',
    'Thinking of a little one in our class who is now looked after by the local authority. Please don’t share or ask.',
    'Still waiting on the council to finish the EHCP for my Year 8 lad with autism.',
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Just finished my social work degree, so proud of myself!',
    'Every child’s plan should be written with the family: great training on GIRFEC today.',
    'A boy in the park was looking after his little sister so well today.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// First met in rounds 107 and 108 (school X), in our own words.
describe('confidential: rounds 107 and 108', () => {
  it.each([
    'A wee fella in my class told me his daddy won’t be home for Christmas because he’s in Maghaberry.',
    'One of my class said her dad is in HMP Durham now.',
    'Please keep Mrs Pascoe in your prayers this week as she recovers from surgery.',
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });
  it.each(['My mum is doing well as she recovers from surgery, thanks all.', 'Took the Year 6s round the old Crumlin Road Gaol museum: history brought to life.'])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// Round 110: a suspension's paperwork for a child in the class.
describe('confidential: round 110', () => {
  it('finds suspension paperwork for one of my class', () => {
    expect(fires('Suspension paperwork for one of my class this afternoon. Five days.')).toBe(true);
  });
  it('stays quiet on the policy', () => {
    expect(fires('Updated the suspension paperwork templates for the new behaviour policy today.')).toBe(false);
  });
});

// First met in rounds 112 and 114 (schools Z and AA), in our own words.
describe('confidential: rounds 111 to 114', () => {
  it.each([
    'Writing the IDP for a lad in 8E2 tonight with a glass of red.',
    'One of my Year 7 tutor group went into care at the weekend.',
    'Sorry, a boy from 9W1 can’t come on the trip, social services have said no.',
    'Colleague off with stress for the third time this year and nobody upstairs has asked why.',
    'He’s not been in since the police picked him up on the prom.',
    'Please keep our Year 10 family in your thoughts. Social services are now supporting them.',
  ])('finds: %s', (text) => {
    expect(fires(text)).toBe(true);
  });
  it.each([
    'Three colleagues off with stress and the answer from above was a yoga session.',
    'Social services are supporting families across the town with the cost of living.',
    'Our IDP training for the new ALN code is on Thursday.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});
