import { CLAUSES } from '../policy/clauses';
import { defineRule } from './rule';

export default defineRule({
  id: 'disclaimer-missing',
  title: 'A personal post that mentions the school needs a disclaimer',
  clauses: [CLAUSES.disclaimer, CLAUSES.disclaimerDo],
  severity: { personal: 'warn' },
  check({ facts }) {
    if (!facts.mentionsSchool || facts.disclaimer || facts.profileDisclaimer) return [];
    return [
      {
        message:
          'This post mentions the school from a personal account. Add a line saying the views are your own, so nobody reads it as the school speaking.',
        fix: 'insert-disclaimer',
      },
    ];
  },
});
