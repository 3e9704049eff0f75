/**
 * Builds the app for production twice and serves build A on a free loopback port:
 * - A (`dist/`) from `seeds/`;
 * - B (`reports/dist-b/`) from `seeds/` plus `tests/fixtures/xss-page.txt`, a seed-like page
 *   whose text carries markup: a new corpus for the update test, and the XSS fixture;
 * - C (`reports/dist-c/`) from `seeds/` with a precache limit below the corpus's size.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, ROOT, servePreview, VITE } from '../../scripts/lib/serve';

export const DIST_B = join(ROOT, 'reports/dist-b');
/** Build C: seeds/ with a precache limit below the corpus's size, as for a corpus too large to precache. */
export const DIST_C = join(ROOT, 'reports/dist-c');

function build(env: Record<string, string>) {
  execFileSync(process.execPath, [VITE, 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test, which would give a development build of React.
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
}

export default async function setup(project: TestProject) {
  build({});
  const seedsB = mkdtempSync(join(tmpdir(), 'parallax-seeds-b-'));
  for (const f of readdirSync(join(ROOT, 'seeds')))
    if (statSync(join(ROOT, 'seeds', f)).isFile()) copyFileSync(join(ROOT, 'seeds', f), join(seedsB, f));
  copyFileSync(join(ROOT, 'tests/fixtures/xss-page.txt'), join(seedsB, 'xss-page.txt'));
  mkdirSync(DIST_B, { recursive: true });
  build({ PARALLAX_SEEDS: seedsB, PARALLAX_OUT: DIST_B });
  build({ PARALLAX_OUT: DIST_C, PARALLAX_PRECACHE_LIMIT: '10000' });
  const served = await servePreview('dist', await freePort());
  project.provide('baseUrl', served.base);
  project.provide('distB', DIST_B);
  project.provide('distC', DIST_C);
  project.provide('seedsB', seedsB);
  return () => served.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distB: string;
    distC: string;
    seedsB: string;
  }
}
