import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/engine';
import rule from '../../lib/rules/disrepute';
import type { AccountKind } from '../../lib/types';
import { makePolicy } from '../helpers';

const policy = makePolicy();
const findings = (text: string, account: AccountKind = 'personal', settings = policy) =>
  checkDraft({ text, site: 'x', account }, settings, [rule]);
const fires = (text: string, account: AccountKind = 'personal') => findings(text, account).length > 0;
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
  ])('fires on: %s', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    // Praise and neutral mentions
    'St Stephen\'s is the best school in Cornwall!',
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
  ])('stays quiet on: %s', (text) => {
    expect(fires(text)).toBe(false);
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
