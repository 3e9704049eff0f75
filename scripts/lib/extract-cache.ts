/**
 * The ingest's content-hash cache: what one input file's extraction gave (its text key, or why
 * it is not readable, and its articles), stored under a key made of the file's SHA-256, what else
 * the extraction reads (format, manifest entry, "now", the outlet registry) and the extractor's
 * version: a hash of the source of every module the extraction runs. Editing a rule changes that
 * hash, so a rule change invalidates the cache without anyone remembering to bump a number.
 *
 * One JSON file per entry, `<dir>/files/<generation>/<key[0..2]>/<key>.json`, written to a
 * temporary name and renamed, so a run cut short never leaves half an entry. An entry that cannot
 * be read or does not have the expected shape is a miss (the file is extracted again and the
 * entry rewritten). A generation is the cache's format and the extractor's version
 * (`generationOf`): entries of any other can never be read again, so each run deletes them
 * (`pruneGenerations`), and the cache holds one extraction of each file (for each outlet
 * registry it was read with), not one for every version of the code.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { featureOptionsKey, type ArticleFeatures } from '../../src/core/group/article-features';
import { DEFAULT_GROUPING } from '../../src/core/group/vectors';
import type { FileExtraction } from '../../src/core/ingest/file-extract';
import type { SourceFacts } from '../../src/core/ingest/sources';
import type { OutletRecord } from '../../src/core/types';

const ROOT = resolve(import.meta.dirname, '../..');

/** Where `npm run ingest` and the build keep the cache unless told otherwise. */
export const DEFAULT_CACHE_DIR = join(ROOT, 'node_modules/.cache/parallax-ingest');

/** The layout of an entry; bump when `CacheEntry` changes shape. */
export const CACHE_FORMAT = 1;

/** The modules whose imports, followed transitively, are the per-file extraction. */
const EXTRACTION_ENTRIES = ['src/core/ingest/file-extract.ts', 'src/core/ingest/sources.ts'];

/** What a file's bytes gave: `decoded` of its SourceFacts without the text, and its articles. */
export interface CacheEntry {
  format: typeof CACHE_FORMAT;
  key: string;
  decoded: { ok: true; textKey: string } | { ok: false; reason: string };
  /** Absent when the bytes are not readable text. */
  extraction?: FileExtraction;
  /** Its articles' grouping features, by the version of the code that worked them out (absent: none yet). */
  grouping?: GroupingFeatures;
  /** Its articles' `articleHash`es, as they were at `path` (absent: none yet). */
  hashes?: { path: string; of: string[] };
  /**
   * `schemaVersion()` of the corpus's schema that its articles, as they were at `hashes.path`,
   * passed as `corpus.json` holds them (`item-texts.ts`); absent: not checked.
   */
  checked?: string;
}

/** The grouping features of a file's articles (`article-features.ts`), in the articles' order. */
export interface GroupingFeatures {
  version: string;
  features: ArticleFeatures[];
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * An article's content hash, by which the event cache knows it (`event-cache.ts`): the SHA-256
 * of its JSON. Worked out where the article is extracted and kept in its file's cache entry, so
 * that the ingest's thread does not stringify every article again (2 s at 100,000 articles).
 */
export function articleHash(article: object): string {
  return createHash('sha256').update(JSON.stringify(article)).digest('base64');
}

/** The entry's articles' hashes when they were worked out at `path` (their articles then are as read there). */
export function hashesAt(entry: CacheEntry, path: string): string[] | undefined {
  const h = entry.hashes;
  if (!isObject(h) || h.path !== path || !Array.isArray(h.of)) return undefined;
  const of = h.of as unknown[];
  const count = entry.extraction?.articles.length ?? 0;
  return of.length === count && of.every((x) => typeof x === 'string') ? (of as string[]) : undefined;
}

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s(?:[^'";]*?\sfrom\s)?\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveModule(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec.replace(/\.js$/, ''));
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base]) {
    if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
  }
  return null;
}

function packageVersion(spec: string): string {
  const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
  try {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
      version?: string;
    };
    return `${name}@${pkg.version ?? '?'}`;
  } catch {
    return `${name}@?`;
  }
}

/** A statement that imports or exports types alone: erased when the code runs, so not part of what runs. */
const TYPE_ONLY = /^[\s;]*(?:import|export)\s+type\s/;

/**
 * The project modules that running `entries` runs (the entries and what they import,
 * transitively; imports of types alone are not followed: they change nothing at run time), in
 * path order, and the packages they import.
 */
export function modulesOf(entries: readonly string[]): { files: string[]; packages: string[] } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((p) => join(ROOT, p));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      if (TYPE_ONLY.test(m[0])) continue;
      const spec = m[1] ?? m[2]!;
      if (spec.startsWith('.')) {
        const found = resolveModule(file, spec);
        if (found) queue.push(found);
      } else if (!spec.startsWith('node:')) packages.add(packageVersion(spec));
    }
  }
  return { files: [...seen].sort(), packages: [...packages].sort() };
}

