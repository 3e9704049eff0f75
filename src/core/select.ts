/**
 * Read-only lookups over a corpus for the views.
 */
import type { Article, ArticleId, Corpus, NewsEvent, Outlet, Story } from './types';

export function outletName(corpus: Corpus, id: string): string {
  return corpus.outlets.find((o) => o.id === id)?.name ?? id;
}

export function findOutlet(corpus: Corpus, id: string): Outlet | undefined {
  return corpus.outlets.find((o) => o.id === id);
}

export function findArticle(corpus: Corpus, id: string): Article | undefined {
  return corpus.articles.find((a) => a.id === id);
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

export function findEvent(events: readonly NewsEvent[], id: string): NewsEvent | undefined {
  return events.find((e) => e.id === id);
}

export function eventOfArticle(events: readonly NewsEvent[], articleId: string): NewsEvent | undefined {
  return events.find((e) => e.articleIds.includes(articleId as ArticleId));
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
