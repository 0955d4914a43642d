import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAUSES } from '../../lib/policy/clauses';
import { RULES } from '../../lib/rules';
import { RULE_IDS } from '../../lib/types';

const policyText = readFileSync(new URL('../../lib/policy/ssca-social-media-policy.txt', import.meta.url), 'utf8');
const rulesSpec = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
/** The policy wraps some sentences over blank lines; compare on single spaces. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the policy the rules rest on', () => {
  it.each(Object.entries(CLAUSES))('quotes %s word for word from the policy', (_name, clause) => {
    expect(squash(policyText)).toContain(squash(clause.quote));
    expect(policyText).toContain(clause.section.replace('’', "'").replace("The Do's", 'The Do’s'));
  });
});

describe('the rule registry', () => {
  // A rule is `lib/rules/<id>.ts` (a small rule) or `lib/rules/<id>/index.ts` (a rule with files of its own).
  const rulesDir = new URL('../../lib/rules/', import.meta.url);
  const entries = readdirSync(rulesDir, { withFileTypes: true });
  const folders = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  const ruleModules = [
    ...entries.filter((e) => e.isFile() && /^[a-z-]+\.ts$/.test(e.name) && !['index.ts', 'rule.ts'].includes(e.name)).map((e) => e.name.replace(/\.ts$/, '')),
    ...folders,
  ].sort();

  it.each(folders)('gives the rule folder %s an index.ts holding the rule', (folder) => {
    expect(existsSync(new URL(`${folder}/index.ts`, rulesDir))).toBe(true);
  });

  it.each(ruleModules)('registers every rule under its file name: %s', async (id) => {
    const module = (await import(`../../lib/rules/${id}`)) as { default: (typeof RULES)[number] };
    expect(module.default.id).toBe(id);
    expect(RULES).toContain(module.default);
  });

  it('has a file or folder for every registered rule', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(ruleModules);
  });

  it('has exactly one rule per ID in rules.md, each with tests', () => {
    const testFiles = readdirSync(new URL('../rules/', import.meta.url));
    for (const id of RULE_IDS) {
      expect(rulesSpec, id).toContain(`\`${id}\``);
      expect(RULES.filter((r) => r.id === id), id).toHaveLength(1);
      expect(testFiles.some((f) => f.startsWith(`${id}.`)), `tests/rules/${id}.test.ts`).toBe(true);
    }
  });

  it('gives every rule a policy clause, a title and a default severity', () => {
    for (const rule of RULES) {
      expect(rule.clauses.length, rule.id).toBeGreaterThan(0);
      expect(rule.title.length, rule.id).toBeGreaterThan(10);
      expect(Object.keys(rule.severity).length, rule.id).toBeGreaterThan(0);
    }
  });
});
