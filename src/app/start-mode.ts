/** The meta tag of a prerendered page naming the address it was rendered for (none on the shell). */
export const PAGE_META = 'parallax-page';

/** The address the page in this document was prerendered for; undefined for the shell. */
export function prerenderedFor(doc: Document = document): string | undefined {
  return doc.querySelector(`meta[name="${PAGE_META}"]`)?.getAttribute('content') ?? undefined;
}

/**
 * How the app takes over the page, from the address the page was prerendered for
 * (`prerenderedFor`) and the address it is shown at:
 * - `render`: nothing prerendered for this address (the shell, or a page of another address a
 *   host's fallback answered with): render now, in place of whatever is there.
 * - `hydrate`: this address's page as the server rendered it: take it over without changing it.
 * - `replace`: this address's page, but a query (a filter, a chosen view) changes what it shows:
 *   render anew once the data is there.
 * Only a page being hydrated is worth showing before the app runs; the others are hidden until then.
 */
export type StartMode = 'render' | 'hydrate' | 'replace';

export function startMode(prerendered: string | undefined, location: { pathname: string; search: string }): StartMode {
  if (prerendered === undefined || prerendered !== location.pathname) return 'render';
  return location.search === '' || location.search === '?' ? 'hydrate' : 'replace';
}

/** The meta tag of a prerendered event's or article's page naming its event's file, relative to the index. */
export const EVENT_FILE_META = 'parallax-event-file';

/** The event file a prerendered page names (`EVENT_FILE_META`), if any. */
export function pageEventFile(doc: Document = document): string | undefined {
  return doc.querySelector(`meta[name="${EVENT_FILE_META}"]`)?.getAttribute('content') ?? undefined;
}
