/**
 * The ingest's heaviest steps after extraction on two threads (this one and a worker): the
 * grouping's candidate pairs, the events' descriptions, and the comparison of the events.
 *
 * Pairs: the articles are cut into chunks; each thread takes the next chunk not yet taken (an
 * atomic counter in shared memory) until none is left, and the chunks' pairs are joined in chunk
 * order, so the result is exactly `scorePairs` over all articles, whichever thread did which
 * chunk (the pairs of each article do not depend on the others'). The feature vectors go to the
 * worker once, in shared memory, not copied.
 *
 * Events: each is compared, and described, on its own (`compareEvent`, `describeMembers`), so the
 * worker is given about half of them, by the length of their text, with their articles (and the
 * copies among them), and the results are put back in the events' order: the same as
 * `compareEach` and `describeEach` give. The worker's share goes to it a part at a time, a part
 * or two ahead of it, and comes back a part at a time: neither thread ever holds a copy of the
 * whole share's articles (at 100,000 articles, half a gigabyte).
 *
 * `completeCorpus` is synchronous, so this thread waits for the worker with `Atomics.wait` and
 * reads its messages with `receiveMessageOnPort`. A worker that has not started yet, or stops,
 * costs nothing but its share: what it has not delivered when this thread has done its own and
 * has waited long enough without a sign of progress, this thread does itself.
 */
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { EdgeBuffer, type EdgeList } from '../../src/core/group/cluster';
import { scorePairs, type PairScorer } from '../../src/core/group/group';
import {
  candidateIndex,
  packedOf,
  type GroupingOptions,
  type Packed,
  type Vectors,
} from '../../src/core/group/vectors';
import {
  compareEach,
  compareEvent,
  kept,
  type CompareJob,
  type CompareMany,
} from '../../src/core/compare/compare-event';
import {
  describeEach,
  describeMembers,
  type DescribeJob,
  type DescribeMany,
  type MemberArticle,
} from '../../src/core/group/describe';
import type { ArticleId, Copy, Outlet, PlaceName } from '../../src/core/types';
import { startTsWorker } from './ts-worker';

/** Articles per chunk: small enough to share the work evenly, large enough that messages are few. */
const CHUNK_ARTICLES = 512;
/** Below this many articles, one thread compares them sooner than two can start. */
const MIN_ARTICLES_FOR_WORKER = 4096;
/** Below this many events, one thread compares them sooner than two can (their articles are copied to the worker). */
const MIN_EVENTS_FOR_WORKER = 1000;
/** Events in each part of the worker's share sent to it, and how many it may hold not yet answered. */
const PART_JOBS = 64;
const JOBS_IN_FLIGHT = 2 * PART_JOBS;
/** Slots of a task's shared state: the next chunk to take, and the worker's signs of progress. */
const NEXT = 0;
export const POSTED = 1;
/** How long this thread waits for a worker that shows no progress before doing its part itself. */
const MIN_PATIENCE_MS = 30_000;

/** The vectors as a worker reads them: the packed features in shared memory, the rest copied. */
export interface SharedVectors {
  vocabularySize: number;
  df: number[];
  packed: Packed;
  rest: Pick<Vectors, 'days' | 'dayOfYear' | 'mentioned' | 'estimated' | 'marks' | 'headlines'>;
}

/** `buildVectors` packs the features in shared memory already; vectors made otherwise are copied there. */
export function shareVectors(v: Vectors): SharedVectors {
  const packed = packedOf(v);
  const shared = <T extends Int32Array | Float64Array>(x: T, make: (b: SharedArrayBuffer) => T): T => {
    if (x.buffer instanceof SharedArrayBuffer) return x;
    const y = make(new SharedArrayBuffer(x.byteLength));
    y.set(x);
    return y;
  };
  const { days, dayOfYear, mentioned, estimated, marks, headlines } = v;
  return {
    vocabularySize: v.vocabulary.length,
    df: v.df,
    packed: {
      offsets: shared(packed.offsets, (b) => new Int32Array(b)),
      ids: shared(packed.ids, (b) => new Int32Array(b)),
      weights: shared(packed.weights, (b) => new Float64Array(b)),
    },
    rest: { days, dayOfYear, mentioned, estimated, marks, headlines },
  };
}

/** The vectors again, each article's ids and weights a view of the shared arrays (no vocabulary strings: pairs do not read them). */
export function unshareVectors(s: SharedVectors): Vectors {
  const { offsets, ids, weights } = s.packed;
  const n = offsets.length - 1;
  return {
    vocabulary: new Array<string>(s.vocabularySize),
    df: s.df,
    ids: Array.from({ length: n }, (_, a) => ids.subarray(offsets[a]!, offsets[a + 1]!)),
    weights: Array.from({ length: n }, (_, a) => weights.subarray(offsets[a]!, offsets[a + 1]!)),
    packed: s.packed,
    ...s.rest,
  };
}

