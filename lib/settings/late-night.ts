/**
 * The late-night pause in the settings file (`lateNight`): off unless the school turns
 * it on, and the hours it covers, set by the school. What it does is lib/late-night.ts.
 */
import { z } from './zod';

export const LATE_NIGHT_DEFAULTS = { enabled: false, from: '22:00', to: '06:00' } as const;

const clock = z.string().check(z.trim(), z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time on the 24-hour clock, like 22:00'));

export const lateNightSchema = z
  .object({
    enabled: z._default(z.boolean(), LATE_NIGHT_DEFAULTS.enabled),
    /** From this time… */
    from: z._default(clock, LATE_NIGHT_DEFAULTS.from),
    /** …until this one, the next morning when it is earlier. */
    to: z._default(clock, LATE_NIGHT_DEFAULTS.to),
  })
  .check(z.refine((hours) => hours.from !== hours.to, { message: 'the start and end times must differ', path: ['to'] }));

export type LateNightSettings = z.output<typeof lateNightSchema>;
