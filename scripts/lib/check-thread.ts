/**
 * corpus.json checked on the second core while this one writes it (`writeCorpusJson`): each
 * list's items go to a worker thread (`check-worker.ts`) as the text written, a batch at a time,
 * where they are parsed and checked against the corpus's schema (`checkCorpusItem`). What is
 * checked is what was written, not the objects it was written from. At 100,000 articles the
 * schema's checks take about 5 s, as long as the writing itself.
 */
import type { Worker } from 'node:worker_threads';
import { checkCorpus, checkCorpusItem } from '../../src/core/schema';
import type { Corpus } from '../../src/core/types';
import { startTsWorker } from './ts-worker';
import { CorpusProblem, writeCorpusJson, type CorpusCheck, type MadeText } from './write-corpus';

/** Items of one list, from item `from` on, as written. */
export interface CheckBatch {
  key: string;
  from: number;
  texts: string[];
}

/** Characters of text per batch: enough to make messaging cheap. */
const BATCH_CHARS = 1 << 20;
/** Batches sent and not yet answered before the writer waits: the worker's queue stays a few MB. */
const IN_FLIGHT = 4;
/** Below this many articles, the corpus is checked in this thread: starting one costs more than it saves. */
const MIN_ARTICLES_FOR_THREAD = 1000;

/**
 * The check of the items of `corpus`'s lists as `npm run ingest` writes them: in a worker thread
 * for a large corpus (`checkInThread`). The rest of it (`checkCorpus(corpus, true)`) is the caller's.
 */
export function corpusCheck(corpus: Corpus): CorpusCheck & { close(): Promise<void> } {
  if (corpus.articles.length >= MIN_ARTICLES_FOR_THREAD) return checkInThread();
  return {
    item: (key, index, item) => checkCorpusItem(key, index, item),
    rest: () => null,
    close: () => Promise.resolve(),
  };
}

/**
 * `corpus` written to `file` as `npm run ingest` writes it (indented, the articles' texts `made`
 * where they were extracted, if given): its version, lists and links checked first, each list's
 * item as written (`corpusCheck`); resolves to the bytes written. A problem rejects with
 * `CorpusProblem`, leaving what was at `file`.
 */
export async function writeCheckedCorpus(file: string, corpus: Corpus, made?: MadeText): Promise<number> {
  const problem = checkCorpus(corpus, true);
  if (problem !== null) throw new CorpusProblem(problem);
  // Checked as it is written, a large corpus on the other core: the events' comparisons are read
  // back from disk once, not once to be checked and again to be written.
  const check = corpusCheck(corpus);
  try {
    return await writeCorpusJson(file, corpus, 2, check, made);
  } finally {
    await check.close();
  }
}

/**
 * A `CorpusCheck` whose items are checked in a worker thread, sent in batches of about `batchChars`
 * characters; its `rest` is the verdict on them all, once every batch is answered. For tests: the
 * batches' size, and the worker (default: `check-worker.ts`). `close` stops the thread.
 */
export function checkInThread(
  options: { batchChars?: number; worker?: Worker } = {},
): CorpusCheck & { close(): Promise<void> } {
  const batchChars = options.batchChars ?? BATCH_CHARS;
  const worker: Worker = options.worker ?? startTsWorker(new URL('./check-worker.ts', import.meta.url), undefined);
  let batch: CheckBatch | undefined;
  let chars = 0;
  let sent = 0;
  let answered = 0;
  let problem: string | null = null;
  let failure: Error | undefined;
  /** Told when an answer (or a failure) arrives. */
  let wake: (() => void) | undefined;
  const woken = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  worker.on('message', (p: string | null) => {
    answered++;
    problem ??= p;
    woken();
  });
  worker.on('error', (e) => {
    failure ??= e;
    woken();
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`the corpus's checking thread stopped (exit code ${code})`);
    woken();
  });
  const send = () => {
    if (!batch) return;
    worker.postMessage(batch);
    sent++;
    batch = undefined;
    chars = 0;
  };
  /** Resolves when fewer than `most` batches are unanswered (or a problem or failure is known). */
  const waitFor = async (most: number) => {
    while (sent - answered > most && problem === null && !failure) await new Promise<void>((r) => (wake = r));
    if (failure && problem === null) throw failure;
  };
  return {
    item(key, index, _item, text) {
      // Items written from text checked where it was made are not sent: a batch is a run of items.
      if (batch && (batch.key !== key || batch.from + batch.texts.length !== index)) send();
      batch ??= { key, from: index, texts: [] };
      batch.texts.push(text);
      chars += text.length;
      if (chars < batchChars) return problem;
      send();
      return sent - answered < IN_FLIGHT ? problem : waitFor(IN_FLIGHT - 1).then(() => problem);
    },
    async rest() {
      send();
      await waitFor(0);
      return problem;
    },
    async close() {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
