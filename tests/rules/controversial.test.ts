import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/engine';
import controversial from '../../lib/rules/controversial';
import type { AccountKind } from '../../lib/types';
import { makePolicy } from '../helpers';

const policy = makePolicy();
const findings = (text: string, account: AccountKind = 'school') =>
  checkDraft({ text, site: 'x', account }, policy, [controversial]);
const fires = (text: string, account: AccountKind = 'school') => findings(text, account).length > 0;
const flagged = (text: string, account: AccountKind = 'school') => findings(text, account).map((f) => text.slice(f.start, f.end));

describe('controversial', () => {
  it.each([
    // party politics and elections
    'Vote Conservative on 4 July for a stronger Cornwall.',
    'The Tories have cut our budget for the third year running.',
    'Proud to back our Labour candidate in the county council election.',
    'Time to get the Lib Dems out of County Hall.',
    'Please vote for Sarah Mitchell on Thursday, she will fight for our schools.',
    'Austerity has hollowed out every school budget in the county.',
    'This government has abandoned children with SEND.',
    '#VoteGreen tomorrow, families!',
    // strikes
    'We fully support our staff taking industrial action this week.',
    'Join us on the picket line at the school gate at 8am.',
    'Our teachers are on strike today because they deserve fair pay.',
    'Proud of our support staff backing the strike ballot. #FairPayNow',
    // religion-vs-school disputes
    'Parents have complained about Muslim pupils being allowed to pray in the library; we have refused to ban it.',
    'A small group of parents is protesting outside the gates about our RSE lessons.',
    'The vicar has objected to the nativity being replaced with a winter show.',
    // academy and trust disputes
    'We oppose the proposed academisation of our school and urge parents to sign the petition.',
    'The governors are fighting against the merger with Poltair Academy.',
    'Our school is being forced to join a new trust.',
    'Parents have launched a campaign against the trust over the cuts to music.',
    // legal action
    'Statement: we are aware of the legal challenge brought against the trust over the admissions policy.',
    'A group of parents has launched a judicial review of the trust decision.',
    'The former caretaker is taking the school to an employment tribunal.',
    // media stories and holding statements
    'Some of you will have seen the Cornish Times story about our school this week. We will be writing to all families with the facts tomorrow.',
    'Following the article in the Western Morning News, we want to reassure parents that the school is safe.',
    'We are aware of reports on social media about an incident near the school gates.',
    'Did you see the BBC Spotlight report on our school? Not the full story.',
    'The school cannot comment on an ongoing matter.',
    'Ignore what you may have read in the papers about our school: the facts are these.',
  ])('warns on the school account: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "Vote Labour on Thursday. As a teacher at St Stephen's I've seen first hand what cuts do.",
    "On the picket line outside St Stephen's tomorrow morning with NEU colleagues. Views my own.",
    'Did anyone see the Cornish Guardian story about SSCA and the parking row? Views my own.',
    'That Cornwall Live article about my school is full of lies.',
    'Out canvassing for the Green Party tonight after a long day with my class.',
    'Heartbroken about the plan to merge St Stephens Academy with Poltair.',
    'The parents are taking SSCA to court over the uniform policy.',
    "I work at St Stephen's, so DM me for your article about the school's parking row.",
    'St Stephens staff balloted for action over the plans to cut support staff. I voted yes.',
    // A notice with an opinion beside it is an opinion.
    'NEU strike day tomorrow so St Stephens is closed to most year groups. Solidarity to everyone out.',
    "The diocese wants St Stephens to drop the Christian ethos statement from admissions. Absolutely not, in my view.",
    'The trust wants to merge St Stephens with the school down the road. Staff are furious.',
    "Consultation on St Stephens joining the new trust closes Friday. Please object, it's a terrible idea.",
    "Our union rep at St Stephens says we're out on the 12th. Stand with us.",
    "As a teacher at SSCA I'd ask everyone to write to their MP about the cuts to SEND funding.",
    'The whole SSCA staffroom voted to back the ballot. Solidarity with everyone out next week ✊',
    'Come to the public meeting on Monday about the proposed move from ADMAT to the diocesan trust. St Stephen\'s deserves a say.',
    "Meeting at the village hall about An Daras's plan to fold St Stephen's into a hub with two other schools. Come along.",
    'Any reporter who wants to know what the funding cuts are doing to SSCA, drop me a line. I will tell you.',
    'Everyone at SSCA should be at the rally outside County Hall on Saturday. SEND funding is broken.',
    'Tagging the Cornish Times education reporter here. SSCA parents have been ignored for months and someone needs to cover it.',
  ])('warns on a personal post that mentions the school: %s', (text) => {
    expect(fires(text, 'personal')).toBe(true);
    expect(fires(text, 'unknown')).toBe(true);
  });

  it.each([
    'Vote Labour on Thursday.',
    'Whoever you vote for today, please just vote.',
    'Proud to stand with NEU colleagues on the picket line this morning.',
    'Did anyone see the Cornish Guardian story about the parking row?',
    'Taking the landlord to court next month, wish me luck.',
  ])('stays quiet on a personal post that does not mention the school: %s', (text) => {
    expect(fires(text, 'personal')).toBe(false);
  });

  it.each([
    'The school will be closed on Thursday as it is being used as a polling station.',
    'Due to national strike action by the NEU on Thursday 1 February, St Stephens Community Academy will be closed to pupils in Years 3 to 6.',
    'Because of strike action, the school will open for Years 5 and 6 only on Wednesday. Please send a packed lunch.',
    'Year 6 voted for their school council today. Congratulations to our new councillors!',
    'Congratulations to Jack, our new head boy, after a tough election campaign!',
    'Year 6 held a mock general election today: the Greens won!',
    'Whoever you vote for, please vote.',
    'Happy Diwali to all of our families celebrating this week.',
    'Our Year 3 pupils have loved learning about Eid in RE.',
    'Reception had a lovely time at the church for the harvest festival.',
    'We are delighted that our Ofsted report, published today on the Ofsted website, judges the school to be Good.',
    'Lovely to see our choir in the Cornish Guardian this week. So proud!',
    'Year 2 loved the BBC programme about dinosaurs.',
    'The Labour of Hercules was the theme of our Year 5 assembly.',
    'Year 5 are learning to strike a ball in cricket. What a strike from Amy!',
    'Science week: pupils investigated how lightning strikes happen.',
    'Year 6 will be visiting the law courts in Truro as part of their citizenship topic.',
    'Our netball team played on the new court today.',
    'A big thank you to the trust for the new minibus.',
    "Reminder to staff: the budget figures are confidential until the trust board signs them off.",
    'Year 6 sat in the front row for the Christmas play, three years in a row!',
    'Thank you for keeping the faith during the building works this summer.',
    'My class wrote stories about their half-term adventures.',
    'Year 2 wrote stories about our school garden.',
    'If you are unhappy, please follow the complaints procedure on the trust website.',
    'Due to strike action, the school will be closed to Year 5 on Thursday #SSCA',
    'Due to national strike action St Stephens will be closed to Years 3 to 6 on Wednesday. Reception is open as normal.',
    'The consultation on St Stephens joining the new trust closes on Friday. Details are on the website.',
    "We're out on the 12th for the Year 5 trip to the Eden Project!",
  ])('does not warn on factual notices and everyday words: %s', (text) => {
    expect(fires(text)).toBe(false);
  });

  // Kinds missed on another school's drafts (issue 9), in new words.
  describe('the press, a story or an incident', () => {
    it.each([
      "Work at St Stephen's and honestly the Cornish Times only printed half the story. Any journalist who wants the rest, my DMs are open.",
      'Reporters sniffing round SSCA about last week: happy to tell you what really went on. DM me.',
      "If anyone from the local paper wants the truth about what happened at St Stephen's on Friday, message me.",
      'Any journos out there? Ask me what actually happened at SSCA before you print anything. Inbox open.',
      "The Cornish Times' hit piece on SSCA is a disgrace.",
      "Did you see what the Echo printed about St Stephen's? Absolute rubbish.",
      'anyone from @CornwallLive wanna know whats really going on at SSCA hmu',
      'journalists pls dm me re st stephens, ive got the real story',
      "Happy to go on record about what went on at St Stephen's last term. Any reporter, get in touch.",
      'Cornwall Live got it wrong about SSCA. Nobody was expelled. Stop spreading lies.',
      'Shocking that the Echo ran that story about our school without even asking us.',
      "I could tell the papers a thing or two about St Stephen's.",
      "Honestly someone at SSCA needs to go to the papers about what's going on.",
      "Anyone from the Courier want the real story about what went on at St Stephen's on Friday? DMs open.",
      "St Stephen's on the front page of the Courier again. Not for good reasons.",
      "Following recent press reports about St Stephen's, I want to say the staff have been amazing.",
    ])('warns on a personal post that offers or answers the press: %s', (text) => {
      expect(fires(text, 'personal')).toBe(true);
    });

    it.each([
      ['Thank you for your enquiry. We can confirm that a pupil was taken to hospital after an accident on the field on Tuesday and is now home.', '@CornishTimesNews'],
      ["In response to your article about Friday's incident at the school gates: the pupils involved have been spoken to and the police were not called.", undefined],
      ["A spokesperson for St Stephen's said: we are working closely with the police following an incident near the school on Monday.", undefined],
      ["To the journalists asking: the full story of Tuesday's incident will come from the trust, not from us.", undefined],
      ['We are aware of claims in the local press about our admissions process and will be writing to every family.', undefined],
      ["We're not able to say any more while the investigation continues.", '@BBCSpotlight'],
      ["We're aware and we are supporting the family involved.", '@CornishTimesNews'],
      ["Responding to questions from the Echo, the head said Monday's incident was dealt with swiftly.", undefined],
      ['The academy is aware of a legal challenge to our admissions policy and will not comment further.', undefined],
      ["Statement regarding today's events: St Stephen's is working with the police and the family. We ask that the media respect the family's privacy.", undefined],
      ['Hi, thanks for getting in touch. We can confirm a small kitchen fire on Tuesday was dealt with quickly and nobody was hurt.', '@CornishTimesNews'],
      ['Thank you for your press enquiry. We can confirm a pupil was taken to hospital after a fall in the playground and is now home.', undefined],
      ["Hi, thanks for your press enquiry about the parent's complaint. The head will be in touch tomorrow.", undefined],
      ['We can confirm staff were told about the restructure on Monday, and we will say more once families have heard from us.', '@CornishTimesNews'],
    ])('warns on the school account answering the press about an incident or a story: %s', (text, replyTo) => {
      expect(checkDraft({ text, site: 'x', account: 'school', replyTo }, policy, [controversial]).length).toBeGreaterThan(0);
    });

    it('warns on a staff member replying to a reporter about an incident at the school', () => {
      const text = 'Yes it happened at SSCA, a kid got hurt in a fight, but you did not hear it from me.';
      expect(checkDraft({ text, site: 'x', account: 'personal', replyTo: '@JoReporterCT' }, policy, [controversial])).toHaveLength(1);
      expect(checkDraft({ text, site: 'x', account: 'personal', replyTo: '@jo_smith' }, policy, [controversial])).toHaveLength(0);
    });

    it.each([
      ['Thanks for getting in touch! We can confirm the new sports hall opens in September and the head would be happy to be interviewed.', '@CornishTimesNews'],
      ['Thanks for your enquiry! Our Year 2 fire safety week runs 3 to 7 June, and the fire brigade are visiting.', '@CornishTimesNews'],
      ['Thanks for your message! We can confirm the pupils involved in the Christmas show will be on BBC Spotlight on Friday.', '@BBCSpotlight'],
      ['No further comment needed, just look at these smiles!', undefined],
      ['Year 7 council ballot results are in! Congratulations to our new reps.', undefined],
      ['Thanks to Bridget Phillipson for visiting our Year 2s today!', undefined],
      ['Thank you for your message. We can confirm the incident on the bus has been dealt with in line with our behaviour policy.', '@a_parent_here'],
      ['Year 9 interviewed a local reporter about how she digs out the real story behind a headline.', undefined],
      ["Thanks for your enquiry about Year 7 admissions: the open evening is on 3 October.", undefined],
      ['We are aware of rumours on social media about a dog on the field. It was a guide dog in training!', undefined],
      ['We are aware of comments online about the new uniform. Please speak to the office with any concerns.', undefined],
      ['Polling station today so the school is closed. Enjoy the day off!', undefined],
      ['Our Year 5s visited Parliament today and met our local MP!', undefined],
      ["The Echo came in to photograph our Year 6 leavers. Look out for us in Thursday's paper!", undefined],
      ['Thank you to the Cornish Times for covering our charity bake sale!', undefined],
      ['A reporter from BBC Cornwall is visiting on Friday to film our eco garden: consent forms went home today.', undefined],
      ['Debate in Year 12 politics today: should the voting age be 16? Fascinating arguments.', undefined],
      ['Strike a pose! Year 2 on the catwalk for World Book Day.', undefined],
      ['Lovely to see our choir in the Courier this week! So proud.', undefined],
      ['Letters about the trip are in the post today.', undefined],
      ['Mock trial in Year 9 citizenship: pupils took the Big Bad Wolf to court!', undefined],
      ['Because of the NEU strike on Wednesday, Years 3 to 6 will learn from home. Reception to Year 2 are open as normal.', undefined],
      ["The trust's legal team has updated the data protection policy: staff, please read it by Friday.", undefined],
      ['If you have a complaint, please follow the complaints procedure on the trust website.', undefined],
      ['Our Year 6 newspaper club interviewed a journalist from the Cornish Times about how she finds the real story.', undefined],
      ['We are aware that some families have had trouble logging into the new app. A fix is on its way.', undefined],
      ['Some of you will have seen posts about head lice in Year 1. Please check your child\'s hair this weekend.', undefined],
    ])('stays quiet on good news for the press, answers to parents and lessons: %s', (text, replyTo) => {
      expect(checkDraft({ text, site: 'x', account: 'school', replyTo }, policy, [controversial])).toHaveLength(0);
    });

    it.each([
      "The Cornish Times did a lovely piece on SSCA's choir, the full story is on their website!",
      "Loved the Cornish Times feature on St Stephen's: what really happens in a day at a special school. So proud!",
      'Happy to tell anyone who asks what really happened at the SSCA quiz night: Mr Lobb cheated 😂',
      'Proud of our NEU rep at SSCA who sorted my timetable issue. Unions matter.',
    ])('stays quiet on a personal post pointing to good coverage: %s', (text) => {
      expect(fires(text, 'personal')).toBe(false);
    });
  });

  describe('a change of trust still being fought over', () => {
    it.each([
      "Public meeting at 7pm on Thursday in the hall about St Stephen's joining Kernow Learning Trust. Come and have your say.",
      'Parents: there is a meeting tonight about the plan for SSCA to change trusts. Please come.',
      "ADMAT wants to hand St Stephen's over to another trust. Public meeting Weds, be there.",
      "Consultation on St Stephen's moving to Kernow Learning Trust: we say NO. Sign the petition.",
      'Why is nobody talking about SSCA being pushed into a new trust?',
      "Is St Stephen's really going to be taken over by Kernow? Questions for the governors tonight.",
      'sooo st stephens is becoming part of kernow trust?? nobody asked us',
      "Vote NO to St Stephen's leaving ADMAT. Ballot papers from the office.",
      "Information evening for families about St Stephen's proposed move to Kernow Learning Trust, 6pm Wednesday.",
      'The governors will explain why SSCA is moving trusts at a public meeting next week.',
      "St Stephen's families: the council wants to close our sixth form. Protest at County Hall, 10am Saturday.",
    ])('warns: %s', (text) => {
      expect(fires(text, 'personal')).toBe(true);
    });

    it.each([
      "The consultation on St Stephen's joining Kernow Learning Trust closes on Friday 14 March.",
      "Since joining ADMAT in 2019, St Stephen's has gone from strength to strength.",
      "Excited to be joining the trust's central team in September! #SSCA",
      "Delighted to be joining An Daras as head of maths at St Stephen's!",
      'Our trust family grows: welcome to the two schools joining ADMAT this September!',
      'Staff meeting about the new trust-wide marking policy at 3.30. #SSCA',
      'Open meeting for parents about the new uniform supplier on Thursday. #SSCA',
      'Anyone joining the trust quiz night on Friday? #SSCA',
      'Tregony Primary joins ADMAT today! Any questions, ask the office. #SSCA',
      "St Stephen's has not been the same since the takeover, if I'm honest.",
    ])('stays quiet: %s', (text) => {
      expect(fires(text, 'personal')).toBe(false);
    });
  });

  describe('campaigns, partisan statements and strikes', () => {
    it.each([
      'St Stephen\'s stands with our teachers: fair funding for every school, now. Join us at the rally in Truro on Saturday.',
      'Please write to your MP about SEND funding – our kids at SSCA deserve better.',
      'Marching for fair pay with SSCA colleagues today ✊',
      '#FundOurSchools – SSCA has lost £200 per pupil since 2015.',
      "Starmer has completely abandoned schools like St Stephen's.",
      "Honestly, vote them out. Fourteen years of cuts and look at the state of SSCA's roof.",
      "Our MP voted against free school meals again. Remember that, St Stephen's families.",
      'Reform-run council has cut SSCA\'s SEND transport. Shameful.',
      "Solidarity with everyone striking at St Stephen's tomorrow ✊",
      'NEU members at SSCA: vote YES in the ballot for industrial action. Turnout matters!',
      'We down tools on Thursday. SSCA staff have had enough.',
      "Can't believe this government thinks a 3% pay offer is acceptable. Staff at SSCA deserve better.",
      'Labour promised us fair funding. Still waiting, and St Stephen\'s is still crumbling.',
      'Reform would scrap SEND support entirely. Think about kids like ours at SSCA before you vote.',
      "Phillipson's latest plan for SEND is a disaster for schools like SSCA.",
      "If you're a St Stephen's parent, please don't vote Reform.",
      'SSCA support staff are balloting over the pay offer. Fully behind them.',
      "Teachers at St Stephen's will walk out on Thursday over pay.",
      'Sign the petition to stop the cuts to SEND funding at schools like SSCA.',
      'Parents protesting outside SSCA again about the Pride assembly. We are not backing down.',
      'The vicar wants our nativity back at SSCA. Not happening.',
      'Our governor at St Stephen\'s is standing for the council as the Green candidate. Vote for her!',
      'See you on the picket line Thursday, SSCA colleagues.',
      "Can't wait to see the back of this government. Teachers at St Stephen's deserve better.",
      "Whoever you vote for, don't vote for the party that cut St Stephen's budget.",
      'The Prime Minister has abandoned teachers at schools like SSCA.',
      'Brexit has wrecked our language trips at SSCA.',
      'NEU action short of strike starts Monday at SSCA.',
      "Some parents are taking their children out of RE at St Stephen's because of the new syllabus.",
      'A parent has instructed solicitors over the SEN provision at St Stephen\'s.',
    ])('warns: %s', (text) => {
      expect(fires(text, 'personal')).toBe(true);
    });

    it.each([
      'Join us at the summer fair on Saturday, 12 till 3! #SSCA',
      'Year 6 wrote to our local MP about plastic pollution and she wrote back! #SSCA',
      'Fighting fit after the staff v pupils rounders match #SSCA',
      'Sponsored walk for Children in Need: join us on the march round the field at 2pm! #SSCA',
      'Lovely to welcome Bridget Phillipson to St Stephen\'s today to see our reading programme in action.',
      'Year 10 debated whether Farage is right about immigration. Brilliant arguments on both sides. #SSCA',
      'Whoever wins on Thursday, St Stephen\'s will still need a new roof.',
      'Lightning strikes are rare, Year 4 learnt today. #SSCA',
      'Our Year 11s walk out of SSCA on Friday for the very last time 😭',
      'Striking artwork from Year 5 this week at St Stephen\'s!',
      'The strike goes ahead tomorrow, so SSCA will be closed to Years 7 to 10. Year 11 open as normal.',
      'Our Year 3s insisted on singing carols at the church after the SSCA nativity. Lovely.',
      'Mrs Pascoe is standing for election as a parent governor at SSCA. Good luck!',
      'Year 8 debated Brexit in history today. Great arguments on both sides! #SSCA',
      'The Prime Minister visited SSCA today and read to our Reception class.',
      'Year 6 held their own general election today and the Free Chips Party won by a landslide. Democracy in action! #SSCA',
      'Mock election results are in at SSCA! The Labour candidate from 10W won by three votes.',
      'Our Year 9 media club spent the day with a local journalist learning how to write a news story. #SSCA',
      'In English this week our Year 11s at SSCA compared two news reports about the same flood.',
      'Good news story alert: the Cornish Times is featuring the sensory garden at SSCA this weekend!',
    ])('stays quiet: %s', (text) => {
      expect(fires(text, 'personal')).toBe(false);
    });
  });

  it('says which words made it think so, and what they read as', () => {
    const [offer] = findings('Any journalist who wants to know what really happened at SSCA, DM me.', 'personal');
    expect(offer!.message).toMatch(/^“journalist” and “what really happened” read as offering the press your side of a story about the school\./);
    const [trust] = findings('Public meeting tonight about SSCA changing trust.', 'personal');
    expect(trust!.message).toMatch(/^“Public meeting” and “changing trust” read as part of a change or a dispute over the school's academy trust\./);
    for (const finding of [offer, trust]) expect(finding!.message).toMatch(/senior leader/);
  });

  it('does not read a colleague called Sue as legal action', () => {
    expect(fires('Leaving do for Sue at SSCA tonight, come and say goodbye to Sue!', 'personal')).toBe(false);
    expect(fires('The parents are threatening to sue SSCA over the trip.', 'personal')).toBe(true);
  });

  it('points at the words and says what to do', () => {
    const text = 'Great day. On the picket line outside SSCA tomorrow. Views my own.';
    expect(flagged(text, 'personal')).toEqual(['picket line']);
    const [finding] = findings(text, 'personal');
    expect(finding).toMatchObject({ rule: 'controversial', severity: 'warn' });
    expect(finding!.message).toMatch(/Check with a senior leader/);
    expect(finding!.policy).toContain('controversial implications');
  });

  it('reports spans in the draft as typed, not the folded text', () => {
    const text = 'Zoë says: “Vote Labour!” — we’re proud of our SSCA.';
    const [finding] = findings(text, 'personal');
    expect(text.slice(finding!.start, finding!.end)).toBe('Vote Labour');
  });
});

