import { useState } from 'react';
import { Link } from 'react-router';
import type { SearchFilters } from '../../core/search';
import { highlight, matchedPassage } from '../../core/search-text';
import { outletName } from '../../core/select';
import { useCorpusView, useLoadedArticle, useWholeCorpus } from '../../lib/corpus-context';
import { searchIndexUrl } from '../../lib/search-source';
import { SEARCH_PAGE, useArticleSearch } from './use-article-search';
import './search.css';

/** `text` with the words the search matched marked. */
function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlight(text, terms).map((run, i) =>
        run.match ? (
          <mark key={i} className="search-match">
            {run.text}
          </mark>
        ) : (
          run.text
        ),
      )}
    </>
  );
}

/**
 * The articles that match the feed's search, best first, within the feed's outlet and date
 * filters: each with its matched words marked (in the title and the passage where they stand), its outlet and day, and the event it belongs to
 * (after the reader's corrections), whose coverage the reader can compare.
 */
export function SearchResults({ query, filters }: { query: string; filters: SearchFilters }) {
  const view = useCorpusView();
  const whole = useWholeCorpus();
  const loadedArticle = useLoadedArticle();
  // How many results the reader has asked to see, for this query and these filters.
  const key = JSON.stringify([query, filters]);
  const [asked, setAsked] = useState({ key, limit: SEARCH_PAGE });
  const limit = asked.key === key ? asked.limit : SEARCH_PAGE;
  // A corpus given whole has no index built for it: one is made of it on the page.
  const state = useArticleSearch(query, filters, whole ? { corpus: whole } : { indexUrl: searchIndexUrl }, limit);
  if (state.status === 'error')
    return (
      <p className="status" role="alert">
        Search is not available: {state.message}
      </p>
    );
  const summary =
    state.status === 'searching'
      ? 'Searching…'
      : state.total === 0
        ? `No article matches “${query}”${filters.outlets?.length || filters.from || filters.to ? ' within these filters' : ''}.`
        : `${state.total} ${state.total === 1 ? 'article matches' : 'articles match'} “${query}”${state.total > state.hits.length ? `; the best ${state.hits.length} are shown` : ''}.`;
  return (
    <>
      <p className="lede feed-lede" role="status">
        {summary}
      </p>
      {state.status === 'ready' && state.hits.length ? (
        <ol className="search-results" aria-label="Search results">
          {state.hits.map((hit) => {
            const event = view.eventOfArticle.get(hit.id);
            const outlets = event?.provenance.outlets ?? 0;
            return (
              <li key={hit.id} className="search-result">
                <h2 className="search-title">
                  <Link to={`/articles/${hit.id}`}>
                    <Highlighted text={hit.title} terms={hit.terms} />
                  </Link>
                </h2>
                <p className="search-meta">
                  <span className="outlet">{outletName(view.corpus, hit.outletId)}</span>
                  {hit.date ? <> · {hit.date}</> : null}
                </p>
                <p className="search-lead">
                  <Highlighted
                    text={matchedPassage(loadedArticle(hit.id)?.body ?? [], hit.terms) ?? hit.lead}
                    terms={hit.terms}
                  />
                </p>
                {event ? (
                  <p className="search-event">
                    <Link to={`/events/${event.id}`}>
                      Compare the coverage: {outlets} {outlets === 1 ? 'outlet' : 'outlets'}
                    </Link>
                    <span className="search-event-title"> · {event.title}</span>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      {state.status === 'ready' && state.total > state.hits.length ? (
        <button
          type="button"
          className="button search-more"
          disabled={limit > state.hits.length}
          onClick={() => setAsked({ key, limit: state.hits.length + SEARCH_PAGE })}
        >
          {limit > state.hits.length
            ? 'Loading more…'
            : `Show ${Math.min(SEARCH_PAGE, state.total - state.hits.length)} more`}
        </button>
      ) : null}
    </>
  );
}
