/**
 * A seeds folder to its corpus, as `runPipeline` makes it from the same files, but with the
 * per-file stages (read, decode, extract, resolve) in worker threads, one per core, and each
 * file's result kept in a content-hash cache (`extract-cache.ts`), so that a file already seen
 * is not extracted again, and each event's comparison and description in another
 * (`event-cache.ts`), so that an event whose articles are unchanged is not compared again. The
 * files are read by the workers, a batch at a time: the ingest never holds every file's bytes or
 * text, only each file's articles. Grouping, comparison and the
 * corpus follow in this thread (`completeCorpus`); with `spill`, each event's comparison goes to
 * disk as it is made (`spill.ts`).
 *
 * Used by `npm run ingest` and `npm run bench`; the build can call it too (`ingestFolder`).
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { mergeExtractions, type FileExtraction } from '../../src/core/ingest/file-extract';
import type { IngestOptions } from '../../src/core/ingest/ingest';
import { collectSources, type SourceFacts } from '../../src/core/ingest/sources';
import { completeCorpus } from '../../src/core/pipeline';
import type { Article, Corpus } from '../../src/core/types';
import { compareEach, nameEach } from '../../src/core/compare/compare-event';
import { FeaturePool } from '../../src/core/group/article-features';
import { describeEach } from '../../src/core/group/describe';
import { DEFAULT_GROUPING } from '../../src/core/group/vectors';
import {
  DEFAULT_CACHE_DIR,
  generationOf,
  groupingVersion,
  pruneGenerations,
  runKey,
  UNSORTED_ENTRIES,
  type Pruning,
} from './extract-cache';
import { EventCache } from './event-cache';
import { fullCollection } from './full-collection';
import { createFileExtractor, type ExtractResult, type ExtractSetup, type ExtractTask } from './extract-files';
import { listSeedFiles, readSeedsOptions } from './read-seeds';
import { ingestThreads, type ThreadsOptions } from './ingest-threads';
import { startTsWorker } from './ts-worker';
import { FileHashes, statOf } from './file-hashes';
import { WordMap } from './feature-transfer';
import { COMPARISON_FIELDS, Spill } from './spill';
import { countedTexts, ItemTexts, Recurring, textHash, type Parked } from './item-texts';
import type { MadeText } from './write-corpus';

/** Files per message to a worker: enough to make messaging cheap, few enough to share the work evenly. */
const BATCH_FILES = 16;
/** Batches a worker holds at once (one at work, one waiting), so it never waits for the next. */
const BATCHES_IN_FLIGHT = 2;
/** Below this many files, starting workers (each compiles the extractor) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 200;

/**
 * Makes each quote's text the slice of its paragraph that it is by contract (`Quote.text`),
 * which the engine keeps as a view of the paragraph, not a copy of its words. An extraction that
 * came from a worker or from the cache holds every quote's words a second time otherwise
 * (52 MB of the 575 MB of heap that 100,000 articles take).
 */
export function shareQuoteTexts(articles: readonly Article[]): void {
  for (const a of articles)
    for (const q of a.quotes) {
      const words = a.body[q.paragraph]?.slice(q.start, q.end);
      if (words === q.text) q.text = words;
    }
}

export interface IngestFolderOptions {
  /** The cache folder (default `node_modules/.cache/parallax-ingest`); false: no cache. */
  cache?: string | false;
  /** Extraction workers (default: one per core, none for a small folder); 0: in this thread. */
  workers?: number;
  /** "Today" for relative dates when the manifest gives no retrieval time (ISO-8601). */
  now?: string;
  /** Told of a cache entry that could not be used (default: printed to stderr). */
  warn?: (message: string) => void;
  /** For tests: how the second thread takes part in grouping and comparison (default: at 100,000 articles' scale). */
  threads?: ThreadsOptions;
  /** For tests: a limit to each extraction worker's old generation, in MB (default: Node's). */
  workerHeapMb?: number;
  /** For tests: the extractor's version in cache keys (default: the hash of its source). */
  extractorVersion?: string;
  /** For tests: the version of the grouping features kept in the cache (default: the hash of their code's source). */
  groupingVersion?: string;
  /** For tests: the clustering's, comparison's, description's and naming's versions in the event cache's keys. */
  eventCodeVersions?: { cluster?: string; compare?: string; describe?: string; naming?: string };
  /**
   * Each event's comparison written to a temporary file as it is made and read back when read
   * (`spill.ts`), for a caller that writes the corpus and is done with it (default: false).
   */
  spill?: boolean;
  /**
   * Cluster every article afresh: never place new articles into the clustering an earlier run
   * kept in the cache (`EventCache.cluster`; default: false).
   */
  regroup?: boolean;
}

