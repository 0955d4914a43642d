/**
 * Complaints about the workplace's internals: its leaders, colleagues, workload, pay,
 * conditions or decisions ("SLT have no idea", "third year without a pay rise").
 * Shared by `internal-grievance` (the complaint itself) and `staff-named` (a member of
 * staff named alongside a complaint).
 */
import type { PreparedDraft } from './prepared';
import type { Span } from './tokens';

export function findComplaints(_draft: PreparedDraft): Span[] {
  return [];
}