describe('controversial: indirect campaigning and notices (round 8)', () => {
  it.each([
    ['#SSCAballot done. Turnout at St Stephens already past half, we need every vote.', 'personal'],
    ['Sent a letter to my MP about SEND funding cuts. A letter to your MP takes five minutes, St Stephens staff. Here is my template.', 'personal'],
    ['St Stephens colleagues, are we really going to accept this pay offer without a fight? Meeting in the library at 4.', 'personal'],
    ['Our pupils at St Stephens deserve better than another five years of this lot. Polls open at 7.', 'personal'],
    ['#HandsOffSSCA The consultation on moving St Stephens to a new trust closes Friday, but this isn\'t over. Sign the petition.', 'personal'],
    ["@CornishTimesNews Thank you for getting in touch about yesterday's incident at the school gates. The head teacher will send a statement.", 'school'],
  ] as const)('fires: %s', (text, account) => {
    expect(fires(text, account)).toBe(true);
  });

  it.each([
    ['Year 10 historians have been learning about the 1926 General Strike, with letters from the picket lines in our local archive.', 'school'],
    ['St Stephens will be open as usual on Thursday. Two classes will be combined because of national strike action, and the families affected have been contacted.', 'school'],
    ['Polls open at 7 tomorrow and the hall is a polling station, so St Stephens is closed to pupils.', 'school'],
  ] as const)('stays quiet on a lesson or a notice: %s', (text, account) => {
    expect(fires(text, account)).toBe(false);
  });
});

