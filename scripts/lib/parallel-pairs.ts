/**
 * The grouping's candidate pairs compared on two threads (this one and a worker), for the
 * ingest: at 100,000 articles it is the largest part of grouping that splits cleanly (the
 * pairs of each article do not depend on the others'; `scorePairs` in `core/group/group.ts`).
 *
 * The articles are cut into chunks; each thread takes the next chunk not yet taken (an atomic
 * counter in shared memory) until none is left, and the chunks' pairs are joined in chunk
 * order, so the result is exactly `scorePairs` over all articles, whichever thread did which
 * chunk. The feature vectors go to the worker once, in shared memory, not copied.
 *
 * `completeCorpus` is synchronous, so this thread waits for the worker's last chunks with
 * `Atomics.wait` and reads its messages with `receiveMessageOnPort`. A worker that has not
 * started yet, or stops, costs nothing but its share: what it has not delivered when this
 * thread runs out of chunks and has waited long enough, this thread compares itself.
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
import { startTsWorker } from './ts-worker';

/** Articles per chunk: small enough to share the work evenly, large enough that messages are few. */
const CHUNK_ARTICLES = 512;
/** Below this many articles, one thread compares them sooner than two can start. */
const MIN_ARTICLES_FOR_WORKER = 4096;
/** Slots of the shared state: the next chunk to take, and how many chunks the worker has delivered. */
const NEXT = 0;
export const POSTED = 1;
/** How long this thread waits for a worker that delivers nothing, at least, before comparing its chunks itself. */
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

/** A comparison the worker is asked for. */
export interface PairsTask {
  task: number;
  vectors: SharedVectors;
  options: GroupingOptions;
  /** Int32Array over it: `NEXT`, `POSTED`. */
  state: SharedArrayBuffer;
  chunks: number;
  chunkArticles: number;
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

export interface ParallelScorer {
  /** A `PairScorer` for `completeCorpus`: the same pairs as `scorePairs`, on both threads. */
  scorePairs: PairScorer;
  /** Chunks the worker compared, over every call (for the ingest's report and tests). */
  readonly workerChunks: number;
  /** Stops the worker. */
  close(): Promise<void>;
}

export interface ParallelOptions {
  /** Fewest articles worth the worker (default 4096). */
  minArticles?: number;
  /** Articles per chunk (default 512). */
  chunkArticles?: number;
  /** How long to wait for a worker that delivers nothing before comparing its chunks here (default 30 s). */
  patienceMs?: number;
  /** For tests: false leaves every chunk to the worker, this thread only waiting (default true). */
  here?: boolean;
}

export function parallelScorer(options: ParallelOptions = {}): ParallelScorer {
  const {
    minArticles = MIN_ARTICLES_FOR_WORKER,
    chunkArticles = CHUNK_ARTICLES,
    patienceMs = MIN_PATIENCE_MS,
    here = true,
  } = options;
  const channel = new MessageChannel();
  const port: MessagePort = channel.port1;
  const worker: Worker = startTsWorker(new URL('./pairs-worker.ts', import.meta.url), { port: channel.port2 }, [
    channel.port2,
  ]);
  // The worker only ever waits for tasks: it must not keep the process alive.
  worker.unref();
  let stopped = false;
  worker.on('exit', () => (stopped = true));
  worker.on('error', () => (stopped = true));
  let tasks = 0;
  let workerChunks = 0;

  const score: PairScorer = (vectors, o) => {
    const n = vectors.ids.length;
    if (stopped || n < minArticles) return scorePairs(vectors, o);
    const chunks = Math.ceil(n / chunkArticles);
    const task = ++tasks;
    const buffer = new SharedArrayBuffer(8);
    const state = new Int32Array(buffer);
    const done: (EdgeList | undefined)[] = new Array(chunks);
    const message: PairsTask = {
      task,
      vectors: shareVectors(vectors),
      options: o,
      state: buffer,
      chunks,
      chunkArticles,
    };
    port.postMessage(message);
    if (here) takeChunks(vectors, o, state, chunks, chunkArticles, (c, pairs) => (done[c] = pairs));
    let error: string | undefined;
    const drain = () => {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const reply = m.message as PairsReply;
        if (reply.task !== task) continue;
        if ('error' in reply) error = reply.error;
        else {
          done[reply.chunk] = reply;
          workerChunks++;
        }
      }
    };
    // Chunks the worker took are the ones this thread did not do; wait while it delivers them.
    let waitedSince = performance.now();
    let posted = Atomics.load(state, POSTED);
    for (drain(); done.includes(undefined) && !error && !stopped; drain()) {
      Atomics.wait(state, POSTED, posted, 100);
      const now = Atomics.load(state, POSTED);
      if (now !== posted) [posted, waitedSince] = [now, performance.now()];
      else if (performance.now() - waitedSince > patienceMs) break;
    }
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

  return {
    scorePairs: score,
    get workerChunks() {
      return workerChunks;
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
