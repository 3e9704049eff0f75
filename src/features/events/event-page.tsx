import { useMemo, useState, type ReactNode } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { EventDate } from '../../components/event-date';
import { comparisonSearch } from '../../core/compare/select-comparison';
import { provenanceSummary } from '../../core/compare/select-sources';
import { parseOutletChoice } from '../../core/query';
import { columnOutlets } from '../../core/reading';
import type { DateSpan } from '../../core/corpus-view';
import { eventOverview } from '../../core/select-event';
import { outletName } from '../../core/select';
import type { FactSpan, NewsEvent } from '../../core/types';
import { useCorpusView, useShownEvent, useWholeIndex } from '../../lib/corpus-context';
import { useSavedStore } from '../../lib/saved-store';
import { CoverageColumns } from './coverage-columns';
import type { OnGroupingEdit } from './edit-grouping';
import { ReloadButton } from '../../components/load-notice';
import { onDemand } from '../../lib/on-demand';
import { useColumnsThatFit } from './use-columns-that-fit';
import { useEventKeys } from './use-event-keys';
import { CommonGround, HeadlineStrip, PerspectiveChips, SingleByline } from './event-overview';

export interface EventPageProps {
  event: NewsEvent;
  /** The event's views (Coverage, Quotes, …), shown right under its header. */
  views?: ReactNode;
  /** Said under the views: an address that asked for something the page cannot show. */
  notice?: ReactNode;
  /** A view in place of the coverage columns; the columns when absent. */
  children?: ReactNode;
  /** Passages to mark in the columns (a quote, a fact, a citation). */
  highlights?: readonly FactSpan[];
  /** The marked passage to bring into view. */
  primary?: FactSpan | null;
  /** Told after each grouping edit, so the page can offer to undo it. */
  onGroupingEdit?: OnGroupingEdit;
}

interface EventProps {
  event: NewsEvent;
}

/**
 * What the page needs only once the reader acts, or a moment after it is up: the grouping editor
 * (behind Edit grouping) and the line saying whether the event is stored on this device (which
 * asks the browser's caches, an answer that comes later anyway).
 */
const editGrouping = onDemand(() => import('./edit-grouping'));
const offlineBadge = onDemand(() => import('../../components/offline-badge'), { soon: true });

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The days its reports were published, in words: one day, or first to last. */
function dateSpanLabel(span: DateSpan | null): string | null {
  if (!span) return null;
  const f = (d: string) => DAY.format(new Date(`${d}T00:00:00Z`));
  const estimated = span.someEstimated ? ' (some dates estimated)' : '';
  return `${span.first === span.last ? f(span.first) : `${f(span.first)} – ${f(span.last)}`}${estimated}`;
}

/** Saves this view of the event, with the outlets chosen in the URL. */
export function SaveButton({ event }: EventProps) {
  const { search } = useLocation();
  const save = useSavedStore((s) => s.save);
  const saved = useSavedStore((s) => s.views.some((v) => v.eventId === event.id && v.search === search));
  return (
    <button
      type="button"
      id="save-view"
      className="button button-quiet"
      aria-pressed={saved}
      onClick={() => save({ eventId: event.id, search, title: event.title })}
    >
      {saved ? 'Saved view' : 'Save this view'}
    </button>
  );
}

function StoryNav({ event }: EventProps) {
  const pos = useCorpusView().storyPlace.get(event.id);
  // The storyline's other events are in the whole index when the head lacks them.
  const last = (pos?.story.eventIds.length ?? 0) - 1;
  useWholeIndex(pos !== undefined && ((pos.index > 0 && !pos.previous) || (pos.index < last && !pos.next)));
  if (!pos || pos.story.eventIds.length < 2) return null;
  return (
    <nav aria-label="Storyline" className="story-nav">
      <span className="story-where">
        Event {pos.index + 1} of {pos.story.eventIds.length} in{' '}
        <Link to={`/stories/${pos.story.id}`} className="ellipsis">
          {pos.story.title}
        </Link>
      </span>
      {pos.previous ? (
        <span className="story-step">
          <span aria-hidden="true">← </span>
          <span className="visually-hidden">Previous: </span>
          <Link to={`/events/${pos.previous.id}`} className="ellipsis">
            {pos.previous.title}
          </Link>
        </span>
      ) : null}
      {pos.next ? (
        <span className="story-step">
          <span className="visually-hidden">Next: </span>
          <Link to={`/events/${pos.next.id}`} className="ellipsis">
            {pos.next.title}
          </Link>
          <span aria-hidden="true"> →</span>
        </span>
      ) : null}
    </nav>
  );
}

/**
 * The event: on its first screen the title, who reports it, each outlet's headline and what they
 * all say; then its views, and (in the coverage view) each outlet's report side by side.
 */
