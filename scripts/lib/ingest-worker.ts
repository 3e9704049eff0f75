/**
 * The worker of `ingest-threads.ts`. Pairs: takes chunks from the shared counter and answers
 * each with its pairs. Events: compares the ones it is given and answers with their comparisons.
 * Either way it counts each sign of progress in the shared state, so that the waiting thread
 * wakes, and knows the worker is at work.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { compareEvent } from '../../src/core/compare/compare-event';
import { repeatedTexts, TextMemo } from '../../src/core/compare/keys';
import { NamingMemo } from '../../src/core/compare/naming';
import { POSTED, takeChunks, unshareVectors, type CompareTask, type PairsTask } from './ingest-threads';

/** Events compared between two signs of progress. */
const EVENTS_PER_SIGN = 16;
const { port } = workerData as { port: MessagePort };

function progress(state: Int32Array): void {
  Atomics.add(state, POSTED, 1);
  Atomics.notify(state, POSTED);
}

function pairs(t: PairsTask, state: Int32Array): void {
  takeChunks(unshareVectors(t.vectors), t.options, state, t.chunks, t.chunkArticles, (chunk, found) => {
    const { a, b, sim, length } = found;
    port.postMessage({ task: t.task, chunk, length, a, b, sim }, [
      a.buffer as ArrayBuffer,
      b.buffer as ArrayBuffer,
      sim.buffer as ArrayBuffer,
    ]);
    progress(state);
  });
}

function compare(t: CompareTask, state: Int32Array): void {
  const repeated = repeatedTexts(t.jobs.flatMap((j) => j.members));
  const recurs = (text: string) => repeated.has(text);
  const context = {
    outlets: t.outlets,
    placeNames: t.placeNames,
    copies: new Map(t.copies),
    memo: new TextMemo(recurs),
    naming: new NamingMemo(recurs),
  };
  const comparisons = t.jobs.map((j, i) => {
    if (i % EVENTS_PER_SIGN === 0) progress(state);
    return compareEvent(j.eventId, j.members, context);
  });
  port.postMessage({ task: t.task, comparisons });
  progress(state);
}

port.on('message', (t: PairsTask | CompareTask) => {
  const state = new Int32Array(t.state);
  try {
    if (t.kind === 'pairs') pairs(t, state);
    else compare(t, state);
  } catch (e) {
    port.postMessage({ task: t.task, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    progress(state);
  }
});
