/**
 * Zod compiles fast parsers with `new Function` when it may; under Parallax's Content-Security-
 * Policy (no `unsafe-eval`, Trusted Types required) even its probe for that is reported as a
 * violation. Imported first by the app's entry.
 */
import { z } from 'zod';

z.config({ jitless: true });
