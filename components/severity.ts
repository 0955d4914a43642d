/** The three words for severity (docs/ux.md), each with an icon, never colour alone. */
import type { Severity } from '../lib/types';

export const SEVERITY_LABEL: Record<Severity, string> = { block: 'Must fix', warn: 'Check', info: 'Tip' };
export const SEVERITY_ICON: Record<Severity, string> = { block: '⛔', warn: '⚠️', info: 'ℹ️' };
export const SEVERITY_ORDER: readonly Severity[] = ['block', 'warn', 'info'];

export function worstSeverity(severities: Iterable<Severity>): Severity | null {
  const present = new Set(severities);
  return SEVERITY_ORDER.find((s) => present.has(s)) ?? null;
}
