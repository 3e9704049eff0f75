/**
 * Read-only lookups over a corpus for the views.
 */
import type { Article, Corpus, Outlet } from './types';

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