/** A comparison of pairs the worker is asked for. */
export interface PairsTask {
  kind: 'pairs';
  task: number;
  vectors: SharedVectors;
  options: GroupingOptions;
  /** Int32Array over it: `NEXT`, `POSTED`. */
  state: SharedArrayBuffer;
  chunks: number;
  chunkArticles: number;
}

/** A comparison of events the worker is asked for: a part of its share, with what comparing them reads. */
export interface CompareTask {
  kind: 'compare';
  task: number;
  /** Where the part starts in the worker's share (its results are answered from there on). */
  at: number;
  jobs: CompareJob[];
  outlets: readonly Outlet[];
  placeNames: readonly PlaceName[];
  /** The copies (`findCopies`) among the jobs' articles. */
  copies: [ArticleId, Copy][];
  state: SharedArrayBuffer;
}

/** A description of events the worker is asked for: a part of its share of them (`describeMembers`). */
export interface DescribeTask {
  kind: 'describe';
  task: number;
  /** Where the part starts in the worker's share. */
  at: number;
  jobs: DescribeJob[];
  outletNames: readonly string[];
  state: SharedArrayBuffer;
}

/** A task whose jobs are shared between the two threads (`halve`). */
type HalfTask = CompareTask | DescribeTask;

/**
 * The worker's answer to a `HalfTask`: the results of its jobs, in order, from `at` in its share
 * on (a part sent is a part the worker no longer holds).
 */
export type HalfReply<R> = { task: number; at: number; results: R[] } | { task: number; error: string };

/** What describing reads of an article, and nothing more (the rest need not be copied to the worker). */
function memberOnly(a: MemberArticle): MemberArticle {
  const m: MemberArticle = { id: a.id, title: a.title, body: a.body, published: a.published };
  if (a.subtitle !== undefined) m.subtitle = a.subtitle;
  return m;
}

/** The worker's answer for one chunk, or why it could not give one. */
export type PairsReply =
  | { task: number; chunk: number; length: number; a: Int32Array; b: Int32Array; sim: Float64Array }
  | { task: number; error: string };

/** The articles of chunk `c`. */
function chunkRange(c: number, n: number, size: number): [number, number] {
  return [c * size, Math.min(n, (c + 1) * size)];
}

/**
 * Takes chunks from the shared counter until none is left, compares each, and hands its pairs
 * to `deliver`. The index of candidates is built only once a chunk is taken: a thread that
 * comes too late to take any builds none.
 */
export function takeChunks(
  v: Vectors,
  o: GroupingOptions,
  state: Int32Array,
  chunks: number,
  chunkArticles: number,
  deliver: (chunk: number, pairs: EdgeBuffer) => void,
): void {
  let index: ReturnType<typeof candidateIndex> | undefined;
  const n = v.ids.length;
  for (;;) {
    const c = Atomics.add(state, NEXT, 1);
    if (c >= chunks) return;
    index ??= candidateIndex(v, o);
    const [from, to] = chunkRange(c, n, chunkArticles);
    deliver(c, scorePairs(v, o, from, to, index));
  }
}

export interface IngestThreads {
  /** A `PairScorer` for `completeCorpus`: the same pairs as `scorePairs`, on both threads. */
  scorePairs: PairScorer;
  /** A `CompareMany` for `completeCorpus`: the same comparisons as `compareEach`, on both threads. */
  compareEvents: CompareMany;
  /** A `DescribeMany` for `groupIntoEvents`: the same descriptions as `describeEach`, on both threads. */
  describeEvents: DescribeMany;
  /** Chunks of pairs, and events, the worker compared, and events it described, over every call (for the ingest's report and tests). */
  readonly workerChunks: number;
  readonly workerEvents: number;
  readonly describedInWorker: number;
  /** The most events the worker was sent and had not yet answered, at any time. */
  readonly mostEventsInWorker: number;
  /** Stops the worker. */
  close(): Promise<void>;
}

export interface ThreadsOptions {
  /** Fewest articles worth the worker for pairs (default 4096). */
  minArticles?: number;
  /** Fewest events worth the worker (default 1000). */
  minEvents?: number;
  /** Articles per chunk (default 512). */
  chunkArticles?: number;
  /** How long to wait for a worker that shows no progress before doing its part here (default 30 s). */
  patienceMs?: number;
  /** For tests: false leaves every chunk of pairs to the worker, this thread only waiting (default true). */
  here?: boolean;
}

