import { Link } from 'react-router';
import { OriginalLink } from '../../components/original-link';
import { countryName } from '../../components/country-name';
import { KIND_LABELS, OutletBadge } from '../../components/outlet-badge';
import { PublishedDate } from '../../components/published-date';
import { comparisonSearch } from '../../core/compare/select-comparison';
import type { EventOverview, HeadlineRow } from '../../core/select-event';
import type { NewsEvent } from '../../core/types';
import { useCorpusView } from '../../lib/corpus-context';

/** Who reports the event, as compact chips: countries, kinds, state-owned outlets. */
export function PerspectiveChips({ event }: { event: NewsEvent }) {
  const p = useCorpusView().coverage.get(event.id)?.perspective;
  if (!p) return null;
  const count = (n: number) => (n > 1 ? ` ×${n}` : '');
  return (
    <ul className="chips" aria-label="Who reports it">
      {p.countries.map((c) => (
        <li key={c.country ?? 'unknown'} className="chip">
          {countryName(c.country)}
          {count(c.outlets.length)}
        </li>
      ))}
      {p.kinds.map((k) => (
        <li key={k.kind} className="chip">
          {KIND_LABELS[k.kind]}
          {count(k.outlets.length)}
        </li>
      ))}
      {p.stateOwned.length ? (
        <li className="chip state">state-owned: {p.stateOwned.map((o) => o.name).join(', ')}</li>
      ) : null}
    </ul>
  );
}

function StripRow({ row }: { row: HeadlineRow }) {
  const a = row.article;
  return (
    <li className="strip-row">
      <OutletBadge outlet={row.outlet} name={row.name} via={row.via} />
      <h3 className="strip-headline">
        <Link to={`/articles/${a.id}`}>{a.title}</Link>
      </h3>
      {row.lead ? <p className="strip-lead">{row.lead}</p> : null}
      <p className="strip-meta">
        <PublishedDate published={a.published} />
        {row.more ? ` · and ${row.more} more ${row.more === 1 ? 'report' : 'reports'}` : ''}
        {a.url ? ' · ' : ''}
        <OriginalLink url={a.url} outletName={row.name} compact />
      </p>
    </li>
  );
}

/** One row per outlet: who, its headline, its first sentence, when, and the original. */
export function HeadlineStrip({ overview }: { overview: EventOverview }) {
  return (
    <section aria-labelledby="strip-h" className="headline-strip">
      <h2 id="strip-h" className="visually-hidden">
        Headlines
      </h2>
      <ol className="strip">
        {overview.rows.map((row) => (
          <StripRow key={row.outletId} row={row} />
        ))}
      </ol>
    </section>
  );
}

/** A one-report event: who published it, when, and the original, above the article itself. */
export function SingleByline({ row }: { row: HeadlineRow }) {
  return (
    <p className="single-byline">
      <OutletBadge outlet={row.outlet} name={row.name} via={row.via} />
      <span className="strip-meta">
        <PublishedDate published={row.article.published} />
        {row.article.url ? ' · ' : ''}
        <OriginalLink url={row.article.url} outletName={row.name} compact />
      </span>
    </p>
  );
}

export interface CommonGroundProps {
  overview: EventOverview;
  eventId: string;
  /** The raw `?outlets=` choice, kept in the link to the Facts view. */
  outlets: string | null;
}

/** What every outlet carries, and the first thing each carries alone. */
export function CommonGround({ overview, eventId, outlets }: CommonGroundProps) {
  const facts = `/events/${eventId}?${comparisonSearch({ outlets, view: 'facts' })}`;
  const n = overview.rows.length;
  return (
    <div className="first-facts">
      <section aria-labelledby="glance-common-h" className="glance-common">
        <h2 id="glance-common-h">What they all report</h2>
        {overview.commonGround.length ? (
          <>
            <p className="section-note">
              {n === 2 ? 'Common ground of both outlets:' : `Common ground of all ${n} outlets:`}
            </p>
            <ul>
              {overview.commonGround.map((f) => (
                <li key={f.id}>{f.text}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="section-note">No sentence is carried by every outlet.</p>
        )}
        <p className="more-link">
          <Link to={facts}>
            {overview.commonGroundTotal > overview.commonGround.length
              ? `All ${overview.commonGroundTotal} facts they share, side by side`
              : 'Every fact, side by side'}
          </Link>
        </p>
      </section>
      {overview.onlyIn.length ? (
        <section aria-labelledby="glance-only-h" className="glance-only">
          <h2 id="glance-only-h">What only one reports</h2>
          <ul>
            {overview.onlyIn.map((o) => (
              <li key={o.outletId}>
                <span className="only-outlet">Only in {o.name}</span>
                {o.total > o.facts.length ? <span className="only-count"> (1 of {o.total})</span> : null}:{' '}
                {o.facts.map((f) => f.text).join(' ')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
