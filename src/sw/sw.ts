/// <reference lib="webworker" />
/**
 * Parallax's service worker (built by vite-plugin-pwa, injectManifest). It precaches the app
 * shell, the feed's page and the corpus; answers a page's address from the network (each event,
 * story, article and outlet has a page prerendered at build time), from the pages it has kept
 * when the network does not answer, and with the shell when it has none; and takes over at once
 * when a new build is deployed, without stranding tabs still running the old one: before the new
 * precache replaces the old, every file of the old build is copied to a cache of its own, from
 * which an old tab's later requests are still answered.
 */
import { matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

/** Files of earlier builds, kept for tabs that still run them. */
const PREVIOUS = 'parallax-previous-builds';
/** How long an earlier build's files are kept: a tab left open longer reloads into the new one anyway. */
const PREVIOUS_MAX_AGE_S = 30 * 24 * 3600;
const PREVIOUS_MAX_ENTRIES = 200;

/** Pages the reader opened, kept to answer their addresses offline; emptied by each new build. */
const PAGES = 'parallax-pages';
const PAGES_MAX_ENTRIES = 50;
/**
 * How long a page's address waits for the network before a kept copy answers it: a connection
 * that holds requests without failing them (a weak signal) must not hold the reader.
 */
const NAVIGATION_TIMEOUT_S = 4;
/** Event files (assets/events/<hash>.json), kept as read, least recently read evicted first. */
const EVENTS = 'parallax-events';
const EVENTS_MAX_ENTRIES = 300;
/** Event files the reader saved or asked to keep: never evicted (src/lib/offline.ts writes it). */
const KEPT_EVENTS = 'parallax-kept-events';
const EVENTS_PATH = '/assets/events/';
const readEvents = new CacheFirst({
  cacheName: EVENTS,
  plugins: [new ExpirationPlugin({ maxEntries: EVENTS_MAX_ENTRIES, purgeOnQuotaError: true })],
});

/** The page with nothing prerendered: the app renders any address in it (scripts/lib/prerender-pages.ts). */
const SHELL = '/shell.html';

async function keepPreviousBuild(): Promise<void> {
  const names = await caches.keys();
  const keep = await caches.open(PREVIOUS);
  for (const name of names.filter((n) => n.startsWith('workbox-precache'))) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (!url.pathname.startsWith('/assets/')) continue;
      url.searchParams.delete('__WB_REVISION__');
      const response = await cache.match(request);
      if (response) await keep.put(url.href, response);
    }
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepPreviousBuild().then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  // Pages kept by the previous build name its files; the new build's pages come from the network.
  event.waitUntil(caches.delete(PAGES).then(() => self.clients.claim()));
});

precacheAndRoute(self.__WB_MANIFEST);

// Any app address, visited or not and whatever its query: its page from the network, else the
// copy kept from a visit, else the shell (the feed's own page, `/`, is precached and answered above).
registerRoute(
  new NavigationRoute(
    new NetworkFirst({
      cacheName: PAGES,
      networkTimeoutSeconds: NAVIGATION_TIMEOUT_S,
      plugins: [
        new ExpirationPlugin({ maxEntries: PAGES_MAX_ENTRIES }),
        {
          handlerDidError: async () => (await matchPrecache(SHELL)) ?? Response.error(),
        },
      ],
    }),
  ),
);

// Each event's file (content-hashed, so never stale): from the cache once read, kept for the
// events read most recently; an event the reader saved is kept apart and never evicted.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith(EVENTS_PATH),
  async (options) => {
    const kept = await (await caches.open(KEPT_EVENTS)).match(options.request);
    return kept ?? readEvents.handle(options);
  },
);

// Hashed files not in the current precache: an older build's, a corpus above the precache limit,
// or a part of a large search index that a query read (so that its words are found offline).
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
  new CacheFirst({
    cacheName: PREVIOUS,
    plugins: [new ExpirationPlugin({ maxEntries: PREVIOUS_MAX_ENTRIES, maxAgeSeconds: PREVIOUS_MAX_AGE_S })],
  }),
);