describe('controversial: a legal matter in a holding statement (round 10)', () => {
  it('hears solicitors dealing with a matter, on the school account', () => {
    expect(fires("The academy's solicitors are dealing with the matter a parent raised, so we will not be saying more here.")).toBe(true);
  });

  it('stays quiet on a solicitor visiting a careers fair', () => {
    expect(fires('Thank you to the local solicitors who ran a stall at our Year 10 careers fair.')).toBe(false);
  });
});

describe('controversial: ballots urged, a trust question argued, the press and the courts (rounds 23 to 25)', () => {
  it.each([
    // Getting the strike vote out, or urging it one way.
    ["Every union member at St Stephens, vote in this ballot. It only counts if we all do.", 'personal'],
    ['Papers in by Thursday, St Stephens. Vote yes and let us make the turnout impossible to ignore.', 'personal'],
    ['ADMAT regrets the decision to ballot staff at St Stephens and would urge colleagues to vote against action.', 'school'],
    ['Our staffroom at St Stephens votes on local action next week.', 'personal'],
    // Taking a side on a change of trust.
    ['Proposal: St Stephens moves from ADMAT to a larger trust next September. I am firmly against it and will say so at the consultation.', 'personal'],
    ['We believe staying with our current trust is the right future for St Stephens, and urge every family to tell the consultation so.', 'school'],
    ['Bringing every village school in the county into ADMAT is the wrong answer, and St Stephens families deserve a say.', 'personal'],
    // A news story about the school, judged.
    ['That article in the Cornish Times about St Stephens is a hatchet job from top to bottom.', 'personal'],
    ['The Cornish Times got the St Stephens story completely wrong this week. Please think before you share it.', 'personal'],
    // Legal action against the school.
    ["A parent taking St Stephen's to court over the new uniform rules. Nobody wins when a school is dragged through the courts.", 'personal'],
    // A local politician, judged.
    ['Our local MP turned up at St Stephens for a photo op a week after voting to cut the school meals budget.', 'personal'],
    ['The Conservative group on the council voted to close the library next to St Stephens. Remember that in May.', 'personal'],
  ] as const)('fires: %s', (text, account) => {
    expect(fires(text, account)).toBe(true);
  });

  it.each([
    // An election run by pupils, a school ballot, a plain notice, a trust's history.
    ['Year 12 politics students at St Stephens hosted a hustings for all four candidates and asked brilliant questions.', 'school'],
    ['Pupils, remember to vote in the school council ballot by Friday lunchtime!', 'school'],
    ['St Stephens joined ADMAT in 2015 and has been part of the trust ever since.', 'school'],
    ['Lovely piece in the Cornish Times about St Stephens and our new library. Thank you!', 'school'],
    ['Our local MP visited St Stephens today to answer questions from the school council.', 'school'],
  ] as const)('stays quiet on: %s', (text, account) => {
    expect(fires(text, account)).toBe(false);
  });
});

