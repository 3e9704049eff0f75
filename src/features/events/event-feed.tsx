import { memo, startTransition, useEffect, useMemo, useRef, useState } from 'react';
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
import { onDemand } from '../../lib/on-demand';
import { useReadStore } from '../../lib/read-store';
import './feed.css';

export interface EventFeedProps {
  events: readonly EventSummary[];
  /** The item the keyboard selection is on (j/k), or -1: brought into view and its link focused. */
  selected: number;
}

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

/** An event's title's id in the feed: this, then the event's. */
const HEADING_PREFIX = 'h-';

/**
 * A list of events as laid out, for the list that takes its place: where it stands on the page,
 * each event's height, and the first event in the window, with where the window shows its top.
 */
export interface LaidOut {
  top: number;
  heights: ReadonlyMap<string, number>;
  anchor?: { id: string; y: number };
}

/** `list` as laid out (read between renders, when no layout is pending). */
function laidOutOf(list: HTMLOListElement | null): LaidOut {
  const heights = new Map<string, number>();
  if (!list) return { top: 0, heights };
  let anchor: LaidOut['anchor'];
  for (const title of list.querySelectorAll<HTMLElement>(`li > article > h2[id^="${HEADING_PREFIX}"]`)) {
    const box = title.closest('li')!.getBoundingClientRect();
    const id = title.id.slice(HEADING_PREFIX.length);
    if (box.height > 0) heights.set(id, Math.round(box.height));
    if (!anchor && box.bottom > 0) anchor = { id, y: Math.round(box.top) };
  }
  const out: LaidOut = { top: Math.round(list.getBoundingClientRect().top + window.scrollY), heights };
  if (anchor) out.anchor = anchor;
  return out;
}

export function FeedItem({
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
  /** The virtual list's measuring of the item, when it is in one. */
  measure?: (element: HTMLLIElement | null) => void;
}) {
  const { corpus, coverage } = useCorpusView();
  const read = useReadStore((s) => s.read);
  const markRead = useReadStore((s) => s.markRead);
  const covered = coverage.get(e.id);
  const articles = covered?.articles ?? [];
  const done = readCount(e, read);
  const all = done === articles.length && articles.length > 0;
  const { outlets, independentReports } = e.provenance;
  const headingId = `${HEADING_PREFIX}${e.id}`;
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

/**
 * Events listed in full up to here; a longer feed is virtualised (virtual-feed.tsx), and until
 * that code is here shows its first events this way.
 */
export const PLAIN_FEED_MAX = 60;

/** The virtual list's code: only a long feed loads it. */
const virtualFeed = onDemand(() => import('./virtual-feed'));

/**
 * Loads the virtual list's code ahead of a long feed (as the reader nears the end of the index's
 * head): the longer feed then renders windowed at once, in the transition that brings it.
 */
export function preloadLongFeed(): void {
  void virtualFeed.preload().catch(() => {});
}

/** Every event in the page: a short feed (j / k bring the selected one into view and focus its link). */
const PlainFeed = memo(function PlainFeed({
  events,
  count,
  selected,
  hidden,
  list,
}: EventFeedProps & { count: number; hidden: boolean; list: React.RefObject<HTMLOListElement | null> }) {
  const { storyById } = useCorpusView();
  useEffect(() => {
    if (selected < 0) return;
    const link = list.current?.querySelector<HTMLAnchorElement>(`[data-feed-item="${selected}"] h2 a`);
    link?.scrollIntoView({ block: 'nearest' });
    link?.focus({ preventScroll: true });
  }, [selected, list]);
  return (
    <ol ref={list} className="article-list event-feed" hidden={hidden}>
      {events.map((e, index) => (
        <FeedItem
          key={e.id}
          event={e}
          index={index}
          count={count}
          selected={index === selected}
          story={e.storyId ? storyById.get(e.storyId) : undefined}
        />
      ))}
    </ol>
  );
});

/**
 * Events, newest first: title, day, how many outlets and independent reports, who reports it,
 * its storyline, each outlet's headline, and what the reader has read. A feed of up to
 * `PLAIN_FEED_MAX` events is in the page whole (as every feed opens: the index's head); a longer
 * one keeps only the events near the window in the page (virtual-feed.tsx), the space of the
 * others kept above and below, so the scrollbar, the page's length and find-in-page over what is
 * shown behave as for a list of that length.
 */
export function EventFeed({ events, selected }: EventFeedProps) {
  const long = events.length > PLAIN_FEED_MAX;
  // The virtual list's code, once here, is taken up in a transition (rendered in slices), not in
  // the urgent render its arrival would otherwise cause.
  const arrived = virtualFeed.use();
  const [virtual, setVirtual] = useState(arrived);
  useEffect(() => {
    if (arrived) startTransition(() => setVirtual(arrived));
  }, [arrived]);
  const windowed = long && virtual !== null;
  // The windowed list takes the place of the plain one: it starts where that stands, and its
  // events are as tall as there, so the reader's place does not move.
  const plain = useRef<HTMLOListElement>(null);
  // Hidden, the plain list keeps the events it showed: the longer feed's first ones are not
  // rendered into it only to be taken out again.
  const plainEvents = useMemo(() => (long ? events.slice(0, PLAIN_FEED_MAX) : events), [events, long]);
  const [plainShown, setPlainShown] = useState({ events: plainEvents, count: events.length });
  if (!windowed && plainShown.events !== plainEvents) setPlainShown({ events: plainEvents, count: events.length });
  // Once the windowed list takes over, the plain one is hidden in that same commit and taken
  // out of the page in a task of its own: its dozens of events unmounted with the new list's
  // mounting would be one long task, just as the reader scrolls. A feed long from the start has none.
  const [plainGone, setPlainGone] = useState(windowed);
  if (plainGone && !windowed) setPlainGone(false);
  useEffect(() => {
    if (long) void virtualFeed.preload().catch(() => {});
  }, [long]);
  useEffect(() => {
    if (!windowed) return;
    const id = setTimeout(() => startTransition(() => setPlainGone(true)), 0);
    return () => clearTimeout(id);
  }, [windowed]);
  return (
    <>
      {windowed && plainGone ? null : (
        <PlainFeed
          events={windowed ? plainShown.events : plainEvents}
          count={windowed ? plainShown.count : events.length}
          selected={windowed ? -1 : Math.min(selected, PLAIN_FEED_MAX - 1)}
          hidden={windowed}
          list={plain}
        />
      )}
      {windowed ? (
        <virtual.VirtualFeed events={events} selected={selected} laidOut={() => laidOutOf(plain.current)} />
      ) : null}
    </>
  );
}
