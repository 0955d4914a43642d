/**
 * The three words for severity (docs/ux.md), each with an icon, never colour alone.
 * None is "Check": that is the product's name and a verb in its sentences.
 */
import type { Severity } from '../lib/types';

export const SEVERITY_LABEL: Record<Severity, string> = { block: 'Must fix', warn: 'Should fix', info: 'Tip' };
export const SEVERITY_ICON: Record<Severity, string> = { block: '⛔', warn: '⚠️', info: 'ℹ️' };
export const SEVERITY_ORDER: readonly Severity[] = ['block', 'warn', 'info'];

export function worstSeverity(severities: Iterable<Severity>): Severity | null {
  const present = new Set(severities);
  return SEVERITY_ORDER.find((s) => present.has(s)) ?? null;
}
