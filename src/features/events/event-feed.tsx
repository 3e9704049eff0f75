import { Link } from 'react-router';
import { EventDate } from '../../components/event-date';
import { eventOutletIds, outletName } from '../../core/select';
import { useCorpus } from '../../lib/corpus-context';
import { useEvents } from '../../lib/use-events';

/** Every event, newest first: its title, day and the outlets that cover it. */
export function EventFeed() {
  const corpus = useCorpus();
  const { events } = useEvents();
  return (
    <>
      <p className="lede">
        {events.length} events from {corpus.articles.length} articles. <Link to="/articles">List all articles</Link>
      </p>
      <ol className="article-list event-feed">
        {events.map((e) => {
          const outlets = eventOutletIds(corpus, e);
          return (
            <li key={e.id}>
              <article aria-labelledby={`h-${e.id}`}>
                <p className="meta">
                  <EventDate event={e} /> · {e.articleIds.length} {e.articleIds.length === 1 ? 'report' : 'reports'}{' '}
                  from {outlets.length} {outlets.length === 1 ? 'outlet' : 'outlets'}
                </p>
                <h2 id={`h-${e.id}`}>
                  <Link to={`/events/${e.id}`}>{e.title}</Link>
                </h2>
                <p className="outlets">{outlets.map((o) => outletName(corpus, o)).join(' · ')}</p>
              </article>
            </li>
          );
        })}
      </ol>
    </>
  );
}
