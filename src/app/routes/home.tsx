/** The feed: events (or their articles), filtered by outlet, date and read state. */
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import {
  emptyReason,
  filterEvents,
  headFacets,
  newestDay,
  outletFacets,
  parseFeedQuery,
  type FeedFilters,
} from '../../core/filters';
import { ReloadButton } from '../../components/load-notice';
import { ArticleList } from '../../features/articles/article-list';
import { EventFeed, preloadLongFeed } from '../../features/events/event-feed';
import { FilterPanel } from '../../features/filters/filter-panel';
import { SearchBox } from '../../features/search/search-box';
import { useAskForWholeIndex, useCorpusView, useWholeIndex, WholeIndexStatus } from '../../lib/corpus-context';
import { onDemand } from '../../lib/on-demand';
import { useReadStore } from '../../lib/read-store';
import { isShortcut } from '../../lib/shortcut-key';
import { PageHeading, usePageTitle } from './page';

/** The search's results, its worker and highlighting: only a search loads them. */
const searchResults = onDemand(() => import('../../features/search/search-results'));

/** Articles shown at a time in the list by article (the list by event shows the whole feed, windowed). */
export const FEED_PAGE = 50;

/**
 * j / k move through the feed; the list brings the selected event into view and focuses its
 * link (so Enter opens it).
 */
function useFeedKeys(count: number): number {
  const [selected, setSelected] = useState(-1);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isShortcut(e)) return;
      if (e.key !== 'j' && e.key !== 'k') return;
      e.preventDefault();
      setSelected((s) => {
        return Math.max(0, Math.min(count - 1, e.key === 'j' ? s + 1 : s - 1));
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count]);
  return selected;
}

export function HomeRoute() {
  const derived = useCorpusView();
  const { corpus, events } = derived;
  const read = useReadStore((s) => s.read);
  const [params] = useSearchParams();
  const location = useLocation();
  // `/` pressed on another page brings the reader here with the filters to focus.
  const focusFilters = (location.state as { focusFilters?: boolean } | null)?.focusFilters === true;
  const { value: filters, problems } = parseFeedQuery(params, corpus);
  const view = params.get('view') ?? 'events';
  const notices = [...problems];
  if (view !== 'events' && view !== 'articles') notices.push(`There is no “${view}” view; showing events.`);
  const filtered =
    filters.outlets.length > 0 || filters.from !== null || filters.to !== null || filters.unread === true;
  const query = (params.get('q') ?? '').trim();
  // The feed opens on the index's head; a filter, a search or the list by article reads the whole.
  const rest = corpus.rest;
  const whole = useWholeIndex(filtered || query !== '' || view === 'articles');
  const shown = filterEvents(derived, filters, read);
  const facets = rest ? headFacets(corpus) : outletFacets(derived, filters, read);
  // The list by article is shown a page at a time, so a large corpus never renders thousands of items at once.
  const [limit, setLimit] = useState({ key: params.toString(), count: FEED_PAGE });
  const count = limit.key === params.toString() ? limit.count : FEED_PAGE;
  const visible = view === 'articles' ? shown.slice(0, count) : shown;
  const selected = useFeedKeys(view === 'articles' ? 0 : shown.length);
  usePageTitle(
    query ? `Search: ${query}` : view === 'articles' ? 'Articles' : filtered ? 'Events (filtered)' : 'Events',
  );
  const tab = (name: 'events' | 'articles') => {
    const next = new URLSearchParams(params);
    if (name === 'events') next.delete('view');
    else next.set('view', name);
    const q = next.toString();
    return q ? `/?${q}` : '/';
  };
  const articles = view === 'articles' ? visible.flatMap((e) => derived.coverage.get(e.id)?.articles ?? []) : [];
  return (
    <>
      <div className="feed-head">
        <PageHeading>{view === 'articles' ? 'Articles' : 'Events'}</PageHeading>
        <nav aria-label="List by" className="feed-switch">
          <Link to={tab('events')} aria-current={view !== 'articles' ? 'page' : undefined}>
            By event
          </Link>
          <Link to={tab('articles')} aria-current={view === 'articles' ? 'page' : undefined}>
            By article
          </Link>
        </nav>
      </div>
      {notices.length ? (
        <div className="query-notice" role="note">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      ) : null}
      <div className="feed-layout">
        <FilterPanel
          filters={filters}
          facets={facets}
          newest={rest ? rest.newest : newestDay(events)}
          focusOnShow={focusFilters}
        />
        <div className="feed-main">
          <SearchBox />
          {rest && whole.status !== 'ready' && (filtered || query !== '' || view === 'articles') ? (
            <WholeIndexStatus state={whole} />
          ) : query ? (
            <Search query={query} filters={filters} />
          ) : (
            <>
              <p className="lede feed-lede" role="status">
                {rest
                  ? `All ${rest.events}, from ${rest.articles} articles.`
                  : shown.length === events.length
                    ? `All ${events.length}, from ${corpus.articles.length} articles.`
                    : `${shown.length} of ${events.length} shown.`}
              </p>
              {shown.length === 0 ? (
                <div className="empty">
                  <p>{emptyReason(derived, filters, read)}</p>
                  <p>
                    <Link to="/">Show all events</Link>
                  </p>
                </div>
              ) : view === 'articles' ? (
                <ArticleList articles={articles} />
              ) : (
                <>
                  <EventFeed events={shown} selected={selected} />
                  {rest && rest.events > events.length ? <FeedRest count={rest.events - events.length} /> : null}
                </>
              )}
              {view === 'articles' && shown.length > visible.length ? (
                <p>
                  <button
                    type="button"
                    className="button feed-more"
                    onClick={() => setLimit({ key: params.toString(), count: count + FEED_PAGE })}
                  >
                    Show {Math.min(FEED_PAGE, shown.length - visible.length)} more events
                  </button>
                </p>
              ) : null}
            </>
          )}
        </div>
      </div>
    </>
  );
}

/** The search's results once their code is here (asked for at once), a status line until then. */
function Search({ query, filters }: { query: string; filters: FeedFilters }) {
  const mod = searchResults.use();
  const failed = searchResults.useFailed();
  // Its own line says when it cannot be loaded (not the notice of `ask`).
  useEffect(() => {
    void searchResults.preload().catch(() => {});
  }, []);
  if (!mod)
    return (
      <p className="status" role="status">
        {failed ? (
          <>
            The search could not be loaded: check the connection, then <ReloadButton />.
          </>
        ) : (
          'Searching…'
        )}
      </p>
    );
  return (
    <mod.SearchResults
      query={query}
      filters={{ outlets: filters.outlets, from: filters.from ?? undefined, to: filters.to ?? undefined }}
    />
  );
}

/** How far below the window the end of the head's events asks for the rest. */
const REST_MARGIN = '1200px';

/**
 * Below the head's events: says the others are coming, and asks for the whole index as the
 * reader nears it (the browser without IntersectionObserver asks at once).
 */
function FeedRest({ count }: { count: number }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const ask = useAskForWholeIndex();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof IntersectionObserver === 'undefined') {
      preloadLongFeed();
      return ask();
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        ask();
        preloadLongFeed();
      },
      { rootMargin: REST_MARGIN },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ask]);
  return (
    <p ref={ref} className="feed-rest">
      The other {count} events are on their way…
    </p>
  );
}
