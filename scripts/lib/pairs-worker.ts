/**
 * The worker of `parallel-pairs.ts`: takes chunks of a comparison from the shared counter,
 * answers each with its pairs, and counts each answer in the shared state so that the
 * waiting thread wakes.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { POSTED, takeChunks, unshareVectors, type PairsReply, type PairsTask } from './parallel-pairs';

const { port } = workerData as { port: MessagePort };

function answer(state: Int32Array, reply: PairsReply, transfer: ArrayBuffer[] = []): void {
  port.postMessage(reply, transfer);
  Atomics.add(state, POSTED, 1);
  Atomics.notify(state, POSTED);
}

port.on('message', (t: PairsTask) => {
  const state = new Int32Array(t.state);
  try {
    takeChunks(unshareVectors(t.vectors), t.options, state, t.chunks, t.chunkArticles, (chunk, pairs) => {
      const { a, b, sim, length } = pairs;
      answer(state, { task: t.task, chunk, length, a, b, sim }, [
        a.buffer as ArrayBuffer,
        b.buffer as ArrayBuffer,
        sim.buffer as ArrayBuffer,
      ]);
    });
  } catch (e) {
    answer(state, { task: t.task, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
