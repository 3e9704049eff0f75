import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Chip } from '../../components/chip';
import { countryName } from '../../components/country-name';
import { EventDate } from '../../components/event-date';
import { KIND_LABELS } from '../../components/outlet-badge';
import type { Perspective } from '../../core/compare/select-sources';
import { readCount } from '../../core/filters';
import { outletName } from '../../core/select';
import type { EventSummary, Story } from '../../core/types';
import { useCorpusView } from '../../lib/corpus-context';
import { useReadStore } from '../../lib/read-store';
import './feed.css';

export interface EventFeedProps {
  events: readonly EventSummary[];
  /** The item the keyboard selection is on (j/k), or -1: brought into view and its link focused. */
  selected: number;
}

/**
 * The window the feed is laid out for before it is measured: in the prerendered page and the
 * render that hydrates it, which must be the same. Tall enough for a desktop's first screen; a
 * phone shows fewer events in it, the rest follow as soon as the page is live.
 */
const FIRST_WINDOW = { width: 1280, height: 1100 };
/** An event's height before it is measured (a title, the meta line, chips, three headlines). */
const ESTIMATED_ITEM_PX = 240;
/** Events rendered beyond each edge of the window, so a quick scroll does not meet blank space. */
const OVERSCAN = 4;

/** Who reports the event: countries, kinds (a count when more than one outlet shares it), state-owned outlets. */
function WhoReports({ perspective: p }: { perspective: Perspective }) {
  const count = (n: number) => (n > 1 ? ` ×${n}` : '');
  return (
    <ul className="chip-list feed-chips" aria-label="Who reports it">
      {p.countries.map((c) => (
        <Chip key={`c-${c.country ?? 'unknown'}`}>
          {countryName(c.country)}
          {count(c.outlets.length)}
        </Chip>
      ))}
      {p.kinds.map((k) => (
        <Chip key={`k-${k.kind}`}>
          {KIND_LABELS[k.kind]}
          {count(k.outlets.length)}
        </Chip>
      ))}
      {p.stateOwned.length ? <Chip strong>state-owned: {p.stateOwned.map((o) => o.name).join(', ')}</Chip> : null}
    </ul>
  );
}

function FeedItem({
  event: e,
  selected,
  index,
  count,
  story,
  measure,
}: {
  event: EventSummary;
  selected: boolean;
  index: number;
  /** How many events the whole feed holds (only some are in the page at a time). */
  count: number;
  story: Story | undefined;
  measure: (element: HTMLLIElement | null) => void;
}) {
  const { corpus, coverage } = useCorpusView();
  const read = useReadStore((s) => s.read);
  const markRead = useReadStore((s) => s.markRead);
  const covered = coverage.get(e.id);
  const articles = covered?.articles ?? [];
  const done = readCount(e, read);
  const all = done === articles.length && articles.length > 0;
  const { outlets, independentReports } = e.provenance;
  const headingId = `h-${e.id}`;
  const position = story ? story.eventIds.indexOf(e.id) + 1 : 0;
  return (
    <li
      ref={measure}
      className={`feed-item${selected ? ' selected' : ''}${all ? ' is-read-event' : ''}`}
      data-feed-item={index}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={count}
    >
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="feed-title">
          <Link to={`/events/${e.id}`}>{e.title}</Link>
        </h2>
        <p className="feed-meta">
          <EventDate event={e} />
          <span className="feed-count">
            {outlets} {outlets === 1 ? 'outlet' : 'outlets'} · {independentReports} independent
            {done > 0 ? (
              <>
                <span aria-hidden="true"> · </span>
                <span className="read-mark">{all ? 'Read' : `${done} of ${articles.length} reports read`}</span>
              </>
            ) : null}
          </span>
        </p>
        {covered ? <WhoReports perspective={covered.perspective} /> : null}
        {story && story.eventIds.length > 1 ? (
          <p className="feed-story">
            {/* The link never carries the story's title: a story is named after one of its events,
                and two links with one name and two destinations would leave a reader guessing. */}
            <Link to={`/stories/${story.id}`}>Storyline, {story.eventIds.length} events</Link>
            {story.title === e.title ? null : <span className="feed-story-title">: {story.title}</span>}
            <span className="feed-story-where">
              {' '}
              · this is {position} of {story.eventIds.length}
            </span>
          </p>
        ) : null}
        <ul className="headlines" aria-label="Headlines">
          {articles.map((a) => (
            <li key={a.id} className={read[a.id] ? 'is-read' : undefined}>
              <span className="outlet">{outletName(corpus, a.outletId)}</span>: {a.title}
            </li>
          ))}
        </ul>
        {all ? null : (
          <button
            type="button"
            className="feed-action"
            aria-describedby={headingId}
            onClick={() => {
              for (const a of articles) markRead(a.id);
            }}
          >
            Mark as read
          </button>
        )}
      </article>
    </li>
  );
}

