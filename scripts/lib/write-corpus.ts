/**
 * corpus.json written a piece at a time: the same bytes as `JSON.stringify(corpus, null, indent)`,
 * without ever holding the whole text (a corpus of 100,000 articles is over a gigabyte of JSON,
 * more than one JavaScript string can hold).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Corpus } from '../../src/core/types';

/** Bytes gathered before each write. */
const WRITE_CHUNK = 1 << 20;

/** The pieces of `JSON.stringify(corpus, null, indent)`, in order; each top-level array one element at a time. */
export function* corpusJsonPieces(corpus: Corpus, indent: 0 | 2 = 2): Generator<string> {
  const nl = indent ? '\n' : '';
  const pad = (depth: number) => ' '.repeat(indent * depth);
  const nested = (value: unknown, depth: number) => {
    const text = JSON.stringify(value, null, indent) ?? 'null';
    return indent ? text.replaceAll('\n', `\n${pad(depth)}`) : text;
  };
  const entries = Object.entries(corpus).filter(([, v]) => v !== undefined && typeof v !== 'function');
  yield `{${nl}`;
  for (const [k, [key, value]] of entries.entries()) {
    yield `${pad(1)}${JSON.stringify(key)}:${indent ? ' ' : ''}`;
    if (Array.isArray(value) && value.length > 0) {
      yield `[${nl}`;
      for (let i = 0; i < value.length; i++) {
        yield `${pad(2)}${nested(value[i] === undefined ? null : value[i], 2)}${i < value.length - 1 ? ',' : ''}${nl}`;
      }
      yield `${pad(1)}]`;
    } else yield nested(value, 1);
    yield `${k < entries.length - 1 ? ',' : ''}${nl}`;
  }
  yield '}';
}

/** Writes `corpus` to `file` as `JSON.stringify(corpus, null, indent)` and a final newline; returns the bytes written. */
export function writeCorpusJson(file: string, corpus: Corpus, indent: 0 | 2 = 2): number {
  const fd = openSync(file, 'w');
  let written = 0;
  try {
    let buffer = '';
    const flush = () => {
      written += writeSync(fd, buffer);
      buffer = '';
    };
    for (const piece of corpusJsonPieces(corpus, indent)) {
      buffer += piece;
      if (buffer.length >= WRITE_CHUNK) flush();
    }
    buffer += '\n';
    flush();
  } finally {
    closeSync(fd);
  }
  return written;
}
