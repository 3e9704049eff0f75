/**
 * npm run bench [-- --sizes 1000,10000,100000] [--no-write] [--ingest-only]
 * The ingest at scale: for each size a seeds folder is generated (`npm run corpus:synthetic`,
 * into the temp directory, deleted after) and ingested three times in fresh Node processes, as
 * `npm run ingest` does it (extraction in worker threads, the content-hash cache): first with an
 * empty cache, then again with the cache the first run filled, then once more after one page in
 * a thousand was added as an updated copy. Reports each stage's time, the
 * peak memory, the corpus's size and the growth from one size to the next; writes the "bench"
 * section of docs/benchmarks.md. Then runs the grouping benchmark (bench-group.ts) at the same sizes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeDocsSection } from './lib/docs-section';
import { ingestFolder } from './lib/ingest-folder';
import { listSeedFiles } from './lib/read-seeds';
import { corpusJsonPieces } from './lib/write-corpus';
import { writeCheckedCorpus } from './lib/check-thread';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    'no-write': { type: 'boolean' },
    /** Skip the second part (grouping alone). */
    'ingest-only': { type: 'boolean' },
    child: { type: 'string' },
    cache: { type: 'string' },
  },
});

/** One ingest run, measured in its own process. */
interface Run {
  files: number;
  extracted: number;
  cached: number;
  /** Of those, files not read: their hashes from the run before's list. */
  unread: number;
  workers: number;
  articles: number;
  events: number;
  /** Events whose comparison came from the cache. */
  eventsFromCache: number;
  /** Articles placed into the cached run's events (`IngestStats.placed`); undefined when clustered afresh or read from the cache. */
  placed?: number;
  /** `write`: corpus.json written and checked, as `npm run ingest` does; in `total`. */
  ms: { extract: number; group: number; compare: number; corpus: number; write: number; total: number };
  /** CPU time of every thread of the process (user + system). */
  cpuMs: number;
  /** Peak resident set size of the process, workers included. */
  peak: number;
  /** corpus.json as the build emits it (no indentation). */
  jsonBytes: number;
}

if (values.child) {
  const t0 = performance.now();
  // As `npm run ingest` runs it: the comparisons kept on disk until the corpus is written.
  const { corpus, stats, close, made } = await ingestFolder(values.child, { cache: values.cache!, spill: true });
  // And corpus.json written as it writes it, checked as written.
  const out = mkdtempSync(join(tmpdir(), 'parallax-bench-out-'));
  const written = performance.now();
  await writeCheckedCorpus(join(out, 'corpus.json'), corpus, made);
  const total = performance.now() - t0;
  const write = performance.now() - written;
  rmSync(out, { recursive: true, force: true });
  // The ingest's time and memory, before the corpus is measured: measuring reads every article
  // (those whose text is on disk too, `item-texts.ts`), which the ingest did not.
  const usage = process.resourceUsage();
  let jsonBytes = 0;
  for (const piece of corpusJsonPieces(corpus, 0)) jsonBytes += Buffer.byteLength(piece);
  close();
  const run: Run = {
    files: stats.files,
    extracted: stats.extracted,
    cached: stats.cached,
    unread: stats.unread,
    workers: stats.workers,
    articles: corpus.articles.length,
    events: corpus.events.length,
    eventsFromCache: stats.eventsFromCache,
    ...(stats.placed ? { placed: stats.placed.added + stats.placed.changed } : {}),
    ms: { ...stats.ms, write, total },
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    peak: usage.maxRSS * 1024,
    jsonBytes,
  };
  console.log(JSON.stringify(run));
  process.exit(0);
}

const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`bench: --sizes "${values.sizes}" must be whole numbers separated by commas`);
  process.exit(2);
}

/**
 * A TypeScript script in a Node process of its own; `asIngest`: set up as `npm run ingest` sets
 * up the ingest's (`scripts/ingest-node.mjs`).
 */
