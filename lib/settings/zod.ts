/**
 * zod for the whole project, in one place: `zod/mini`, zod's functional build. Classic
 * zod compiles object validators with `new Function` (and probes for it with
 * `Function("")`), which MV3's content security policy forbids and Mozilla's linter
 * reports as eval ("The Function constructor is eval"). `jitless` only stops the call at
 * run time; the code stays in the bundle. zod/mini validates objects without compiling
 * and leaves that code out of the bundle altogether. Every schema imports `z` from here.
 */
import * as z from 'zod/mini';

// zod/mini never compiles; this keeps it so should a classic schema ever creep in.
z.config({ jitless: true });

export { z };
