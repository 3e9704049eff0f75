/**
 * Builds the corpus from seeds/ with the same pipeline as `npm run ingest`, so that `vite`,
 * `vite build` and the tests always reflect seeds/. The app imports the corpus address from
 * `virtual:parallax-corpus`; the build emits the corpus and its search index as content-hashed
 * assets. The event files and the search shards, most of the bytes, are written to a folder of
 * their own as they are made and moved into the build's folder once it is written, not emitted
 * through the bundler: it would hold them all (at 100,000 articles, over a gigabyte) until the
 * build ends, the prerender included.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { ConfigError } from '../src/core/ingest/config';
import { corpusHead, corpusIndex, eventFile, indexText } from '../src/core/corpus-parts';
import { ingest } from '../src/core/ingest/ingest';
import { checkCorpus } from '../src/core/schema';
import { searchIndexParts } from '../src/core/search-build';
import { shardIndex, SHARD_FOLDER } from '../src/core/search-shards';
import type { Corpus } from '../src/core/types';
import { ingestFolder } from './lib/ingest-folder';
import { readSeeds } from './lib/read-seeds';

const VIRTUAL_ID = 'virtual:parallax-corpus';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const DEV_URL = '/@parallax/corpus.json';
/** The folder of the event files, beside the index (in the build, in assets/). */
export const EVENT_FOLDER = 'events';
const DEV_SEARCH_URL = '/@parallax/search-index.json';

/** The files the app reads: the index's head, the whole index, each event's file, and the search index. */
export interface CorpusFiles {
  /** The index's head (core/corpus-parts.ts `corpusHead`): what every page loads first. */
  head: string;
  /** The whole index (core/corpus-parts.ts); its `eventFiles` name the event files relative to it. */
  index: string;
  /** The whole index's name, relative to the head (`index-<content hash>.json`). */
  indexName: string;
  /** Each event's file, by its name relative to the index (`events/<content hash>.json`). */
  events: Map<string, string>;
  /** The search index's head (core/search-shards.ts): what a first query loads. */
  searchHead: string;
  /** Its shards, by name relative to the head (`search/<content hash>.json`). */
  searchShards: Map<string, string>;
}

/** A file's name from its content: an address always means the same bytes, so it can be cached for good. */
function contentName(prefix: string, json: string): string {
  return `${prefix}${createHash('sha256').update(json).digest('hex').slice(0, 16)}.json`;
}

/**
 * Where the build puts an event's file or a search shard as soon as it is made (`name` relative to
 * the index): the files are then not held together in memory, which a large corpus's build could
 * not afford (at 100,000 articles, about a gigabyte of them beside the corpus).
 */
export type EmitFile = (name: string, json: string) => void;

/**
 * The corpus checked against its schema, and the files made of it. With `emit`, the event files
 * and the search shards go to it as they are made, and the maps of them stay empty.
 */
function corpusFiles(corpus: Corpus, emit?: EmitFile): CorpusFiles {
  const problem = checkCorpus(corpus);
  if (problem !== null) throw new Error(`corpus: the ingest produced an invalid corpus: ${problem}`);
  const byId = new Map(corpus.articles.map((a) => [a.id as string, a]));
  const storyById = new Map(corpus.stories.map((s) => [s.id as string, s]));
  const events = new Map<string, string>();
  const nameOf = new Map<string, string>();
  for (const e of corpus.events) {
    const json = JSON.stringify(eventFile(e, byId, storyById.get(e.storyId)));
    const name = contentName(`${EVENT_FOLDER}/`, json);
    if (emit) emit(name, json);
    else events.set(name, json);
    nameOf.set(e.id, name);
  }
  const index = corpusIndex(corpus, (id) => nameOf.get(id)!);
  // In pages, one a line (core/corpus-parts.ts `indexText`): the app reads them a task each.
  const json = indexText(index);
  const indexName = contentName('index-', json);
  const eventOf = new Map<string, string>(corpus.events.flatMap((e) => e.articleIds.map((id) => [id, e.id])));
  const search = shardIndex(
    searchIndexParts(corpus.articles, (id) => eventOf.get(id)),
    (shard) => contentName(`${SHARD_FOLDER}/`, shard),
  );
  if (emit) {
    for (const [name, shard] of search.shards) emit(name, shard);
    search.shards.clear();
  }
  return {
    head: JSON.stringify(corpusHead(index, { file: indexName, bytes: Buffer.byteLength(json) })),
    index: json,
    indexName,
    events,
    searchHead: search.head,
    searchShards: search.shards,
  };
}

/** The corpus of a seeds folder, whole, as the build ingests it (in this thread, without the cache): for tests. */
export function buildCorpus(seedsDir: string): Corpus {
  const seeds = readSeeds(seedsDir);
  return ingest(seeds.files, seeds.options);
}

/** In this thread, without the ingest's cache: for tests that need the files as the build makes them. */
export function buildCorpusFiles(seedsDir: string, emit?: EmitFile): CorpusFiles {
  return corpusFiles(buildCorpus(seedsDir), emit);
}

/**
 * As `npm run ingest` does it (scripts/lib/ingest-folder.ts): extraction in worker threads for a
 * large folder, and through the ingest's cache, so a rebuild after adding pages extracts only the
 * new ones, places them into the last build's events and compares only the events they join.
 * `PARALLAX_INGEST_CACHE=0` turns the cache off; `PARALLAX_REGROUP=1` clusters every article
 * afresh (as `npm run ingest -- --regroup`).
 */
