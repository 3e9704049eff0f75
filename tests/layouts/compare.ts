/**
 * What a layout must not change: the articles a page gives (their role, outlet, headline,
 * authors, day and body). Differences are listed in words a reader can check.
 */
import type { Article, Corpus } from '../../src/core/types';

export interface ArticleView {
  role: string;
  outletId: string;
  title: string;
  authors: string[];
  date: string | null;
  body: string[];
}

export function viewOf(a: Article, rewrapped = false): ArticleView {
  return {
    role: a.role,
    outletId: a.outletId,
    title: a.title,
    authors: a.authors,
    date: a.published.date,
    body: rewrapped ? [a.body.join(' ')] : a.body,
  };
}

/** The articles one input file gave, in their order in the corpus. */
export function articlesOf(corpus: Corpus, file: string, rewrapped = false): ArticleView[] {
  const ids = corpus.sources.find((s) => s.file === file)?.articleIds ?? [];
  return ids.map((id) =>
    viewOf(
      corpus.articles.find((a) => a.id === id)!,
      rewrapped,
    ),
  );
}

/** Articles compared whatever order the page shows them in. */
export function sortedViews(views: readonly ArticleView[]): ArticleView[] {
  return [...views].sort((a, b) => (a.role + a.title < b.role + b.title ? -1 : 1));
}

/** The same articles, in any order: what a layout variant must give. */
export function sameArticles(a: readonly ArticleView[], b: readonly ArticleView[]): boolean {
  return JSON.stringify(sortedViews(a)) === JSON.stringify(sortedViews(b));
}

/** What a variant changed, in a few words ("articles 1 → 2", "primary body"), or null when nothing. */
export function differenceOf(original: readonly ArticleView[], variant: readonly ArticleView[]): string | null {
  if (sameArticles(original, variant)) return null;
  const roles = (vs: readonly ArticleView[]) => vs.map((v) => v.role).join('+') || 'none';
  if (roles(sortedViews(original)) !== roles(sortedViews(variant)))
    return `articles ${roles(sortedViews(original))} → ${roles(sortedViews(variant))}`;
  const a = sortedViews(original);
  const b = sortedViews(variant);
  const fields: Array<keyof ArticleView> = ['body', 'title', 'authors', 'date', 'outletId'];
  for (let k = 0; k < a.length; k++)
    for (const field of fields)
      if (JSON.stringify(a[k]![field]) !== JSON.stringify(b[k]![field])) return `${a[k]!.role} ${field}`;
  return 'order';
}