export function EventPage({
  event,
  views,
  notice,
  children,
  highlights = [],
  primary = null,
  onGroupingEdit = () => {},
}: EventPageProps) {
  const { corpus, coverage } = useCorpusView();
  const shown = useShownEvent();
  const [params] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const [editorFailed, setEditorFailed] = useState(false);
  const Editor = editGrouping.use();
  const Badge = offlineBadge.use();
  const covered = coverage.get(event.id);
  const all = shown.newestFirst;
  const available = covered?.pageOutletIds ?? [];
  const choice = parseOutletChoice(params, corpus, available);
  const articles = all.filter((a) => choice.value.includes(a.outletId));
  const markedIds = new Set<string>(highlights.map((h) => h.articleId));
  // With no choice in the URL, the outlets holding a marked passage get the columns first.
  const primaryOutlet = all.find((a) => a.id === primary?.articleId)?.outletId as string | undefined;
  const markedOutlets = [
    ...new Set([
      ...(primaryOutlet ? [primaryOutlet] : []),
      ...all.filter((a) => markedIds.has(a.id)).map((a) => a.outletId as string),
    ]),
  ];
  // As many columns as fit side by side at a reading measure (two on a 1280 px screen).
  const [coverageRef, fit] = useColumnsThatFit();
  const shownOutlets = columnOutlets(
    params.get('outlets') ? choice.value : [...new Set([...markedOutlets, ...choice.value])],
    fit,
  );
  // Its first screen depends on the event alone: worked out when the event changes, not on every render.
  const overview = useMemo(() => eventOverview(shown, event), [shown, event]);
  useEventKeys(event, children === undefined ? null : all[0]);
  const span = dateSpanLabel(covered?.dates ?? null);
  const shownIds = new Set<string>(articles.filter((a) => shownOutlets.includes(a.outletId)).map((a) => a.id));
  const hidden = all.filter((a) => markedIds.has(a.id) && !shownIds.has(a.id));
  const focusAt =
    primary && shownIds.has(primary.articleId) ? primary : (highlights.find((h) => shownIds.has(h.articleId)) ?? null);
  // The marked reports' outlets, in page order, as many as fit the columns.
  const showMarked = new URLSearchParams(params);
  showMarked.set('outlets', columnOutlets(markedOutlets, fit).join(','));
  const outlets = params.get('outlets');
  return (
    <div className="event-page">
      <header className="event-head">
        <StoryNav event={event} />
        <h1 id="event-title" tabIndex={-1}>
          {event.title}
        </h1>
        <div className="event-meta-row">
          <p className="event-meta">
            <EventDate event={event} />
            {span?.includes(' – ') ? <span className="reported"> · reported {span}</span> : null}
            {' · '}
            <span className="provenance-summary">{provenanceSummary(event.provenance)}</span>
            {all.length > 1 ? (
              <span className="counted">
                {' · '}
                <Link to={`?${comparisonSearch({ outlets, view: 'sources' })}`}>how they are counted</Link>
              </span>
            ) : null}
          </p>
          <PerspectiveChips event={event} />
          <div className="event-actions">
            <SaveButton event={event} />
            <button
              type="button"
              className="button button-quiet"
              aria-expanded={editing}
              aria-controls="edit-grouping"
              onClick={() => {
                if (!editing) void editGrouping.preload().catch(() => setEditorFailed(true));
                setEditing((e) => !e);
              }}
            >
              Edit grouping
            </button>
          </div>
        </div>
      </header>
      {editing ? (
        Editor ? (
          <Editor.EditGrouping event={event} articles={all} onEdit={onGroupingEdit} />
        ) : (
          <p id="edit-grouping" className="status" role="status">
            {editorFailed ? (
              <>
                The grouping editor could not be loaded: check the connection, then <ReloadButton />.
              </>
            ) : (
              'Loading…'
            )}
          </p>
        )
      ) : null}
      {overview.single ? (
        overview.rows[0] ? (
          <SingleByline row={overview.rows[0]} />
        ) : null
      ) : (
        <>
          <HeadlineStrip overview={overview} />
          <CommonGround overview={overview} eventId={event.id} outlets={outlets} />
        </>
      )}
      {views}
      {notice}
      {children ?? (
        <section
          ref={coverageRef}
          aria-labelledby="coverage-h"
          className={overview.single ? 'single-report' : undefined}
        >
          <h2 id="coverage-h" className={overview.single ? 'visually-hidden' : undefined}>
            Coverage side by side
          </h2>
          {choice.problems.length ? (
            <div className="query-notice" role="note">
              {choice.problems.map((p) => (
                <p key={p}>{p}</p>
              ))}
            </div>
          ) : null}
          {hidden.length ? (
            <div className="query-notice" role="status" aria-label="About the marked passage">
              <p>
                Also marked in reports of outlets not shown:{' '}
                {[...new Set(hidden.map((a) => outletName(corpus, a.outletId)))].join(', ')}.{' '}
                <Link to={`?${showMarked.toString()}`}>Show the marked reports</Link>
              </p>
            </div>
          ) : null}
          <CoverageColumns
            articles={articles}
            available={available}
            shown={shownOutlets}
            fit={fit}
            highlights={highlights}
            primary={focusAt}
          />
        </section>
      )}
      <footer className="event-foot">{Badge ? <Badge.OfflineBadge eventId={event.id} /> : null}</footer>
    </div>
  );
}