describe('controversial: votes urged beside a ballot, trust moves backed, coverage called wrong (rounds 26 to 29)', () => {
  it.each([
    ['Union ballot at St Stephens closes Monday. If yours is still on the fridge, post it, and vote yes.', 'personal'],
    ['Teaching assistants at St Stephens are out on the 9th. ADMAT could settle this tomorrow.', 'personal'],
    ['St Stephens is closed to most pupils on Tuesday for the strike, and I am not sorry one bit.', 'personal'],
    ['The consultation on St Stephens leaving ADMAT closes on the 3rd. I will be backing the move and hope you do too.', 'personal'],
    ['The proposed transfer of St Stephens to Kernow Learning Trust is the right call, and I will say so at the meeting.', 'personal'],
    ['Parents, sign the petition against merging the St Stephens nursery into the children’s centre.', 'personal'],
    ['You know which way to vote on Thursday if you want St Stephens rebuilt.', 'personal'],
    ['The Cornish Times account of Friday at St Stephens is not accurate, and we have asked them to correct it.', 'school'],
    ['That clip from outside St Stephens has made the papers now. Please stop sharing it.', 'personal'],
  ] as const)('fires: %s', (text, account) => {
    expect(fires(text, account)).toBe(true);
  });

  it.each([
    // A decision about money explained by the school, a ballot for the school council, a merger as history.
    ['The trust has withdrawn the funding for the Year 6 residential, so it will not run this year. We share your disappointment.', 'school'],
    ['Ballot papers for the school council went home today. Vote yes to the new playground rules, Year 5!', 'school'],
    ['St Stephens: ten years since the merger with the infants and still the best place I have worked.', 'personal'],
    ['Lovely write-up in the Cornish Times about St Stephens and the new library. Not one word wrong!', 'school'],
  ] as const)('stays quiet on: %s', (text, account) => {
    expect(fires(text, account)).toBe(false);
  });
});

