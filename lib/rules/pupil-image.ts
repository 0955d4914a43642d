import { CLAUSES } from '../policy/clauses';
import { defineRule } from './rule';

export default defineRule({
  id: 'pupil-image',
  title: 'A photo on a personal account in a post about the school or a pupil',
  clauses: [CLAUSES.pupilPictures],
  severity: { personal: 'block' },
  check({ draft, facts }) {
    const photos = draft.draft.images ?? 0;
    if (photos === 0) return [];
    if (!facts.mentionsSchool && facts.pupilMentions.length === 0) return [];
    return [
      {
        message:
          'Photos from school can only go on the school account. Remove the photo, or send it to whoever runs the school account.',
      },
    ];
  },
});