export interface IngestStats {
  files: number;
  /** Files read by the extractor in this run (cache misses). */
  extracted: number;
  /** Files whose extraction came from the cache. */
  cached: number;
  /** Of those, files not read at all: unchanged since the last run, their hashes from its list (`file-hashes.ts`). */
  unread: number;
  workers: number;
  /** Chunks of grouping's pair comparison done by the second thread (0: all in this one). */
  pairChunksInWorker: number;
  /** Events compared by the second thread. */
  eventsInWorker: number;
  /** Events described (title and evidence) by the second thread. */
  describedInWorker: number;
  /** The clustering of the articles into events came from the cache (an earlier run's, of the same articles). */
  clusteringFromCache: boolean;
  /**
   * The clustering was an earlier run's with this run's new and changed articles placed into it
   * (`EventCacheStats.placed`), not made afresh.
   */
  placed?: { added: number; changed: number; removed: number; since: number };
  /** Events whose comparison came from the cache. */
  eventsFromCache: number;
  /** Events whose description (title and evidence) came from the cache. */
  describedFromCache: number;
  /** Stories whose naming came from the cache. */
  storiesFromCache: number;
  /** Folders of cache entries made by other versions of the code, deleted. */
  cachePruned: number;
  /** Wall-clock milliseconds of each stage: per-file (read to resolve), group, compare, corpus. */
  ms: { extract: number; group: number; compare: number; corpus: number };
}

export interface IngestFolderResult {
  /** With `spill`, its events' comparisons are read from disk: read them before `close`. */
  corpus: Corpus;
  options: IngestOptions;
  stats: IngestStats;
  /**
   * With `spill` and extraction workers, the articles' texts as `corpus.json` holds them, made in
   * the workers (`item-texts.ts`), for `writeCorpusJson`; read them before `close`.
   */
  made?: MadeText;
  /** With `spill`, closes the files the comparisons and texts are read from, which frees their space (else the process's end does). */
  close(): void;
}

