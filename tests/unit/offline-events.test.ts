import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  deviceStorage,
  EVENTS_CACHE,
  eventOfflineState,
  KEPT_CACHE,
  keepEvent,
  releaseEvent,
  renewKeptEvents,
} from '../../src/lib/offline';

const ORIGIN = 'http://parallax.test';

/** Cache Storage as the browser gives it, in memory: what the offline code uses of it. */
function fakeCaches(fetchImpl: (url: string) => Promise<Response>) {
  const stores = new Map<string, Map<string, Response>>();
  const key = (r: RequestInfo | URL) => new URL(typeof r === 'string' ? r : 'url' in r ? r.url : r.href, ORIGIN).href;
  const open = async (name: string) => {
    let store = stores.get(name);
    if (!store) stores.set(name, (store = new Map()));
    const s = store;
    return {
      keys: async () => [...s.keys()].map((u) => new Request(u)),
      match: async (r: RequestInfo | URL) => s.get(key(r))?.clone(),
      put: async (r: RequestInfo | URL, res: Response) => void s.set(key(r), res.clone()),
      add: async (r: RequestInfo | URL) => {
        const res = await fetchImpl(key(r));
        if (!res.ok) throw new TypeError(`HTTP ${res.status}`);
        s.set(key(r), res);
      },
      delete: async (r: RequestInfo | URL) => s.delete(key(r)),
    };
  };
  vi.stubGlobal('caches', { open });
  return { paths: (name: string) => [...(stores.get(name)?.keys() ?? [])].map((u) => new URL(u).pathname).sort() };
}

const file = (id: string) => JSON.stringify({ schemaVersion: 1, event: { id }, articles: [] });

afterEach(() => vi.unstubAllGlobals());

describe('events kept on this device', () => {
  it('keeps an event from the network, or from the read ones when stored, and lets it go back among them', async () => {
    const fetchImpl = vi.fn(async () => new Response(file('e-1')));
    const store = fakeCaches(fetchImpl);
    expect(await eventOfflineState('/assets/events/aaa.json')).toBe('not-stored');
    await keepEvent('/assets/events/aaa.json');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(await eventOfflineState('/assets/events/aaa.json')).toBe('kept');
    await releaseEvent('/assets/events/aaa.json');
    expect(store.paths(KEPT_CACHE)).toEqual([]);
    expect(await eventOfflineState('/assets/events/aaa.json')).toBe('stored');
    // Stored already: kept without asking the network.
    await keepEvent('/assets/events/aaa.json');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    const storage = await deviceStorage();
    expect(storage?.events).toEqual([{ url: '/assets/events/aaa.json', bytes: file('e-1').length, kept: true }]);
  });

  it('after a new build, keeps a renamed event under its new name and lets go of one the corpus lost', async () => {
    const fetchImpl = vi.fn(async (url: string) =>
      url.endsWith('/new-1.json') ? new Response(file('e-1')) : new Response('', { status: 404 }),
    );
    const store = fakeCaches(fetchImpl);
    const kept = await caches.open(KEPT_CACHE);
    await kept.put('/assets/events/old-1.json', new Response(file('e-1')));
    await kept.put('/assets/events/old-2.json', new Response(file('e-gone')));
    await kept.put('/assets/events/same-3.json', new Response(file('e-3')));
    await renewKeptEvents(
      new Map([
        ['e-1', '/assets/events/new-1.json'],
        ['e-3', '/assets/events/same-3.json'],
      ]),
    );
    expect(store.paths(KEPT_CACHE)).toEqual(['/assets/events/new-1.json', '/assets/events/same-3.json']);
    expect(store.paths(EVENTS_CACHE)).toEqual([]);
  });

  it('keeps the old file of a renamed event while the new one cannot be fetched (offline)', async () => {
    const store = fakeCaches(async () => {
      throw new TypeError('Failed to fetch');
    });
    await (await caches.open(KEPT_CACHE)).put('/assets/events/old-1.json', new Response(file('e-1')));
    await renewKeptEvents(new Map([['e-1', '/assets/events/new-1.json']]));
    expect(store.paths(KEPT_CACHE)).toEqual(['/assets/events/old-1.json']);
  });
});
