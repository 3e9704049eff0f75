/**
 * Read-only lookups over a corpus for the views. What depends on the grouping (an article's
 * event, a storyline's neighbours) is in the derived view of the corpus (`corpus-view.ts`).
 */
import type { Article, Corpus, Outlet } from './types';

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
