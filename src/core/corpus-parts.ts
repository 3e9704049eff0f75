/**
 * A corpus cut into the parts the app loads (schema.ts): the index every page reads, and one file
 * per event that only the pages showing that event read. The build writes them as files named by
 * their content; an app given a whole corpus (tests, embedding) cuts it in memory the same way.
 */
import type { Article, ArticleHeader, Corpus, CorpusIndex, EventFile, EventSummary, NewsEvent, Story } from './schema';
import { CORPUS_SCHEMA_VERSION } from './schema-version';

/** The longest teaser an article's header holds: a line in a list, not a paragraph. */
export const TEASER_CHARS = 160;

/**
 * The opening of a text as a list shows it: whole when short, else cut at a word to at most
 * `TEASER_CHARS` characters and marked cut with an ellipsis (the article's page has it all).
 */
export function teaserOf(paragraph: string): string {
  return clipAtWord(paragraph, TEASER_CHARS);
}

/** `text` on one line, cut at a word to at most `max` characters, with an ellipsis when cut. */
export function clipAtWord(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

export function articleHeader(a: Article): ArticleHeader {
  const {
    sourceFile: _sourceFile,
    body,
    captions: _captions,
    warnings: _warnings,
    quotes: _quotes,
    citations: _citations,
    ...meta
  } = a;
  return { ...meta, teaser: teaserOf(body[0] ?? '') };
}

export function eventSummary(e: NewsEvent | EventSummary): EventSummary {
  return {
    id: e.id,
    title: e.title,
    titleFrom: e.titleFrom,
    date: e.date,
    dateEstimated: e.dateEstimated,
    articleIds: e.articleIds,
    storyId: e.storyId,
    provenance: e.provenance,
  };
}

/** The file of one event of `articles` (which hold at least its own), with its storyline when given. */
export function eventFile(event: NewsEvent, articleById: ReadonlyMap<string, Article>, story?: Story): EventFile {
  return {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    event,
    ...(story ? { story } : {}),
    articles: event.articleIds.map((id) => {
      const a = articleById.get(id);
      if (!a) throw new Error(`core/corpus-parts: event "${event.id}" names article "${id}", which is not given`);
      return a;
    }),
  };
}

/** The index of a corpus whose event files are named as `fileOf` says. */
export function corpusIndex(corpus: Corpus, fileOf: (eventId: string) => string): CorpusIndex {
  return {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    outlets: corpus.outlets,
    articles: corpus.articles.map(articleHeader),
    events: corpus.events.map(eventSummary),
    stories: corpus.stories,
    ...(corpus.corrections ? { corrections: corpus.corrections } : {}),
    ...(corpus.placeNames ? { placeNames: corpus.placeNames } : {}),
    sourceCount: corpus.sources.length,
    setAside: corpus.sources.filter((s) => s.status !== 'ok'),
    eventFiles: Object.fromEntries(corpus.events.map((e) => [e.id, fileOf(e.id)])),
  };
}

export interface CorpusParts {
  index: CorpusIndex;
  /** By event id. */
  files: Map<string, EventFile>;
}

/** The index and every event's file, named by event id (for a corpus held in memory). */
export function splitCorpus(corpus: Corpus): CorpusParts {
  const byId = new Map(corpus.articles.map((a) => [a.id as string, a]));
  const storyById = new Map(corpus.stories.map((s) => [s.id as string, s]));
  return {
    index: corpusIndex(corpus, (id) => id),
    files: new Map(corpus.events.map((e) => [e.id as string, eventFile(e, byId, storyById.get(e.storyId))])),
  };
}

/**
 * Events in the index's head: the feed's first screens (a desktop's first window holds about
 * five), so the reader scrolls on through them while the whole index loads.
 */
export const HEAD_EVENTS = 24;

/**
 * The largest whole index (bytes, uncompressed) loaded, and precached by the service worker,
 * without being asked for: about 2,000 articles. A larger one is loaded when a view needs it (a
 * filter, a search, the feed scrolled past the head, another page), and kept once loaded.
 */
export const WHOLE_INDEX_AHEAD_BYTES = 2 * 1024 * 1024;

/**
 * The head of an index: what the first view of any page reads, whatever the corpus's size. The
 * first `size` events (the feed's order: newest first) with their articles and storylines, every
 * outlet, and the counts of the whole (events, articles, events by outlet, the newest day); the
 * whole index is `whole.file`, relative to the head, of `whole.bytes` bytes. What only the whole serves (the files set aside,
 * the editor's corrections, the place names the regrouping compares with) is left to it.
 */
export function corpusHead(
  index: CorpusIndex,
  whole: { file: string; bytes: number },
  size = HEAD_EVENTS,
): CorpusIndex {
  const events = index.events.slice(0, size);
  const articleIds = new Set<string>(events.flatMap((e) => e.articleIds));
  const storyIds = new Set<string>(events.map((e) => e.storyId));
  const outletOf = new Map<string, string>(index.articles.map((a) => [a.id, a.outletId]));
  const outletEvents: Record<string, number> = {};
  let newest: string | null = null;
  for (const e of index.events) {
    for (const o of new Set(e.articleIds.map((id) => outletOf.get(id)!))) outletEvents[o] = (outletEvents[o] ?? 0) + 1;
    if (e.date !== null && (newest === null || e.date > newest)) newest = e.date;
  }
  return {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    outlets: index.outlets,
    articles: index.articles.filter((a) => articleIds.has(a.id)),
    events,
    stories: index.stories.filter((s) => storyIds.has(s.id)),
    sourceCount: index.sourceCount,
    setAside: [],
    eventFiles: Object.fromEntries(events.map((e) => [e.id, index.eventFiles[e.id]!])),
    rest: { ...whole, events: index.events.length, articles: index.articles.length, outletEvents, newest },
  };
}

/**
 * A head with one more event, from its file (named `name`, relative to the head): what a page of
 * an event (or of one of its articles) reads before the whole index is here. The index itself
 * when it already holds the event.
 */
export function withEvent(index: CorpusIndex, file: EventFile, name: string): CorpusIndex {
  const { event, articles, story } = file;
  if (index.events.some((e) => e.id === event.id)) return index;
  const stories = story && !index.stories.some((s) => s.id === story.id) ? [...index.stories, story] : index.stories;
  return {
    ...index,
    articles: [...index.articles, ...articles.map(articleHeader)],
    events: [...index.events, eventSummary(event)],
    stories,
    eventFiles: { ...index.eventFiles, [event.id]: name },
  };
}

/**
 * Events in each page of the whole index's file (and about as many articles): the page parses
 * each page in a task of its own (a few milliseconds; about 20 with the CPU slowed 4×), so reading the whole index
 * of a large corpus never holds the reader for long.
 */
export const INDEX_PAGE_EVENTS = 250;

/** A page of the whole index: the first holds every field; each of the others continues its lists. */
export type IndexPage = CorpusIndex | Pick<CorpusIndex, 'events' | 'articles' | 'stories' | 'eventFiles'>;

/**
 * The whole index in pages: contiguous runs of its events (with their files), of its articles
 * and of its stories, in order, the first page with the index's other fields. `joinIndexPages` gives the
 * index back as it was.
 */
export function indexPages(index: CorpusIndex, pageEvents = INDEX_PAGE_EVENTS): IndexPage[] {
  const count = Math.max(1, Math.ceil(index.events.length / pageEvents));
  const pageArticles = Math.ceil(index.articles.length / count);
  const pageStories = Math.ceil(index.stories.length / count);
  return Array.from({ length: count }, (_, k) => {
    const events = index.events.slice(k * pageEvents, (k + 1) * pageEvents);
    const part = {
      events,
      articles: index.articles.slice(k * pageArticles, (k + 1) * pageArticles),
      stories: index.stories.slice(k * pageStories, (k + 1) * pageStories),
      eventFiles: Object.fromEntries(events.map((e) => [e.id, index.eventFiles[e.id]!])),
    };
    return k === 0 ? { ...index, ...part } : part;
  });
}

/** The file of the whole index: its pages, one JSON text a line (a small index is one line, plain JSON). */
export function indexText(index: CorpusIndex, pageEvents = INDEX_PAGE_EVENTS): string {
  return indexPages(index, pageEvents)
    .map((page) => JSON.stringify(page))
    .join('\n');
}

/** The pages' texts of an index file (`indexText`). */
export function indexTextPages(text: string): string[] {
  return text.split('\n');
}

/**
 * The pages' texts of an index file one at a time, each cut as it is asked for (the same as
 * `indexTextPages`): a caller that pauses between pages never splits a large file (67 MB at
 * 100,000 articles) in one go. Off the page (the check worker), `indexTextPages` is quicker.
 */
export function* eachIndexTextPage(text: string): Generator<string, void, void> {
  let from = 0;
  for (;;) {
    const end = text.indexOf('\n', from);
    if (end < 0) break;
    yield text.slice(from, end);
    from = end + 1;
  }
  yield text.slice(from);
}

/**
 * The index whose pages are `pages` (parsed, unchecked: the schema checks what this gives). A
 * page that is not one throws, naming it.
 */
export function joinIndexPages(pages: readonly unknown[]): unknown {
  const [first, ...others] = pages;
  if (others.length === 0) return first;
  const lists = (page: unknown, n: number) => {
    const p = page as Partial<Record<'events' | 'articles' | 'stories', unknown>> & { eventFiles?: unknown };
    if (
      !Array.isArray(p?.events) ||
      !Array.isArray(p.articles) ||
      !Array.isArray(p.stories) ||
      typeof p.eventFiles !== 'object' ||
      !p.eventFiles
    )
      throw new Error(`page ${n + 1} of ${pages.length} is not a page of an index`);
    return p as { events: unknown[]; articles: unknown[]; stories: unknown[]; eventFiles: object };
  };
  const head = lists(first, 0);
  const events = [...head.events];
  const articles = [...head.articles];
  const stories = [...head.stories];
  const eventFiles = { ...head.eventFiles };
  others.forEach((page, i) => {
    const p = lists(page, i + 1);
    for (const e of p.events) events.push(e);
    for (const a of p.articles) articles.push(a);
    for (const s of p.stories) stories.push(s);
    Object.assign(eventFiles, p.eventFiles);
  });
  return { ...(first as object), events, articles, stories, eventFiles };
}

/** The index in an index file's text, unchecked (`joinIndexPages`); throws on text that is not JSON. */
export function parseIndexText(text: string): unknown {
  return joinIndexPages(indexTextPages(text).map((line) => JSON.parse(line) as unknown));
}
