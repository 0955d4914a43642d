/** One line of a drafts file for `check-drafts` (docs/check-drafts.md, "Draft lines"). */
import { z } from './settings/zod';
import { ACCOUNT_KINDS, SITES, SURFACES, type Draft } from './types';

export const draftLineSchema = z.object({
  id: z.string(),
  site: z.enum(SITES),
  account: z.enum(ACCOUNT_KINDS),
  surface: z.enum(SURFACES).optional(),
  replyTo: z.string().optional(),
  handle: z.string().optional(),
  text: z.string(),
  images: z.union([z.number().int().min(0), z.array(z.string())]).optional(),
});
// Other fields (a corpus's `expect`, `note`) are ignored: zod objects drop unknown keys.

export type DraftLine = z.output<typeof draftLineSchema>;

export function draftFromLine(line: DraftLine): Draft {
  const draft: Draft = { text: line.text, site: line.site, account: line.account };
  if (line.surface) draft.surface = line.surface;
  if (line.replyTo) draft.replyTo = line.replyTo;
  if (line.handle) draft.handle = line.handle;
  if (line.images !== undefined) draft.images = typeof line.images === 'number' ? line.images : line.images.length;
  return draft;
}