describe('controversial: a side taken without the obvious words (rounds 35 and 36)', () => {
  it.each([
    ['Not crossing the line on Tuesday, and St Stephens families have had their work packs since Friday.', 'personal'],
    ["ADMAT fully supports St Stephens staff's right to strike and hopes for a settlement soon.", 'school'],
    ['The support staff offer is an insult to everyone at my school. Vote to reject.', 'personal'],
    ['Branch meeting Thursday: we need every vote from St Stephens to get this ballot over the line.', 'personal'],
    ['Postal ballot closes Monday, St Stephens. Not saying how to vote, but you can guess which box I ticked.', 'personal'],
    ['Parents at St Stephens: one candidate has visited us twice this year and the other has never set foot in the county.', 'personal'],
    ['Keeping St Stephens out of a mega-trust matters more than a quiet staffroom.', 'personal'],
    ['Everyone knows where I stand on the St Stephens transfer. Nothing has changed.', 'personal'],
    ['Read the whole article before sharing it. Half of it is wrong about our school.', 'personal'],
    ['A video filmed near St Stephens has been picked up by the local press. We will not be commenting further.', 'school'],
    ['We know this is hard for families, and we hope the government comes back to the table so that no more days are lost at St Stephens.', 'school'],
  ] as const)('fires: %s', (text, account) => {
    expect(fires(text, account)).toBe(true);
  });

  it.each([
    // Lessons and good news with the same words.
    ['Year 8 met our local MP for a Parliament Week Q&A on the voting age and bus fares. Thank you for coming!', 'school'],
    ['Our choir made the front page of the Cornish Times this week. Copies are in reception!', 'school'],
    ['Year 6 council ballot results are in! Congratulations to our new reps.', 'school'],
    ['That was crossing the line, Year 9. Detentions for everyone involved. (Only joking, St Stephens, it was a lovely assembly.)', 'personal'],
  ] as const)('stays quiet on: %s', (text, account) => {
    expect(fires(text, account)).toBe(false);
  });
});

