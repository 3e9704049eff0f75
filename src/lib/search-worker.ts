/**
 * The search worker: loads the build's MiniSearch index when the reader goes to the search box
 * (or on the first query) and answers
 * queries off the main thread, so typing never waits for a search of a large corpus.
 */
import { loadSearchIndex, search, type SearchDoc } from '../core/search';
import type { PrepareRequest, SearchReply, SearchRequest } from './search-protocol';
import type MiniSearch from 'minisearch';

interface WorkerScope {
  onmessage: ((e: MessageEvent<SearchRequest | PrepareRequest>) => void) | null;
  postMessage(message: SearchReply): void;
}
const scope = self as unknown as WorkerScope;
const indexes = new Map<string, Promise<MiniSearch<SearchDoc>>>();

function indexAt(url: string): Promise<MiniSearch<SearchDoc>> {
  let index = indexes.get(url);
  if (!index) {
    index = fetch(url).then(async (res) => {
      if (!res.ok) throw new Error(`search: the index ${url} answered ${res.status}`);
      return loadSearchIndex(await res.text());
    });
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
  indexAt(indexUrl).then(
    (index) => scope.postMessage({ kind: 'result', seq, ...search(index, query, filters, limit) }),
    (err: unknown) =>
      scope.postMessage({ kind: 'error', seq, message: err instanceof Error ? err.message : String(err) }),
  );
};
