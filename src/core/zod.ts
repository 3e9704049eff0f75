/**
 * Zod as Parallax uses it: every module imports `z` from here, never from 'zod' directly.
 * Zod compiles fast parsers with `new Function` when it may; under Parallax's Content-Security-
 * Policy (no `unsafe-eval`, Trusted Types required) even its probe for that is reported as a
 * violation. The setting is made here, so it holds before any schema is used, whatever order the
 * bundler evaluates the chunks in (an entry's first import is not enough once routes are split).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