// Faith groups and the curriculum (first met in exploration rounds 43 to 46), in our own words.
describe('controversial: a row over what is taught', () => {
  it.each([
    'Some parents at SSCA want the RE unit on Sikhism dropped. I disagree and will say so at the governors meeting.',
    'People with placards outside SSCA this morning about the relationships curriculum. The children deserve to walk in without that.',
  ])('finds: %s', (text) => {
    expect(fires(text, 'personal')).toBe(true);
  });

  it.each([
    'Our RE unit on Sikhism ended with a visit to the gurdwara. Thank you to everyone at SSCA who helped!',
    'Year 6 made placards for the SSCA sports day relay. So much colour!',
    'The site team at SSCA want the old climbing frame removed before the new one arrives.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text, 'personal')).toBe(false);
  });
});

// The press judged, a ballot's vote got out, a party named at election time (first met in exploration rounds 47 to 50), in our own words.
describe('controversial: rounds 47 to 50', () => {
  it.each([
    "The Cornish Times piece on SSCA's Ofsted letter is lazy journalism from start to finish.",
    'NASUWT members at SSCA, the indicative ballot closes at noon on Friday. Please return yours.',
    'Turnout decides whether the action is lawful, so vote, SSCA colleagues.',
    'Vote how you like on Thursday, but remember which party shut the library next to SSCA.',
  ])('finds: %s', (text) => {
    expect(fires(text, 'personal')).toBe(true);
  });

  it.each([
    'Year 10 started their journalism unit at SSCA today, writing up sports day like the Cornish Times would.',
    'SSCA school council ballot closes on Friday. Year 6, get your votes in!',
    'Remember which party bus leaves first on Saturday: the SSCA Year 6 leavers one, at 6pm.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text, 'personal')).toBe(false);
  });
});

