import { useState } from 'react';
import { Link } from 'react-router';
import { EventDate } from '../../components/event-date';
import { PublishedDate } from '../../components/published-date';
import { eventOutletIds, findArticle, outletName, sortArticlesByDate, storyPosition } from '../../core/select';
import type { Article, NewsEvent } from '../../core/types';
import { useCorpus } from '../../lib/corpus-context';
import { useCorrectionsStore } from '../../lib/corrections-store';
import { useEvents } from '../../lib/use-events';

export interface EventPageProps {
  event: NewsEvent;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function dayLabel(d: string): string {
  const [y, m, day] = d.length === 5 ? [null, d.slice(0, 2), d.slice(3)] : [d.slice(0, 4), d.slice(5, 7), d.slice(8)];
  return `${Number(day)} ${MONTHS[Number(m) - 1] ?? m}${y && FULL_DATE.test(d) ? ` ${y}` : ''}`;
}

/** What joined the reports, in words a reader can check against the columns below. */
function Evidence({ event }: EventPageProps) {
  const { why } = event;
  if (event.articleIds.length < 2)
    return (
      <section aria-labelledby="why-h" className="evidence">
        <h2 id="why-h">Why these reports are grouped</h2>
        <p>Only one report of this happening is in the corpus so far.</p>
      </section>
    );
  return (
    <section aria-labelledby="why-h" className="evidence">
      <h2 id="why-h">Why these reports are grouped</h2>
      <dl>
        {why.names.length ? (
          <>
            <dt>Names they share</dt>
            <dd>{why.names.join(', ')}</dd>
          </>
        ) : null}
        {why.quotes.length ? (
          <>
            <dt>Words they quote alike</dt>
            {why.quotes.map((q, i) => (
              <dd key={i}>
                <q>{q}</q>
              </dd>
            ))}
          </>
        ) : null}
        {why.dates.length ? (
          <>
            <dt>Days they give</dt>
            <dd>{why.dates.map(dayLabel).join(', ')}</dd>
          </>
        ) : null}
        {why.terms.length ? (
          <>
            <dt>Words in their headlines and leads</dt>
            <dd>{why.terms.join(', ')}</dd>
          </>
        ) : null}
        {why.cohesion !== undefined ? (
          <>
            <dt>How alike they are</dt>
            <dd>
              {Math.round(why.cohesion * 100)}% on average (shared words weighted by rarity, lowered for reports days
              apart)
            </dd>
          </>
        ) : (
          <>
            <dt>Grouping</dt>
            <dd>changed by your corrections</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function StoryNav({ event }: EventPageProps) {
  const { stories, events } = useEvents();
  const pos = storyPosition(stories, events, event);
  if (!pos || pos.story.eventIds.length < 2) return null;
  return (
    <nav aria-label="Storyline" className="story-nav">
      <p>
        Event {pos.index + 1} of {pos.story.eventIds.length} in the storyline{' '}
        <Link to={`/stories/${pos.story.id}`}>{pos.story.title}</Link>
      </p>
      <ul>
        {pos.previous ? (
          <li>
            Previous: <Link to={`/events/${pos.previous.id}`}>{pos.previous.title}</Link> (
            <EventDate event={pos.previous} />)
          </li>
        ) : null}
        {pos.next ? (
          <li>
            Next: <Link to={`/events/${pos.next.id}`}>{pos.next.title}</Link> (<EventDate event={pos.next} />)
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

interface CorrectProps {
  article: Article;
  event: NewsEvent;
  outlet: string;
}

/** "This article does not belong here", or "it belongs with that event". */
function CorrectionControls({ article, event, outlet }: CorrectProps) {
  const { events } = useEvents();
  const add = useCorrectionsStore((s) => s.add);
  const others = events.filter((e) => e.id !== event.id);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const selectId = `move-${article.id}`;
  return (
    <div className="correct" role="group" aria-label={`Correct the grouping of the ${outlet} report`}>
      {event.articleIds.length > 1 ? (
        <button
          type="button"
          onClick={() =>
            add({
              correction: { kind: 'detach', articleId: article.id },
              articleTitle: article.title,
              fromTitle: event.title,
            })
          }
        >
          Not about this event
        </button>
      ) : null}
      {others.length > 0 ? (
        <span className="move">
          <label htmlFor={selectId}>Belongs with</label>
          <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)}>
            {others.map((e) => (
              <option key={e.id} value={e.id}>
                {e.date ?? 'undated'}: {e.title}
              </option>
            ))}
          </select>
          <button
            type="button"
            onClick={() => {
              const to = others.find((e) => e.id === target);
              if (!to) return;
              add({
                correction: { kind: 'move', articleId: article.id, withArticleId: to.articleIds[0]! },
                articleTitle: article.title,
                fromTitle: event.title,
                toTitle: to.title,
              });
            }}
          >
            Move
          </button>
        </span>
      ) : null}
    </div>
  );
}

/** The event: header, evidence, place in its story, and each outlet's report side by side. */
export function EventPage({ event }: EventPageProps) {
  const corpus = useCorpus();
  const articles = sortArticlesByDate(event.articleIds.map((id) => findArticle(corpus, id)!).filter(Boolean));
  const outlets = eventOutletIds(corpus, event);
  const titleFrom = findArticle(corpus, event.titleFrom);
  return (
    <div className="event-page">
      <header>
        <p className="meta">
          <EventDate event={event} /> · {articles.length} {articles.length === 1 ? 'report' : 'reports'} from{' '}
          {outlets.map((o) => outletName(corpus, o)).join(', ')}
        </p>
        <h1 id="event-title" tabIndex={-1}>
          {event.title}
        </h1>
        {titleFrom && articles.length > 1 ? (
          <p className="title-note">
            Headline from {outletName(corpus, titleFrom.outletId)}: of all the reports’ headlines, the one whose words
            the others share most.
          </p>
        ) : null}
        <StoryNav event={event} />
      </header>
      <Evidence event={event} />
      <section aria-labelledby="coverage-h">
        <h2 id="coverage-h">Coverage side by side</h2>
        <div className="coverage">
          {articles.map((a) => {
            const outlet = outletName(corpus, a.outletId);
            return (
              <article key={a.id} aria-labelledby={`col-${a.id}`} className="column">
                <h3 id={`col-${a.id}`}>{outlet}</h3>
                <p className="headline">
                  <Link to={`/articles/${a.id}`}>{a.title}</Link>
                </p>
                <p className="byline">
                  {a.authors.length ? `By ${a.authors.join(', ')} · ` : ''}
                  <PublishedDate published={a.published} />
                  {a.viaOutletIds.length ? ` · via ${a.viaOutletIds.map((v) => outletName(corpus, v)).join(', ')}` : ''}
                </p>
                {a.body.map((p, i) => (
                  <p key={i}>{p}</p>
                ))}
                <CorrectionControls article={a} event={event} outlet={outlet} />
              </article>
            );
          })}
        </div>
      </section>
    </div>
  );
}
