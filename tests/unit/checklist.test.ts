import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKLIST, checklistKey, tickableKeys } from '../../lib/policy/checklist';
import { RULE_IDS } from '../../lib/types';

const policyText = readFileSync(new URL('../../lib/policy/ssca-social-media-policy.txt', import.meta.url), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const items = CHECKLIST.flatMap((group) => group.items.map((item) => [checklistKey(group, item), item] as const));

describe('the policy checklist', () => {
  it('groups the policy as the policy groups it', () => {
    expect(CHECKLIST.map((g) => g.title)).toEqual([
      'Before you post',
      'Images',
      'Personal accounts',
      'School accounts: do',
      "School accounts: don't",
    ]);
  });

  it.each(items)('%s quotes the policy word for word, under a heading the policy has', (_key, item) => {
    for (const clause of item.clauses) {
      expect(squash(policyText)).toContain(squash(clause.quote));
      expect(policyText.replace('The Do’s', "The Do's")).toContain(clause.section);
    }
  });

  it.each(items)('%s is one short line', (_key, item) => {
    expect(item.text.length).toBeLessThanOrEqual(70);
    expect(item.text).not.toMatch(/student/i);
    // Sentence case: only the first letter of the line is a capital, apart from names.
    expect(item.text[0]).toBe(item.text[0]!.toUpperCase());
  });

  it('covers every Do, every Don\'t and every line of the personal-use appendix', () => {
    const quoted = new Set(CHECKLIST.flatMap((g) => g.items.flatMap((i) => i.clauses.map((c) => squash(c.quote)))));
    const section = (from: string, to: string) => policyText.slice(policyText.indexOf(from), policyText.indexOf(to));
    const bullets = (text: string) =>
      text
        .split('\n')
        .filter((line) => line.startsWith('- '))
        .map((line) => squash(line.slice(2)));
    const dos = bullets(section('The Do’s', "The Don'ts"));
    const donts = bullets(section("The Don'ts", 'This policy will be shared'));
    const appendix = bullets(section('Managing your personal use', 'Managing school social media accounts'));
    expect(dos).toHaveLength(10);
    expect(donts).toHaveLength(6);
    expect(appendix).toHaveLength(10);
    for (const line of [...dos, ...donts, ...appendix]) expect([...quoted].some((q) => q.includes(line) || line.includes(q)), line).toBe(true);
  });

  it('names only real rule IDs', () => {
    for (const [, item] of items) for (const rule of item.rules ?? []) expect(RULE_IDS).toContain(rule);
  });

  it('keeps keys unique, and lets the user tick "before you post" and image items only', () => {
    const keys = items.map(([key]) => key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(tickableKeys().every((k) => k.startsWith('before-you-post/') || k.startsWith('images/'))).toBe(true);
    expect(tickableKeys().length).toBeGreaterThan(8);
  });
});