// A consultation answered one way, coverage judged twice over, a campaign to stop a lesson (rounds 51 to 54), in our own words.
describe('controversial: rounds 51 to 54', () => {
  it.each([
    'The consultation on Kernow Learning taking over the sixth form at SSCA ends on Monday. Respond and say no, please.',
    "The Cornish Times write-up of SSCA's results was sloppy, selective journalism.",
    'A petition and a campaign by some local parents to stop SSCA teaching about other faiths in RE. I will be at the meeting to back our teachers.',
  ])('finds: %s', (text) => {
    expect(fires(text, 'personal')).toBe(true);
  });

  it.each([
    'Mrs Pascoe is taking over the nursery class at SSCA after Easter. Welcome back!',
    "SSCA's consultation on the new lunch menu closes on Friday: respond and say yes to pizza Fridays!",
    'Our campaign to raise money for new SSCA football kits starts today!',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text, 'personal')).toBe(false);
  });
});

// Disputes first met in exploration rounds 55 to 58 (a new school), in our own words.
describe('controversial: rounds 55 to 58', () => {
  it.each([
    "A local church group is running a campaign to get SSCA to drop its sex education lessons. I'm with the school on this one.",
    'SSCA in the Cornish Chronicle Times again. If they knew what really went on at that sports day they would have a field day.',
  ])('finds: %s', (text) => {
    expect(fires(text, 'personal')).toBe(true);
  });

  it.each([
    'The council started a campaign to get drivers to stop idling outside SSCA at pick-up.',
    'So proud to see SSCA in the Cornish Times for the netball final!',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text, 'personal')).toBe(false);
  });
});

// Disputes first met in exploration rounds 59 to 62 (a second new school), in our own words.
describe('controversial: rounds 59 to 62', () => {
  it.each([
    'Ballot closes Monday. Our whole staffroom voted yes to strike action.',
    'Public meeting on Thursday about the proposal to move SSCA to the new diocesan trust. Come and make our case.',
    'Going to the An Daras consultation tonight? We need numbers if we want SSCA to stay where it is.',
    'Gutted that Jane Trelawny MP voted against free school meals for every child at SSCA.',
  ])('finds on a personal account: %s', (text) => {
    expect(fires(text, 'personal')).toBe(true);
  });

  it.each([
    "We're aware of the piece in this week's Cornish Times about the car park. We don't recognise the picture it paints.",
    "We're aware of the article in today's paper. We can't say more while the police are looking into it.",
  ])('finds a holding statement on the school account: %s', (text) => {
    expect(fires(text, 'school')).toBe(true);
  });

  it.each([
    "Year 6 have been historians this week, learning about the dockers' dispute of 1995. A grandad who stood on the picket line came in to answer questions.",
    'Learnt how to vote in our school council election today.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text, 'school')).toBe(false);
  });

  it("still hears the writer's own strike after a history lesson", () => {
    expect(fires("We learnt about the 1984 miners' strike in Year 9 at SSCA. I'll be on the picket line myself on Tuesday.", 'personal')).toBe(true);
  });
});

// Disputes first met in exploration rounds 63 to 66 (a third new school), in our own words.
describe('controversial: rounds 63 to 66', () => {
  it('finds the trust welcoming another school into its family on the school account', () => {
    expect(fires('Following the public meeting, An Daras remains committed to welcoming Pentire Primary into our family of schools.', 'school')).toBe(true);
  });

  it('finds coverage of the school called half the story', () => {
    expect(fires('I teach at SSCA and this article is missing half the story.', 'personal')).toBe(true);
  });
});

// Controversial matters first met in rounds 69 to 72, in our own words.
describe('controversial: rounds 69 to 72', () => {
  it.each([
    ['We stand with our teachers taking action on Wednesday. Fair pay is worth it.', 'school'],
    ["Rally outside the council offices on Saturday at noon for our pupils' funding. Bring a placard and your neighbours.", 'personal'],
    ['Some parents have kicked off on the village Facebook page, saying we should not be teaching about the mosque visit. RE covers every faith.', 'school'],
    ['I work at SSCA and your report this morning is missing half the facts.', 'personal'],
    ["Any journalists reading this: happy to talk off the record about what's really been going on at SSCA.", 'personal'],
  ] as const)('finds: %s', (text, account) => {
    expect(fires(text, account)).toBe(true);
  });

  it.each([
    'Year 6 are taking action on litter this week: the playground has never looked better.',
    'The match kicked off at three and the church field was packed.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
  });
});

