/**
 * The engine's parts as they were before issue 8, kept only as `npm run bench`'s
 * baseline: each is timed beside its replacement in the same run, so the speed-up is
 * measured, not remembered. Nothing in the extension imports this file.
 *
 * - findLinks: walked back from every ".uk" of a dotted run to its start, and compared
 *   every link with every other (quadratic on ".uk.uk.uk…").
 * - the staff phrase index: re-sorted a first word's list on every insert (quadratic
 *   in the staff list: every name adds a dozen "Mrs …", "Mr …" phrases under one word).
 * - mergeFindings: compared every finding with every finding kept so far.
 */
import { phraseKeys } from '../../lib/text/phrases';
import { TITLES } from '../../lib/text/titles';
import type { LinkSpan } from '../../lib/text/tokens';
import { SEVERITY_RANK, type Finding, type RuleId } from '../../lib/types';

const EMAIL_LOCAL_CHAR = /[\p{L}\p{N}._%+'-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;
const EMAIL_AT_START = /^[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
const URL_ANCHOR = /\b(?:https?:\/\/|www\.)|\.(?:com|org|net|uk|io|co|edu|gov|info|example|ly|me|tv|app)\b/gu;
const BARE_DOMAIN = /^(?:[a-z0-9-]+\.)+(?:com|org|net|uk|io|co|edu|gov|info|example|ly|me|tv|app)(?:\/[^\s<>"]*)?$/u;
const PATH_AT_START = /^[^\s<>"]*/u;

export function naiveFindLinks(text: string): LinkSpan[] {
  const links: LinkSpan[] = [];
  const overlapsFound = (start: number, end: number) => links.some((l) => start < l.end && end > l.start);
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL_CHAR.test(text[start - 1]!)) start--;
    const m = EMAIL_AT_START.exec(text.slice(start, at + 256));
    if (m && start < at && !overlapsFound(start, start + m[0].length)) {
      links.push({ kind: 'email', start, end: start + m[0].length, text: m[0] });
    }
  }
  for (const anchor of text.matchAll(URL_ANCHOR)) {
    let start = anchor.index;
    if (anchor[0].startsWith('.')) {
      while (start > 0 && DOMAIN_CHAR.test(text[start - 1]!)) start--;
      if (start > 0 && /[@/]/.test(text[start - 1]!)) continue;
    }
    if (overlapsFound(start, anchor.index + anchor[0].length)) continue;
    const rest = PATH_AT_START.exec(text.slice(start, start + 2048))![0];
    const value = rest.replace(/[.,;:!?)\]'"]+$/u, '');
    if (anchor[0].startsWith('.') && !BARE_DOMAIN.test(value)) continue;
    if (value.length <= anchor[0].length) continue;
    links.push({ kind: 'url', start, end: start + value.length, text: value });
  }
  return links.sort((a, b) => a.start - b.start);
}

/** The staff index as it was built: phrases listed under their first word, re-sorted on every insert. */
export function naiveStaffIndex(names: readonly string[]): Map<string, { keys: string[]; value: number }[]> {
  const byFirstKey = new Map<string, { keys: string[]; value: number }[]>();
  const addKeys = (keys: string[], value: number) => {
    if (keys.length === 0) return;
    const list = byFirstKey.get(keys[0]!) ?? [];
    list.push({ keys, value });
    list.sort((a, b) => b.keys.length - a.keys.length);
    byFirstKey.set(keys[0]!, list);
  };
  const titles = new Set(TITLES);
  names.forEach((name, i) => {
    const keys = phraseKeys(name);
    const withoutTitle = keys.filter((k, at) => !(at === 0 && titles.has(k)));
    if (withoutTitle.length === 0) return;
    const surname = withoutTitle[withoutTitle.length - 1]!;
    if (withoutTitle.length >= 2) {
      addKeys(withoutTitle, i);
      addKeys([withoutTitle[0]!, surname], i);
      for (const title of TITLES) addKeys([title, ...withoutTitle], i);
    }
    for (const title of TITLES) addKeys([title, surname], i);
  });
  return byFirstKey;
}

const IDENTITY_PRECEDENCE: readonly RuleId[] = ['personal-data', 'no-consent-pupil', 'pupil-contact', 'pupil-name', 'staff-named'];

export function naiveMergeFindings(findings: Finding[]): Finding[] {
  const overlaps = (a: Finding, b: Finding) => a.start !== undefined && b.start !== undefined && a.start < b.end! && b.start < a.end!;
  const precedence = (f: Finding) => {
    const i = IDENTITY_PRECEDENCE.indexOf(f.rule as RuleId);
    return i === -1 ? Infinity : i;
  };
  const sorted = [...findings].sort(
    (a, b) =>
      precedence(a) - precedence(b) ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      (b.end ?? 0) - (b.start ?? 0) - ((a.end ?? 0) - (a.start ?? 0)),
  );
  const kept: Finding[] = [];
  for (const finding of sorted) {
    const sameRule = kept.find((k) => k.rule === finding.rule && overlaps(k, finding));
    if (sameRule) {
      sameRule.start = Math.min(sameRule.start!, finding.start!);
      sameRule.end = Math.max(sameRule.end!, finding.end!);
      continue;
    }
    if (finding.start === undefined && kept.some((k) => k.rule === finding.rule && k.start === undefined)) continue;
    const identity = precedence(finding) !== Infinity;
    if (identity && kept.some((k) => precedence(k) !== Infinity && overlaps(k, finding))) continue;
    kept.push(finding);
  }
  return kept.sort(
    (a, b) =>
      (a.start ?? -1) - (b.start ?? -1) ||
      (a.end ?? -1) - (b.end ?? -1) ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      a.rule.localeCompare(b.rule),
  );
}
