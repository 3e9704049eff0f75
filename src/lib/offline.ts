/**
 * Which events are stored on this device for offline reading. The shell, the feed and the
 * corpus's index are precached by the service worker; each event's file is kept apart:
 * - when it is read, in the worker's cache of read events (`EVENTS_CACHE`), which keeps the most
 *   recently read ones and lets the least recently read go first when space runs short;
 * - when the reader saves a view of it or asks for it ("Keep offline"), in the cache of kept
 *   events (`KEPT_CACHE`), which nothing evicts: only the reader removes an event from it.
 * The names are shared with src/sw/sw.ts. See docs/offline.md.
 */
import { useCallback, useEffect, useState } from 'react';
import { checkConnection } from './online-status';

import { EVENTS_CACHE, KEPT_CACHE } from './offline-caches';

export { EVENTS_CACHE, KEPT_CACHE };

/** `kept`: never evicted; `stored`: stored while there is room; `not-stored`; `unsupported`: no Cache Storage. */
export type EventOfflineState = 'checking' | 'kept' | 'stored' | 'not-stored' | 'unsupported';

/** Told after an event is kept or let go, so every view of its state looks again. */
const listeners = new Set<() => void>();

function changed(): void {
  for (const l of listeners) l();
}

function cachesHere(): CacheStorage | null {
  return typeof caches === 'undefined' ? null : caches;
}

export async function eventOfflineState(url: string | undefined): Promise<EventOfflineState> {
  const c = cachesHere();
  if (!url || !c) return 'unsupported';
  try {
    if (await (await c.open(KEPT_CACHE)).match(url)) return 'kept';
    return (await (await c.open(EVENTS_CACHE)).match(url)) ? 'stored' : 'not-stored';
  } catch {
    return 'unsupported';
  }
}

/** Keeps an event's file on this device for good: from where it is stored already, else from the network. */
export async function keepEvent(url: string): Promise<void> {
  const c = cachesHere();
  if (!c) return;
  await keepFrom(c, await c.open(KEPT_CACHE), url);
  changed();
}

/** Keeps the events of the reader's saved views (those not kept yet); failures wait for the next time. */
export async function keepSavedEvents(urls: readonly string[]): Promise<void> {
  for (const url of urls) {
    const state = await eventOfflineState(url);
    if (state === 'stored' || state === 'not-stored') await keepEvent(url).catch(() => {});
  }
}

/** Lets an event go from the kept ones (it may stay among the read ones while there is room). */
export async function releaseEvent(url: string): Promise<void> {
  const c = cachesHere();
  if (!c) return;
  const kept = await c.open(KEPT_CACHE);
  const response = await kept.match(url);
  if (response) await (await c.open(EVENTS_CACHE)).put(url, response);
  await kept.delete(url);
  changed();
}

/**
 * After a new build, a kept event whose file changed (its name is its content's hash) is kept
 * again under its new name, and the old file let go; so is the file of an event the corpus no
 * longer has. `current` gives each event's file as the index now names it. A file that cannot be
 * fetched now (offline) stays, to be renewed another time.
 */
export async function renewKeptEvents(current: ReadonlyMap<string, string>): Promise<void> {
  const c = cachesHere();
  if (!c) return;
  const kept = await c.open(KEPT_CACHE);
  const named = new Set(current.values());
  let renewed = false;
  for (const request of await kept.keys()) {
    if (named.has(new URL(request.url).pathname)) continue;
    let id: unknown;
    try {
      id = ((await (await kept.match(request))?.json()) as { event?: { id?: unknown } } | undefined)?.event?.id;
    } catch {
      id = undefined;
    }
    const url = typeof id === 'string' ? current.get(id) : undefined;
    if (url !== undefined) {
      try {
        await keepFrom(c, kept, url);
      } catch {
        continue;
      }
    }
    await kept.delete(request);
    renewed = true;
  }
  if (renewed) changed();
}

async function keepFrom(c: CacheStorage, kept: Cache, url: string): Promise<void> {
  const stored = await (await c.open(EVENTS_CACHE)).match(url);
  if (stored) await kept.put(url, stored);
  else await kept.add(url);
}

export interface StoredEvent {
  /** The path of its file. */
  url: string;
  bytes: number;
  kept: boolean;
}

export interface DeviceStorage {
  events: StoredEvent[];
  /** What the browser says this site uses and may use, in bytes; null when it does not say. */
  usage: number | null;
  quota: number | null;
}

async function listCache(c: CacheStorage, name: string, kept: boolean): Promise<StoredEvent[]> {
  const cache = await c.open(name);
  const out: StoredEvent[] = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    if (!response) continue;
    out.push({ url: new URL(request.url).pathname, bytes: (await response.blob()).size, kept });
  }
  return out;
}

/** Every event stored on this device, kept ones first, and the site's storage use. */
export async function deviceStorage(): Promise<DeviceStorage | null> {
  const c = cachesHere();
  if (!c) return null;
  try {
    const kept = await listCache(c, KEPT_CACHE, true);
    const keptUrls = new Set(kept.map((e) => e.url));
    const read = (await listCache(c, EVENTS_CACHE, false)).filter((e) => !keptUrls.has(e.url));
    const estimate = typeof navigator === 'undefined' ? null : await navigator.storage?.estimate?.().catch(() => null);
    return { events: [...kept, ...read], usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
  } catch {
    return null;
  }
}

export interface EventOffline {
  state: EventOfflineState;
  /** Keeps the event on this device; never rejects (a failure shows in `failed`). */
  keep: () => Promise<void>;
  release: () => Promise<void>;
  /** The last attempt to keep it failed (the network was unreachable, or storage refused). */
  failed: boolean;
}

/** Whether the event whose file is at `url` is stored on this device, and the means to keep it or let it go. */
export function useEventOffline(url: string | undefined): EventOffline {
  const [state, setState] = useState<EventOfflineState>('checking');
  const [failed, setFailed] = useState(false);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void eventOfflineState(url).then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [url, version]);
  useEffect(() => {
    const look = () => setVersion((v) => v + 1);
    listeners.add(look);
    return () => void listeners.delete(look);
  }, []);
  const keep = useCallback(async () => {
    if (!url) return;
    try {
      await keepEvent(url);
      setFailed(false);
    } catch {
      setFailed(true);
      // Storing fails alike for a missing network and an error status: the check tells which.
      checkConnection();
    } finally {
      setVersion((v) => v + 1);
    }
  }, [url]);
  const release = useCallback(async () => {
    if (!url) return;
    await releaseEvent(url).catch(() => {});
    setVersion((v) => v + 1);
  }, [url]);
  return { state, keep, release, failed };
}

/** Bytes in words: "12 KB", "3.4 MB". */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}
