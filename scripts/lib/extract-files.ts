/**
 * One input file from disk to its source facts and articles, through the content-hash cache:
 * the same function runs in each extraction worker (`extract-worker.ts`) and, for small
 * folders, in the ingest's own thread.
 */
import { readFileSync } from 'node:fs';
import { atPath, extractFile, fileContextKey, type FileExtraction } from '../../src/core/ingest/file-extract';
import { formatOf, readSource, setSha256, type InputFormat, type SourceFacts } from '../../src/core/ingest/sources';
import type { ParagraphMemo } from '../../src/core/compare/quotes';
import { OutletRegistry } from '../../src/core/outlets';
import type { ManifestEntry, OutletRecord } from '../../src/core/types';
import {
  toGroupInput,
  withPrint,
  type ArticleFeatures,
  type InternedFeatures,
} from '../../src/core/group/article-features';
import { DEFAULT_GROUPING } from '../../src/core/group/vectors';
import {
  articleHash,
  entryKey,
  filesFolder,
  groupingOf,
  hashesAt,
  readCacheEntry,
  schemaVersion,
  sha256Hex,
  toEntry,
  writeCacheEntry,
} from './extract-cache';
import { oneByteText } from './one-byte';
import type { ItemWriter, Parked } from './item-texts';

/** What every file of a run shares (sent to each worker once). */
export interface ExtractSetup {
  registry: OutletRecord[];
  now: string | undefined;
  /** The cache folder (its entries in `filesFolder(cacheDir, generation)`); null: no cache. */
  cacheDir: string | null;
  /** `runKey()`: the cache format, the extractor's version and the registry. */
  runKey: string;
  /** `generationOf()`: the cache format and the extractor's version (where the entries are kept). */
  generation: string;
  /** `groupingVersion()`: the version of the code that works out the articles' grouping features. */
  groupingVersion: string;
  /** A worker's file for its articles' texts as the corpus holds them (`item-texts.ts`); none: not made. */
  itemsFd?: number;
  /** With `itemsFd`: the articles are sent without their text fields, which the ingest reads from the file (`parkArticles`). */
  park?: boolean;
}

export interface ExtractTask {
  full: string;
  path: string;
  entry: ManifestEntry | undefined;
  /** The file's SHA-256 and size as the last run found them, the file unchanged since (`file-hashes.ts`): its cache entry is read without reading the file. */
  known?: { sha256: string; bytes: number };
}

export interface ExtractResult {
  /** The file's facts; a readable file's text is left out (its extraction is done). */
  facts: SourceFacts;
  extraction?: FileExtraction;
  /** Its articles' grouping features (`article-features.ts`), in their order; absent with no extraction. */
  features?: ArticleFeatures[];
  /** From a worker: `features` with their words as the worker's numbers (`feature-transfer.ts`). */
  numbered?: InternedFeatures[];
  /** Its articles' `articleHash`es, in their order; absent with no extraction. */
  hashes?: string[];
  /** From a worker that makes them: where its articles' texts are (`ItemWriter.add`). */
  items?: number[];
  /** From a worker that makes them: which of its articles are sent without their text fields (`parkArticles`). */
  parked?: Parked;
  /** Its articles' texts counted for `Recurring` as they arrived (from `parked`). */
  textsCounted?: true;
  /** How the result was had: extracted now, from the cache, or neither (a type Parallax does not read). */
  via: 'extracted' | 'cache' | 'none';
  /** Taken from the cache without reading the file (`ExtractTask.known`). */
  unread?: true;
  /** A cache entry that could not be used. */
  warning?: string;
}

/**
 * Paragraphs the quote extractor keeps read across one extractor's files (republished copies
 * repeat them); past this many it starts afresh, so a worker's memory stays bounded. Small, as
 * the memos of `memoized` are (see there): a worker's memos are what its heap holds live.
 */
const MEMO_PARAGRAPHS = 5_000;

/** What grouping and the search for copies read of each article, worked out here, where the articles are, a core at a time. */
function featuresOf(extraction: FileExtraction): ArticleFeatures[] {
  return extraction.articles.map((a) => withPrint(toGroupInput(a), DEFAULT_GROUPING));
}

/**
 * `items`: where to write each article's text as the corpus holds it (`item-texts.ts`); a file's
 * entry notes that its articles passed the corpus's schema as written (`CacheEntry.checked`), so
 * that a file read from the cache at the same path is not checked again.
 */