/** Where the list starts on the page, kept up to date as what stands above it changes height. */
function useOffsetTop(ref: React.RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setTop(Math.round(el.getBoundingClientRect().top + window.scrollY));
    update();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(document.body);
    return () => observer?.disconnect();
  }, [ref]);
  return top;
}

/**
 * Events, newest first: title, day, how many outlets and independent reports, who reports it,
 * its storyline, each outlet's headline, and what the reader has read. However long the feed,
 * only the events near the window are in the page (TanStack Virtual, over the window's own
 * scrolling): the space of the others is kept above and below, so the scrollbar, the page's
 * length and find-in-page over what is shown behave as for a list of that length.
 */
export function EventFeed({ events, selected }: EventFeedProps) {
  const { storyById } = useCorpusView();
  const list = useRef<HTMLOListElement>(null);
  const scrollMargin = useOffsetTop(list);
  const virtualizer = useWindowVirtualizer({
    count: events.length,
    estimateSize: () => ESTIMATED_ITEM_PX,
    overscan: OVERSCAN,
    scrollMargin,
    initialRect: FIRST_WINDOW,
    // The prerendered page is laid out from the top, whatever the window's scroll when it hydrates.
    initialOffset: 0,
    getItemKey: (i) => events[i]!.id,
  });
  const items = virtualizer.getVirtualItems();
  // j / k: the selected event is brought into view, then its link takes the focus once rendered.
  const focusPending = useRef(false);
  useEffect(() => {
    if (selected < 0) return;
    focusPending.current = true;
    virtualizer.scrollToIndex(selected, { align: 'auto' });
  }, [selected, virtualizer]);
  useEffect(() => {
    if (!focusPending.current) return;
    const link = list.current?.querySelector<HTMLAnchorElement>(`[data-feed-item="${selected}"] h2 a`);
    if (!link) return;
    focusPending.current = false;
    link.focus({ preventScroll: true });
  });
  const first = items[0];
  const last = items[items.length - 1];
  const before = first ? first.start - scrollMargin : 0;
  const after = last ? Math.max(0, virtualizer.getTotalSize() - (last.end - scrollMargin)) : 0;
  // The room of the events not in the page, set on the element rather than rendered: the
  // prerendered page carries no style attribute (the Content-Security-Policy refuses inline
  // styles), and its first window needs none.
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    el.style.paddingTop = `${before}px`;
    el.style.paddingBottom = `${after}px`;
  }, [before, after]);
  return (
    <ol ref={list} className="article-list event-feed">
      {items.map(({ index }) => {
        const e = events[index]!;
        return (
          <FeedItem
            key={e.id}
            event={e}
            index={index}
            count={events.length}
            measure={virtualizer.measureElement}
            selected={index === selected}
            story={e.storyId ? storyById.get(e.storyId) : undefined}
          />
        );
      })}
    </ol>
  );
}
