/**
 * The pipeline's first stage: every input file to a source record, and the files the later
 * stages read as text. In path order; a file is set aside here (with its reason) when it is a
 * duplicate of an earlier one, of a format Parallax does not read, or not readable text.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { comparisonKey } from '../text/normalize';
import type { InputFile, Source } from '../types';
import { decodeInput } from './decode';

/** Files read as page dumps, as article records, and saved web pages (not read yet), by extension. */
const PAGE_EXT = /\.txt$/i;
const JSONL_EXT = /\.jsonl$/i;
const HTML_EXT = /\.html?$/i;

export type InputFormat = 'page' | 'jsonl';

/** A file the later stages read: decoded text of a format Parallax reads, not a repeat of another. */
export interface ReadableInput {
  path: string;
  /** SHA-256 of its bytes (lower-case hex): what the ids of its articles are made from. */
  sha256: string;
  format: InputFormat;
  text: string;
}

/** A source as this stage leaves it: the later stages add its articles, or a reason it has none. */
export type SourceRecord = Omit<Source, 'articleIds' | 'problems'>;

export interface SourcesStage {
  /** One per input file, in path order. */
  sources: SourceRecord[];
  /** The files with `status: 'ok'`, in path order. */
  inputs: ReadableInput[];
}

let sha256Hex = (bytes: Uint8Array): string => bytesToHex(sha256(bytes));

/**
 * Hands hashing to a faster SHA-256 where the platform has one (Node's `crypto` in the ingest's
 * workers); the digest is the same, so every key and id is too.
 */
export function setSha256(hex: (bytes: Uint8Array) => string): void {
  sha256Hex = hex;
}

/** SHA-256 of bytes, lower-case hex. */
export function hashBytes(bytes: Uint8Array): string {
  return sha256Hex(bytes);
}

/** SHA-256 of a string's UTF-8 encoding, lower-case hex. */
export function hashText(text: string): string {
  return hashBytes(utf8ToBytes(text));
}

/** The format a file is read as, from its name; null for a type Parallax does not read. */
export function formatOf(path: string): InputFormat | null {
  return PAGE_EXT.test(path) ? 'page' : JSONL_EXT.test(path) ? 'jsonl' : null;
}

function unsupported(path: string): string {
  return HTML_EXT.test(path)
    ? 'saved HTML pages are not read yet; save the page as plain text (.txt)'
    : `unsupported file type "${/\.[^./]+$/.exec(path)?.[0] ?? '(none)'}": Parallax reads .txt page dumps and .jsonl article records`;
}

/**
 * What one file's bytes say on their own, before it is compared with the others: its hash, its
 * format, its text (or why it has none) and the key that finds the same text saved twice. Each
 * file's facts are independent of every other file's, so they can be taken in any order or in
 * parallel; `collectSources` then decides, in path order, which files are repeats.
 */
export interface SourceFacts {
  path: string;
  sha256: string;
  bytes: number;
  /** Null: a file type Parallax does not read. */
  format: InputFormat | null;
  /** The decoded text, or why the bytes are not readable text (absent for an unread format). */
  decoded?: { ok: true; text: string; textKey: string } | { ok: false; reason: string };
}

/** `sha256` may be given when the caller has hashed the bytes already. */
export function readSource(file: InputFile, sha256 = hashBytes(file.bytes)): SourceFacts {
  const facts: SourceFacts = {
    path: file.path,
    sha256,
    bytes: file.bytes.length,
    format: formatOf(file.path),
  };
  if (!facts.format) return facts;
  const decoded = decodeInput(file.bytes);
  facts.decoded = decoded.ok
    ? { ok: true, text: decoded.text, textKey: hashText(comparisonKey(decoded.text)) }
    : { ok: false, reason: decoded.reason };
  return facts;
}

/** Sorts by path, as the stage's output is ordered (UTF-16 code units, as `<` compares). */
export function byPath<T extends { path: string }>(a: T, b: T): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Throws on a duplicate path (a caller's error); every other problem is a file's status. */
export function readSources(files: readonly InputFile[]): SourcesStage {
  return collectSources([...files].sort(byPath).map((f) => readSource(f)));
}

/**
 * The stage's decisions from every file's facts: in path order, a file is a duplicate of the
 * first with the same bytes or the same normalised text, rejected when it is not a readable
 * format, or read. `text` is dropped from the facts of a file that is not read.
 */
export function collectSources(facts: readonly SourceFacts[]): SourcesStage {
  const sorted = [...facts].sort(byPath);
  const paths = new Set<string>();
  for (const f of sorted) {
    if (paths.has(f.path)) throw new Error(`core/ingest: duplicate input path "${f.path}"`);
    paths.add(f.path);
  }
  const byHash = new Map<string, string>();
  const byText = new Map<string, string>();
  const sources: SourceRecord[] = [];
  const inputs: ReadableInput[] = [];
  for (const file of sorted) {
    const base = { file: file.path, sha256: file.sha256, bytes: file.bytes };
    const original = byHash.get(file.sha256);
    if (original) {
      sources.push({ ...base, status: 'duplicate', duplicateOf: original, reason: `byte-identical to ${original}` });
      continue;
    }
    byHash.set(file.sha256, file.path);
    const { format, decoded } = file;
    if (!format || !decoded) {
      sources.push({ ...base, status: 'rejected', reason: unsupported(file.path) });
      continue;
    }
    if (!decoded.ok) {
      sources.push({ ...base, status: 'rejected', reason: decoded.reason });
      continue;
    }
    const same = byText.get(decoded.textKey);
    if (same) {
      sources.push({
        ...base,
        status: 'duplicate',
        duplicateOf: same,
        reason: `same text as ${same} once line ends, spacing and case are normalised`,
      });
      continue;
    }
    byText.set(decoded.textKey, file.path);
    sources.push({ ...base, status: 'ok' });
    inputs.push({ path: file.path, sha256: file.sha256, format, text: decoded.text });
  }
  return { sources, inputs };
}
