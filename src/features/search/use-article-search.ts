/**
 * The feed's search: the query and the filters in, the matching articles out, through the search
 * worker (src/lib/search-client.ts). A corpus given directly (tests, embedding) has no built
 * index: one is made from it on the page, on the first search.
 */
import { useEffect, useState } from 'react';
import type { SearchFilters, SearchHit } from '../../core/search';
import type { Corpus } from '../../core/types';
import { searchArticles } from '../../lib/search-client';

export type SearchState =
  | { status: 'searching' }
  | { status: 'ready'; hits: SearchHit[]; total: number }
  | { status: 'error'; message: string };

/** Articles a result list shows at most; the count says how many more there are. */
export const SEARCH_LIMIT = 100;

const localIndexes = new WeakMap<
  Corpus,
  Promise<(q: string, f: SearchFilters) => { hits: SearchHit[]; total: number }>
>();

function localSearch(corpus: Corpus) {
  let made = localIndexes.get(corpus);
  if (!made) {
    made = import('../../core/search').then(({ buildSearchIndex, loadSearchIndex, search }) => {
      const eventOf = new Map<string, string>(corpus.events.flatMap((e) => e.articleIds.map((id) => [id, e.id])));
      const index = loadSearchIndex(buildSearchIndex(corpus.articles, (id) => eventOf.get(id)));
      return (q: string, f: SearchFilters) => search(index, q, f, SEARCH_LIMIT);
    });
    localIndexes.set(corpus, made);
  }
  return made;
}

export function useArticleSearch(
  query: string,
  filters: SearchFilters,
  source: { indexUrl: string } | { corpus: Corpus },
): SearchState {
  // The answer is kept with the query it answers: a newer query shows "searching" until its own arrives.
  const [answer, setAnswer] = useState<{ key: string; state: SearchState } | null>(null);
  const key = JSON.stringify([query, filters]);
  const indexUrl = 'indexUrl' in source ? source.indexUrl : null;
  const corpus = 'corpus' in source ? source.corpus : null;
  useEffect(() => {
    let live = true;
    const [q, f] = JSON.parse(key) as [string, SearchFilters];
    const run = indexUrl
      ? searchArticles(indexUrl, q, f, SEARCH_LIMIT)
      : localSearch(corpus!).then((searchHere) => searchHere(q, f));
    run.then(
      (outcome) => {
        if (live && outcome) setAnswer({ key, state: { status: 'ready', ...outcome } });
      },
      (e: unknown) =>
        live && setAnswer({ key, state: { status: 'error', message: e instanceof Error ? e.message : String(e) } }),
    );
    return () => {
      live = false;
    };
  }, [key, indexUrl, corpus]);
  return answer?.key === key ? answer.state : { status: 'searching' };
}
