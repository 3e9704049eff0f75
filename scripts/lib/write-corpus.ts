/**
 * corpus.json written a piece at a time: the same bytes as `JSON.stringify(corpus, null, indent)`,
 * without ever holding the whole text (a corpus of 100,000 articles is over a gigabyte of JSON,
 * more than one JavaScript string can hold). Each item of a list can be checked as it is written
 * (`CorpusCheck`), so that a corpus whose parts live on disk (`spill.ts`) is read back once, not
 * once to be checked and again to be written; the file appears whole or not at all.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { Corpus } from '../../src/core/types';

/** Bytes gathered before each write. */
const WRITE_CHUNK = 1 << 20;

/** What to check of a corpus as it is written: each list's items, then the rest; each gives a problem or null. */
export interface CorpusCheck {
  item(key: string, index: number, item: unknown): string | null;
  rest(): string | null;
}

/** A corpus that failed its check as it was written: its message is the problem. */
export class CorpusProblem extends Error {}

/**
 * The pieces of `JSON.stringify(corpus, null, indent)`, in order; each top-level array one element
 * at a time, each element checked by `check` first (a problem throws `CorpusProblem`).
 */
export function* corpusJsonPieces(corpus: Corpus, indent: 0 | 2 = 2, check?: CorpusCheck['item']): Generator<string> {
  const nl = indent ? '\n' : '';
  const pad = (depth: number) => ' '.repeat(indent * depth);
  const nested = (value: unknown, depth: number) => {
    const text = JSON.stringify(value, null, indent) ?? 'null';
    return indent ? text.replaceAll('\n', `\n${pad(depth)}`) : text;
  };
  // A list's element, indented where it stands: inside two arrays, the engine indents it itself.
  const open = `[${nl}${pad(1)}[${nl}${pad(2)}`;
  const close = `${nl}${pad(1)}]${nl}]`;
  const element = (value: unknown) => {
    const text = JSON.stringify([[value]], null, indent);
    return text.slice(open.length, text.length - close.length);
  };
  const entries = Object.entries(corpus).filter(([, v]) => v !== undefined && typeof v !== 'function');
  yield `{${nl}`;
  for (const [k, [key, value]] of entries.entries()) {
    yield `${pad(1)}${JSON.stringify(key)}:${indent ? ' ' : ''}`;
    if (Array.isArray(value) && value.length > 0) {
      yield `[${nl}`;
      for (let i = 0; i < value.length; i++) {
        const problem = check?.(key, i, value[i]);
        if (problem) throw new CorpusProblem(problem);
        yield `${pad(2)}${element(value[i])}${i < value.length - 1 ? ',' : ''}${nl}`;
      }
      yield `${pad(1)}]`;
    } else yield nested(value, 1);
    yield `${k < entries.length - 1 ? ',' : ''}${nl}`;
  }
  yield '}';
}

/**
 * Writes `corpus` to `file` as `JSON.stringify(corpus, null, indent)` and a final newline; returns
 * the bytes written. The text goes to a file beside it, which takes `file`'s name once it is
 * complete and `check` (if given) found no problem: a failed write or check leaves what was
 * there. A problem throws `CorpusProblem`.
 */
export function writeCorpusJson(file: string, corpus: Corpus, indent: 0 | 2 = 2, check?: CorpusCheck): number {
  const partial = `${file}.${process.pid}.partial`;
  const fd = openSync(partial, 'w');
  let written = 0;
  try {
    try {
      let buffer = '';
      const flush = () => {
        written += writeSync(fd, buffer);
        buffer = '';
      };
      for (const piece of corpusJsonPieces(corpus, indent, check?.item)) {
        buffer += piece;
        if (buffer.length >= WRITE_CHUNK) flush();
      }
      buffer += '\n';
      flush();
    } finally {
      closeSync(fd);
    }
    const problem = check?.rest();
    if (problem) throw new CorpusProblem(problem);
    renameSync(partial, file);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
  return written;
}
