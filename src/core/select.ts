/**
 * Read-only lookups over a corpus for the views.
 */
import type { Article, Corpus, NewsEvent, Outlet, Story } from './types';

interface CorpusIndex {
  articles: Map<string, Article>;
  outlets: Map<string, Outlet>;
}

/** Lookups by id, built once per corpus object (a corpus is never mutated once loaded). */
const INDEX = new WeakMap<Corpus, CorpusIndex>();

function indexOf(corpus: Corpus): CorpusIndex {
  let index = INDEX.get(corpus);
  if (!index) {
    index = {
      articles: new Map(corpus.articles.map((a) => [a.id as string, a])),
      outlets: new Map(corpus.outlets.map((o) => [o.id as string, o])),
    };
    INDEX.set(corpus, index);
  }
  return index;
}

export function outletName(corpus: Corpus, id: string): string {
  return indexOf(corpus).outlets.get(id)?.name ?? id;
}

export function findOutlet(corpus: Corpus, id: string): Outlet | undefined {
  return indexOf(corpus).outlets.get(id);
}

export function findArticle(corpus: Corpus, id: string): Article | undefined {
  return indexOf(corpus).articles.get(id);
}

/** Articles newest first; undated ones last; ties by title, so the order is stable. */
export function sortArticlesByDate(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => {
    const da = a.published.date ?? '';
    const db = b.published.date ?? '';
    if (da !== db) return da < db ? 1 : -1;
    return a.title.localeCompare(b.title);
  });
}

interface EventIndex {
  byId: Map<string, NewsEvent>;
  byArticle: Map<string, NewsEvent>;
}

/** Lookups by event and article id, built once per list of events. */
const EVENT_INDEX = new WeakMap<readonly NewsEvent[], EventIndex>();

function eventIndexOf(events: readonly NewsEvent[]): EventIndex {
  let index = EVENT_INDEX.get(events);
  if (!index) {
    index = { byId: new Map(), byArticle: new Map() };
    for (const e of events) {
      index.byId.set(e.id, e);
      for (const a of e.articleIds) index.byArticle.set(a, e);
    }
    EVENT_INDEX.set(events, index);
  }
  return index;
}

export function findEvent(events: readonly NewsEvent[], id: string): NewsEvent | undefined {
  return eventIndexOf(events).byId.get(id);
}

export function eventOfArticle(events: readonly NewsEvent[], articleId: string): NewsEvent | undefined {
  return eventIndexOf(events).byArticle.get(articleId);
}

/** Where an event sits in its story: the story, and the events just before and after it. */
export function storyPosition(
  stories: readonly Story[],
  events: readonly NewsEvent[],
  event: NewsEvent,
): { story: Story; index: number; previous?: NewsEvent; next?: NewsEvent } | undefined {
  const story = stories.find((s) => s.id === event.storyId);
  if (!story) return undefined;
  const index = story.eventIds.indexOf(event.id);
  const previous = index > 0 ? findEvent(events, story.eventIds[index - 1]!) : undefined;
  const next = findEvent(events, story.eventIds[index + 1] ?? '');
  return { story, index, ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** The distinct outlets (original publishers) of an event's articles, in article order. */
export function eventOutletIds(corpus: Corpus, event: NewsEvent): string[] {
  return [...new Set(event.articleIds.map((id) => findArticle(corpus, id)?.outletId ?? ''))].filter(Boolean);
}
