/** Every rule, in the order of spec/rules.md. A test checks each file here is listed. */
import type { Rule } from './rule';
import disclaimerMissing from './disclaimer-missing';

export const RULES: readonly Rule[] = [disclaimerMissing];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
