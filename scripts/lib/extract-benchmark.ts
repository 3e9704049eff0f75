/**
 * The article-extraction benchmark (Scrapinghub/Zyte, 181 pages) as the evaluations read it:
 * the whole-page text dumps of `html-text`, the gold bodies with their addresses, the raw
 * HTML, and the normal ingest run on the dumps (one page per `.txt` input, no manifest, no
 * outlet registry).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ingest } from '../../src/core/ingest/ingest';
import type { Article, Corpus, Source } from '../../src/core/types';

export const DEFAULT_BENCHMARK_DIR = join(import.meta.dirname, '../../../shared/data/article-extraction-benchmark');

type Bodies = Record<string, { articleBody: string }>;

export interface ExtractionBenchmark {
  dir: string;
  /** Page ids, sorted. */
  ids: string[];
  /** The whole-page text dump of each page. */
  dumps: Bodies;
  gold: Record<string, { articleBody: string; url: string }>;
}

/**
 * Reads the benchmark from `dataDir` (default: ../shared/data/article-extraction-benchmark).
 * When it is absent, says what is needed and where, and exits with status 2.
 */
export function loadExtractionBenchmark(dataDir: string | undefined, task: string): ExtractionBenchmark {
  const dir = resolve(dataDir ?? DEFAULT_BENCHMARK_DIR);
  const dumpsPath = join(dir, 'outputs/html-text.json.gz');
  const goldPath = join(dir, 'ground-truth.json');
  if (!existsSync(dumpsPath) || !existsSync(goldPath)) {
    console.error(
      `${task}: needs the article-extraction benchmark at ${dir} (outputs/html-text.json.gz and ground-truth.json); pass --data <dir> if it is elsewhere`,
    );
    process.exit(2);
  }
  const raw = JSON.parse(gunzipSync(readFileSync(dumpsPath)).toString('utf8')) as { output?: Bodies } & Bodies;
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as ExtractionBenchmark['gold'];
  return { dir, ids: Object.keys(gold).sort(), dumps: raw.output ?? raw, gold };
}

/** A page's raw HTML (`html/<id>.html.gz`), or null when the folder has none for it. */
export function readBenchmarkHtml(bench: ExtractionBenchmark, id: string): string | null {
  const path = join(bench.dir, 'html', `${id}.html.gz`);
  return existsSync(path) ? gunzipSync(readFileSync(path)).toString('utf8') : null;
}

export interface IngestedBenchmark {
  corpus: Corpus;
  bySource: Map<string, Source>;
  byId: Map<Article['id'], Article>;
  /** The primary article the ingest found on a page, if any. */
  primaryOf: (id: string) => Article | undefined;
}

/** The normal ingest on every page's text dump, each page one `<id>.txt` input. */
export function ingestExtractionBenchmark(bench: ExtractionBenchmark): IngestedBenchmark {
  const encoder = new TextEncoder();
  const corpus = ingest(
    bench.ids.map((id) => ({ path: `${id}.txt`, bytes: encoder.encode(bench.dumps[id]?.articleBody ?? '') })),
  );
  const bySource = new Map(corpus.sources.map((s) => [s.file, s]));
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const primaryOf = (id: string) =>
    bySource
      .get(`${id}.txt`)
      ?.articleIds.map((a) => byId.get(a))
      .find((a) => a?.role === 'primary');
  return { corpus, bySource, byId, primaryOf };
}
