/**
 * Builds the corpus from seeds/ with the same pipeline as `npm run ingest`, so that `vite`,
 * `vite build` and the tests always reflect seeds/. The app imports the corpus address from
 * `virtual:parallax-corpus`; the build emits the corpus as a content-hashed asset.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { ConfigError } from '../src/core/ingest/config';
import { ingest } from '../src/core/ingest/ingest';
import { parseCorpus } from '../src/core/schema';
import { readSeeds } from './lib/read-seeds';

const VIRTUAL_ID = 'virtual:parallax-corpus';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const DEV_URL = '/@parallax/corpus.json';

export function buildCorpusJson(seedsDir: string): string {
  const seeds = readSeeds(seedsDir);
  const corpus = ingest(seeds.files, seeds.options);
  const check = parseCorpus(corpus);
  if (!check.ok) throw new Error(`corpus: the ingest produced an invalid corpus: ${check.error}`);
  return JSON.stringify(corpus);
}

export function corpusPlugin(options: { seeds: string }): Plugin {
  const seedsDir = resolve(options.seeds);
  let isBuild = false;
  const build = (fail: (m: string) => never) => {
    try {
      return buildCorpusJson(seedsDir);
    } catch (e) {
      if (e instanceof ConfigError) fail(e.message);
      throw e;
    }
  };
  return {
    name: 'parallax-corpus',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (!isBuild) return `export const corpusUrl = ${JSON.stringify(DEV_URL)};`;
      const ref = this.emitFile({ type: 'asset', name: 'corpus.json', source: build((m) => this.error(m)) });
      return `export const corpusUrl = import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_URL, (_req, res) => {
        try {
          const json = build((m) => {
            throw new Error(m);
          });
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(json);
        } catch (e) {
          res.statusCode = 500;
          res.end(e instanceof Error ? e.message : String(e));
        }
      });
      server.watcher.add(seedsDir);
      server.watcher.on('all', (_event, path) => {
        if (resolve(path).startsWith(seedsDir)) server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
