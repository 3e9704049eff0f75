/**
 * npm run bench (second part): event grouping time and peak memory for 1,000, 10,000 and
 * 100,000 articles. Each size runs in its own Node process, so its peak resident memory is
 * its own. Articles are generated deterministically from real article text: the seed
 * articles, plus the Giveme5W1H articles when ../shared/data is present (more variety).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { groupArticles } from '../src/core/group/group';
import { DEFAULT_GROUPING, type GroupInput } from '../src/core/group/vectors';
import { ingest } from '../src/core/ingest/ingest';
import { writeDocsSection } from './lib/docs-section';
import { rng } from './lib/rng';
import { readSeeds } from './lib/read-seeds';

const { values } = parseArgs({
  options: { size: { type: 'string' }, sizes: { type: 'string' }, 'no-write': { type: 'boolean' } },
});
const G5 = join(import.meta.dirname, '../../shared/data/giveme5w1h-news-cluster/articles.jsonl.gz');
/** Reports per generated event: 1 to this many, uniformly. */
const MAX_REPORTS = 6;
/** Sentences each report takes from its event's passage. */
const SENTENCES = 6;
/** Generated events spread over this many days. */
const SPAN_DAYS = 3 * 365;

interface Base {
  title: string;
  sentences: string[];
}

export function bases(): { list: Base[]; source: string } {
  const seeds = readSeeds(join(import.meta.dirname, '../seeds'));
  const corpus = ingest(seeds.files, seeds.options);
  const split = (body: readonly string[]) => body.join(' ').split(/(?<=[.!?])\s+(?=[A-Z"“])/);
  const list: Base[] = corpus.articles.map((a) => ({ title: a.title, sentences: split(a.body) }));
  let source = `the ${list.length} seed articles`;
  if (existsSync(G5)) {
    const rows = gunzipSync(readFileSync(G5)).toString('utf8').trim().split('\n');
    for (const r of rows) {
      const x = JSON.parse(r) as { title?: string; text?: string };
      if (x.title && x.text) list.push({ title: x.title, sentences: split(x.text.split('\n')) });
    }
    source += ` and ${rows.length} Giveme5W1H articles (../shared/data)`;
  }
  return { list: list.filter((b) => b.sentences.length >= SENTENCES), source };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mir',
  'tan',
  've',
  'sor',
  'ul',
  'den',
  'ri',
  'bo',
  'zhe',
  'pa',
  'nu',
  'gor',
  'el',
  'fi',
];

/** A made-up proper name, so that generated events have actors of their own. */
function name(random: () => number): string {
  const n = 2 + Math.floor(random() * 2);
  const w = Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
  return w[0]!.toUpperCase() + w.slice(1);
}

function day(offset: number): string {
  return new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** `count` articles in events of 1–6 reports; each event a passage of a real article with its own names and day. */
export function generate(count: number, list: readonly Base[]): GroupInput[] {
  const random = rng(7);
  const out: GroupInput[] = [];
  let event = 0;
  while (out.length < count) {
    // Half the passage from one real article, half from another: ~${list.length}² distinct passages.
    const pick = () => list[Math.floor(random() * list.length)]!;
    const [base, other] = [pick(), pick()];
    const half = (b: Base) => {
      const start = Math.floor(random() * (b.sentences.length - SENTENCES + 1));
      return b.sentences.slice(start, start + SENTENCES / 2);
    };
    const passage = [...half(base), ...half(other)];
    const who = `${name(random)} ${name(random)}`;
    const where = name(random);
    const eventDay = Math.floor(random() * SPAN_DAYS);
    const reports = 1 + Math.floor(random() * MAX_REPORTS);
    for (let r = 0; r < reports && out.length < count; r++) {
      const body = passage.filter(() => random() < 0.8);
      body.unshift(`${who} spoke in ${where} on the matter.`);
      out.push({
        id: `g${event}-${r}`,
        title: `${who}: ${base.title}`,
        body,
        date: day(eventDay + Math.floor(random() * 2)),
      });
    }
    event++;
  }
  return out;
}

if (values.size) {
  // Child: one size, one measurement, JSON on stdout.
  const size = Number(values.size);
  const { list } = bases();
  const inputs = generate(size, list);
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const g = groupArticles(inputs);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(
    JSON.stringify({
      size,
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      groups: g.groups.length,
      edges: g.pairs.length,
      rssBefore,
      peak: process.resourceUsage().maxRSS * 1024,
    }),
  );
} else {
  const sizes = (values.sizes ?? '1000,10000,100000').split(',').map(Number);
  const { source } = bases();
  const results: {
    size: number;
    ms: number;
    cpuMs: number;
    groups: number;
    edges: number;
    rssBefore: number;
    peak: number;
  }[] = [];
  for (const size of sizes) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--size', String(size)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (r.status !== 0) {
      console.error(`bench-group: ${size} articles failed:\n${r.stderr}`);
      process.exit(1);
    }
    const result = JSON.parse(r.stdout.trim().split('\n').pop()!);
    results.push(result);
    console.log(
      `group: ${size} articles in ${(result.ms / 1000).toFixed(2)} s (CPU ${(result.cpuMs / 1000).toFixed(2)} s) -> ${result.groups} events, ${result.edges} edges; peak RSS ${(result.peak / 2 ** 20).toFixed(0)} MB`,
    );
  }
  const mb = (b: number) => (b / 2 ** 20).toFixed(0);
  const rows = results.map((r, i) => {
    const prev = results[i - 1];
    const growth = prev ? `×${(r.ms / prev.ms).toFixed(1)} time for ×${(r.size / prev.size).toFixed(0)} articles` : '';
    return `| ${r.size.toLocaleString('en')} | ${(r.ms / 1000).toFixed(2)} s | ${(r.cpuMs / 1000).toFixed(2)} s | ${Math.round(r.size / (r.ms / 1000)).toLocaleString('en')} | ${r.groups.toLocaleString('en')} | ${r.edges.toLocaleString('en')} | ${mb(r.peak)} MB (${mb(r.rssBefore)} MB before) | ${growth} |`;
  });
  const md = `## Event grouping at scale (\`npm run bench\`)

Articles generated deterministically (seeded) from real article text — ${source}: each
generated event takes a ${SENTENCES}-sentence passage, half from one real article and half from another, gives it made-up
actor and place names and a day within ${SPAN_DAYS} days, and is reported 1–${MAX_REPORTS} times (each
report keeps about 80% of the passage's sentences). Time is wall-clock around
\`groupArticles()\` with the shipped settings (vectors, candidate index, similarity, average
link), and the process's CPU time (user + system, garbage collection included) over the same
call, which other work on a shared machine moves less; the generation is not timed. Each size runs in a fresh Node process; peak memory is
that process's maximum resident set size (\`process.resourceUsage().maxRSS\`), including
Node and the generated input (resident size before the call in brackets).

| articles | time | CPU time | articles/s | events | edges | peak RSS | growth |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

How the grouping computes at this scale: each article is tokenized once for its features and its
key names (a memo of word keys); every article's raw counts go into one growing pair of typed
arrays and its key names are views of one array (one small buffer outside the engine's heap per
article, 200,000 of them, made it collect the whole heap again and again); each candidate's
cosine reads a dense copy of the first article's weights; the similarity graph is three typed
arrays, not millions of objects, cut into components where it lies (not copied component by
component); the pairs further apart than the window are three flat arrays, not a small array per
pair; the average link's tables of neighbours are hash tables in one pair of typed arrays, three
quarters full (not rounded up to a power of two); refused merges are kept per group; an event's
cohesion is summed from the graph, not looked up in a map keyed by pair.

Settings: candidate index of ${DEFAULT_GROUPING.indexTerms} features per article, features with more than
${DEFAULT_GROUPING.maxPostings} postings within ±${DEFAULT_GROUPING.windowDays} days skipped. Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'},
${mb(totalmem())} MB RAM, Node ${process.version}.
`;
  if (!values['no-write']) {
    writeDocsSection('bench-group', md);
    console.log('bench-group: wrote docs/benchmarks.md');
  }
}
