import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import {
  comparisonSearch,
  parseComparisonQuery,
  resolveFocus,
  VIEW_LABELS,
  viewsShowing,
} from '../core/compare/select-comparison';
import { filterEvents, outletFacets, parseFeedQuery, emptyReason } from '../core/filters';
import { findArticle, findEvent, findOutlet } from '../core/select';
import { ArticleList } from '../features/articles/article-list';
import { ArticleView } from '../features/articles/article-view';
import { CorrectionsList } from '../features/corrections/corrections-list';
import { ComparisonPanel } from '../features/compare/comparison-panel';
import { ViewTabs } from '../features/compare/view-tabs';
import { EventFeed } from '../features/events/event-feed';
import { EventPage } from '../features/events/event-page';
import { useGroupingUndo } from '../features/events/grouping-undo';
import { FilterPanel } from '../features/filters/filter-panel';
import { OutletProfile } from '../features/outlets/outlet-profile';
import { SavedList } from '../features/saved/saved-list';
import { StoryTimeline } from '../features/stories/story-timeline';
import { useCorpus } from '../lib/corpus-context';
import { isShortcut } from '../lib/shortcut-key';
import { useEvents } from '../lib/use-events';
import { useReadStore } from '../lib/read-store';

/** Events shown at a time in the feed. */
export const FEED_PAGE = 50;

