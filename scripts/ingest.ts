/**
 * npm run ingest -- --seeds <dir> --out <dir> [--now <ISO-8601 instant>]
 * Builds <out>/corpus.json from the raw inputs (see docs/corpus-contract.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../src/core/ingest/config';
import { ingest } from '../src/core/ingest/ingest';
import { parseCorpus } from '../src/core/schema';
import { readSeeds } from './lib/read-seeds';

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
    },
    strict: true,
  }).values;
} catch (e) {
  fail(`${e instanceof Error ? e.message : String(e)} (usage: --seeds <dir> --out <dir> [--now <ISO-8601>])`);
}
if (!args.seeds) fail('--seeds <dir> is required');
if (!args.out) fail('--out <dir> is required');
if (args.now !== undefined && Number.isNaN(Date.parse(args.now)))
  fail(`--now "${args.now}" is not an ISO-8601 instant`);

let seeds;
try {
  seeds = readSeeds(args.seeds);
} catch (e) {
  if (e instanceof ConfigError) fail(e.message);
  throw e;
}
const options = args.now ? { ...seeds.options, now: args.now } : seeds.options;
const corpus = ingest(seeds.files, options);
const check = parseCorpus(corpus);
if (!check.ok) throw new Error(`ingest: produced an invalid corpus: ${check.error}`);
try {
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, 'corpus.json'), `${JSON.stringify(corpus, null, 2)}\n`);
} catch (e) {
  fail(`cannot write ${join(args.out, 'corpus.json')}: ${e instanceof Error ? e.message : String(e)}`);
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
  console.log(`ingest: wrote ${join(args.out, 'corpus.json')}`);
}
