/** A draft folded and tokenised once, shared by every rule that checks it. */
import type { Draft, RuleAccountKind } from '../types';
import { fold, toSourceSpan, type FoldedText } from './normalise';
import { findLinks, tokenise, type LinkSpan, type Span, type Token } from './tokens';

export interface PreparedDraft {
  readonly draft: Draft;
  /** The account kind rules apply: `unknown` is checked as `personal`, the stricter case. */
  readonly kind: RuleAccountKind;
  readonly folded: FoldedText;
  readonly tokens: readonly Token[];
  readonly links: readonly LinkSpan[];
}

export function prepareDraft(draft: Draft): PreparedDraft {
  const folded = fold(draft.text);
  const links = findLinks(folded.text);
  return {
    draft,
    kind: draft.account === 'school' ? 'school' : 'personal',
    folded,
    tokens: tokenise(folded, links),
    links,
  };
}

/**
 * The folded text a pattern runs on: `plain` (one byte per character, the same matches,
 * always the fast kind of string; see `FoldedText.plain`), or, for a `u` pattern, which
 * may look for particular characters above U+00FF, the folded characters themselves.
 */
export function subjectFor(prepared: PreparedDraft, pattern: RegExp): string {
  return pattern.unicode ? prepared.folded.text : prepared.folded.plain;
}

/** The span of the draft as typed that a span of the folded text came from. */
export function sourceSpan(prepared: PreparedDraft, start: number, end: number): Span {
  const [s, e] = toSourceSpan(prepared.folded, start, end);
  return { start: s, end: e };
}

export interface TextMatch extends Span {
  /** The regular-expression match on the folded text. */
  match: RegExpMatchArray;
}

/**
 * Every match of a pattern written for folded text (lower case, plain letters, `'`
 * for every apostrophe), with spans mapped back to the draft as typed.
 */
export function matchFolded(prepared: PreparedDraft, pattern: RegExp): TextMatch[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + 'g');
  const out: TextMatch[] = [];
  for (const match of subjectFor(prepared, pattern).matchAll(global)) {
    if (match[0].length === 0) continue;
    out.push({ ...sourceSpan(prepared, match.index!, match.index! + match[0].length), match });
  }
  return out;
}
