/**
 * The pure core's layers (docs/architecture.md, "Layers inside lib/"): a file in lib/
 * may import from its own layer or a layer below it, never from one above. The layer
 * of a file is the layer of its folder (or, at the top of lib/, of the file itself).
 * Type-only imports count too: they are how a newcomer reads what depends on what.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const lib = resolve(new URL('../../lib', import.meta.url).pathname);

/** Bottom first. A unit is a folder of lib/ (`text/`) or a file at its top (`engine.ts`). */
const LAYERS: readonly { name: string; units: readonly string[] }[] = [
  {
    name: 'foundation: shared vocabulary, limits and the policy text',
    // zod.ts is the project's one door to zod: every layer may use it.
    units: ['types.ts', 'finding.ts', 'limits.ts', 'extension-ids.ts', 'reveal-limits.ts', 'policy/', 'settings/zod.ts'],
  },
  { name: 'text: folding, tokens, phrases, patterns', units: ['text/'] },
  { name: 'the school: its pupils, its names, its settings', units: ['roster/', 'school/', 'settings/'] },
  { name: 'facts: the compiled policy and what several rules share about a draft', units: ['compiled-policy.ts', 'facts/'] },
  { name: 'rules: the built-in rules and the school’s own', units: ['rules/', 'custom-rules/'] },
  { name: 'engine', units: ['engine.ts'] },
  {
    name: 'edges: messages, the command line, managed policy, sites, images and the features around checking',
    units: [
      // The settings file as a whole: it carries logos (images) and names rules by title.
      'settings/export.ts',
      'account-kind.ts',
      'account-request.ts',
      'check-drafts.ts',
      'draft-line.ts',
      'history.ts',
      'late-night.ts',
      'managed/',
      'messaging.ts',
      'privacy-check.ts',
      'second-opinion.ts',
      'shortcut.ts',
      'tab-summary.ts',
      'images/',
      'sites/',
    ],
  },
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The unit a lib/ file belongs to: the most specific one listed (`settings/zod.ts` before `settings/`). */
function unitOf(file: string): string {
  const path = relative(lib, file);
  if (LAYERS.some((layer) => layer.units.includes(path))) return path;
  return path.includes('/') ? `${path.split('/')[0]}/` : path;
}

function layerOf(unit: string): number {
  return LAYERS.findIndex((layer) => layer.units.includes(unit));
}

/** Every relative import of a file: `import … from`, `export … from`, `import(…)`; type-only ones too unless `runtimeOnly`. */
function importsOf(file: string, runtimeOnly = false): string[] {
  const text = readFileSync(file, 'utf8');
  const statements = [...text.matchAll(/^\s*((?:import|export)\b[^;]*?)\bfrom\s*['"]([^'"]+)['"]/gm)]
    .filter((m) => !runtimeOnly || !/^(?:import|export)\s+type\b/.test(m[1]!))
    .map((m) => m[2]!);
  const dynamic = [...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
  return [...statements, ...dynamic].filter((s) => s.startsWith('.')).map((s) => resolveImport(dirname(file), s));
}

function resolveImport(from: string, specifier: string): string {
  const base = resolve(from, specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return base;
}

describe("lib/'s layers", () => {
  const files = filesUnder(lib);

  it('places every folder and top-level file of lib/ in a layer', () => {
    const unplaced = [...new Set(files.map(unitOf))].filter((unit) => layerOf(unit) === -1);
    expect(unplaced).toEqual([]);
  });

  it('reads the imports it checks', () => {
    const engine = importsOf(join(lib, 'engine.ts'));
    expect(engine).toContain(join(lib, 'rules/index.ts'));
    expect(engine).toContain(join(lib, 'types.ts'));
  });

  it.each(files.map((file) => relative(lib, file)))('lib/%s imports nothing from a layer above its own', (path) => {
    const file = join(lib, path);
    const own = layerOf(unitOf(file));
    const upward = importsOf(file)
      .filter((target) => target.startsWith(`${lib}/`))
      .filter((target) => layerOf(unitOf(target)) > own)
      .map((target) => `${relative(lib, target)} (${LAYERS[layerOf(unitOf(target))]!.name})`);
    expect(upward, `lib/${path} is in "${LAYERS[own]?.name}"`).toEqual([]);
  });

  // Type-only imports may meet in a circle (lib/types.ts re-exports the Finding type that
  // finding.ts infers from a schema built on types.ts's values); code may not.
  it('has no circle of code between two parts of lib/, even within a layer', () => {
    const edges = new Map<string, Set<string>>();
    for (const file of files) {
      const from = unitOf(file);
      for (const target of importsOf(file, true)) {
        const to = unitOf(target);
        if (target.startsWith(`${lib}/`) && to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (unit: string, path: string[]) => {
      if (state.get(unit) === 'done') return;
      if (state.get(unit) === 'open') {
        circles.push([...path.slice(path.indexOf(unit)), unit].join(' → '));
        return;
      }
      state.set(unit, 'open');
      for (const next of edges.get(unit) ?? []) visit(next, [...path, unit]);
      state.set(unit, 'done');
    };
    for (const unit of edges.keys()) visit(unit, []);
    expect(circles).toEqual([]);
  });

  it('never leaves lib/: the core imports no component, util or entry point', () => {
    const outside = files.flatMap((file) => importsOf(file).filter((target) => !target.startsWith(`${lib}/`)).map((target) => `${relative(lib, file)} → ${relative(lib, target)}`));
    expect(outside).toEqual([]);
  });
});
