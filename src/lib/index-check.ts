/**
 * The check of a corpus file against its schema, in a worker. For a corpus of 10,000 articles
 * it is the larger part of reading the whole index, and done on the page it holds the reader for
 * as long; and the page never loads the schema and its library, which the first view would
 * otherwise wait for. The page parses the text itself (the parsed object would cost as much to
 * send over); the schema changes nothing it accepts (no defaults, no transforms), so the page's
 * parse is the file the worker checked. Where workers are unavailable the check runs on the page.
 */
import type { CorpusFileKind, IndexCheckReply, IndexCheckRequest } from './index-check-text';
import workerUrl from './index-check-worker?worker&url';
import { startWorker } from './trusted-worker';

let worker: Worker | null = null;
let seq = 0;
const pending = new Map<number, { kind: CorpusFileKind; text: string; resolve: (problem: string | null) => void }>();

async function checkHere(kind: CorpusFileKind, text: string): Promise<string | null> {
  return (await import('./index-check-text')).checkCorpusText(kind, text);
}

function startCheckWorker(): Worker {
  const w = startWorker(workerUrl, 'parallax-index-check');
  w.onmessage = (e: MessageEvent<IndexCheckReply>) => {
    pending.get(e.data.seq)?.resolve(e.data.problem);
    pending.delete(e.data.seq);
  };
  // A worker that could not start: what it was asked is checked on the page, and so is what follows.
  w.onerror = () => {
    worker = null;
    useWorker = false;
    for (const [n, { kind, text, resolve }] of pending) {
      pending.delete(n);
      void checkHere(kind, text).then(resolve);
    }
  };
  return w;
}

let useWorker = typeof Worker !== 'undefined';

/** What is wrong with `text` as a corpus file of `kind` (after "The … file "), or null when it is valid. */
export async function checkOffThread(kind: CorpusFileKind, text: string): Promise<string | null> {
  if (!useWorker) return checkHere(kind, text);
  worker ??= startCheckWorker();
  const request: IndexCheckRequest = { seq: ++seq, kind, text };
  return new Promise((resolve) => {
    pending.set(request.seq, { kind, text, resolve });
    worker!.postMessage(request);
  });
}
