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
