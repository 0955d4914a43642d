import { CLAUSES } from '../policy/clauses';
import { defineRule } from './rule';

/** The checklist the panel shows with this finding. */
export const IMAGE_CONSENT_CHECKLIST = [
  'Every pupil in the photo has media consent',
  'Pupils are appropriately dressed and not open to ridicule',
  "Nobody in the photo is on the school's no-publish list",
  'No full names are given with the photo',
  'Tagging is turned off',
] as const;

export default defineRule({
  id: 'image-consent',
  title: 'A photo on the school account: the consent checklist',
  clauses: [CLAUSES.imagePermission, CLAUSES.noPublishList],
  severity: { school: 'info' },
  check({ draft }) {
    if ((draft.draft.images ?? 0) === 0) return [];
    return [{ message: `Before posting this photo, check: ${IMAGE_CONSENT_CHECKLIST.join('; ')}.` }];
  },
});
