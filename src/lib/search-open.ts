/** The build's sharded search index, opened from its head's address (in the search worker, or on the page without workers). */
import { ShardedSearch, type SearchHead, type ShardEntries } from '../core/search-shards';

async function json<T>(url: string, what: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`search: ${what} ${url} answered ${res.status}`);
  return (await res.json()) as T;
}

/** `headUrl` absolute: the shards' addresses are relative to it. */
export async function openShardedSearch(headUrl: string): Promise<ShardedSearch> {
  const head = await json<SearchHead>(headUrl, 'the index');
  return new ShardedSearch(head, (file) => json<ShardEntries>(new URL(file, headUrl).href, 'the index part'));
}
