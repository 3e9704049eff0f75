/**
 * Each event's file (the event compared, its articles whole): loaded by the pages that show the
 * event, once per address, and kept for the rest of the visit. A page prerendered for an event
 * has its file loaded before it hydrates (`preloadPageData`), so its first render is the server's.
 */
import { sortArticlesByDate, type ArticleSet } from '../core/select';
import type { Article, CorpusIndex, EventFile, NewsEvent } from '../core/types';
import { loadChecked, type LaterChecks } from './load-corpus';

/** One event with its articles whole, and the corpus's outlets: what the event's views read. */
export interface EventScope extends ArticleSet<Article> {
  event: NewsEvent;
  /** Its reports newest first, undated last: the event page's order. */
  newestFirst: Article[];
}

/** Where the event files of one corpus come from. */
export interface EventFileSource {
  /** The file when it is already here, else undefined (without asking for it). */
  peek(eventId: string): EventFile | undefined;
  /** The file, asked for once; a failed request may be asked again. */
  load(eventId: string): Promise<EventFile>;
}

/** Files held in memory (a corpus given whole, the prerender). */
export function memorySource(files: ReadonlyMap<string, EventFile>): EventFileSource {
  const missing = (id: string) => new Error(`There is no event “${id}” in this collection.`);
  return {
    peek: (id) => files.get(id),
    load: (id) => {
      const f = files.get(id);
      return f ? Promise.resolve(f) : Promise.reject(missing(id));
    },
  };
}

type Entry = { done: EventFile } | { pending: Promise<EventFile> };

/** Files by address, for the whole visit: content-hashed, an address always means the same file. */
const loaded = new Map<string, Entry>();

/** The address of an event's file, or undefined when the index names none. */
export function eventFileUrl(index: CorpusIndex, indexUrl: string, eventId: string): string | undefined {
  const name = Object.hasOwn(index.eventFiles, eventId) ? index.eventFiles[eventId] : undefined;
  return name === undefined ? undefined : besideIndex(indexUrl, name);
}

function fetchEventFile(url: string, fetchImpl: typeof fetch, later?: LaterChecks): Promise<EventFile> {
  return loadChecked(
    url,
    fetchImpl,
    'event',
    {
      unreachable:
        'The reports of this event are not stored on this device, and the network is unreachable. Events you read, save or keep are stored for offline reading.',
      failed: 'The reports of this event could not be loaded',
      file: 'The file of this event',
    },
    later,
  );
}

/**
 * The event file at `url`, asked for once per visit (a failed request may be asked again).
 * Given `later`, its full check is put there (lib/load-corpus.ts `loadChecked`); a file that
 * fails it is dropped, to be asked for again.
 */
export function loadEventFileAt(url: string, fetchImpl: typeof fetch = fetch, later?: LaterChecks): Promise<EventFile> {
  const entry = loaded.get(url);
  if (entry) return 'done' in entry ? Promise.resolve(entry.done) : entry.pending;
  const mine: LaterChecks | undefined = later ? [] : undefined;
  const pending = fetchEventFile(url, fetchImpl, mine).then(
    (file) => {
      loaded.set(url, { done: file });
      for (const check of mine ?? [])
        later!.push(() =>
          check().catch((e: unknown) => {
            loaded.delete(url);
            throw e;
          }),
        );
      return file;
    },
    (e: unknown) => {
      loaded.delete(url);
      throw e;
    },
  );
  loaded.set(url, { pending });
  return pending;
}

/** The address of a file named relative to the index at `indexUrl`. */
export function besideIndex(indexUrl: string, name: string): string {
  const base = new URL(indexUrl, globalThis.location?.href ?? 'http://localhost/');
  const url = new URL(name, base);
  // Same origin: the address as the app asks for it everywhere else (a path).
  return url.origin === base.origin ? `${url.pathname}${url.search}` : url.href;
}

/** The event files of the index at `indexUrl`, fetched from beside it (`later`: as `loadEventFileAt`). */
export function urlSource(
  index: CorpusIndex,
  indexUrl: string,
  fetchImpl: typeof fetch = fetch,
  later?: LaterChecks,
): EventFileSource {
  const urlOf = (id: string) => eventFileUrl(index, indexUrl, id);
  return {
    peek(id) {
      const url = urlOf(id);
      const entry = url === undefined ? undefined : loaded.get(url);
      return entry && 'done' in entry ? entry.done : undefined;
    },
    load(id) {
      const url = urlOf(id);
      if (url === undefined) return Promise.reject(new Error(`There is no event “${id}” in this collection.`));
      return loadEventFileAt(url, fetchImpl, later);
    },
  };
}

const scopes = new WeakMap<EventFile, EventScope>();

/** The scope of one event's file over the corpus's outlets (the same object for the same file). */
export function eventScope(file: EventFile, index: Pick<CorpusIndex, 'outlets'>): EventScope {
  let scope = scopes.get(file);
  if (!scope || scope.outlets !== index.outlets) {
    scope = {
      event: file.event,
      articles: file.articles,
      outlets: index.outlets,
      newestFirst: sortArticlesByDate(file.articles),
    };
    scopes.set(file, scope);
  }
  return scope;
}

/** The event whose page `pathname` is, directly or through one of its articles. */
export function eventOfPage(index: CorpusIndex, pathname: string): string | undefined {
  const m = /^\/(events|articles)\/([^/]+)\/?$/.exec(pathname);
  if (!m) return undefined;
  const id = decodeURIComponent(m[2]!);
  if (m[1] === 'events') return id;
  return index.events.find((e) => e.articleIds.some((a) => a === id))?.id;
}

/** Loads the file the page at `pathname` shows first, if any: before a prerendered page hydrates. */
export async function preloadPageData(source: EventFileSource, index: CorpusIndex, pathname: string): Promise<void> {
  const id = eventOfPage(index, pathname);
  if (id !== undefined && Object.hasOwn(index.eventFiles, id)) await source.load(id);
}
