/// <reference lib="webworker" />
/**
 * Parallax's service worker (built by vite-plugin-pwa, injectManifest). It precaches the app
 * shell and the corpus, answers every app route with the shell when offline, and takes over
 * at once when a new build is deployed, without stranding tabs still running the old one:
 * before the new precache replaces the old, every file of the old build is copied to a cache
 * of its own, from which an old tab's later requests are still answered.
 */
import { createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

/** Files of earlier builds, kept for tabs that still run them. */
const PREVIOUS = 'parallax-previous-builds';
/** How long an earlier build's files are kept: a tab left open longer reloads into the new one anyway. */
const PREVIOUS_MAX_AGE_S = 30 * 24 * 3600;
const PREVIOUS_MAX_ENTRIES = 200;

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
  event.waitUntil(self.clients.claim());
});

precacheAndRoute(self.__WB_MANIFEST);

// Any app route, visited or not and whatever its query, is the shell when offline.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));

// Hashed files not in the current precache: an older build's, or a corpus above the precache limit.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
  new CacheFirst({
    cacheName: PREVIOUS,
    plugins: [new ExpirationPlugin({ maxEntries: PREVIOUS_MAX_ENTRIES, maxAgeSeconds: PREVIOUS_MAX_AGE_S })],
  }),
);