function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Parallax`;
  }, [title]);
}

/** A route's main heading, focused when the route is shown, so screen readers start there. */
function PageHeading({ children, focusKey }: { children: React.ReactNode; focusKey?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [focusKey]);
  return (
    <h1 tabIndex={-1} ref={ref} id="page-title">
      {children}
    </h1>
  );
}

/** j / k move through the feed (focusing each event's link, so Enter opens it). */
function useFeedKeys(count: number): number {
  const [selected, setSelected] = useState(-1);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isShortcut(e)) return;
      if (e.key !== 'j' && e.key !== 'k') return;
      e.preventDefault();
      setSelected((s) => {
        const next = Math.max(0, Math.min(count - 1, e.key === 'j' ? s + 1 : s - 1));
        document.querySelector<HTMLAnchorElement>(`[data-feed-item="${next}"] h2 a`)?.focus();
        return next;
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count]);
  return selected;
}

export function HomeRoute() {
  const corpus = useCorpus();
  const { events } = useEvents();
  const read = useReadStore((s) => s.read);
  const [params] = useSearchParams();
  const location = useLocation();
  // `/` pressed on another page brings the reader here with the filters to focus.
  const focusFilters = (location.state as { focusFilters?: boolean } | null)?.focusFilters === true;
  const { value: filters, problems } = parseFeedQuery(params, corpus);
  const view = params.get('view') ?? 'events';
  const notices = [...problems];
  if (view !== 'events' && view !== 'articles') notices.push(`There is no “${view}” view; showing events.`);
  const shown = filterEvents(corpus, events, filters, read);
  const facets = outletFacets(corpus, events, filters, read);
  // A long feed is shown a page at a time, so a large corpus never renders thousands of items at once.
  const [limit, setLimit] = useState({ key: params.toString(), count: FEED_PAGE });
  const count = limit.key === params.toString() ? limit.count : FEED_PAGE;
  const visible = shown.slice(0, count);
  const selected = useFeedKeys(visible.length);
  const filtered =
    filters.outlets.length > 0 || filters.from !== null || filters.to !== null || filters.unread === true;
  usePageTitle(view === 'articles' ? 'Articles' : filtered ? 'Events (filtered)' : 'Events');
  const tab = (name: 'events' | 'articles') => {
    const next = new URLSearchParams(params);
    if (name === 'events') next.delete('view');
    else next.set('view', name);
    const q = next.toString();
    return q ? `/?${q}` : '/';
  };
  const articles =
    view === 'articles' ? visible.flatMap((e) => e.articleIds.map((id) => findArticle(corpus, id)!)) : [];
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
        <FilterPanel filters={filters} facets={facets} events={events} focusOnShow={focusFilters} />
        <div className="feed-main">
          <p className="lede feed-lede" role="status">
            {shown.length === events.length
              ? `All ${events.length}, from ${corpus.articles.length} articles.`
              : `${shown.length} of ${events.length} shown.`}
          </p>
          {shown.length === 0 ? (
            <div className="empty">
              <p>{emptyReason(corpus, events, filters, read)}</p>
              <p>
                <Link to="/">Show all events</Link>
              </p>
            </div>
          ) : view === 'articles' ? (
            <ArticleList articles={articles} />
          ) : (
            <EventFeed events={visible} selected={selected} />
          )}
          {shown.length > visible.length ? (
            <p>
              <button
                type="button"
                className="feed-more"
                onClick={() => setLimit({ key: params.toString(), count: count + FEED_PAGE })}
              >
                Show {Math.min(FEED_PAGE, shown.length - visible.length)} more events
              </button>
            </p>
          ) : null}
        </div>
      </div>
    </>
  );
}

export function ArticlesRoute() {
  usePageTitle('All articles');
  return (
    <>
      <PageHeading>All articles</PageHeading>
      <ArticleList />
    </>
  );
}

export function ArticleRoute() {
  const { articleId = '' } = useParams();
  const article = findArticle(useCorpus(), articleId);
  usePageTitle(article?.title ?? 'Article not found');
  useEffect(() => document.getElementById('article-title')?.focus(), [articleId]);
  if (!article) return <NotFound what="article" />;
  return <ArticleView article={article} />;
}

export function EventRoute() {
  const { eventId = '' } = useParams();
  const corpus = useCorpus();
  const [params] = useSearchParams();
  const event = findEvent(useEvents().events, eventId);
  const { value: query, problems } = parseComparisonQuery(params);
  const resolved = event ? resolveFocus(corpus, event, query.item, query.in) : { value: null, problems: [] };
  const focus = resolved.value;
  // Held here, not by the page: undoing must still work when an edit took the event away.
  const undo = useGroupingUndo();
  usePageTitle(
    event
      ? query.view === 'coverage'
        ? event.title
        : `${VIEW_LABELS[query.view]}: ${event.title}`
      : 'Event not found',
  );
  // On arriving at an event the title takes the focus, unless an item does (its view brings it into view).
  const hasItem = focus !== null;
  const focusTitle = useEffectEvent(() => {
    if (!hasItem) document.getElementById('event-title')?.focus();
  });
  useEffect(() => focusTitle(), [eventId]);
  if (!event)
    return (
      <>
        <NotFound what="event" />
        {undo.toast}
      </>
    );
  const outlets = params.get('outlets');
  const showing = focus ? viewsShowing(focus) : [];
  const elsewhere = focus && !showing.includes(query.view) ? showing[0]! : null;
  const notes = [...problems, ...resolved.problems];
  const notice =
    notes.length || elsewhere ? (
      <div className="query-notice" role="status" aria-label="About this address">
        {notes.map((n) => (
          <p key={n}>{n}</p>
        ))}
        {elsewhere ? (
          <p>
            The {VIEW_LABELS[query.view]} view does not show “{focus!.id}”.{' '}
            <Link to={`?${comparisonSearch({ outlets, view: elsewhere, item: focus!.id, in: query.in })}`}>
              See it in {VIEW_LABELS[elsewhere]}
            </Link>
          </p>
        ) : null}
      </div>
    ) : null;
  const shown = focus && !elsewhere ? focus : null;
  return (
    <>
      <EventPage
        event={event}
        views={<ViewTabs eventId={event.id} current={query.view} outlets={outlets} />}
        notice={notice}
        highlights={query.view === 'coverage' ? (focus?.spans ?? []) : []}
        primary={query.view === 'coverage' ? (focus?.primary ?? null) : null}
        onGroupingEdit={undo.onEdit}
      >
        {query.view === 'coverage' ? undefined : (
          <ComparisonPanel view={query.view} event={event} focus={shown} outlets={outlets} />
        )}
      </EventPage>
      {undo.toast}
    </>
  );
}

export function OutletRoute() {
  const { outletId = '' } = useParams();
  const outlet = findOutlet(useCorpus(), outletId);
  usePageTitle(outlet?.name ?? 'Outlet not found');
  if (!outlet) return <NotFound what="outlet" />;
  return (
    <>
      <PageHeading focusKey={outletId}>{outlet.name}</PageHeading>
      <OutletProfile outlet={outlet} />
    </>
  );
}

export function StoryRoute() {
  const { storyId = '' } = useParams();
  const story = useEvents().stories.find((s) => s.id === storyId);
  usePageTitle(story ? `Storyline: ${story.title}` : 'Storyline not found');
  if (!story) return <NotFound what="storyline" />;
  return (
    <>
      <PageHeading focusKey={storyId}>Storyline: {story.title}</PageHeading>
      <StoryTimeline story={story} />
    </>
  );
}

export function SavedRoute() {
  usePageTitle('Saved views');
  return (
    <>
      <PageHeading>Saved views</PageHeading>
      <SavedList />
    </>
  );
}

export function CorrectionsRoute() {
  usePageTitle('Your corrections');
  return (
    <>
      <PageHeading>Your grouping corrections</PageHeading>
      <CorrectionsList />
    </>
  );
}

export function NotFound({ what = 'page' }: { what?: string }) {
  usePageTitle('Not found');
  return (
    <div role="alert">
      <h1 id={what === 'event' ? 'event-title' : what === 'article' ? 'article-title' : 'page-title'} tabIndex={-1}>
        No such {what}
      </h1>
      <p>
        Nothing here. <Link to="/">Back to all events</Link>
      </p>
    </div>
  );
}
