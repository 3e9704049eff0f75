/**
 * npm run ingest -- --seeds <dir> --out <dir> [--now <ISO-8601 instant>]
 *                   [--cache <dir> | --no-cache] [--workers <n>] [--regroup]
 * Builds <out>/corpus.json from the raw inputs (see docs/corpus-contract.md): files are extracted
 * in worker threads (one per core; --workers 0: in this thread) and each file's result is kept in
 * a content-hash cache (node_modules/.cache/parallax-ingest unless --cache or --no-cache), so an
 * unchanged file is not extracted again. The corpus is the same with or without either, but for
 * one thing: a few pages added to a folder the cache knows are placed into the events the last
 * run made, which stay as they were (`--regroup`: every article clustered afresh, as without
 * the cache; see docs/corpus.md).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../src/core/ingest/config';
import { writeCheckedCorpus } from './lib/check-thread';
import { ingestFolder, type IngestFolderResult } from './lib/ingest-folder';
import { CorpusProblem } from './lib/write-corpus';

function fail(message: string): never {
  process.stderr.write(`ingest: ${message}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      seeds: { type: 'string' },
      out: { type: 'string' },
      now: { type: 'string' },
      quiet: { type: 'boolean' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean' },
      workers: { type: 'string' },
      regroup: { type: 'boolean' },
    },
    strict: true,
  }).values;
} catch (e) {
  fail(
    `${e instanceof Error ? e.message : String(e)} (usage: --seeds <dir> --out <dir> [--now <ISO-8601>] [--cache <dir> | --no-cache] [--workers <n>] [--regroup])`,
  );
}
if (!args.seeds) fail('--seeds <dir> is required');
if (!args.out) fail('--out <dir> is required');
if (args.now !== undefined && Number.isNaN(Date.parse(args.now)))
  fail(`--now "${args.now}" is not an ISO-8601 instant`);

if (args.cache !== undefined && args['no-cache']) fail('--cache <dir> and --no-cache cannot both be given');
const workers = args.workers === undefined ? undefined : Number(args.workers);
if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0))
  fail(`--workers "${args.workers}" must be a whole number (0: extract in this thread)`);

let result: IngestFolderResult;
try {
  result = await ingestFolder(args.seeds, {
    // Written once and done with: the events' comparisons need not stay in memory meanwhile.
    spill: true,
    cache: args['no-cache'] ? false : args.cache,
    regroup: args.regroup === true,
    ...(workers !== undefined ? { workers } : {}),
    ...(args.now ? { now: args.now } : {}),
  });
} catch (e) {
  if (e instanceof ConfigError) fail(e.message);
  throw e;
}
const { corpus, stats } = result;
try {
  mkdirSync(args.out, { recursive: true });
  await writeCheckedCorpus(join(args.out, 'corpus.json'), corpus, result.made);
} catch (e) {
  if (e instanceof CorpusProblem) throw new Error(`ingest: produced an invalid corpus: ${e.message}`);
  fail(`cannot write ${join(args.out, 'corpus.json')}: ${e instanceof Error ? e.message : String(e)}`);
}
result.close();

/** What placing articles into the last run's events did, and how to undo it. */
function placedNote(p: NonNullable<IngestFolderResult['stats']['placed']>): string {
  const parts = [p.added > 0 ? `${p.added} new articles` : '', p.changed > 0 ? `${p.changed} changed` : ''].filter(
    Boolean,
  );
  const placed =
    parts.length > 0 ? `${parts.join(' and ')} placed into the last run's events` : "the last run's events";
  const gone = p.removed > 0 ? `, ${p.removed} no longer in the folder taken out` : '';
  return `${placed}${gone}; --regroup clusters every article afresh`;
}

const count = (s: string) => corpus.sources.filter((x) => x.status === s).length;
if (!args.quiet) {
  console.log(
    `ingest: ${corpus.sources.length} files (${count('ok')} ok, ${count('rejected')} rejected, ${count('duplicate')} duplicate) -> ${corpus.articles.length} articles, ${corpus.events.length} events, ${corpus.stories.length} stories`,
  );
  for (const s of corpus.sources) {
    if (s.status !== 'ok') console.log(`  ${s.status}: ${s.file}: ${s.reason}`);
    for (const p of s.problems ?? []) console.log(`  problem: ${s.file}: ${p}`);
  }
  for (const c of corpus.corrections ?? [])
    if (!c.applied) console.log(`  correction not applied: grouping.json: ${c.kind} ${c.articleId}: ${c.reason}`);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `ingest: ${stats.extracted} files extracted, ${stats.cached} from the cache (${stats.unread} of them unchanged, not read again; ${stats.workers} workers) in ${seconds(stats.ms.extract)}; grouped in ${seconds(stats.ms.group)}${stats.clusteringFromCache ? ' (the clustering from the cache)' : stats.placed ? ` (${placedNote(stats.placed)})` : ''}, compared in ${seconds(stats.ms.compare)} (${stats.eventsFromCache} of ${corpus.events.length} events from the cache)`,
  );
  if (stats.cachePruned > 0)
    console.log(`ingest: deleted ${stats.cachePruned} cache folders that earlier versions of the code wrote`);
  console.log(`ingest: wrote ${join(args.out, 'corpus.json')}`);
}
