/**
 * The search worker: loads the head of the build's search index when the reader goes to the
 * search box (or on the first query), then, for each query, the index's shards its words fall in
 * (core/search-shards.ts), and answers off the main thread, so typing never waits for a search
 * of a large corpus.
 */
import type { PrepareRequest, SearchReply, SearchRequest } from './search-protocol';
import { openShardedSearch } from './search-open';
import type { ShardedSearch } from '../core/search-shards';

interface WorkerScope {
  onmessage: ((e: MessageEvent<SearchRequest | PrepareRequest>) => void) | null;
  postMessage(message: SearchReply): void;
  location: { href: string };
}
const scope = self as unknown as WorkerScope;
const indexes = new Map<string, Promise<ShardedSearch>>();

function indexAt(url: string): Promise<ShardedSearch> {
  let index = indexes.get(url);
  if (!index) {
    index = openShardedSearch(new URL(url, scope.location.href).href);
    // A failed load is tried again on the next query (offline now, online later).
    index.catch(() => indexes.delete(url));
    indexes.set(url, index);
  }
  return index;
}

scope.onmessage = (e) => {
  // A failed load is told to the query that follows (and tried again then).
  if (e.data.kind === 'prepare') return void indexAt(e.data.indexUrl).catch(() => {});
  const { seq, indexUrl, query, filters, limit } = e.data;
  indexAt(indexUrl)
    .then((index) => index.search(query, filters, limit))
    .then(
      (outcome) => scope.postMessage({ kind: 'result', seq, ...outcome }),
      (err: unknown) =>
        scope.postMessage({ kind: 'error', seq, message: err instanceof Error ? err.message : String(err) }),
    );
};
