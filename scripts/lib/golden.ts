/**
 * Golden cases: tests/golden/<case>/case.json names an input folder (and optionally --now);
 * expected.json is the corpus the ingest must produce for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingest } from '../../src/core/ingest/ingest';
import type { Corpus } from '../../src/core/types';
import { readSeeds } from './read-seeds';

export const GOLDEN_DIR = resolve(import.meta.dirname, '../../tests/golden');

export interface GoldenCase {
  name: string;
  dir: string;
  run: () => Corpus;
}

export function goldenCases(): GoldenCase[] {
  return readdirSync(GOLDEN_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(GOLDEN_DIR, d.name);
      const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { seeds: string; now?: string };
      return {
        name: d.name,
        dir,
        run: () => {
          const seeds = readSeeds(resolve(dir, spec.seeds));
          return ingest(seeds.files, spec.now ? { ...seeds.options, now: spec.now } : seeds.options);
        },
      };
    });
}

export function serialise(corpus: Corpus): string {
  return `${JSON.stringify(corpus, null, 2)}\n`;
}
