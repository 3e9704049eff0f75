/**
 * A thread that checks the items of corpus.json as the ingest writes them (`check-thread.ts`):
 * each batch's texts parsed and checked in turn; the answer is the batch's first problem, or null.
 */
import { parentPort } from 'node:worker_threads';
import { checkCorpusItem } from '../../src/core/schema';
import type { CheckBatch } from './check-thread';

if (!parentPort) throw new Error('check-worker: not started as a worker thread');
const port = parentPort;
port.on('message', ({ key, from, texts }: CheckBatch) => {
  let problem: string | null = null;
  for (let i = 0; i < texts.length && problem === null; i++) {
    let item: unknown;
    try {
      item = JSON.parse(texts[i]!);
    } catch (e) {
      problem = `${key}.${from + i}: not JSON as written (${e instanceof Error ? e.message : String(e)})`;
      break;
    }
    problem = checkCorpusItem(key, from + i, item);
  }
  port.postMessage(problem);
});
