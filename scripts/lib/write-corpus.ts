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

/**
 * What to check of a corpus as it is written: each list's item (the object and its text as
 * written), then the rest; each gives a problem or null, or a promise of one, which the writer
 * waits for (a check in another thread may answer for earlier items).
 */
export interface CorpusCheck {
  item(key: string, index: number, item: unknown, text: string): string | null | Promise<string | null>;
  rest(): string | null | Promise<string | null>;
}

/** A corpus that failed its check as it was written: its message is the problem. */
export class CorpusProblem extends Error {}

/** A piece of the text: literal, or an element of one of the corpus's lists (`before`, its `json`, `after`). */
type Part = string | { key: string; index: number; value: unknown; indent: 0 | 2; before: string; after: string };

/**
 * The text of an element of one of the corpus's lists as `JSON.stringify(corpus, null, indent)`
 * gives it, indented where it stands: inside two arrays, the engine indents it itself.
 */
export function elementJson(value: unknown, indent: 0 | 2): string {
  const nl = indent ? '\n' : '';
  const pad = (depth: number) => ' '.repeat(indent * depth);
  const text = JSON.stringify([[value]], null, indent);
  return text.slice(`[${nl}${pad(1)}[${nl}${pad(2)}`.length, text.length - `${nl}${pad(1)}]${nl}]`.length);
}

/** The parts of `JSON.stringify(corpus, null, indent)`, in order; each top-level array one element at a time. */
function* corpusJsonParts(corpus: Corpus, indent: 0 | 2): Generator<Part> {
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
        const after = `${i < value.length - 1 ? ',' : ''}${nl}`;
        yield { key, index: i, value: value[i], indent, before: pad(2), after };
      }
      yield `${pad(1)}]`;
    } else yield nested(value, 1);
    yield `${k < entries.length - 1 ? ',' : ''}${nl}`;
  }
  yield '}';
}

/** The pieces of `JSON.stringify(corpus, null, indent)`, in order; each top-level array one element at a time. */
export function* corpusJsonPieces(corpus: Corpus, indent: 0 | 2 = 2): Generator<string> {
  for (const part of corpusJsonParts(corpus, indent))
    yield typeof part === 'string' ? part : `${part.before}${elementJson(part.value, part.indent)}${part.after}`;
}

/**
 * The text of an item of one of the corpus's lists made elsewhere, at an indentation, and checked
 * there against the schema as written (`item-texts.ts`): UTF-8, good until the next call;
 * undefined when there is none (at that indentation).
 */
export type MadeText = (key: string, item: unknown, indent: 0 | 2) => Uint8Array | undefined;

/** The file's bytes, gathered a chunk at a time. */
class Output {
  private readonly buffer = Buffer.allocUnsafe(WRITE_CHUNK);
  private used = 0;
  written = 0;

  constructor(private readonly fd: number) {}

  text(text: string): void {
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    if (this.used + text.length * 3 > WRITE_CHUNK) this.flush();
    if (text.length * 3 > WRITE_CHUNK) this.all(Buffer.from(text, 'utf8'));
    else this.used += this.buffer.write(text, this.used);
  }

  bytes(bytes: Uint8Array): void {
    if (this.used + bytes.length > WRITE_CHUNK) this.flush();
    if (bytes.length > WRITE_CHUNK) this.all(bytes);
    else {
      this.buffer.set(bytes, this.used);
      this.used += bytes.length;
    }
  }

  flush(): void {
    this.all(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private all(bytes: Uint8Array): void {
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
    this.written += bytes.length;
  }
}

/**
 * Writes `corpus` to `file` as `JSON.stringify(corpus, null, indent)` and a final newline; resolves
 * to the bytes written. The text goes to a file beside it, which takes `file`'s name once it is
 * complete and `check` (if given) found no problem: a failed write or check leaves what was
 * there. A problem rejects with `CorpusProblem`. An item whose text `made` gives is written as
 * that text, unchecked here (it was checked where it was made).
 */
export async function writeCorpusJson(
  file: string,
  corpus: Corpus,
  indent: 0 | 2 = 2,
  check?: CorpusCheck,
  made?: MadeText,
): Promise<number> {
  // One name, so that a run stopped while writing leaves at most one, which the next run writes over.
  const partial = `${file}.partial`;
  const fd = openSync(partial, 'w');
  let written = 0;
  try {
    try {
      const out = new Output(fd);
      for (const part of corpusJsonParts(corpus, indent)) {
        if (typeof part === 'string') {
          out.text(part);
          continue;
        }
        const bytes = made?.(part.key, part.value, indent);
        if (bytes) {
          out.text(part.before);
          out.bytes(bytes);
          out.text(part.after);
          continue;
        }
        const json = elementJson(part.value, indent);
        const asked = check?.item(part.key, part.index, part.value, json);
        const problem = asked instanceof Promise ? await asked : asked;
        if (problem) throw new CorpusProblem(problem);
        out.text(`${part.before}${json}${part.after}`);
      }
      out.text('\n');
      out.flush();
      written = out.written;
    } finally {
      closeSync(fd);
    }
    const problem = await check?.rest();
    if (problem) throw new CorpusProblem(problem);
    renameSync(partial, file);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
  return written;
}
