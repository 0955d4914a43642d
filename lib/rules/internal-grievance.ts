import { CLAUSES } from '../policy/clauses';
import { defineRule } from './rule';

/**
 * Don'ts: "Don't use social media to air internal grievances". Complaints about the
 * school's leaders, colleagues, workload, pay, conditions or decisions
 * (`lib/facts/complaints.ts`, shared with `staff-named`).
 */
export default defineRule({
  id: 'internal-grievance',
  title: 'A complaint about leaders, colleagues, workload, pay or conditions at work',
  clauses: [CLAUSES.grievance, CLAUSES.judgmentsAboutStaff],
  severity: { personal: 'warn', school: 'warn' },
  check({ facts }) {
    return facts.complaints.map((complaint) => ({
      start: complaint.start,
      end: complaint.end,
      message:
        'This reads as a complaint about how things are at work. Concerns about leaders, colleagues, workload or pay are best raised with a senior leader or your union, not on social media.',
    }));
  },
});
