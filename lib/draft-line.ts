/** One line of a drafts file for `check-drafts` (docs/check-drafts.md, "Draft lines"). */
import { z } from './settings/zod';
import { ACCOUNT_KINDS, SITES, SURFACES, type Draft } from './types';

export const draftLineSchema = z.object({
  id: z.string(),
  site: z.enum(SITES),
  account: z.enum(ACCOUNT_KINDS),
  surface: z.optional(z.enum(SURFACES)),
  replyTo: z.optional(z.string()),
  handle: z.optional(z.string()),
  text: z.string(),
  images: z.optional(z.union([z.int().check(z.minimum(0)), z.array(z.string())])),
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
