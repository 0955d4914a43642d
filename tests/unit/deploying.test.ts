/**
 * What IT admins get: managed_schema.json (as Chrome requires it and covering every
 * setting), the fixed extension ID (it is the one the committed key gives), and every
 * example in docs/deploying.md, read from the same files the document points to, each
 * checked against the schema and against Post Check's own field-by-field checks.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_EXTENSION_ID, CHROMIUM_PUBLIC_KEY, GECKO_ID } from '../../lib/extension-ids';
import { parseManagedPolicy } from '../../lib/managed/policy';
import { LOCKABLE_IDS, MANAGED_FIELDS } from '../../lib/managed/fields';
import { managedSchema, type ChromeSchema } from '../../lib/managed/schema';
import { settingsSchema } from '../../lib/settings/schema';
import { RULE_IDS } from '../../lib/types';

const ROOT = process.cwd();
const EXAMPLES = path.join(ROOT, 'docs', 'examples');
const example = (name: string) => readFileSync(path.join(EXAMPLES, name), 'utf8');
const exampleJson = (name: string) => JSON.parse(example(name));
const REFERENCE = exampleJson('managed-settings.json');

/** Validates a value against the JSON Schema subset Chrome uses for managed storage. */
function validate(value: unknown, schema: ChromeSchema, at = '(policy)'): string[] {
  const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value;
  if (kind !== schema.type) return [`${at}: expected ${schema.type}, got ${kind}`];
  const errors: string[] = [];
  if (schema.enum && !schema.enum.includes(value as string | number)) errors.push(`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (schema.type === 'array') (value as unknown[]).forEach((item, i) => errors.push(...validate(item, schema.items!, `${at}[${i}]`)));
  if (schema.type === 'object') {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const sub = schema.properties?.[key] ?? schema.additionalProperties;
      if (!sub) errors.push(`${at}.${key}: not in the schema`);
      else errors.push(...validate(item, sub, `${at}.${key}`));
    }
  }
  return errors;
}

/** Checks a managed configuration the way Chrome and then Post Check would. */
function expectValidConfig(config: unknown): void {
  expect(validate(config, managedSchema())).toEqual([]);
  expect(parseManagedPolicy(config).problems).toEqual([]);
  expect(config).toEqual(REFERENCE);
}

/** Reads a .reg file: each key's values, strings unescaped, dwords as numbers. */
function readRegFile(text: string): Map<string, Record<string, string | number>> {
  const keys = new Map<string, Record<string, string | number>>();
  let current: Record<string, string | number> | null = null;
  for (const line of text.split(/\r?\n/)) {
    const key = /^\[(.+)\]$/.exec(line);
    if (key) keys.set(key[1]!, (current = {}));
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/i.exec(line);
    if (value && current) current[value[1]!] = value[2] !== undefined ? value[2].replace(/\\(.)/g, '$1') : parseInt(value[3]!, 16);
  }
  return keys;
}

/** Chrome converts a registry string to a group of fields or a list when the schema says so. */
function fromRegistry(values: Record<string, string | number>): Record<string, unknown> {
  const properties = managedSchema().properties!;
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      const type = properties[name]?.type;
      return [name, (type === 'object' || type === 'array') && typeof value === 'string' ? JSON.parse(value) : value];
    }),
  );
}

describe('managed_schema.json', () => {
  const schema = managedSchema();

  it('is a schema Chrome accepts: an object at the top with no additionalProperties, one type everywhere, known words only', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    const known = new Set(['type', 'title', 'description', 'properties', 'additionalProperties', 'items', 'enum']);
    const walk = (node: ChromeSchema, at: string) => {
      expect(['object', 'array', 'string', 'integer', 'boolean'], at).toContain(node.type);
      for (const key of Object.keys(node)) expect(known.has(key), `${at}.${key}`).toBe(true);
      for (const [key, sub] of Object.entries(node.properties ?? {})) walk(sub, `${at}.${key}`);
      if (node.items) walk(node.items, `${at}[]`);
      if (node.additionalProperties) walk(node.additionalProperties, `${at}.*`);
    };
    walk(schema, '(top)');
  });

  it('covers every field of the settings file, every check and every lock', () => {
    // Every object field of the settings schema, by path, must be in the managed schema.
    const fields = (node: { _zod: { def: Record<string, unknown> } }, at: string): string[] => {
      const def = node._zod.def as { type: string; shape?: Record<string, never>; innerType?: never };
      if (def.type === 'optional' || def.type === 'default') return fields(def.innerType!, at);
      if (def.type !== 'object') return [];
      return Object.entries(def.shape!).flatMap(([key, sub]) => [`${at}${key}`, ...fields(sub, `${at}${key}.`)]);
    };
    const schemaPaths = (node: ChromeSchema, at: string): string[] =>
      Object.entries(node.properties ?? {}).flatMap(([key, sub]) => [`${at}${key}`, ...(key === 'rules' ? [] : schemaPaths(sub, `${at}${key}.`))]);
    const settingsPaths = fields(settingsSchema as never, '');
    expect(settingsPaths.length).toBeGreaterThan(10);
    expect(schemaPaths(schema, '')).toEqual(expect.arrayContaining(settingsPaths));
    expect(Object.keys(schema.properties!.rules!.properties!)).toEqual([...RULE_IDS]);
    expect(schema.properties!.locked!.items!.enum).toEqual(LOCKABLE_IDS);
    expect(schema.properties!.mode!.enum).toEqual(['advise', 'hold']);
    // Every field the settings page edits can be locked.
    for (const field of MANAGED_FIELDS) expect(LOCKABLE_IDS).toContain(field.id);
  });

  it('accepts a whole exported settings file as a policy', () => {
    const file = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'data', 'sample-school', 'settings.json'), 'utf8'));
    expect(validate(file, schema)).toEqual([]);
    expect(parseManagedPolicy(file).problems).toEqual([]);
  });

  it('refuses what Chrome would drop', () => {
    expect(validate({ mode: 'gentle' }, schema)).toEqual(['(policy).mode: "gentle" is not one of advise, hold']);
    expect(validate({ disclaimer: { text: 7 } }, schema)).toEqual(['(policy).disclaimer.text: expected string, got integer']);
    expect(validate({ colour: 'blue' }, schema)).toEqual(['(policy).colour: not in the schema']);
  });
});

describe('the fixed extension ID', () => {
  it('is the one the manifest key gives (first 128 bits of its SHA-256, written a–p)', () => {
    const hash = createHash('sha256').update(Buffer.from(CHROMIUM_PUBLIC_KEY, 'base64')).digest('hex').slice(0, 32);
    expect([...hash].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('')).toBe(CHROMIUM_EXTENSION_ID);
  });

  it('is a public key only: no private key is committed', () => {
    expect(Buffer.from(CHROMIUM_PUBLIC_KEY, 'base64').length).toBeLessThan(600);
    expect(CHROMIUM_PUBLIC_KEY).not.toMatch(/PRIVATE/);
  });
});

describe('the examples in docs/deploying.md', () => {
  const doc = readFileSync(path.join(ROOT, 'docs', 'deploying.md'), 'utf8');

  it('are the files the document points to, naming the fixed IDs', () => {
    for (const name of ['managed-settings.json', 'google-admin-console.json', 'chrome-linux-policy.json', 'edge-windows.reg', 'intune-oma-uri.json', 'firefox-policies.json']) {
      expect(doc).toContain(`examples/${name}`);
    }
    expect(doc).toContain(CHROMIUM_EXTENSION_ID);
    expect(doc).toContain(GECKO_ID);
  });

  it('the managed configuration itself', () => {
    expectValidConfig(REFERENCE);
  });

  it('Google Admin console, "Policy for extensions": each setting wrapped in {"Value": …}', () => {
    const admin = exampleJson('google-admin-console.json') as Record<string, { Value: unknown }>;
    for (const entry of Object.values(admin)) expect(Object.keys(entry)).toEqual(['Value']);
    expectValidConfig(Object.fromEntries(Object.entries(admin).map(([key, entry]) => [key, entry.Value])));
  });

  it('Chrome on Linux: force-installed from the school’s update URL, configured under 3rdparty', () => {
    const policy = exampleJson('chrome-linux-policy.json');
    expect(policy.ExtensionSettings[CHROMIUM_EXTENSION_ID].installation_mode).toBe('force_installed');
    expectValidConfig(policy['3rdparty'].extensions[CHROMIUM_EXTENSION_ID]);
  });

  it('Edge on Windows, registry: force-installed, configured with JSON text values', () => {
    const reg = readRegFile(example('edge-windows.reg'));
    expect(example('edge-windows.reg').startsWith('Windows Registry Editor Version 5.00')).toBe(true);
    const forcelist = reg.get('HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\ExtensionInstallForcelist')!;
    expect(String(forcelist['1'])).toMatch(new RegExp(`^${CHROMIUM_EXTENSION_ID};https://`));
    const values = reg.get(`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${CHROMIUM_EXTENSION_ID}\\policy`)!;
    expectValidConfig(fromRegistry(values));
  });

  it('Intune, OMA-URI: Edge’s force-install list with the fixed ID', () => {
    const [row] = exampleJson('intune-oma-uri.json');
    expect(row.omaUri).toBe('./Device/Vendor/MSFT/Policy/Config/Edge~Policy~microsoft_edge~Extensions/ExtensionInstallForcelist');
    expect(row.dataType).toBe('String');
    expect(row.value).toBe(`<enabled/><data id="ExtensionInstallForcelistDesc" value="1&#xF000;${CHROMIUM_EXTENSION_ID};https://apps.school.example/post-check/updates.xml"/>`);
  });

  it('Firefox policies.json: force-installed, configured under 3rdparty.Extensions with the gecko ID', () => {
    const { policies } = exampleJson('firefox-policies.json');
    expect(policies.ExtensionSettings[GECKO_ID].installation_mode).toBe('force_installed');
    expectValidConfig(policies['3rdparty'].Extensions[GECKO_ID]);
  });
});