function spawnTsx(args: string[], asIngest = false): string {
  const launch = asIngest ? [join(import.meta.dirname, 'ingest-node.mjs')] : ['--import', 'tsx'];
  const r = spawnSync(process.execPath, [...launch, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) {
    console.error(`bench: ${args.join(' ')} failed (exit ${r.status})`);
    process.exit(1);
  }
  return r.stdout;
}

interface Row {
  size: number;
  inputBytes: number;
  cold: Run;
  warm: Run;
  /** The cached run again after `addedFiles` pages were added to the folder. */
  added: Run;
  addedFiles: number;
}

/** One page in this many gets an updated copy before the third run. */
const ADD_ONE_IN = 1000;

/**
 * Adds an updated copy (its text and one more paragraph, under a new name) of every
 * `ADD_ONE_IN`th page of the folder, and of one page at least, as a day's updates to a corpus
 * would: each new page joins the event of the page it updates. Returns how many were added.
 */
function addUpdatedPages(seeds: string): number {
  const pages = listSeedFiles(seeds).filter((f) => f.path.endsWith('.txt'));
  let added = 0;
  // At least one page, in a folder of fewer than ADD_ONE_IN.
  for (let i = Math.min(ADD_ONE_IN, pages.length) - 1; i < pages.length; i += ADD_ONE_IN) {
    const page = pages[i]!;
    const text = readFileSync(page.full, 'utf8').trimEnd();
    writeFileSync(
      page.full.replace(/\.txt$/, '-updated.txt'),
      `${text}\n\nThis article was updated with further details after it was first published.\n`,
    );
    added++;
  }
  return added;
}

const rows: Row[] = [];
for (const size of sizes) {
  const work = mkdtempSync(join(tmpdir(), `parallax-bench-${size}-`));
  try {
    const seeds = join(work, 'seeds');
    const made = spawnTsx([
      join(import.meta.dirname, 'corpus-synthetic.ts'),
      '--articles',
      String(size),
      '--out',
      seeds,
    ]);
    const mb = /([\d.]+) MB in/.exec(made);
    const inputBytes = mb ? Number(mb[1]) * 2 ** 20 : 0;
    const cache = join(work, 'cache');
    const measure = () =>
      JSON.parse(
        spawnTsx([import.meta.filename, '--child', seeds, '--cache', cache], true)
          .trim()
          .split('\n')
          .pop()!,
      ) as Run;
    const cold = measure();
    const warm = measure();
    const addedFiles = addUpdatedPages(seeds);
    const added = measure();
    rows.push({ size, inputBytes, cold, warm, added, addedFiles });
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `bench: ${size} articles: cold ${s(cold.ms.total)} (extract ${s(cold.ms.extract)}, group ${s(cold.ms.group)}, compare ${s(cold.ms.compare)}), peak ${(cold.peak / 2 ** 20).toFixed(0)} MB; cached ${s(warm.ms.total)} (extract ${s(warm.ms.extract)}, ${warm.unread} of ${warm.files} files not read); ${addedFiles} pages added: ${s(added.ms.total)} (${added.extracted} extracted, ${added.eventsFromCache} of ${added.events} events from the cache)`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
const n = (x: number) => x.toLocaleString('en');
const growth = (i: number, pick: (r: Row) => number) => {
  const prev = rows[i - 1];
  return prev ? ` (×${(pick(rows[i]!) / pick(prev)).toFixed(1)})` : '';
};
const table = rows
  .map(
    (r, i) =>
      `| ${n(r.size)} | ${n(r.cold.files)} (${mib(r.inputBytes)}) | ${sec(r.cold.ms.extract)} | ${sec(r.cold.ms.group)} | ${sec(r.cold.ms.compare + r.cold.ms.corpus + r.cold.ms.write)} | **${sec(r.cold.ms.total)}**${growth(i, (x) => x.cold.ms.total)} | ${(r.cold.cpuMs / r.cold.ms.total).toFixed(2)} | ${mib(r.cold.peak)}${growth(i, (x) => x.cold.peak)} | ${sec(r.warm.ms.extract)} | **${sec(r.warm.ms.total)}**${growth(i, (x) => x.warm.ms.total)} | ${mib(r.warm.peak)} | ${n(r.addedFiles)}: **${sec(r.added.ms.total)}** (${sec(r.added.ms.group)} grouping${r.added.placed === undefined ? ', all clustered afresh' : `, ${n(r.added.placed)} articles placed`}, ${n(r.added.events - r.added.eventsFromCache)} events compared) | ${mib(r.cold.jsonBytes)} |`,
  )
  .join('\n');

const md = `## Ingest at scale (\`npm run bench\`)

For each size, \`npm run corpus:synthetic\` writes a seeds folder of that many articles (pages,
\`.jsonl\` feeds, copies, aggregator pages, duplicates, outlets and manifest; real article text from
../shared/data when present, the seed articles otherwise) into the temp directory, and the folder
is ingested three times, each in a fresh Node process, as \`npm run ingest\` ingests it
(\`scripts/lib/ingest-folder.ts\`): reading, decoding, extraction and resolution of each file in
worker threads, one per core, through the content-hash cache (which also keeps what grouping and
the search for copies read of each article); grouping, comparison and the
corpus in the main thread, which lends the grouping's candidate pairs and the events'
descriptions and comparisons, about half of each, to a second thread. The first run starts with an empty cache ("cold"), the second finds
every file, the clustering of the articles into events, and every event's comparison and
description, in the cache the first filled, without reading the pages again: their hashes are
in the first run's list ("cached"; the pages were just written, so the operating system has them
in memory either way). Then an updated copy of one page in ${n(ADD_ONE_IN)} (its text and one more paragraph, under a new
name) is added to the folder and it is ingested a third time ("pages added": the new pages are
extracted and their articles placed into the cached run's events, \`src/core/group/extend.ts\`, and
only the events whose articles changed are compared and described again). Times are wall-clock; "cores" is the
process's CPU time (all threads) over its wall-clock time; peak memory is the process's maximum
resident set size (\`process.resourceUsage().maxRSS\`, workers included). Each run ends as
\`npm run ingest\` does, with \`corpus.json\` written and checked as written ("comparison and
corpus" and the totals include it). The corpus size is
\`corpus.json\` as the build emits it (no indentation), counted piece by piece, not held whole.

| articles | files (input) | per-file stages | grouping | comparison and corpus | total | cores | peak RSS | cached: per-file | cached: total | cached: peak | pages added: total | corpus.json |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${table}

Growth in brackets: against the size above. The per-file stages grow linearly by construction
(each file is read and extracted on its own; the workers hold one batch of files at a time); what
grows faster is grouping and comparison, which look across articles. Browser figures at these
sizes (first feed render, filter and search latency, JS heap) are not taken here: they belong in
their own section, written by the browser benchmark.

Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${mib(totalmem())} RAM, Node ${process.version}.
The machine may be shared: "cores" well below 2 while the workers run means other work had the rest.
`;

if (!values['no-write']) {
  writeDocsSection('bench', md);
  console.log('bench: wrote docs/benchmarks.md');
}

// The second part (grouping alone, scripts/bench-group.ts) at the same sizes.
if (!values['ingest-only'])
  process.stdout.write(
    spawnTsx([
      join(import.meta.dirname, 'bench-group.ts'),
      '--sizes',
      values.sizes,
      ...(values['no-write'] ? ['--no-write'] : []),
    ]),
  );
