/** An event: its first screen, its views (coverage, quotes, facts, sources) and grouping edits. */
import { Suspense, useEffect, useEffectEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  comparisonSearch,
  parseComparisonQuery,
  resolveFocus,
  VIEW_LABELS,
  viewsShowing,
  type ComparisonView as ComparisonViewName,
} from '../../core/compare/select-comparison';
import type { CompareViewProps } from '../../features/compare/compare-props';
import { ViewTabs } from '../../features/compare/view-tabs';
import { EventPage } from '../../features/events/event-page';
import { useGroupingUndo } from '../../features/events/grouping-undo';
import type { EventScope } from '../../lib/event-files';
import {
  EventScopeProvider,
  EventScopeStatus,
  useCorpusView,
  useEventScope,
  useWholeIndex,
  WholeIndexStatus,
} from '../../lib/corpus-context';
import { COMPARISON_VIEWS } from './comparison-views';
import { NotFound, usePageTitle } from './page';

export default function EventRoute() {
  const { eventId = '' } = useParams();
  const summary = useCorpusView().eventById.get(eventId);
  const state = useEventScope(summary?.id);
  // Not in the index's head: the whole index says whether there is such an event.
  const whole = useWholeIndex(summary === undefined);
  // Held here, not by the page: undoing must still work when an edit took the event away.
  const undo = useGroupingUndo();
  const { view } = parseComparisonQuery(useSearchParams()[0]).value;
  usePageTitle(
    summary ? (view === 'coverage' ? summary.title : `${VIEW_LABELS[view]}: ${summary.title}`) : 'Event not found',
  );
  if (state.status === 'none' && whole.status !== 'ready') return <WholeIndexStatus state={whole} />;
  if (state.status === 'none')
    return (
      <>
        <NotFound what="event" />
        {undo.toast}
      </>
    );
  if (state.status !== 'ready') return <EventScopeStatus state={state} />;
  return (
    <EventScopeProvider scope={state.scope}>
      <ShownEvent scope={state.scope} undo={undo} />
    </EventScopeProvider>
  );
}

/** The event's page once its file is here. */
function ShownEvent({ scope, undo }: { scope: EventScope; undo: ReturnType<typeof useGroupingUndo> }) {
  const { event } = scope;
  const eventId = event.id;
  const [params] = useSearchParams();
  const { value: query, problems } = parseComparisonQuery(params);
  const resolved = resolveFocus(scope, event, query.item, query.in);
  const focus = resolved.value;
  // On arriving at an event the title takes the focus, unless an item does (its view brings it into view).
  const hasItem = focus !== null;
  const focusTitle = useEffectEvent(() => {
    if (!hasItem) document.getElementById('event-title')?.focus();
  });
  useEffect(() => focusTitle(), [eventId]);
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
          <ComparisonView view={query.view} event={event} focus={shown} outlets={outlets} />
        )}
      </EventPage>
      {undo.toast}
    </>
  );
}

/** One of the comparison views beside the coverage columns, its code loaded when first shown. */
function ComparisonView({ view, ...props }: CompareViewProps & { view: Exclude<ComparisonViewName, 'coverage'> }) {
  const View = COMPARISON_VIEWS[view];
  return (
    <Suspense
      fallback={
        <p className="status" role="status">
          Loading the {VIEW_LABELS[view]} view…
        </p>
      }
    >
      <View {...props} />
    </Suspense>
  );
}
