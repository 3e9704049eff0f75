import { useSearchParams } from 'react-router';
import { datePresets, feedQueryString, type Facet, type FeedFilters } from '../../core/filters';
import type { NewsEvent } from '../../core/types';

export interface FilterPanelProps {
  filters: FeedFilters;
  facets: readonly Facet[];
  /** All events (for the date presets). */
  events: readonly NewsEvent[];
}

/** Outlet and date filters; every change goes into the URL, so a filtered feed is a link. */
export function FilterPanel({ filters, facets, events }: FilterPanelProps) {
  const [params, setParams] = useSearchParams();
  const apply = (next: FeedFilters) => {
    const view = params.get('view');
    const q = feedQueryString(next);
    setParams(view ? `${q}${q ? '&' : ''}view=${view}` : q);
  };
  const toggle = (id: Facet['outletId']) =>
    apply({
      ...filters,
      outlets: filters.outlets.includes(id) ? filters.outlets.filter((o) => o !== id) : [...filters.outlets, id],
    });
  return (
    <form className="filters" aria-label="Filters" id="filters" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Outlets</legend>
        <ul>
          {facets.map((f) => (
            <li key={f.outletId}>
              <label>
                <input
                  type="checkbox"
                  name="outlet"
                  value={f.outletId}
                  checked={filters.outlets.includes(f.outletId)}
                  onChange={() => toggle(f.outletId)}
                />{' '}
                {f.name} <span className="count">({f.count})</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>Dates</legend>
        {(['from', 'to'] as const).map((bound) => (
          <label key={bound}>
            {bound === 'from' ? 'From' : 'To'}{' '}
            <input
              type="date"
              name={bound}
              value={filters[bound] ?? ''}
              onChange={(e) => apply({ ...filters, [bound]: e.target.value || null })}
            />{' '}
          </label>
        ))}
        <p className="presets">
          {datePresets(events).map((p) => (
            <button key={p.label} type="button" onClick={() => apply({ ...filters, from: p.from, to: p.to })}>
              {p.label}
            </button>
          ))}
          <button type="button" onClick={() => apply({ ...filters, from: null, to: null })}>
            All dates
          </button>
        </p>
      </fieldset>
      {filters.outlets.length || filters.from || filters.to ? (
        <p>
          <button type="button" onClick={() => apply({ outlets: [], from: null, to: null })}>
            Clear all filters
          </button>
        </p>
      ) : null}
    </form>
  );
}
