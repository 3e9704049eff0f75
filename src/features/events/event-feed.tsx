import { Link } from 'react-router';
import { countryName } from '../../components/country-name';
import { EventDate } from '../../components/event-date';
import { findArticle, findOutlet, outletName } from '../../core/select';
import type { NewsEvent } from '../../core/types';
import { useCorpus } from '../../lib/corpus-context';
import { useReadStore } from '../../lib/read-store';

export interface EventFeedProps {
  events: readonly NewsEvent[];
  /** The item the keyboard selection is on (j/k), or -1. */
  selected: number;
}

/** Events, newest first: title, day, the outlets with each one's headline, their countries, and what was read. */
export function EventFeed({ events, selected }: EventFeedProps) {
  const corpus = useCorpus();
  const read = useReadStore((s) => s.read);
  return (
    <ol className="article-list event-feed">
      {events.map((e, i) => {
        const articles = e.articleIds.map((id) => findArticle(corpus, id)!).filter(Boolean);
        const outlets = [...new Set(articles.map((a) => a.outletId))];
        const countries = [...new Set(outlets.map((o) => countryName(findOutlet(corpus, o)?.country ?? null)))];
        const readCount = articles.filter((a) => read[a.id]).length;
        return (
          <li key={e.id} className={i === selected ? 'selected' : undefined} data-feed-item={i}>
            <article aria-labelledby={`h-${e.id}`}>
              <p className="meta">
                <EventDate event={e} /> · {outlets.length} {outlets.length === 1 ? 'outlet' : 'outlets'} ·{' '}
                {countries.join(', ')}
                {readCount > 0 ? (
                  <span className="read-mark">
                    {' '}
                    · {readCount === articles.length ? 'Read' : `${readCount} of ${articles.length} reports read`}
                  </span>
                ) : null}
              </p>
              <h2 id={`h-${e.id}`}>
                <Link to={`/events/${e.id}`}>{e.title}</Link>
              </h2>
              <ul className="headlines">
                {articles.map((a) => (
                  <li key={a.id} className={read[a.id] ? 'is-read' : undefined}>
                    <span className="outlet">{outletName(corpus, a.outletId)}</span>: {a.title}
                  </li>
                ))}
              </ul>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
