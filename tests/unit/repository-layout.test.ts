/**
 * Scripts and tests share helpers through support/ and never import each other, so a
 * change to a test cannot break a command and a command's file cannot be deleted from
 * under a test. support/ itself imports neither (it may read test data files).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(new URL('../..', import.meta.url).pathname);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'dist') return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Where each relative import of a file points, as a path from the repository root. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|vi\.mock\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1] ?? '');
  return specs.map((spec) => relative(root, resolve(dirname(file), spec)));
}

const topOf = (path: string) => path.split('/')[0];

const FORBIDDEN: Record<string, string[]> = {
  scripts: ['tests'],
  tests: ['scripts'],
  support: ['scripts', 'tests'],
};

describe('scripts, tests and support/', () => {
  for (const [folder, forbidden] of Object.entries(FORBIDDEN)) {
    it(`${folder}/ imports nothing from ${forbidden.join(' or ')}/`, () => {
      const files = sources(join(root, folder));
      expect(files.length).toBeGreaterThan(0);
      const crossing = files.flatMap((file) =>
        importsOf(file)
          .filter((target) => forbidden.includes(topOf(target) ?? ''))
          .map((target) => `${relative(root, file)} → ${target}`),
      );
      expect(crossing).toEqual([]);
    });
  }

  it('sees an import that crosses (the check reads real import lines)', () => {
    const bench = importsOf(join(root, 'scripts', 'bench-browser.ts'));
    expect(bench.some((target) => target.startsWith('support/browser/'))).toBe(true);
  });
});