export async function buildCorpusFilesCached(seedsDir: string, emit?: EmitFile): Promise<CorpusFiles> {
  const { corpus } = await ingestFolder(seedsDir, {
    cache: process.env.PARALLAX_INGEST_CACHE === '0' ? false : undefined,
    regroup: process.env.PARALLAX_REGROUP === '1',
  });
  return corpusFiles(corpus, emit);
}

/**
 * A folder where files wait until the build's own folder is written (`moveInto`): written at
 * once, so that they are not held in memory.
 */
export function stagingFolder(dir: string) {
  let written = 0;
  return {
    write(name: string, json: string): void {
      const file = join(dir, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, json);
      written++;
    },
    get written() {
      return written;
    },
    /** Moves every file into `target`, each to the same place under it, and removes the folder. */
    moveInto(target: string): void {
      const move = (from: string, to: string) => {
        mkdirSync(dirname(to), { recursive: true });
        try {
          renameSync(from, to);
        } catch (e) {
          // Another file system: copied, then removed.
          if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
          copyFileSync(from, to);
          unlinkSync(from);
        }
      };
      for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
        if (entry.isFile()) {
          const from = join(entry.parentPath, entry.name);
          move(from, join(target, from.slice(dir.length + 1)));
        }
      rmSync(dir, { recursive: true, force: true });
    },
    remove(): void {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function corpusPlugin(options: { seeds: string }): Plugin {
  const seedsDir = resolve(options.seeds);
  let isBuild = false;
  let root = process.cwd();
  /** The client build's event files and search shards, until its folder is written. */
  let staged: ReturnType<typeof stagingFolder> | null = null;
  // The dev server builds once per change of the seeds, not once per request.
  let cached: Promise<CorpusFiles> | null = null;
  const build = async (fail: (m: string) => never, emit?: EmitFile): Promise<CorpusFiles> => {
    try {
      return await (cached ??= buildCorpusFilesCached(seedsDir, emit));
    } catch (e) {
      cached = null;
      if (e instanceof ConfigError) fail(e.message);
      throw e;
    }
  };
  /** What a dev request names that the files do not hold: answered 404, not 500. */
  class Missing extends Error {}
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
        res.statusCode = e instanceof Missing ? 404 : 500;
        res.end(e instanceof Error ? e.message : String(e));
      }
    },
  });
  return {
    name: 'parallax-corpus',
    configResolved(config) {
      isBuild = config.command === 'build';
      root = config.root;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (!isBuild)
        return `export const corpusUrl = ${JSON.stringify(DEV_URL)};\nexport const searchIndexUrl = ${JSON.stringify(DEV_SEARCH_URL)};`;
      // The event files and the search shards are written as they are made, by the first build
      // that reads the corpus (the app's), and moved into its folder once it is written; the
      // prerender's build reads the same files from it.
      staged ??= stagingFolder(join(root, 'node_modules/.cache', `parallax-corpus-${process.pid}-${Date.now()}`));
      const stage = staged;
      const files = await build(
        (m) => this.error(m),
        (name, json) => stage.write(`assets/${name}`, json),
      );
      // Beside the head, which names it.
      this.emitFile({ type: 'asset', fileName: `assets/${files.indexName}`, source: files.index });
      const corpus = this.emitFile({ type: 'asset', name: 'corpus.json', source: files.head });
      const search = this.emitFile({ type: 'asset', name: 'search-index.json', source: files.searchHead });
      return `export const corpusUrl = import.meta.ROLLUP_FILE_URL_${corpus};\nexport const searchIndexUrl = import.meta.ROLLUP_FILE_URL_${search};`;
    },
    writeBundle: {
      // Before the prerender (`order: 'post'`), which reads the event files.
      order: 'pre',
      handler(options) {
        if (!staged || staged.written === 0 || !options.dir) return;
        staged.moveInto(options.dir);
        staged = null;
      },
    },
    buildEnd(error) {
      if (error) staged?.remove();
    },
    configureServer(server) {
      for (const file of [serveFile(DEV_URL, (f) => f.head), serveFile(DEV_SEARCH_URL, (f) => f.searchHead)])
        server.middlewares.use(file.url, (_req, res) => void file.handle(res));
      // The whole index: /@parallax/index-<hash>.json, beside the head.
      server.middlewares.use((req, res, next) => {
        const m = /^\/@parallax\/(index-[0-9a-f]+\.json)(\?.*)?$/.exec(req.url ?? '');
        if (!m) return next();
        void serveFile(m[1]!, (f) => {
          if (f.indexName !== m[1]) throw new Missing(`no index ${m[1]}`);
          return f.index;
        }).handle(res);
      });
      // A file of a folder, by name: an event's (/@parallax/events/<name>, beside the index) and
      // a search shard's (/@parallax/search/<name>, beside the search index's head).
      const folders = [
        { at: DEV_URL, folder: EVENT_FOLDER, what: 'event file', files: (f: CorpusFiles) => f.events },
        { at: DEV_SEARCH_URL, folder: SHARD_FOLDER, what: 'search shard', files: (f: CorpusFiles) => f.searchShards },
      ];
      for (const { at, folder, what, files } of folders)
        server.middlewares.use(at.replace(/[^/]*$/, `${folder}/`), (req, res) => {
          const name = `${folder}/${(req.url ?? '').replace(/^\//, '').replace(/\?.*$/, '')}`;
          void serveFile(name, (f) => {
            const json = files(f).get(name);
            if (json === undefined) throw new Missing(`no ${what} ${name}`);
            return json;
          }).handle(res);
        });
      server.watcher.add(seedsDir);
      server.watcher.on('all', (_event, path) => {
        if (!resolve(path).startsWith(seedsDir)) return;
        cached = null;
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
