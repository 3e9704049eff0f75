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

/** SHA-256 of bytes, lower-case hex. */
export function hashBytes(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** SHA-256 of a string's UTF-8 encoding, lower-case hex. */
export function hashText(text: string): string {
  return hashBytes(utf8ToBytes(text));
}

function formatOf(path: string): InputFormat | null {
  return PAGE_EXT.test(path) ? 'page' : JSONL_EXT.test(path) ? 'jsonl' : null;
}

function unsupported(path: string): string {
  return HTML_EXT.test(path)
    ? 'saved HTML pages are not read yet; save the page as plain text (.txt)'
    : `unsupported file type "${/\.[^./]+$/.exec(path)?.[0] ?? '(none)'}": Parallax reads .txt page dumps and .jsonl article records`;
}

/** Throws on a duplicate path (a caller's error); every other problem is a file's status. */
export function readSources(files: readonly InputFile[]): SourcesStage {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
    const sha = hashBytes(file.bytes);
    const base = { file: file.path, sha256: sha, bytes: file.bytes.length };
    const original = byHash.get(sha);
    if (original) {
      sources.push({ ...base, status: 'duplicate', duplicateOf: original, reason: `byte-identical to ${original}` });
      continue;
    }
    byHash.set(sha, file.path);
    const format = formatOf(file.path);
    if (!format) {
      sources.push({ ...base, status: 'rejected', reason: unsupported(file.path) });
      continue;
    }
    const decoded = decodeInput(file.bytes);
    if (!decoded.ok) {
      sources.push({ ...base, status: 'rejected', reason: decoded.reason });
      continue;
    }
    const key = hashText(comparisonKey(decoded.text));
    const same = byText.get(key);
    if (same) {
      sources.push({
        ...base,
        status: 'duplicate',
        duplicateOf: same,
        reason: `same text as ${same} once line ends, spacing and case are normalised`,
      });
      continue;
    }
    byText.set(key, file.path);
    sources.push({ ...base, status: 'ok' });
    inputs.push({ path: file.path, sha256: sha, format, text: decoded.text });
  }
  return { sources, inputs };
}
