/** The build's sharded search index, opened from its head's address (in the search worker, or on the page without workers). */
import { ShardedSearch, type SearchHead, type ShardEntries } from '../core/search-shards';

/**
 * A file of the index. Offline, a part never read before is not on the device (a large index is
 * kept a part at a time, as queries read them): the reader is told so in words, not "Failed to fetch".
 */
async function json<T>(url: string, what: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new Error(`${what} is not stored on this device, and the network is unreachable.`);
  }
  if (!res.ok) throw new Error(`${what} ${url} answered ${res.status}.`);
  return (await res.json()) as T;
}

/** `headUrl` absolute: the shards' addresses are relative to it. */
export async function openShardedSearch(headUrl: string): Promise<ShardedSearch> {
  const head = await json<SearchHead>(headUrl, 'the search index');
  return new ShardedSearch(head, (file) =>
    json<ShardEntries>(new URL(file, headUrl).href, 'the part of the search index these words need'),
  );
}
