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

/**
 * Articles a result list shows at first, and adds each time the reader asks for more; the count
 * says how many there are. A large corpus's result lines load with the results shown
 * (core/search-shards.ts), so a first page stays a few small files.
 */
export const SEARCH_PAGE = 20;

const localIndexes = new WeakMap<
  Corpus,
  Promise<(q: string, f: SearchFilters, limit: number) => { hits: SearchHit[]; total: number }>
>();

function localSearch(corpus: Corpus) {
  let made = localIndexes.get(corpus);
  if (!made) {
    made = import('../../core/search').then(({ buildSearchIndex, loadSearchIndex, search }) => {
      const eventOf = new Map<string, string>(corpus.events.flatMap((e) => e.articleIds.map((id) => [id, e.id])));
      const index = loadSearchIndex(buildSearchIndex(corpus.articles, (id) => eventOf.get(id)));
      return (q: string, f: SearchFilters, limit: number) => search(index, q, f, limit);
    });
    localIndexes.set(corpus, made);
  }
  return made;
}

/**
 * The best `limit` matches of `query` within `filters`. While more of the same query's matches
 * load (a larger `limit`), the ones already shown stay.
 */
export function useArticleSearch(
  query: string,
  filters: SearchFilters,
  source: { indexUrl: string } | { corpus: Corpus },
  limit = SEARCH_PAGE,
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
      ? searchArticles(indexUrl, q, f, limit)
      : localSearch(corpus!).then((searchHere) => searchHere(q, f, limit));
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
  }, [key, indexUrl, corpus, limit]);
  return answer?.key === key ? answer.state : { status: 'searching' };
}