/** Rough work of comparing or describing an event: the length of its articles' text. */
function textLength(members: readonly MemberArticle[]): number {
  let n = 0;
  for (const a of members) {
    n += a.title.length;
    for (const p of a.body) n += p.length;
  }
  return n;
}

export function ingestThreads(options: ThreadsOptions = {}): IngestThreads {
  const {
    minArticles = MIN_ARTICLES_FOR_WORKER,
    minEvents = MIN_EVENTS_FOR_WORKER,
    chunkArticles = CHUNK_ARTICLES,
    patienceMs = MIN_PATIENCE_MS,
    here = true,
  } = options;
  const channel = new MessageChannel();
  const port: MessagePort = channel.port1;
  const worker: Worker = startTsWorker(new URL('./ingest-worker.ts', import.meta.url), { port: channel.port2 }, [
    channel.port2,
  ]);
  // The worker only ever waits for tasks: it must not keep the process alive.
  worker.unref();
  let stopped = false;
  worker.on('exit', () => (stopped = true));
  worker.on('error', () => (stopped = true));
  let tasks = 0;
  let workerChunks = 0;
  let workerEvents = 0;
  let describedInWorker = 0;
  let mostEventsInWorker = 0;

  /**
   * The worker's replies to `task`: `drain` hands those already there to `onReply` without
   * waiting; `wait` goes on until `finished`, the worker fails or stops, or it shows no progress
   * for `patienceMs`. `error`: the worker's, if it told one.
   */
  const repliesTo = (state: Int32Array, task: number, onReply: (reply: object) => void) => {
    const replies = {
      error: undefined as string | undefined,
      drain: () => {
        for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
          const reply = m.message as { task: number; error?: string };
          if (reply.task !== task) continue;
          if (reply.error !== undefined) replies.error = reply.error;
          else onReply(reply);
        }
      },
      wait: (finished: () => boolean): string | undefined => {
        let waitedSince = performance.now();
        let posted = Atomics.load(state, POSTED);
        for (replies.drain(); !finished() && !replies.error && !stopped; replies.drain()) {
          Atomics.wait(state, POSTED, posted, 100);
          const now = Atomics.load(state, POSTED);
          if (now !== posted) [posted, waitedSince] = [now, performance.now()];
          else if (performance.now() - waitedSince > patienceMs) break;
        }
        return replies.error;
      },
    };
    return replies;
  };

  const score: PairScorer = (vectors, o) => {
    const n = vectors.ids.length;
    if (stopped || n < minArticles) return scorePairs(vectors, o);
    const chunks = Math.ceil(n / chunkArticles);
    const task = ++tasks;
    const buffer = new SharedArrayBuffer(8);
    const state = new Int32Array(buffer);
    const done: (EdgeList | undefined)[] = new Array(chunks);
    const message: PairsTask = {
      kind: 'pairs',
      task,
      vectors: shareVectors(vectors),
      options: o,
      state: buffer,
      chunks,
      chunkArticles,
    };
    port.postMessage(message);
    if (here) takeChunks(vectors, o, state, chunks, chunkArticles, (c, pairs) => (done[c] = pairs));
    // Chunks the worker took are the ones this thread did not do; wait while it delivers them.
    const error = repliesTo(state, task, (reply) => {
      const r = reply as Extract<PairsReply, { chunk: number }>;
      done[r.chunk] = r;
      workerChunks++;
    }).wait(() => !done.includes(undefined));
    if (error) process.stderr.write(`ingest: a pair-comparing worker failed, comparing its part here: ${error}\n`);
    let index: ReturnType<typeof candidateIndex> | undefined;
    for (let c = 0; c < chunks; c++) {
      if (done[c]) continue;
      index ??= candidateIndex(vectors, o);
      const [from, to] = chunkRange(c, n, chunkArticles);
      done[c] = scorePairs(vectors, o, from, to, index);
    }
    return joinPairs(done as EdgeList[]);
  };

  /**
   * `jobs` on both threads: the heaviest first, each to the thread with less `weight` so far
   * (a job of weight 0 stays here); the worker's share goes to it a part at a time (`ask`),
   * never more than `JOBS_IN_FLIGHT` of its jobs unanswered, topped up between this thread's
   * own jobs, and comes back a part at a time; this thread does the rest with `one`, and what
   * the worker does not deliver too. Each of the worker's results is passed through `keep` as it
   * arrives (as `one` passes its own). The results, in the jobs' order, and how many the worker gave.
   */
  const halve = <J, R>(
    jobs: readonly J[],
    weight: (job: J) => number,
    ask: (part: J[], at: number, task: number, state: SharedArrayBuffer) => HalfTask,
    one: (job: J) => R,
    what: string,
    keep: (result: R) => R = (r) => r,
  ): { results: R[]; fromWorker: number } => {
    const weights = jobs.map(weight);
    const toWorker = new Uint8Array(jobs.length);
    let mine = 0;
    let theirs = 0;
    for (const i of jobs.map((_, k) => k).sort((x, y) => weights[y]! - weights[x]! || x - y)) {
      if (weights[i]! > 0 && theirs < mine) {
        toWorker[i] = 1;
        theirs += weights[i]!;
      } else mine += weights[i]!;
    }
    const task = ++tasks;
    const buffer = new SharedArrayBuffer(8);
    const theirJobs = jobs.filter((_, i) => toWorker[i] === 1);
    // The worker's results arrive a part at a time (`HalfReply`), in its jobs' order.
    const delivered: (R | undefined)[] = new Array<R | undefined>(theirJobs.length);
    let fromWorker = 0;
    let sent = 0;
    const topUp = () => {
      while (!stopped && sent < theirJobs.length && sent - fromWorker < JOBS_IN_FLIGHT) {
        const part = theirJobs.slice(sent, sent + PART_JOBS);
        port.postMessage(ask(part, sent, task, buffer));
        sent += part.length;
        mostEventsInWorker = Math.max(mostEventsInWorker, sent - fromWorker);
      }
    };
    const replies = repliesTo(new Int32Array(buffer), task, (reply) => {
      const { at, results } = reply as Extract<HalfReply<R>, { results: R[] }>;
      results.forEach((r, k) => (delivered[at + k] = keep(r)));
      fromWorker += results.length;
      topUp();
    });
    topUp();
    const out: (R | undefined)[] = jobs.map((j, i) => {
      if (toWorker[i] === 1) return undefined;
      const r = one(j);
      replies.drain();
      return r;
    });
    const error = replies.wait(() => fromWorker === theirJobs.length);
    if (error) process.stderr.write(`ingest: an ${what} worker failed, doing its part here: ${error}\n`);
    let k = 0;
    for (let i = 0; i < jobs.length; i++) {
      if (toWorker[i] !== 1) continue;
      out[i] = delivered[k] ?? one(jobs[i]!);
      k++;
    }
    return { results: out as R[], fromWorker };
  };

  const compareEvents: CompareMany = (jobs, context) => {
    if (stopped || jobs.length < minEvents) return compareEach(jobs, context);
    const { results, fromWorker } = halve(
      jobs,
      (j) => textLength(j.members),
      (part, at, task, state) => {
        const copies: [ArticleId, Copy][] = [];
        for (const j of part)
          for (const a of j.members) {
            const c = context.copies.get(a.id);
            if (c) copies.push([a.id, c]);
          }
        return {
          kind: 'compare',
          task,
          at,
          jobs: part,
          outlets: context.outlets,
          placeNames: context.placeNames,
          copies,
          state,
        };
      },
      (j) => kept(compareEvent(j.eventId, j.members, context), context),
      'event-comparing',
      (c) => kept(c, context),
    );
    workerEvents += fromWorker;
    return results;
  };

  const describeEvents: DescribeMany = (jobs, outletNames) => {
    if (stopped || jobs.length < minEvents) return describeEach(jobs, outletNames);
    const { results, fromWorker } = halve(
      jobs,
      // One member's description is its headline: not worth sending.
      (j) => (j.members.length < 2 ? 0 : textLength(j.members)),
      (part, at, task, state) => ({
        kind: 'describe',
        task,
        at,
        jobs: part.map((j) => ({ ...j, members: j.members.map(memberOnly) })),
        outletNames,
        state,
      }),
      (j) => describeMembers(j.members, outletNames, j.cohesion),
      'event-describing',
    );
    describedInWorker += fromWorker;
    return results;
  };

  return {
    scorePairs: score,
    compareEvents,
    describeEvents,
    get workerChunks() {
      return workerChunks;
    },
    get workerEvents() {
      return workerEvents;
    },
    get describedInWorker() {
      return describedInWorker;
    },
    get mostEventsInWorker() {
      return mostEventsInWorker;
    },
    close: async () => {
      port.close();
      await worker.terminate();
    },
  };
}

/** The lists one after another, as one. */
export function joinPairs(parts: readonly EdgeList[]): EdgeBuffer {
  const total = parts.reduce((s, p) => s + p.length, 0);
  const out = new EdgeBuffer();
  out.a = new Int32Array(Math.max(1, total));
  out.b = new Int32Array(Math.max(1, total));
  out.sim = new Float64Array(Math.max(1, total));
  for (const p of parts) {
    out.a.set(p.a.subarray(0, p.length), out.length);
    out.b.set(p.b.subarray(0, p.length), out.length);
    out.sim.set(p.sim.subarray(0, p.length), out.length);
    out.length += p.length;
  }
  return out;
}
