import { useState, type ReactNode } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { countryName } from '../../components/country-name';
import { EventDate } from '../../components/event-date';
import { MarkedText } from '../../components/marked-text';
import { OfflineBadge } from '../../components/offline-badge';
import { PublishedDate } from '../../components/published-date';
import { useBringIntoView } from '../../components/use-bring-into-view';
import { comparisonSearch } from '../../core/compare/select-comparison';
import { provenanceSummary } from '../../core/compare/select-sources';
import { parseOutletChoice } from '../../core/filters';
import { findArticle, findOutlet, outletName, sortArticlesByDate, storyPosition } from '../../core/select';
import type { Article, FactSpan, NewsEvent } from '../../core/types';
import { useCorpus } from '../../lib/corpus-context';
import { useCorrectionsStore } from '../../lib/corrections-store';
import { useReadStore } from '../../lib/read-store';
import { useSavedStore } from '../../lib/saved-store';
import { useEvents } from '../../lib/use-events';

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
}

interface EventProps {
  event: NewsEvent;
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The days its reports were published: one day, or first to last. */
function dateSpan(articles: readonly Article[]): string | null {
  const days = articles
    .map((a) => a.published.date)
    .filter((d): d is string => d !== null)
    .sort();
  if (days.length === 0) return null;
  const [first, last] = [days[0]!, days[days.length - 1]!];
  const f = (d: string) => DAY.format(new Date(`${d}T00:00:00Z`));
  const estimated = articles.some((a) => a.published.estimated) ? ' (some dates estimated)' : '';
  return `${first === last ? f(first) : `${f(first)} – ${f(last)}`}${estimated}`;
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
      aria-pressed={saved}
      onClick={() => save({ eventId: event.id, search, title: event.title })}
    >
      {saved ? 'Saved view' : 'Save this view'}
    </button>
  );
}