/** Throws ConfigError for a missing folder or a malformed editor's file. */
export async function ingestFolder(dir: string, options: IngestFolderOptions = {}): Promise<IngestFolderResult> {
  const t0 = performance.now();
  const files = listSeedFiles(dir);
  const seedOptions = readSeedsOptions(dir);
  const pipelineOptions: IngestOptions = options.now ? { ...seedOptions, now: options.now } : seedOptions;
  const registry = pipelineOptions.registry ?? [];
  const manifest = pipelineOptions.manifest ?? {};
  const setup: ExtractSetup = {
    registry: [...registry],
    now: pipelineOptions.now,
    cacheDir: options.cache === false ? null : (options.cache ?? DEFAULT_CACHE_DIR),
    runKey: runKey(registry, options.extractorVersion),
    generation: generationOf(options.extractorVersion),
    groupingVersion: options.groupingVersion ?? groupingVersion(),
  };
  // Entries of another extractor can never be read again: one generation is kept.
  const prunings: Pruning[] = [];
  if (setup.cacheDir) {
    prunings.push(pruneGenerations(join(setup.cacheDir, 'files'), setup.generation));
    // The folder Parallax owns may still hold entries from before they were kept by generation.
    if (setup.cacheDir === DEFAULT_CACHE_DIR) prunings.push(pruneGenerations(setup.cacheDir, '', UNSORTED_ENTRIES));
  }
  // Files unchanged since the last run are not read again: their hashes name their cache entries.
  const hashes = setup.cacheDir ? new FileHashes(setup.cacheDir) : undefined;
  const stats = hashes ? files.map((f) => statOf(f.full)) : [];
  const tasks: ExtractTask[] = files.map((f, i) => {
    const task: ExtractTask = {
      full: f.full,
      path: f.path,
      entry: Object.hasOwn(manifest, f.path) ? manifest[f.path] : undefined,
    };
    const sha256 = hashes?.known(f.full, stats[i]);
    if (sha256) task.known = { sha256, bytes: stats[i]!.size };
    return task;
  });
  const workers = Math.max(
    0,
    Math.min(
      options.workers ?? (tasks.length < MIN_FILES_FOR_WORKERS ? 0 : availableParallelism()),
      Math.ceil(tasks.length / BATCH_FILES),
    ),
  );
  // With the cores lent to extraction, grouping's pairs and the events' comparison get two
  // threads too; the worker starts now, so that it is ready when grouping begins.
  const threads = workers >= 2 ? ingestThreads(options.threads) : undefined;
  const spill = options.spill ? new Spill() : undefined;
  const warn = options.warn ?? ((m: string) => process.stderr.write(`ingest: ${m}\n`));
  /** The articles' texts, once made: closed with the spill should the run fail. */
  let texts: ItemTexts | undefined;
  // Each article's grouping features, each feature string kept once, taken as the results
  // arrive: 100,000 articles' features as lists of strings would take half a gigabyte.
  const features = new FeaturePool(DEFAULT_GROUPING);
  const pool = (r: ExtractResult) => {
    if (r.extraction && r.features) r.extraction.articles.forEach((a, i) => features.add(a.id, r.features![i]!));
    delete r.features;
  };
  try {
    // An event whose articles an earlier run compared and described as they are is taken from the cache.
    const events = setup.cacheDir
      ? new EventCache(setup.cacheDir, warn, options.eventCodeVersions, options.regroup)
      : undefined;
    if (events) prunings.push(events.pruning);
    // Written once and done with: each article's text in the corpus made where it is extracted. And
    // when most events will be an earlier run's (`hasClusterings`), whose articles nothing reads
    // but the corpus's writer, the articles come without their text, read back when read: at
    // 100,000 articles, unchanged, the run's peak 1.65 -> 1.18 GB. (A run that compares most events
    // anew reads each article back at every stage, and keeps them whole.)
    const items = spill && workers > 0 ? new ItemTexts(workers) : undefined;
    texts = items;
    if (items) setup.park = events?.hasClusterings() ?? false;
    // With the articles' text on disk, which texts recur is known from their hashes (else from the texts).
    const recurring = items && setup.park ? new Recurring() : undefined;
    const results =
      workers === 0
        ? tasks.map(createFileExtractor(setup)).map((r) => (pool(r), r))
        : await inWorkers(tasks, setup, workers, features, options.workerHeapMb, warn, items, recurring);
    const facts: SourceFacts[] = [];
    const found = new Map<string, FileExtraction>();
    let extracted = 0;
    let cached = 0;
    let unread = 0;
    results.forEach((r, i) => hashes?.note(files[i]!.full, stats[i], r.facts.sha256));
    hashes?.save();
    // Which texts recur, for the comparison's memos, when the articles' text is read back from disk:
    // from the hashes the workers sent, and the texts of the articles extracted here.
    if (recurring)
      for (const r of results)
        if (r.extraction && !r.textsCounted)
          for (const a of r.extraction.articles) recurring.add(countedTexts(a).map(textHash));
    for (const r of results) {
      facts.push(r.facts);
      if (r.extraction) {
        if (!r.extraction.articles.some((a) => items?.parked(a))) shareQuoteTexts(r.extraction.articles);
        found.set(r.facts.path, r.extraction);
      }
      if (r.via === 'extracted') extracted++;
      if (r.via === 'cache') cached++;
      if (r.unread) unread++;
      if (r.warning) warn(r.warning);
    }
    // Each article's hash for the event cache's keys, worked out where it was extracted. (Left in
    // its result: deleting a property other than the last one turns each of 100,000 objects into
    // a dictionary, 48 MB more heap.)
    if (events)
      for (const r of results)
        if (r.extraction && r.hashes) r.extraction.articles.forEach((a, k) => events.knowHash(a, r.hashes![k]!));
    const read = collectSources(facts);
    const parts = mergeExtractions(read.sources, read.inputs, found, registry);
    // A full collection at the points where much has just become garbage (a large folder only).
    // First what extraction left (the workers' replies, read and merged), before grouping makes
    // its tables, not beside them (with the collection in the second thread after the pairs: at
    // 100,000 articles, cold peak 2,445 → 2,368 MB, regrouping 2,327 → 2,256 MB).
    const collect = files.length >= MIN_FILES_FOR_WORKERS ? fullCollection() : undefined;
    collect?.();
    const ms = { extract: performance.now() - t0, group: 0, compare: 0, corpus: 0 };
    let last = performance.now();
    const corpus = completeCorpus(parts, pipelineOptions, {
      onStageEnd: (stage) => {
        const now = performance.now();
        ms[stage] = now - last;
        last = now;
      },
      scorePairs: threads?.scorePairs,
      describeEvents: events ? events.describe(threads?.describeEvents ?? describeEach) : threads?.describeEvents,
      // With the spill, a comparison from the cache goes to it as the text the cache holds.
      compareEvents: events
        ? events.compare(
            threads?.compareEvents ?? compareEach,
            spill && ((json, path) => spill.adopt(COMPARISON_FIELDS, json, path)),
          )
        : threads?.compareEvents,
      nameStories: events?.name(nameEach),
      features,
      ...(items && recurring
        ? { leadOf: (a: Article) => items.leadOf(a) ?? a.body[0] ?? '', recurs: recurring.recurs }
        : {}),
      cluster: events?.cluster,
      keepComparison: spill && ((c) => spill.keep(c, COMPARISON_FIELDS)),
      // The clustering's tables (most of a gigabyte at 100,000 articles) are garbage once it is
      // done; collected then, not whenever the engine next looks, they do not stay beside what
      // describing and comparing the events make (cached peak 3.30 → 3.11 GB at 100,000 articles).
      clustered: collect,
      // The vectors (160 MB at 100,000 articles) collected before the average link's tables are made.
      paired: collect,
    });
    const pairChunksInWorker = threads?.workerChunks ?? 0;
    const eventsInWorker = threads?.workerEvents ?? 0;
    const describedInWorker = threads?.describedInWorker ?? 0;
    return {
      corpus,
      options: pipelineOptions,
      stats: {
        files: files.length,
        extracted,
        cached,
        unread,
        workers,
        pairChunksInWorker,
        eventsInWorker,
        describedInWorker,
        clusteringFromCache: (events?.stats.clustered.cached ?? 0) > 0,
        ...(events?.stats.placed ? { placed: events.stats.placed } : {}),
        eventsFromCache: events?.stats.compared.cached ?? 0,
        describedFromCache: events?.stats.described.cached ?? 0,
        storiesFromCache: events?.stats.named.cached ?? 0,
        cachePruned: prunings.reduce((n, p) => n + p.folders, 0),
        ms,
      },
      ...(items ? { made: items.made } : {}),
      close: () => {
        spill?.close();
        items?.close();
      },
    };
  } catch (e) {
    spill?.close();
    texts?.close();
    throw e;
  } finally {
    await threads?.close();
    await Promise.all(prunings.map((p) => p.done));
  }
}