/** The project modules the extraction runs, and the packages they import (`modulesOf`). */
export function extractionModules(): { files: string[]; packages: string[] } {
  return modulesOf(EXTRACTION_ENTRIES);
}

const versions = new Map<string, string>();

/**
 * The version of the code that running `entries` runs: SHA-256 over the source of every project
 * module it runs (`modulesOf`) and the versions of the packages they import.
 */
export function codeVersion(entries: readonly string[]): string {
  const id = entries.join('\0');
  const known = versions.get(id);
  if (known) return known;
  const { files, packages } = modulesOf(entries);
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.slice(ROOT.length)}\0`).update(readFileSync(file));
  for (const p of packages) hash.update(`${p}\0`);
  const version = hash.digest('hex');
  versions.set(id, version);
  return version;
}

/**
 * The extractor's version (`codeVersion` of the extraction's modules). A change to grouping or
 * comparison leaves it, and the extraction's entries, as they were.
 */
export function extractorVersion(): string {
  return codeVersion(EXTRACTION_ENTRIES);
}

/** The version of the code that works out an article's grouping features, and of the options it reads. */
export function groupingVersion(): string {
  return sha256Hex(`${codeVersion(['src/core/group/article-features.ts'])}\0${featureOptionsKey(DEFAULT_GROUPING)}`);
}

/** The version of the corpus's schema (`src/core/schema.ts` and what it runs), for `CacheEntry.checked`. */
export function schemaVersion(): string {
  return codeVersion(['src/core/schema.ts']);
}

/** The part of every key that is the same for all files of a run: the format, extractor and registry. */
export function runKey(registry: readonly OutletRecord[], extractor = extractorVersion()): string {
  return sha256Hex(`${CACHE_FORMAT}\0${extractor}\0${JSON.stringify(registry)}`);
}

/**
 * The generation a run's entries are kept in: the cache's format and the extractor, not the
 * registry (an editor who goes back to another seeds folder's outlets finds its entries still there).
 */
export function generationOf(extractor = extractorVersion()): string {
  return sha256Hex(`${CACHE_FORMAT}\0${extractor}`);
}

export function entryKey(run: string, fileSha256: string, context: string): string {
  return sha256Hex(`${run}\0${fileSha256}\0${context}`);
}

function entryPath(dir: string, key: string): string {
  return join(dir, key.slice(0, 2), `${key}.json`);
}

/** The name of a generation's folder: the start of the hash of what all its keys share. */
const GENERATION = /^[0-9a-f]{16}$/;

/** The folder of one generation of entries: `<parent>/<version[0..16]>`. */
export function generationFolder(parent: string, version: string): string {
  return join(parent, version.slice(0, 16));
}

/** A folder of stale entries moved aside, to be deleted (`pruneGenerations`). */
const DISCARDED = /^\.discarded-/;

/** What `pruneGenerations` found to delete, and the deletion under way. */
export interface Pruning {
  folders: number;
  /** Settles once the folders are gone (a failure is left for the next run to finish). */
  done: Promise<void>;
}

/**
 * Deletes every generation in `parent` but `keep`'s: the folders whose names `named` matches (by
 * default, as `generationFolder` names them); anything else there is left alone. Each is renamed
 * aside at once, and deleted while the run goes on (a generation at 100,000 articles is about
 * 100,000 files); one left aside by a run cut short is deleted by the next.
 */
export function pruneGenerations(parent: string, keep: string, named: RegExp = GENERATION): Pruning {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return { folders: 0, done: Promise.resolve() };
  }
  const kept = keep.slice(0, 16);
  const aside: string[] = [];
  let folders = 0;
  for (const name of names) {
    if (DISCARDED.test(name)) aside.push(join(parent, name));
    else if (name !== kept && named.test(name)) {
      const moved = join(parent, `.discarded-${name}-${process.pid}-${Date.now()}`);
      try {
        renameSync(join(parent, name), moved);
      } catch {
        continue; // Another run moved it first.
      }
      aside.push(moved);
      folders++;
    }
  }
  const done = Promise.all(aside.map((p) => rm(p, { recursive: true, force: true }))).then(
    () => undefined,
    () => undefined,
  );
  return { folders, done };
}

/** The folders of entries from before they were kept by generation (`<key[0..2]>`). */
export const UNSORTED_ENTRIES = /^[0-9a-f]{2}$/;
/** A generation's folder, or one of entries from before they were kept by generation. */
export const ANY_ENTRIES = /^(?:[0-9a-f]{16}|[0-9a-f]{2})$/;

/** Where a run's extraction entries go: its generation's folder (`generationOf`) under `<dir>/files`. */
export function filesFolder(dir: string, generation: string): string {
  return generationFolder(join(dir, 'files'), generation);
}

export type CacheRead = { hit: CacheEntry } | { miss: true } | { corrupt: string };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Checks the shape an entry was written in; the articles themselves are not validated again
 * (they were the extractor's output, and the key names the bytes and code that made them).
 */
function isEntry(x: unknown, key: string): x is CacheEntry {
  if (!isObject(x) || x.format !== CACHE_FORMAT || x.key !== key || !isObject(x.decoded)) return false;
  const d = x.decoded;
  if (d.ok === false) return typeof d.reason === 'string' && x.extraction === undefined;
  if (d.ok !== true || typeof d.textKey !== 'string' || !isObject(x.extraction)) return false;
  const e = x.extraction;
  return (
    (e.format === 'page' || e.format === 'jsonl') &&
    Array.isArray(e.articles) &&
    e.articles.every(isObject) &&
    Array.isArray(e.problems) &&
    Array.isArray(e.newOutlets) &&
    (e.rejection === undefined || typeof e.rejection === 'string')
  );
}

/**
 * The JSON entry at `path`: its value, a miss when there is none, or why it cannot be read (what
 * to say about it, ending with `redo`: what the caller does instead).
 */
export function readEntryFile(path: string, redo: string): { value: unknown } | { miss: true } | { corrupt: string } {
  const text = readEntryText(path);
  return text === undefined ? { miss: true } : parseEntryText(path, text, redo);
}

/** The text of the entry at `path`; undefined when there is none. */
export function readEntryText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** An entry's text (read from `path`) parsed, or why it cannot be, with what is done instead (`redo`). */
export function parseEntryText(path: string, text: string, redo: string): { value: unknown } | { corrupt: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    return { corrupt: `${path}: unreadable cache entry (${e instanceof Error ? e.message : String(e)}); ${redo}` };
  }
}

/** Writes an entry to a temporary name and renames it, so that a run cut short never leaves half an entry. */
export function writeEntryFile(path: string, value: unknown): void {
  writeEntryText(path, JSON.stringify(value));
}

/** `writeEntryFile` of an entry's JSON text. */
export function writeEntryText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

export function readCacheEntry(dir: string, key: string): CacheRead {
  const path = entryPath(dir, key);
  const read = readEntryFile(path, 'extracting again');
  if (!('value' in read)) return read;
  return isEntry(read.value, key)
    ? { hit: read.value }
    : { corrupt: `${path}: cache entry of an unexpected shape; extracting again` };
}

export function writeCacheEntry(dir: string, entry: CacheEntry): void {
  writeEntryFile(entryPath(dir, entry.key), entry);
}

/** The cache entry for a file's facts and extraction. */
export function toEntry(
  key: string,
  facts: SourceFacts,
  extraction: FileExtraction | undefined,
  grouping?: GroupingFeatures,
  hashes?: CacheEntry['hashes'],
  checked?: string,
): CacheEntry {
  const d = facts.decoded!;
  if (!d.ok) return { format: CACHE_FORMAT, key, decoded: { ok: false, reason: d.reason } };
  const entry: CacheEntry = {
    format: CACHE_FORMAT,
    key,
    decoded: { ok: true, textKey: d.textKey },
    extraction: extraction!,
  };
  if (grouping) entry.grouping = grouping;
  if (hashes) entry.hashes = hashes;
  if (checked && hashes) entry.checked = checked;
  return entry;
}

const isNumbers = (x: unknown): boolean => Array.isArray(x) && x.every((n) => typeof n === 'number');
const isStrings = (x: unknown): boolean => Array.isArray(x) && x.every((w) => typeof w === 'string');

function isArticleFeatures(x: unknown): x is ArticleFeatures {
  return (
    isObject(x) &&
    isStrings(x.keys) &&
    isNumbers(x.counts) &&
    (x.keys as unknown[]).length === (x.counts as unknown[]).length &&
    isStrings(x.evidence) &&
    typeof x.headline === 'string' &&
    isNumbers(x.years) &&
    isNumbers(x.months) &&
    isNumbers(x.mentioned) &&
    (x.print === undefined || isNumbers(x.print))
  );
}

/** An entry's grouping features when they are this version's, one per article and of their shape; else undefined. */
export function groupingOf(entry: CacheEntry, version: string): ArticleFeatures[] | undefined {
  const g: unknown = entry.grouping;
  if (!isObject(g) || g.version !== version || !Array.isArray(g.features)) return undefined;
  const features = g.features as unknown[];
  if (features.length !== (entry.extraction?.articles.length ?? 0) || !features.every(isArticleFeatures))
    return undefined;
  return features as ArticleFeatures[];
}