/** Which outlets' reports to compare; the choice goes into the URL (`?outlets=a,b`). */
function OutletChoice({ available, chosen }: { available: readonly string[]; chosen: readonly string[] }) {
  const corpus = useCorpus();
  const [params, setParams] = useSearchParams();
  // The choice changes only `outlets`: the view and its focus stay.
  const set = (next: string[]) => {
    const query = new URLSearchParams(params);
    if (next.length === available.length || next.length === 0) query.delete('outlets');
    else query.set('outlets', next.join(','));
    setParams(query);
  };
  if (available.length < 2) return null;
  return (
    <fieldset className="outlet-choice">
      <legend>Compare</legend>
      {available.map((o) => (
        <label key={o}>
          <input
            type="checkbox"
            checked={chosen.includes(o)}
            onChange={() =>
              set(
                chosen.includes(o)
                  ? chosen.filter((x) => x !== o)
                  : available.filter((x) => chosen.includes(x) || x === o),
              )
            }
          />{' '}
          {outletName(corpus, o)}
        </label>
      ))}
    </fieldset>
  );
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Events offered as a new home for a report. */
const MOVE_CHOICES = 40;
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
function Evidence({ event }: EventProps) {
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

function StoryNav({ event }: EventProps) {
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
  // The likeliest homes come first: events nearest in time; a long corpus offers only the nearest.
  const day = (d: string | null) => (d ? Date.parse(`${d}T00:00:00Z`) : Number.POSITIVE_INFINITY);
  const others = events
    .filter((e) => e.id !== event.id)
    .map((e) => ({ e, apart: Math.abs(day(e.date) - day(event.date)) }))
    .sort((x, y) => x.apart - y.apart || (x.e.id < y.e.id ? -1 : 1))
    .slice(0, MOVE_CHOICES)
    .map((x) => x.e);
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

interface ColumnProps {
  article: Article;
  event: NewsEvent;
  read: boolean;
  highlights: readonly FactSpan[];
  primary: FactSpan | null;
}

/** One outlet's report, with the passages an item points to marked where they stand. */
function CoverageColumn({ article: a, event, read, highlights, primary }: ColumnProps) {
  const corpus = useCorpus();
  const outlet = outletName(corpus, a.outletId);
  const mine = highlights.filter((h) => h.articleId === a.id);
  const focusHere = primary !== null && primary.articleId === a.id;
  const focusRef = useBringIntoView<HTMLElement>(focusHere, primary ? `${primary.paragraph}:${primary.start}` : null);
  return (
    <article aria-labelledby={`col-${a.id}`} className={`column${mine.length ? ' has-highlight' : ''}`}>
      <h3 id={`col-${a.id}`}>
        <Link to={`/outlets/${a.outletId}`}>{outlet}</Link>
      </h3>
      {read ? <p className="read-mark">Read</p> : null}
      <p className="headline">
        <Link to={`/articles/${a.id}`}>{a.title}</Link>
      </p>
      <p className="byline">
        {a.authors.length ? `By ${a.authors.join(', ')} · ` : ''}
        <PublishedDate published={a.published} />
        {a.viaOutletIds.length ? ` · via ${a.viaOutletIds.map((v) => outletName(corpus, v)).join(', ')}` : ''}
      </p>
      {a.body.map((p, i) => (
        <p key={i}>
          <MarkedText
            text={p}
            spans={mine.filter((h) => h.paragraph === i)}
            {...(focusHere && primary.paragraph === i ? { focusStart: primary.start, focusRef } : {})}
          />
        </p>
      ))}
      <CorrectionControls article={a} event={event} outlet={outlet} />
    </article>
  );
}

/** The event: header, its views, and (in the coverage view) the evidence and each outlet's report side by side. */
export function EventPage({ event, views, notice, children, highlights = [], primary = null }: EventPageProps) {
  const corpus = useCorpus();
  const [params] = useSearchParams();
  const read = useReadStore((s) => s.read);
  const all = sortArticlesByDate(event.articleIds.map((id) => findArticle(corpus, id)!).filter(Boolean));
  const available = [...new Set(all.map((a) => a.outletId as string))];
  const choice = parseOutletChoice(params, corpus, available);
  const articles = all.filter((a) => choice.value.includes(a.outletId));
  const outlets = available.map((o) => findOutlet(corpus, o));
  const countries = [...new Set(outlets.map((o) => countryName(o?.country ?? null)))];
  const kinds = [...new Set(outlets.map((o) => o?.kind ?? 'unknown'))];
  const titleFrom = findArticle(corpus, event.titleFrom);
  const span = dateSpan(all);
  const shownIds = new Set<string>(articles.map((a) => a.id));
  const markedIds = new Set<string>(highlights.map((h) => h.articleId));
  const hidden = all.filter((a) => markedIds.has(a.id) && !shownIds.has(a.id));
  const focusAt =
    primary && shownIds.has(primary.articleId) ? primary : (highlights.find((h) => shownIds.has(h.articleId)) ?? null);
  const showAll = new URLSearchParams(params);
  showAll.delete('outlets');
  return (
    <div className="event-page">
      <header>
        <p className="meta">
          <EventDate event={event} /> · {all.length} {all.length === 1 ? 'report' : 'reports'} from{' '}
          {available.map((o) => outletName(corpus, o)).join(', ')}
        </p>
        <h1 id="event-title" tabIndex={-1}>
          {event.title}
        </h1>
        <p className="meta">
          {span ? <>Reported {span} · </> : null}
          {countries.join(', ')} · {kinds.join(', ')}
        </p>
        <p className="provenance">
          <span className="provenance-summary">{provenanceSummary(event.provenance)}</span>
          {all.length > 1 ? (
            <>
              {' · '}
              <Link to={`?${comparisonSearch({ outlets: params.get('outlets'), view: 'sources' })}`}>
                how they are counted
              </Link>
            </>
          ) : null}
        </p>
        {titleFrom && all.length > 1 ? (
          <p className="title-note">
            Headline from {outletName(corpus, titleFrom.outletId)}: of all the reports’ headlines, the one whose words
            the others share most.
          </p>
        ) : null}
        <p>
          <SaveButton event={event} />
        </p>
        <OfflineBadge />
        <StoryNav event={event} />
      </header>
      {views}
      {notice}
      {children ?? (
        <>
          <Evidence event={event} />
          <section aria-labelledby="coverage-h">
            <h2 id="coverage-h">Coverage side by side</h2>
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
                  <Link to={`?${showAll.toString()}`}>Show every outlet</Link>
                </p>
              </div>
            ) : null}
            <OutletChoice available={available} chosen={choice.value} />
            {articles.length > 1 ? (
              <nav aria-label="Jump to a report" className="report-tabs">
                {articles.map((a) => (
                  <a key={a.id} href={`#col-${a.id}`}>
                    {outletName(corpus, a.outletId)}
                  </a>
                ))}
              </nav>
            ) : null}
            <div className="coverage">
              {articles.map((a) => (
                <CoverageColumn
                  key={a.id}
                  article={a}
                  event={event}
                  read={Boolean(read[a.id])}
                  highlights={highlights}
                  primary={focusAt}
                />
              ))}
            </div>
          </section>
        </>
      )}
    </div>
  );
}
