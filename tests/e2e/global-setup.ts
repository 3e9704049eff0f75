/**
 * Builds the app for production three times and serves build A on a free loopback port. Every
 * build reads the reviewed copy of the seeds (tests/golden/seeds/input), never the live seeds/:
 * - A (`dist/`) from that copy;
 * - B (`reports/dist-b/`) from it plus `tests/fixtures/xss-page.txt`, a seed-like page
 *   whose text carries markup: a new corpus for the update test, and the XSS fixture;
 * - C (`reports/dist-c/`) from it with a precache limit below the corpus's size.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp, freePort, ROOT, servePreview } from '../../scripts/lib/serve';
import { SEEDS } from '../helpers';

export const DIST_B = join(ROOT, 'reports/dist-b');
/** Build C: the seeds with a precache limit below the corpus's size, as for a corpus too large to precache. */
export const DIST_C = join(ROOT, 'reports/dist-c');

export default async function setup(project: TestProject) {
  buildApp({ PARALLAX_SEEDS: SEEDS });
  // Seeds B lives in the temp directory for the run only: removed by the teardown below, when
  // the setup itself fails, and, should the run be cut short, when this process exits.
  const seedsB = mkdtempSync(join(tmpdir(), 'parallax-seeds-b-'));
  const removeSeedsB = () => rmSync(seedsB, { recursive: true, force: true });
  process.once('exit', removeSeedsB);
  try {
    for (const f of readdirSync(SEEDS))
      if (statSync(join(SEEDS, f)).isFile()) copyFileSync(join(SEEDS, f), join(seedsB, f));
    copyFileSync(join(ROOT, 'tests/fixtures/xss-page.txt'), join(seedsB, 'xss-page.txt'));
    mkdirSync(DIST_B, { recursive: true });
    buildApp({ PARALLAX_SEEDS: seedsB, PARALLAX_OUT: DIST_B });
    buildApp({ PARALLAX_SEEDS: SEEDS, PARALLAX_OUT: DIST_C, PARALLAX_PRECACHE_LIMIT: '10000' });
    const served = await servePreview('dist', await freePort());
    project.provide('baseUrl', served.base);
    project.provide('distB', DIST_B);
    project.provide('distC', DIST_C);
    project.provide('seedsB', seedsB);
    return async () => {
      await served.stop();
      removeSeedsB();
    };
  } catch (e) {
    removeSeedsB();
    throw e;
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distB: string;
    distC: string;
    seedsB: string;
  }
}
