/**
 * npm run check-drafts -- --settings settings.json [--roster pupils.csv] [--staff staff.txt] drafts.jsonl
 *
 * Prints one JSON line per draft, in input order, and exits 0; on a bad input prints
 * one line naming the file, line and field to standard error and exits 2. Warnings
 * (a settings field this version does not read, skipped lines of the staff list or
 * pupil list) go to standard error too, one sentence a line, and do not stop the run.
 * See docs/check-drafts.md.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkDraftsFile, InputError, loadPolicyWithWarnings } from '../lib/check-drafts';

const USAGE = 'usage: npm run check-drafts -- --settings settings.json [--roster pupils.csv] [--staff staff.txt] drafts.jsonl|-';

function read(name: string): Buffer {
  try {
    return name === '-' ? readFileSync(0) : readFileSync(name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission was refused' : String(error);
    throw new InputError(name, `this file cannot be read: ${why}.`);
  }
}

const OPTIONS = { settings: { type: 'string' }, roster: { type: 'string' }, staff: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

function main(argv: string[]): number {
  let args: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    args = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    process.stderr.write(`check-drafts: ${(error as Error).message.replace(/\.?$/, '.')}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.settings || positionals.length !== 1) {
    process.stderr.write(
      `check-drafts: ${!values.settings ? 'the --settings option is missing: give the settings file to check the drafts against.' : 'give exactly one drafts file, or - to read the drafts from standard input.'}\n${USAGE}\n`,
    );
    return 2;
  }
  try {
    const { policy, warnings } = loadPolicyWithWarnings({
      settings: { name: values.settings, content: new Uint8Array(read(values.settings)) },
      roster: values.roster ? { name: values.roster, content: new Uint8Array(read(values.roster)) } : undefined,
      staff: values.staff ? { name: values.staff, content: new Uint8Array(read(values.staff)) } : undefined,
    });
    const draftsName = positionals[0]!;
    const results = checkDraftsFile({ name: draftsName === '-' ? '(standard input)' : draftsName, content: new Uint8Array(read(draftsName)) }, policy);
    for (const warning of warnings) process.stderr.write(`check-drafts: warning: ${warning}\n`);
    process.stdout.write(results.map((r) => JSON.stringify(r)).join('\n') + (results.length > 0 ? '\n' : ''));
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`check-drafts: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
