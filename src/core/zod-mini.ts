/**
 * Zod Mini, for what the app validates in the browser (the reader's stored state, imported files,
 * and the few corpus rules it shares with the build). The classic API (`./zod`) carries every
 * validator as a method, so a bundle that imports it carries them all; Zod Mini's functions are
 * left out when unused. The pipeline, which runs at build time, keeps the classic API.
 * Mini loads no messages of its own: English is set here, with the same `jitless` setting as
 * `./zod` (Parallax's Content-Security-Policy allows no `new Function`).
 */
import { z } from 'zod/mini';

z.config({ ...z.locales.en(), jitless: true });

export { z };
