import { Link } from 'react-router';
import { Chip } from '../../components/chip';
import { countryName } from '../../components/country-name';
import { EventDate } from '../../components/event-date';
import { KIND_LABELS } from '../../components/outlet-badge';
import type { Perspective } from '../../core/compare/select-sources';
import { readCount } from '../../core/filters';
import { outletName } from '../../core/select';
import type { NewsEvent, Story } from '../../core/types';
import { useCorpusView } from '../../lib/corpus-context';
import { useReadStore } from '../../lib/read-store';
import './feed.css';

export interface EventFeedProps {
  events: readonly NewsEvent[];
  /** The item the keyboard selection is on (j/k), or -1. */
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

function FeedItem({
  event: e,
  selected,
  index,
  story,
}: {
  event: NewsEvent;
  selected: boolean;
  index: number;
  story: Story | undefined;
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
    <li className={`feed-item${selected ? ' selected' : ''}${all ? ' is-read-event' : ''}`} data-feed-item={index}>
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
 * Events, newest first: title, day, how many outlets and independent reports, who reports it,
 * its storyline, each outlet's headline, and what the reader has read.
 */
export function EventFeed({ events, selected }: EventFeedProps) {
  const { storyById } = useCorpusView();
  return (
    <ol className="article-list event-feed">
      {events.map((e, i) => (
        <FeedItem
          key={e.id}
          event={e}
          index={i}
          selected={i === selected}
          story={e.storyId ? storyById.get(e.storyId) : undefined}
        />
      ))}
    </ol>
  );
}
