/**
 * The three words for severity (docs/ux.md), each with an icon, never colour alone.
 * The words and the order are lib/types.ts's (SEVERITY_LABELS, SEVERITIES), named
 * here as the UI has always used them. None is "Check": that is the product's name and
 * a verb in its sentences.
 */
import { SEVERITIES, SEVERITY_LABELS, type Severity } from '../lib/types';

export const SEVERITY_LABEL = SEVERITY_LABELS;
/** Strongest first. */
export const SEVERITY_ORDER: readonly Severity[] = SEVERITIES;

export function worstSeverity(severities: Iterable<Severity>): Severity | null {
  const present = new Set(severities);
  return SEVERITIES.find((s) => present.has(s)) ?? null;
}
