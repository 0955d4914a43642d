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
  ])('does not warn on factual notices and everyday words: %s', (text) => {
    expect(fires(text)).toBe(false);
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
