/**
 * Checking and tidying what a policy lead types into the settings page, before the
 * settings file's own validation: plain-English reasons that name the line.
 */
import { DISCLAIMER_MAX_LENGTH } from '../limits';
import type { Site } from '../types';

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** An email address as a person would type one: a name, an @, a domain with a dot. */
export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value.trim());
}

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** `https://www.ststephens.example/about` → `ststephens.example`. */
export function normaliseWebsite(input: string): Checked<string | undefined> {
  const text = input.trim();
  if (text === '') return { ok: true, value: undefined };
  const host = text
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/[/?#].*$/, '')
    .replace(/^www\./i, '')
    .toLowerCase();
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return { ok: false, reason: `“${text}” doesn't look like a website address (for example ststephens.sch.uk).` };
  return { ok: true, value: host };
}

/** The school's published phone numbers and email addresses. */
export function checkPublicContacts(lines: string[]): Checked<string[]> {
  for (const [index, line] of lines.entries()) {
    const isEmail = line.includes('@');
    if (isEmail ? !isEmailAddress(line) : line.replace(/\D/g, '').length < 6 || /[a-z]/i.test(line)) {
      return { ok: false, reason: `Line ${index + 1}, “${line}”, isn't a phone number or an email address.` };
    }
  }
  return { ok: true, value: lines };
}

export function normaliseHashtags(lines: string[]): Checked<string[]> {
  const out: string[] = [];
  for (const [index, line] of lines.entries()) {
    const tag = line.startsWith('#') ? line : `#${line}`;
    if (!/^#[\p{L}\p{N}_]+$/u.test(tag)) {
      return { ok: false, reason: `Line ${index + 1}, “${line}”: a hashtag is one word of letters, numbers or _ (no spaces).` };
    }
    out.push(tag);
  }
  return { ok: true, value: out };
}

/** X handles get their @; Facebook and LinkedIn accounts are names, kept as typed. */
export function normaliseHandles(site: Site, lines: string[]): Checked<string[]> {
  if (site !== 'x') return { ok: true, value: lines };
  const out: string[] = [];
  for (const [index, line] of lines.entries()) {
    const handle = line.startsWith('@') ? line : `@${line}`;
    if (!/^@[A-Za-z0-9_]{1,15}$/.test(handle)) {
      return { ok: false, reason: `Line ${index + 1}, “${line}”: an X handle is up to 15 letters, numbers or _, like @StStephensCA.` };
    }
    out.push(handle);
  }
  return { ok: true, value: out };
}

/** The disclaimer's own rule: not empty and short enough to fit in a post on every site. */
export function disclaimerProblem(text: string): string | null {
  const length = text.trim().length;
  if (length === 0) return "Write a disclaimer: it can't be empty.";
  if (length > DISCLAIMER_MAX_LENGTH) {
    return `The disclaimer is ${length} characters long. It needs to fit in a post: ${DISCLAIMER_MAX_LENGTH} characters at most.`;
  }
  return null;
}