/** The articles of a worker's result that came without their text fields (`parkArticles`), made whole again, their text fields getters over their texts. */
function park(items: ItemTexts, articles: Article[], parked: Parked): void {
  let lead = 0;
  articles.forEach((a, k) => {
    const keys = parked.keys[k];
    if (keys) articles[k] = items.park(a as unknown as Record<string, unknown>, keys, parked.leads[lead++]!) as Article;
  });
}

/**
 * The young generation of an extraction worker, in MB. The ingest's own thread runs with a large
 * one (`--max-semi-space-size=64`: grouping keeps much of what it makes), which workers would
 * inherit but for `startTsWorker`. Extraction makes short-lived objects a file at a time and needs
 * no more: at 100,000 articles, the cached run's extraction 10.0 s with 24 MB and 9.8 s with 96
 * MB, its peak 1,608 against 1,687–1,714 MB; a cold run's peak while extracting 2,521 → 2,319 MB
 * (with 128 MB, as the workers once inherited), extraction as long.
 */
const EXTRACTION_YOUNG_MB = 24;

function startWorker(setup: ExtractSetup, oldMb: number | undefined): Worker {
  return startTsWorker(new URL('./extract-worker.ts', import.meta.url), setup, [], {
    maxYoungGenerationSizeMb: EXTRACTION_YOUNG_MB,
    ...(oldMb === undefined ? {} : { maxOldGenerationSizeMb: oldMb }),
  });
}

