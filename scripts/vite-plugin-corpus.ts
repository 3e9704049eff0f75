/**
 * Builds the corpus from seeds/ with the same pipeline as `npm run ingest`, so that `vite`,
 * `vite build` and the tests always reflect seeds/. The app imports the corpus address from
 * `virtual:parallax-corpus`; the build emits the corpus and its search index as content-hashed
 * assets.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { ConfigError } from '../src/core/ingest/config';
import { ingest } from '../src/core/ingest/ingest';
import { parseCorpus } from '../src/core/schema';
import { buildSearchIndex } from '../src/core/search';
import type { Corpus } from '../src/core/types';
import { ingestFolder } from './lib/ingest-folder';
import { readSeeds } from './lib/read-seeds';

const VIRTUAL_ID = 'virtual:parallax-corpus';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const DEV_URL = '/@parallax/corpus.json';
const DEV_SEARCH_URL = '/@parallax/search-index.json';

/** The files the app reads: the corpus, and the full-text search index over its articles. */
export interface CorpusFiles {
  json: string;
  searchIndex: string;
}

/** The corpus checked against its schema, and the files made of it. */
function corpusFiles(corpus: Corpus): CorpusFiles {
  const check = parseCorpus(corpus);
  if (!check.ok) throw new Error(`corpus: the ingest produced an invalid corpus: ${check.error}`);
  const eventOf = new Map<string, string>(corpus.events.flatMap((e) => e.articleIds.map((id) => [id, e.id])));
  return {
    json: JSON.stringify(corpus),
    searchIndex: buildSearchIndex(corpus.articles, (id) => eventOf.get(id)),
  };
}

/** In this thread, without the ingest's cache: for tests that need the files as the build makes them. */
export function buildCorpusFiles(seedsDir: string): CorpusFiles {
  const seeds = readSeeds(seedsDir);
  return corpusFiles(ingest(seeds.files, seeds.options));
}

/**
 * As `npm run ingest` does it (scripts/lib/ingest-folder.ts): extraction in worker threads for a
 * large folder, and through the content-hash cache, so a rebuild after adding pages extracts only
 * the new ones. `PARALLAX_INGEST_CACHE=0` turns the cache off.
 */
export async function buildCorpusFilesCached(seedsDir: string): Promise<CorpusFiles> {
  const { corpus } = await ingestFolder(seedsDir, {
    cache: process.env.PARALLAX_INGEST_CACHE === '0' ? false : undefined,
  });
  return corpusFiles(corpus);
}

export function buildCorpusJson(seedsDir: string): string {
  return buildCorpusFiles(seedsDir).json;
}

export function corpusPlugin(options: { seeds: string }): Plugin {
  const seedsDir = resolve(options.seeds);
  let isBuild = false;
  // The dev server builds once per change of the seeds, not once per request.
  let cached: Promise<CorpusFiles> | null = null;
  const build = async (fail: (m: string) => never): Promise<CorpusFiles> => {
    try {
      return await (cached ??= buildCorpusFilesCached(seedsDir));
    } catch (e) {
      cached = null;
      if (e instanceof ConfigError) fail(e.message);
      throw e;
    }
  };
  const serveFile = (url: string, pick: (f: CorpusFiles) => string) => ({
    url,
    handle: async (res: import('node:http').ServerResponse) => {
      try {
        const body = pick(
          await build((m) => {
            throw new Error(m);
          }),
        );
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(body);
      } catch (e) {
        res.statusCode = 500;
        res.end(e instanceof Error ? e.message : String(e));
      }
    },
  });
  return {
    name: 'parallax-corpus',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (!isBuild)
        return `export const corpusUrl = ${JSON.stringify(DEV_URL)};\nexport const searchIndexUrl = ${JSON.stringify(DEV_SEARCH_URL)};`;
      const files = await build((m) => this.error(m));
      const corpus = this.emitFile({ type: 'asset', name: 'corpus.json', source: files.json });
      const search = this.emitFile({ type: 'asset', name: 'search-index.json', source: files.searchIndex });
      return `export const corpusUrl = import.meta.ROLLUP_FILE_URL_${corpus};\nexport const searchIndexUrl = import.meta.ROLLUP_FILE_URL_${search};`;
    },
    configureServer(server) {
      for (const file of [serveFile(DEV_URL, (f) => f.json), serveFile(DEV_SEARCH_URL, (f) => f.searchIndex)])
        server.middlewares.use(file.url, (_req, res) => void file.handle(res));
      server.watcher.add(seedsDir);
      server.watcher.on('all', (_event, path) => {
        if (!resolve(path).startsWith(seedsDir)) return;
        cached = null;
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
