import { describe, expect, it } from 'vitest';
import { makePolicy, rulesFor } from '../helpers';

const has = (text: string, account: 'personal' | 'school' | 'unknown' = 'personal', extra = {}, policy?: ReturnType<typeof makePolicy>) =>
  rulesFor(text, account, extra, policy).includes('disclaimer-missing');

describe('disclaimer-missing', () => {
  it.each([
    "Proud of everyone at St Stephen's today.",
    'Saint Stephens choir was wonderful tonight.',
    'Christmas fair at SSCA on Saturday!',
    'Great CPD with colleagues across ADMAT.',
    'Loving the #TeamStStephens spirit today',
    'My class were superstars today.',
    'Our Year 6 leavers were amazing.',
    'My lovely class made me cry today.',
    'I teach at a primary school in Launceston and love it.',
    'Marking in the staffroom with my colleagues.',
    'My Y6s were superstars at the gala.',
    'Our Year 6s smashed their SATs.',
  ])('asks for a disclaimer on a personal post: %s', (text) => {
    expect(has(text)).toBe(true);
    expect(has(text, 'unknown')).toBe(true);
  });

  it.each([
    'My head hurts after that run.',
    'Lovely day at work today.',
    'SLT were out all day.',
    'Cracking start to half term.',
    'Her new school sounds lovely.',
    'Our Year was a busy one.',
    "Sunset over St Michael's Mount.",
  ])('does not treat everyday words as mentioning the school: %s', (text) => {
    expect(has(text)).toBe(false);
  });

  it.each([
    "Proud of St Stephen's. Views are my own and not those of St Stephens Community Academy.",
    "Proud of St Stephen's. Views are my own and not those of St Stephen's Community Academy",
    'Proud of St Stephens. Views are my own, not those of St Stephens Community Academy',
    'Proud of SSCA. Views my own.',
    'Proud of SSCA. Opinions are my own.',
    'Proud of SSCA (all views mine)',
    'Writing as a parent, not on behalf of SSCA: great fair.',
    'Proud of SSCA. Personal views, obviously.',
    'Proud of SSCA. Tweets are my own.',
    'Proud of SSCA. Speaking for myself, of course.',
  ])('accepts the configured disclaimer, small edits and standard phrases: %s', (text) => {
    expect(has(text)).toBe(false);
  });

  it('finds an edited copy of the configured text inside a long post', () => {
    const filler = 'We had a lovely time at the beach and the weather held. '.repeat(80);
    const text = `${filler}So proud of St Stephen's. ${filler}Views are my own & not those of St Stephen’s Community Academy!! ${filler}`;
    expect(has(text)).toBe(false);
    expect(has(`${filler}So proud of St Stephen's. ${filler}`)).toBe(true);
  });

  it('does not count the school named inside the disclaimer as a mention', () => {
    expect(has('Lovely walk today. Views are my own and not those of St Stephens Community Academy.')).toBe(false);
    expect(rulesFor('Vote Labour on Thursday! Views are my own and not those of St Stephens Community Academy.')).not.toContain('controversial');
  });

  it('never applies to the school account', () => {
    expect(has("Welcome back to St Stephen's!", 'school')).toBe(false);
  });

  it('is satisfied by a profile marked as carrying the disclaimer', () => {
    const policy = makePolicy({ disclaimer: { text: 'Views my own.', inProfile: [{ site: 'x', handle: '@msjones' }] } });
    expect(has("Welcome back to St Stephen's!", 'personal', { handle: '@MsJones' }, policy)).toBe(false);
    expect(has("Welcome back to St Stephen's!", 'personal', { handle: '@someoneelse' }, policy)).toBe(true);
  });

  it('offers to insert the disclaimer', async () => {
    const { check } = await import('../helpers');
    const [finding] = check("Welcome back to St Stephen's!").filter((f) => f.rule === 'disclaimer-missing');
    expect(finding).toMatchObject({ severity: 'warn', fix: 'insert-disclaimer' });
    expect(finding!.start).toBeUndefined();
    expect(finding!.policy).toContain('appropriate disclaimer');
  });
});

// Round 90: in Liverpool "our kid" is a brother or sister.
describe('disclaimer-missing: one kid, not our kids', () => {
  it('reads "our kid\'s" as one person\'s, and "our kids" and "our pupils\'" as work', () => {
    expect(has("Our kid's made a pan of scouse for the whole street.")).toBe(false);
    expect(has('Our kids were brilliant in assembly today.')).toBe(true);
    expect(has("Our pupils' art is up in the library.")).toBe(true);
    expect(has("Our school's sports day was brilliant.")).toBe(true);
    expect(has("Our class's poems are on the wall.")).toBe(true);
  });
});
