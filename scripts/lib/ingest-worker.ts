/**
 * The worker of `ingest-threads.ts`. Pairs: takes chunks from the shared counter and answers
 * each with its pairs. Events: compares, or describes, the ones it is given and answers with the
 * results. Either way it counts each sign of progress in the shared state, so that the waiting
 * thread wakes, and knows the worker is at work.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { compareEvent } from '../../src/core/compare/compare-event';
import { repeatedTexts, TextMemo } from '../../src/core/compare/keys';
import { NamingMemo } from '../../src/core/compare/naming';
import { describeMembers } from '../../src/core/group/describe';
import { fullCollection } from './full-collection';
import {
  POSTED,
  takeChunks,
  unshareVectors,
  type CompareTask,
  type DescribeTask,
  type PairsTask,
} from './ingest-threads';

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
  answer(t, state, (j) => compareEvent(j.eventId, j.members, context));
}

function describe(t: DescribeTask, state: Int32Array): void {
  answer(t, state, (j) => describeMembers(j.members, t.outletNames, j.cohesion));
}

/**
 * Does each of the part's jobs, with a sign of progress every few, letting go of each job once
 * done, and answers with their results in one message (`HalfReply`).
 */
function answer<J, R>(
  t: { task: number; at: number; jobs: (J | undefined)[] },
  state: Int32Array,
  one: (job: J) => R,
): void {
  const results: R[] = [];
  for (let i = 0; i < t.jobs.length; i++) {
    if (i % EVENTS_PER_SIGN === 0) progress(state);
    results.push(one(t.jobs[i]!));
    t.jobs[i] = undefined;
  }
  port.postMessage({ task: t.task, at: t.at, results });
  progress(state);
}

port.on('message', (t: PairsTask | CompareTask | DescribeTask) => {
  const state = new Int32Array(t.state);
  try {
    if (t.kind === 'pairs') {
      pairs(t, state);
      // Its copy of the vectors and its candidate index are garbage now, the task's shared arrays
      // too (held here, they would keep the ingest's thread from freeing them): collected before
      // the thread waits (through the clustering) for the events to describe.
      delete (t as Partial<PairsTask>).vectors;
      fullCollection()();
    } else if (t.kind === 'compare') compare(t, state);
    else describe(t, state);
  } catch (e) {
    port.postMessage({ task: t.task, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    progress(state);
  }
});
