/**
 * The pipeline's per-file stages (extract and resolve) for one input file at a time, and the
 * merge of every file's result into what the later stages read. A file's articles depend on its
 * own text and its manifest entry, the outlet registry and "now", never on another file, so files
 * can be extracted in any order, in parallel or taken from a cache; `mergeExtractions` then gives
 * exactly what `runPipeline`'s extract and resolve stages give for the same files.
 */
import type { ParagraphMemo } from '../compare/quotes';
import { OutletRegistry, UNKNOWN_OUTLET } from '../outlets';
import type { ResolvedParts } from '../pipeline';
import { resolveArticles } from '../resolve/resolve';
import type { Article, ArticleId, ManifestEntry, Outlet, OutletRecord } from '../types';
import { extractInputs, type ExtractedInput } from './extract-inputs';
import type { InputFormat, ReadableInput, SourceRecord } from './sources';

/** What one file's extraction reads besides its own text. */
export interface FileContext {
  /** The manifest's entry for the file, if it has one. */
  entry: ManifestEntry | undefined;
  /** "Today" for relative dates when the entry gives no retrieval time (ISO-8601). */
  now: string | undefined;
  registry: OutletRegistry;
  /** Paragraphs the quote extractor has read, shared across a worker's files (the result is the same without it). */
  paragraphs?: ParagraphMemo;
}

/** One file's articles, as the extract and resolve stages leave them. */
export interface FileExtraction {
  format: InputFormat;
  /** Why the file holds no article; absent when it holds some. */
  rejection?: string;
  /** Lines of a `.jsonl` file that could not be read, or were read in part. */
  problems: string[];
  /** Its articles, in the order found, with ids, outlets, dates, quotes and citations. */
  articles: Article[];
  /** Outlets its records name by a domain the registry does not know, in id order. */
  newOutlets: Outlet[];
}

/** The ids of a registry's outlets, made once per registry (a worker extracts thousands of files with one). */
const idsMemo = new WeakMap<OutletRegistry, ReadonlySet<string>>();

function registeredIds(registry: OutletRegistry): ReadonlySet<string> {
  let ids = idsMemo.get(registry);
  if (!ids) {
    ids = new Set(registry.outlets.map((o) => o.id));
    idsMemo.set(registry, ids);
  }
  return ids;
}

export function extractFile(input: ReadableInput, context: FileContext): FileExtraction {
  const manifest: Record<string, ManifestEntry> = context.entry ? { [input.path]: context.entry } : {};
  const { registry } = context;
  const [found] = extractInputs([input], {
    manifest,
    now: context.now,
    isOutletName: (name) => registry.byExactName(name) !== undefined,
  });
  const resolved = resolveArticles([found!], {
    manifest,
    registry,
    ...(context.paragraphs ? { paragraphs: context.paragraphs } : {}),
  });
  const registered = registeredIds(registry);
  const result: FileExtraction = {
    format: found!.format,
    problems: found!.format === 'jsonl' ? found!.problems : [],
    articles: resolved.articles,
    newOutlets: resolved.outlets.filter((o) => !registered.has(o.id) && o.id !== UNKNOWN_OUTLET.id),
  };
  if (found!.rejection !== undefined) result.rejection = found!.rejection;
  return result;
}

/**
 * Everything besides the file's bytes that its extraction reads, as one string: its format, its
 * manifest entry and "now" (the registry, the same for every file of a run, is left to the
 * caller). A cache keyed by the bytes' hash and this string is never stale for a file.
 */
export function fileContextKey(format: InputFormat, entry: ManifestEntry | undefined, now: string | undefined): string {
  return JSON.stringify([format, entry ?? null, now ?? null]);
}

/** The same extraction for a file of the same bytes at another path (a file renamed or copied). */
export function atPath(extraction: FileExtraction, path: string): FileExtraction {
  for (const a of extraction.articles) a.sourceFile = path;
  return extraction;
}

/**
 * Every read file's extraction (by path) to what the pipeline's extract and resolve stages give:
 * articles in path order, each file's article ids, and the run's outlets (the registry's, those
 * records named first by domain, "unknown" when an article has no known outlet), in id order.
 */
export function mergeExtractions(
  sources: readonly SourceRecord[],
  inputs: readonly Pick<ReadableInput, 'path' | 'sha256'>[],
  found: ReadonlyMap<string, FileExtraction>,
  registry: readonly OutletRecord[],
): ResolvedParts {
  const articles: Article[] = [];
  const articleIds = new Map<string, ArticleId[]>();
  const extracted: ExtractedInput[] = [];
  const newOutlets = new Map<string, Outlet>();
  for (const input of inputs) {
    const x = found.get(input.path);
    if (!x) throw new Error(`core/ingest: no extraction for "${input.path}"`);
    // Only what assembleCorpus reads of the extract stage: the format, rejection and problems.
    const base = { path: input.path, sha256: input.sha256 };
    const lite: ExtractedInput =
      x.format === 'jsonl'
        ? { ...base, format: 'jsonl', records: [], problems: x.problems }
        : { ...base, format: 'page', drafts: [] };
    if (x.rejection !== undefined) lite.rejection = x.rejection;
    extracted.push(lite);
    for (const a of x.articles) articles.push(a);
    articleIds.set(
      input.path,
      x.articles.map((a) => a.id),
    );
    for (const o of x.newOutlets) if (!newOutlets.has(o.id)) newOutlets.set(o.id, o);
  }
  const usesUnknown = articles.some(
    (a) => a.outletId === UNKNOWN_OUTLET.id || a.viaOutletIds.includes(UNKNOWN_OUTLET.id),
  );
  // As OutletTable.outlets orders them, so that the corpus is the same byte for byte.
  const outlets = [
    ...registry.map(({ aliases: _aliases, ...o }) => o),
    ...newOutlets.values(),
    ...(usesUnknown ? [UNKNOWN_OUTLET] : []),
  ].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { sources, extracted, resolved: { articles, articleIds, outlets } };
}
