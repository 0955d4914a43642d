/**
 * The repository stands alone: a clone with nothing beside it runs every test. No test,
 * script or document may read or point at files outside the repository.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const OUTSIDE = /(?:\.\.\/)+shared\b|\bshared\/(?:corpus|spec|policy|data)\b/;

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(join(root, path)).isDirectory() ? files(path) : [path];
  });
}

describe('the repository stands alone', () => {
  const checked = ['tests', 'scripts', 'lib', 'entrypoints', 'components', 'utils', 'docs']
    .flatMap(files)
    .concat(['README.md', 'package.json'])
    .filter((file) => /\.(?:ts|tsx|js|mjs|json|md|html|txt|csv|jsonl)$/.test(file));

  it('looks at the files a contributor reads', () => {
    expect(checked).toContain('README.md');
    expect(checked.some((file) => file.startsWith('tests/'))).toBe(true);
  });

  it.each(checked)('%s names nothing outside the repository', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const line = text.split('\n').findIndex((l) => OUTSIDE.test(l));
    expect(line === -1 ? null : `${relative(root, join(root, file))}:${line + 1}`).toBeNull();
  });
});
