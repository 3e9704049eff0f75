/**
 * What a page loads of the corpus before its first render (`firstViewOf`): the
 * index's head, the head with the page's event, or the whole index; and the whole index, loaded
 * once per visit, for whatever asks for it after.
 */
import { eachIndexTextPage, joinIndexPages, withEvent } from '../core/corpus-parts';
import type { CorpusIndex } from '../core/types';
import { besideIndex, loadEventFileAt, preloadPageData, urlSource } from './event-files';
import { checkOffThread } from './index-check';
import { fetchText, INDEX_WORDS, loadCorpus, type LaterChecks } from './load-corpus';
import { yieldToPage } from './yield-to-page';

/**
 * What a page's first render reads of the corpus, the same in the prerender and in the browser:
 * - `head`: the index's head alone (core/corpus-parts.ts `corpusHead`): the feed as it opens;
 * - `event`: the head with the page's event from its file: an event's page or an article's;
 * - `whole`: the whole index: every other page, and the feed with a filter, a search or the
 *   list by article in its address.
 * Whatever starts from less than the whole has it once the first view is up.
 */
export type FirstView = 'head' | 'event' | 'whole';

export function firstViewOf(location: { pathname: string; search: string }): FirstView {
  const query = location.search !== '' && location.search !== '?';
  if (location.pathname === '/') return query ? 'whole' : 'head';
  return /^\/(events|articles)\/[^/]+\/?$/.test(location.pathname) ? 'event' : 'whole';
}

/** By head address: the whole index, asked for once (a failed request may be asked again). */
const wholeLoads = new Map<string, Promise<CorpusIndex>>();

/** The whole index of the head at `url` (the head itself when it is whole). */
export function loadWholeIndex(url: string, head: CorpusIndex, fetchImpl: typeof fetch = fetch): Promise<CorpusIndex> {
  const rest = head.rest;
  if (!rest) return Promise.resolve(head);
  const at = besideIndex(url, rest.file);
  let pending = wholeLoads.get(at);
  if (!pending) {
    pending = loadIndexCheckedOffThread(at, fetchImpl).then(
      (whole) => {
        if (whole.rest) throw new Error(`The articles file ${rest.file} is not a whole index.`);
        return whole;
      },
      (e: unknown) => {
        wholeLoads.delete(at);
        throw e;
      },
    );
    wholeLoads.set(at, pending);
  }
  return pending;
}

/**
 * The index at `url`, checked against its schema in a worker (lib/index-check.ts) while the page
 * parses it, a page of the file per task (core/corpus-parts.ts `indexText`).
 */
async function loadIndexCheckedOffThread(url: string, fetchImpl: typeof fetch): Promise<CorpusIndex> {
  const text = await fetchText(url, fetchImpl, INDEX_WORDS);
  const checked = checkOffThread('index', text);
  // Handing a large file to the worker is a task's worth on its own.
  await yieldToPage();
  const pages: unknown[] = [];
  try {
    for (const page of eachIndexTextPage(text)) {
      pages.push(JSON.parse(page));
      await yieldToPage();
    }
  } catch {
    // Not JSON: the check says so in the reader's words.
  }
  const problem = await checked;
  if (problem !== null) throw new Error(`${INDEX_WORDS.file} ${problem}`);
  await yieldToPage();
  // The text the worker validated, which the schema accepts as it is (tests/unit/index-head.test.ts).
  return joinIndexPages(pages) as CorpusIndex;
}

/** What a page's first render reads, and the full checks of its files, for once it is up. */
export interface FirstViewLoad {
  index: CorpusIndex;
  /** Checks the files read against their schemas (off the page); rejects with the reader's words. */
  verify: () => Promise<void>;
}

/**
 * The index a page's first render reads (`view`), with the file of the page's event loaded
 * when it shows one: `eventFile` is that file's name as the prerendered page gives it. The head
 * and the event's file are the build's own, content-hashed: the first render reads them with
 * their version checked, and `verify` checks them whole (in a worker) once the page is up. The
 * whole index is checked before it is read.
 */
export async function loadFirstView(
  url: string,
  location: { pathname: string },
  view: FirstView,
  eventFile: string | undefined,
  fetchImpl: typeof fetch = fetch,
): Promise<FirstViewLoad> {
  const later: LaterChecks = [];
  const verify = async () => {
    await Promise.all(later.map((check) => check()));
  };
  const head = await loadCorpus(url, fetchImpl, later);
  if (head.rest && view === 'event' && eventFile !== undefined) {
    const file = await loadEventFileAt(besideIndex(url, eventFile), fetchImpl, later);
    return { index: withEvent(head, file, eventFile), verify };
  }
  const index = view === 'head' ? head : await loadWholeIndex(url, head, fetchImpl);
  await preloadPageData(urlSource(index, url, fetchImpl, later), index, location.pathname);
  return { index, verify };
}
