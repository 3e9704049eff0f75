/**
 * Read-only lookups over a corpus for the views. What depends on the grouping (an article's
 * event, a storyline's neighbours) is in the derived view of the corpus (`corpus-view.ts`).
 */
import type { ArticleMeta, Outlet } from './types';

/**
 * Articles and the outlets they name: a whole corpus, its index (articles without their text), or
 * one event's file with the corpus's outlets (`EventScope`, lib/event-files.ts).
 */
export interface ArticleSet<A extends ArticleMeta = ArticleMeta> {
  articles: readonly A[];
  outlets: readonly Outlet[];
}

interface Lookups {
  articles: Map<string, ArticleMeta>;
  outlets: Map<string, Outlet>;
}

/** Lookups by id, built once per object (a corpus is never mutated once loaded). */
const INDEX = new WeakMap<ArticleSet, Lookups>();

function indexOf(set: ArticleSet): Lookups {
  let index = INDEX.get(set);
  if (!index) {
    index = {
      articles: new Map(set.articles.map((a) => [a.id as string, a])),
      outlets: new Map(set.outlets.map((o) => [o.id as string, o])),
    };
    INDEX.set(set, index);
  }
  return index;
}

/**
 * Builds `set`'s lookups a part at a time, `step` articles between two yields, for a caller that
 * pauses between the parts (a large index's arrival on the page): the same lookups `indexOf`
 * builds at once.
 */
export function* indexingArticles(set: ArticleSet, step: number): Generator<void, void, void> {
  if (INDEX.has(set)) return;
  const articles = new Map<string, ArticleMeta>();
  for (let i = 0; i < set.articles.length; i++) {
    const a = set.articles[i]!;
    articles.set(a.id, a);
    if ((i + 1) % step === 0) yield;
  }
  // Built meanwhile by a lookup that could not wait: that one stands.
  if (!INDEX.has(set)) INDEX.set(set, { articles, outlets: new Map(set.outlets.map((o) => [o.id as string, o])) });
}

export function outletName(set: ArticleSet, id: string): string {
  return indexOf(set).outlets.get(id)?.name ?? id;
}

export function findOutlet(set: ArticleSet, id: string): Outlet | undefined {
  return indexOf(set).outlets.get(id);
}

export function findArticle<A extends ArticleMeta>(set: ArticleSet<A>, id: string): A | undefined {
  return indexOf(set).articles.get(id) as A | undefined;
}

/** Titles in the reader's language's order (as `localeCompare`), one collator for every comparison. */
let titleOrder: Intl.Collator | undefined;

/** Articles newest first; undated ones last; ties by title, so the order is stable. */
export function sortArticlesByDate<A extends ArticleMeta>(articles: readonly A[]): A[] {
  if (articles.length < 2) return [...articles];
  titleOrder ??= new Intl.Collator();
  return [...articles].sort((a, b) => {
    const da = a.published.date ?? '';
    const db = b.published.date ?? '';
    if (da !== db) return da < db ? 1 : -1;
    return titleOrder!.compare(a.title, b.title);
  });
}