export function createFileExtractor(setup: ExtractSetup, items?: ItemWriter): (task: ExtractTask) => ExtractResult {
  const schema = items ? schemaVersion() : undefined;
  setSha256(sha256Hex);
  const cacheDir = setup.cacheDir === null ? null : filesFolder(setup.cacheDir, setup.generation);
  const registry = new OutletRegistry(setup.registry);
  const paragraphs: ParagraphMemo = new Map();
  /** The file's result from its cache entry, or why there is none. */
  const fromCache = (
    task: ExtractTask,
    sha256: string,
    bytes: number,
    format: InputFormat,
    key: string,
  ): { result: ExtractResult } | { miss: true } | { corrupt: string } => {
    const read = readCacheEntry(cacheDir!, key);
    if (!('hit' in read)) return read;
    const { decoded, extraction } = read.hit;
    const facts: SourceFacts = {
      path: task.path,
      sha256,
      bytes,
      format,
      decoded: decoded.ok ? { ok: true, text: '', textKey: decoded.textKey } : decoded,
    };
    if (!extraction) return { result: { facts, via: 'cache' } };
    let features = groupingOf(read.hit, setup.groupingVersion);
    // Entries written before the grouping code changed, or before hashes were kept: their articles
    // stand; what is missing is worked out again and kept.
    let missing = !features || !read.hit.hashes;
    features ??= featuresOf(extraction);
    // Absent for another file of the same bytes than the one the entry was made for: worked out here.
    const known = hashesAt(read.hit, task.path);
    const at = atPath(extraction, task.path);
    const hashes = known ?? at.articles.map(articleHash);
    const result: ExtractResult = { facts, extraction: at, features, hashes, via: 'cache' };
    let checked = known ? read.hit.checked : undefined;
    if (items) {
      const made = items.add(at.articles, checked === schema);
      result.items = made.at;
      if (made.passed && checked !== schema) {
        checked = schema;
        missing = true;
      }
    }
    if (missing) {
      // A check is of the articles as they were at the entry's path: one made at another is not kept.
      const { checked: _earlier, ...entry } = read.hit;
      writeCacheEntry(cacheDir!, {
        ...entry,
        grouping: { version: setup.groupingVersion, features },
        hashes: { path: task.path, of: hashes },
        ...(checked ? { checked } : {}),
      });
    }
    return { result };
  };
  return (task) => {
    const format = formatOf(task.path);
    const keyOf = (f: InputFormat, sha256: string) =>
      entryKey(setup.runKey, sha256, fileContextKey(f, task.entry, setup.now));
    if (task.known && format && cacheDir) {
      // Unchanged since the last run: its entry, if there is one, without reading the file.
      const read = fromCache(task, task.known.sha256, task.known.bytes, format, keyOf(format, task.known.sha256));
      if ('result' in read) return { ...read.result, unread: true };
    }
    const bytes = new Uint8Array(readFileSync(task.full));
    const sha256 = sha256Hex(bytes);
    if (!format) return { facts: { path: task.path, sha256, bytes: bytes.length, format }, via: 'none' };
    const key = keyOf(format, sha256);
    let warning: string | undefined;
    if (cacheDir) {
      const read = fromCache(task, sha256, bytes.length, format, key);
      if ('result' in read) return read.result;
      if ('corrupt' in read) warning = read.corrupt;
    }
    if (paragraphs.size > MEMO_PARAGRAPHS) paragraphs.clear();
    const facts = readSource({ path: task.path, bytes }, sha256);
    const decoded = facts.decoded!;
    const extraction = decoded.ok
      ? extractFile(
          { path: task.path, sha256, format, text: decoded.text },
          { entry: task.entry, now: setup.now, registry, paragraphs },
        )
      : undefined;
    if (extraction) oneByteText(extraction.articles);
    const features = extraction && featuresOf(extraction);
    // For the event cache's keys: no cache, no keys.
    const hashes = cacheDir ? extraction?.articles.map(articleHash) : undefined;
    const made = items && extraction ? items.add(extraction.articles, false) : undefined;
    if (cacheDir)
      writeCacheEntry(
        cacheDir,
        toEntry(
          key,
          facts,
          extraction,
          features && { version: setup.groupingVersion, features },
          hashes && { path: task.path, of: hashes },
          made?.passed ? schema : undefined,
        ),
      );
    if (decoded.ok) facts.decoded = { ok: true, text: '', textKey: decoded.textKey };
    const result: ExtractResult =
      extraction && features ? { facts, extraction, features, via: 'extracted' } : { facts, via: 'extracted' };
    if (result.extraction && hashes) result.hashes = hashes;
    if (result.extraction && made) result.items = made.at;
    if (warning) result.warning = warning;
    return result;
  };
}
