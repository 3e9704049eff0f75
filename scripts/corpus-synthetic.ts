/**
 * npm run corpus:synthetic -- --articles N --out DIR [--seed S] [--start YYYY-MM-DD] [--days D]
 *                             [--outlets K] [--data DIR] [--seeds DIR]
 * Writes a large seeds folder for benchmarks (ingest it with PARALLAX_SEEDS=DIR npm run build or
 * npm run ingest -- --seeds DIR): page dumps and .jsonl records made from real article text
 * (../shared/data when present, the seed articles otherwise), outlets.json, manifest.json and
 * the generator's truth in DIR/.truth.json. The same --articles and --seed give a
 * byte-identical folder. See scripts/lib/synthetic/.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { folderSink } from './lib/synthetic/folder-sink';
import { DEFAULT_START, generateFolder } from './lib/synthetic/generate';
import { DATASETS, loadSeedsSource, loadSharedSource } from './lib/synthetic/load-source';

function fail(message: string): never {
  process.stderr.write(`corpus:synthetic: ${message}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      articles: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      start: { type: 'string', default: DEFAULT_START },
      days: { type: 'string' },
      outlets: { type: 'string' },
      data: { type: 'string' },
      seeds: { type: 'string', default: 'seeds' },
    },
    strict: true,
  }).values;
} catch (e) {
  fail(`${e instanceof Error ? e.message : String(e)} (usage: --articles N --out DIR [--seed S])`);
}
const integer = (name: string, value: string | undefined, min: number): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) fail(`--${name} "${value}" must be an integer of at least ${min}`);
  return n;
};
const articles = integer('articles', args.articles, 1);
if (articles === undefined) fail('--articles N is required');
if (!args.out) fail('--out DIR is required');
if (!/^\d{4}-\d{2}-\d{2}$/.test(args.start) || Number.isNaN(Date.parse(args.start)))
  fail(`--start "${args.start}" is not a YYYY-MM-DD day`);
const seed = integer('seed', args.seed, 0)!;
const out = resolve(args.out);
if (existsSync(out) && readdirSync(out).length > 0)
  fail(`${out} is not empty; give a new or empty folder (a folder the generator writes is exactly its output)`);

const dataDir = resolve(args.data ?? join(import.meta.dirname, '../../shared/data'));
const shared = loadSharedSource(dataDir);
if (!shared)
  console.log(
    `corpus:synthetic: no article dataset under ${dataDir} (${Object.values(DATASETS)
      .slice(0, 3)
      .join(', ')}); building from the seed articles in ${args.seeds} instead`,
  );
const source = shared ?? loadSeedsSource(args.seeds);

const sink = folderSink(out);

const t0 = performance.now();
const s = generateFolder(
  source,
  {
    articles,
    seed,
    start: args.start,
    ...(args.days ? { days: integer('days', args.days, 1)! } : {}),
    ...(args.outlets ? { outlets: integer('outlets', args.outlets, 10)! } : {}),
  },
  sink,
);
const seconds = (performance.now() - t0) / 1000;
const n = (x: number) => x.toLocaleString('en');
const pct = (x: number, of: number) => `${Math.round((100 * x) / Math.max(1, of))}%`;
console.log(
  `corpus:synthetic: ${out}: ${n(s.files)} files (${n(s.pages)} pages, ${n(s.feeds)} .jsonl with ${n(s.records)} records, ${n(s.duplicates)} saved twice), ` +
    `${n(s.articles)} articles in ${n(s.events)} events over ${s.days} days (${pct(s.singleEvents, s.events)} single, largest ${s.largestEvent}), ` +
    `${n(s.copies)} copies, ${n(s.aggregated)} via aggregators, ${(s.bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s; text: ${s.source}`,
);
