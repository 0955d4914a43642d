/**
 * A pupil as Post Check keeps them: names, media consent, handles and class only. The
 * zod schema is the one declaration: `Pupil` is inferred from it, the importer checks
 * every row against it (so it never hands over a row this refuses), and the messages
 * and the settings file's pupil list validate with it.
 */
import { MAX_HANDLE_LENGTH, MAX_HANDLES, MAX_NAME_LENGTH, MAX_YEAR_OR_CLASS_LENGTH } from '../limits';
import { z } from '../settings/zod';

/**
 * `refused` covers refused, withdrawn and a blank cell in a consent column;
 * `unknown` means the export had no consent column at all.
 */
const MEDIA_CONSENTS = ['granted', 'refused', 'unknown'] as const;
export type MediaConsent = (typeof MEDIA_CONSENTS)[number];

const name = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME_LENGTH));

export const pupilSchema = z.object({
  forename: name,
  surname: name,
  preferredForename: z.optional(name),
  preferredSurname: z.optional(name),
  mediaConsent: z.enum(MEDIA_CONSENTS),
  /** Social media handles from the export, e.g. `@olivia_b`. */
  handles: z.array(z.string().check(z.maxLength(MAX_HANDLE_LENGTH))).check(z.maxLength(MAX_HANDLES)),
  /** Year group and registration class, for display only. */
  yearGroup: z.optional(z.string().check(z.maxLength(MAX_YEAR_OR_CLASS_LENGTH))),
  className: z.optional(z.string().check(z.maxLength(MAX_YEAR_OR_CLASS_LENGTH))),
});

export type Pupil = z.output<typeof pupilSchema>;