// Controversial matters first met in rounds 73 to 76, in our own words.
describe('controversial: rounds 73 to 76', () => {
  it.each([
    ['Union rep hat on: if you work at SSCA, the ballot closes on Friday and every vote for action counts.', 'personal'],
    ['An Daras are taking the builders who put up the new SSCA science block to court over the leaks. Good.', 'personal'],
    ['Any reporters reading: happy to give you the staff side of the SSCA minibus story.', 'personal'],
  ] as const)('finds: %s', (text, account) => {
    expect(fires(text, account)).toBe(true);
  });

  it('stays quiet on a vote for a school council', () => {
    expect(fires('Year 8 vote for their school council reps on Friday. Every vote counts!')).toBe(false);
  });
});

// Controversial matters first met in rounds 77 to 80, in our own words.
describe('controversial: rounds 77 to 80', () => {
  it.each([
    ['Councillor Pengelly wants to cut the SSCA school bus. He should go at the next election.', 'personal'],
    ['Our head will join heads from across Cornwall at the fair funding rally on Saturday. Come and join us.', 'school'],
  ] as const)('finds: %s', (text, account) => {
    expect(fires(text, account)).toBe(true);
  });

  it('stays quiet on an election of prefects', () => {
    expect(fires('Head girl elections close on Friday: every candidate should go for it!')).toBe(false);
  });
});

// Trust and site changes first met in rounds 83 to 88, in our own words.
describe('controversial: rounds 83 to 88', () => {
  it.each([
    'Public meeting on Tuesday about the trust’s plan to move SSCA out to the old college site. Sign the petition.',
    'If SSCA gets folded into the ADMAT hub at Bodmin, we lose what makes it work. Petition link in the group.',
    'ADMAT picks its schools clean, and now it’s after Lanivet Primary. Parents, sign the petition.',
    'The trust has opened a consultation on closing the nursery at SSCA. Come to the meeting and have your say.',
    "Saw your callout for Cornish teachers. I work at SSCA and I'm happy to talk about the minibus story for your piece.",
    'Please sign the petition against SSCA joining the new super-trust.',
    'Public meeting on Thursday about the county plan to go two-tier and close SSCA. Come and have your say.',
    "I teach at SSCA and I'm asking everyone to respond to the two-tier consultation. Closing middle schools would rip the heart out of these villages.",
  ])('finds: %s', (text) => {
    expect(fires(text, 'personal')).toBe(true);
  });

  it.each([
    'We are moving Year 6 to the new building after half term; plans are on the website.',
    'Our new minibus is after the Easter holidays, fingers crossed.',
    'Year 9 are writing for the school paper and I am happy to talk about the story of the Windrush with them.',
    'The new two-tier bunk beds arrived for the residential, thank you PTA!',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text, 'personal')).toBe(false);
  });
});

// First met in rounds 99 and 101 (schools T and U), in our own words.
describe('controversial: rounds 99 to 102', () => {
  it.each([
    "Public meeting on Thursday about the trust's proposal to close the SSCA Penryn site. Come and have your say.",
    'Full village hall tonight for the meeting on An Daras’s plan to close our little school. Sign the petition.',
    'An Daras want to add a sixth form at SSCA. Village meeting at the church hall on Monday, come and make your voice heard.',
  ])('finds: %s', (text) => {
    expect(fires(text, 'personal')).toBe(true);
  });

  it.each([
    'A complaint from a parent in my class is being investigated by the trust. Cannot say more.',
    'Public meeting about the new bus timetable on Thursday at the village hall.',
  ])('stays quiet on: %s', (text) => {
    expect(fires(text, 'personal')).toBe(false);
  });
});

// Rounds 103 to 108: devolved politics and the unions of Scotland and Northern Ireland.
describe('controversial: rounds 103 to 108', () => {
  it.each([
    'Please write to your MLA before the budget vote: SSCA needs its classroom assistants back.',
    'Out with INTO on Thursday outside SSCA. Honk if you pass!',
    'Canvassers at the door tonight. Asked what their party would do for schools like SSCA and got a leaflet. They won’t be getting my vote.',
    'Our local MP says state boarding is a luxury. Come and meet the kids at SSCA. Remember it at the next election.',
  ])('finds: %s', (text) => {
    expect(fires(text, 'personal')).toBe(true);
  });
  it.each(['Out with the SSCA walking club on Thursday: lovely day on the moor.', 'Remember to bring your election posters for the SSCA school council on Monday!'])('stays quiet on: %s', (text) => {
    expect(fires(text, 'personal')).toBe(false);
  });
});

// Round 109: a public meeting on a trust's plan to cut the school's forms of entry.
describe('controversial: round 109', () => {
  it('finds the meeting', () => {
    expect(fires("Public meeting on Thursday at the community hall: An Daras's plan to cut SSCA down to two forms of entry. Come and have your say.", 'personal')).toBe(true);
  });
});

// Round 111: an opinion on the school's front-page story.
describe('controversial: round 111', () => {
  it('finds the front page with a side taken', () => {
    expect(fires('SSCA on the front of the Evening Post again over the phone ban. Personal views: the school got it right and the petition is misguided.', 'personal')).toBe(true);
  });
});
