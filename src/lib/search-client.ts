/**
 * Searching from the page: queries go to the search worker (started when the reader goes to the
 * search box or on the first search, so a reader who never searches never downloads the index); a newer query makes older answers
 * irrelevant, so only the latest is delivered. Where workers are unavailable the same search
 * runs on the page.
 */
import type { SearchFilters, SearchHit } from '../core/search';
import type { PrepareRequest, SearchReply, SearchRequest } from './search-protocol';
import workerUrl from './search-worker?worker&url';
import { startWorker } from './trusted-worker';

export interface SearchOutcome {
  hits: SearchHit[];
  total: number;
}

let worker: Worker | null = null;
let seq = 0;
const pending = new Map<number, { resolve: (o: SearchOutcome | null) => void; reject: (e: Error) => void }>();

function startSearchWorker(): Worker {
  const w = startWorker(workerUrl, 'parallax-search');
  w.onmessage = (e: MessageEvent<SearchReply>) => {
    const reply = e.data;
    const waiting = pending.get(reply.seq);
    if (!waiting) return;
    pending.delete(reply.seq);
    if (reply.kind === 'error') waiting.reject(new Error(reply.message));
    else waiting.resolve({ hits: reply.hits, total: reply.total });
  };
  return w;
}

/** The index as the page opened it, where workers are unavailable. */
let here: Promise<import('../core/search-shards').ShardedSearch> | null = null;

/** On the page itself, for environments without workers. */
async function searchHere(request: SearchRequest): Promise<SearchOutcome> {
  here ??= import('./search-open').then(({ openShardedSearch }) =>
    openShardedSearch(new URL(request.indexUrl, location.href).href),
  );
  here.catch(() => (here = null));
  return (await here).search(request.query, request.filters, request.limit);
}

/**
 * Starts loading the index at `indexUrl` in the worker, ahead of a first query: called when the
 * reader goes to the search box, so that the index (tens of MB for a large corpus) loads while
 * they type. A reader who never goes there never downloads it.
 */
export function prepareSearch(indexUrl: string): void {
  if (typeof Worker === 'undefined') return;
  worker ??= startSearchWorker();
  const request: PrepareRequest = { kind: 'prepare', indexUrl };
  worker.postMessage(request);
}

/**
 * Searches the index at `indexUrl`. Resolves null when a newer search was started before this
 * one answered (its result would only flash past); rejects when the index cannot be loaded.
 */
export function searchArticles(
  indexUrl: string,
  query: string,
  filters: SearchFilters,
  limit = 200,
): Promise<SearchOutcome | null> {
  const request: SearchRequest = { seq: ++seq, indexUrl, query, filters, limit };
  for (const [n, waiting] of pending) {
    pending.delete(n);
    waiting.resolve(null);
  }
  if (typeof Worker === 'undefined') {
    const mine = request.seq;
    return searchHere(request).then((o) => (mine === seq ? o : null));
  }
  worker ??= startSearchWorker();
  return new Promise((resolve, reject) => {
    pending.set(request.seq, { resolve, reject });
    worker!.postMessage(request);
  });
}
