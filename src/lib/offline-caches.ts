/**
 * The names of the caches that hold events on this device (shared with src/sw/sw.ts, which
 * names them alike): kept apart from the offline code so the app can tell whether there is
 * anything to look after without loading it.
 */

/** Event files as read, least recently read evicted first (the service worker's). */
export const EVENTS_CACHE = 'parallax-events';
/** Event files the reader saved or asked to keep: never evicted. */
export const KEPT_CACHE = 'parallax-kept-events';