type Reply = { results: ExtractResult[]; words: string[] } | { error: string };

/**
 * Every task's result, in the tasks' order, from `count` workers fed a batch at a time; the
 * articles' features go into `features` as they arrive (their words as each worker's numbers).
 * A worker that stops (out of memory, say, with a file too large for it; `oldMb`: its limit)
 * leaves the batches it had to this thread, with a word to `warn`; the others go on.
 */
async function inWorkers(
  tasks: readonly ExtractTask[],
  setup: ExtractSetup,
  count: number,
  features: FeaturePool,
  oldMb: number | undefined,
  warn: (message: string) => void,
  items: ItemTexts | undefined,
  recurring: Recurring | undefined,
): Promise<ExtractResult[]> {
  const results: ExtractResult[] = new Array<ExtractResult>(tasks.length);
  let next = 0;
  let here: ((task: ExtractTask) => ExtractResult) | undefined;
  /** Extracts tasks `from` to `to` in this thread. */
  const extractHere = (from: number, to: number) => {
    here ??= createFileExtractor(setup);
    for (let i = from; i < Math.min(to, tasks.length); i++) {
      const r = here(tasks[i]!);
      if (r.extraction && r.features) r.extraction.articles.forEach((a, k) => features.add(a.id, r.features![k]!));
      delete r.features;
      results[i] = r;
    }
  };
  const pool = Array.from({ length: count }, (_, k) =>
    startWorker(items ? { ...setup, itemsFd: items.fds[k]! } : setup, oldMb),
  );
  try {
    await Promise.all(
      pool.map(
        (worker, k) =>
          new Promise<void>((resolveDone, reject) => {
            const words = new WordMap(features);
            const pending: number[] = [];
            const send = () => {
              if (next >= tasks.length) return;
              const start = next;
              next = Math.min(tasks.length, next + BATCH_FILES);
              pending.push(start);
              worker.postMessage(tasks.slice(start, next));
            };
            worker.on('message', (reply: Reply) => {
              if ('error' in reply) {
                reject(new Error(`ingest: extraction failed in a worker: ${reply.error}`));
                return;
              }
              const start = pending.shift()!;
              words.learn(reply.words);
              reply.results.forEach((r, i) => {
                if (r.extraction && r.numbered)
                  r.extraction.articles.forEach((a, j) => words.add(a.id, r.numbered![j]!));
                delete r.numbered;
                if (r.parked) {
                  if (r.extraction && items) {
                    park(items, r.extraction.articles, r.parked);
                    recurring?.add(r.parked.texts);
                    r.textsCounted = true;
                  }
                  r.parked = undefined;
                }
                if (r.items) {
                  if (r.extraction) items?.note(r.extraction.articles, k, r.items);
                  r.items = undefined;
                }
                results[start + i] = r;
              });
              send();
              if (pending.length === 0) resolveDone();
            });
            let failure = '';
            worker.on('error', (e) => (failure = e.message));
            worker.on('exit', (code) => {
              if (pending.length === 0) return;
              const files = pending.reduce((n, start) => n + Math.min(BATCH_FILES, tasks.length - start), 0);
              warn(
                `an extraction worker stopped (exit code ${code}${failure ? `: ${failure}` : ''}); its ${files} files are extracted in this thread`,
              );
              try {
                for (const start of pending.splice(0)) extractHere(start, start + BATCH_FILES);
                resolveDone();
              } catch (e) {
                reject(e instanceof Error ? e : new Error(String(e)));
              }
            });
            for (let i = 0; i < BATCHES_IN_FLIGHT; i++) send();
            if (pending.length === 0) resolveDone();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  // What no worker was left to take.
  if (next < tasks.length) extractHere(next, tasks.length);
  return results;
}
