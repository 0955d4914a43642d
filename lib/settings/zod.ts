/**
 * zod, configured once for extension pages. Its default compiles validators with
 * `new Function`, which MV3's content security policy forbids, so every
 * schema in the project imports `z` from here, and this runs before any is built.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
