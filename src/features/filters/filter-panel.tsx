import { useEffect, useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { FilterChip } from '../../components/chip';
import { datePresets, feedQueryString, type Facet, type FeedFilters } from '../../core/filters';
import type { NewsEvent } from '../../core/types';
import { isShortcut } from '../../lib/shortcut-key';
import './filters.css';

export interface FilterPanelProps {
  filters: FeedFilters;
  facets: readonly Facet[];
  /** All events (for the date presets). */
  events: readonly NewsEvent[];
  /** Open the filters and focus the first one when shown (the reader pressed `/` on another page). */
  focusOnShow?: boolean;
}

const NO_FILTERS: FeedFilters = { outlets: [], from: null, to: null, unread: false };

/**
 * Outlet, date and unread filters behind a Filter button (always open beside the feed on a wide
 * screen), with the active ones as removable chips. Every change goes into the URL, so a filtered
 * feed is a link. `/` opens the filters and focuses the first one.
 */
export function FilterPanel({ filters, facets, events, focusOnShow = false }: FilterPanelProps) {
  const [params, setParams] = useSearchParams();
  const [open, setOpen] = useState(focusOnShow);
  // Counts up each time `/` asks for the focus, so the effect below runs after the panel is shown.
  const [focusAsk, setFocusAsk] = useState(focusOnShow ? 1 : 0);
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();

  useEffect(() => {
    if (focusAsk === 0) return;
    formRef.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, [focusAsk]);

  // Capture phase: the filters answer `/` before the app's own handler, which then leaves it alone.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || !isShortcut(e)) return;
      e.preventDefault();
      setOpen(true);
      setFocusAsk((n) => n + 1);
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, []);

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
  const nameOf = (o: string) => facets.find((f) => f.outletId === o)?.name ?? o;
  const active = [
    ...filters.outlets.map((o) => ({
      key: `o-${o}`,
      label: nameOf(o),
      remove: () => apply({ ...filters, outlets: filters.outlets.filter((x) => x !== o) }),
    })),
    ...(filters.from
      ? [{ key: 'from', label: `From ${filters.from}`, remove: () => apply({ ...filters, from: null }) }]
      : []),
    ...(filters.to ? [{ key: 'to', label: `To ${filters.to}`, remove: () => apply({ ...filters, to: null }) }] : []),
    ...(filters.unread
      ? [{ key: 'unread', label: 'Unread only', remove: () => apply({ ...filters, unread: false }) }]
      : []),
  ];

  return (
    <>
      <div className="filter-bar">
        <button
          type="button"
          className="control-button filter-toggle"
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={() => setOpen((o) => !o)}
        >
          <span aria-hidden="true" className="filter-toggle-icon">
            ☰
          </span>
          Filter
          {active.length ? <span className="filter-count"> ({active.length})</span> : null}
        </button>
        {active.length ? (
          <>
            <ul className="chip-list filter-chips" aria-label="Active filters">
              {active.map((a) => (
                <FilterChip key={a.key} label={a.label} onRemove={a.remove} />
              ))}
            </ul>
            <button type="button" className="control-button filter-clear" onClick={() => apply(NO_FILTERS)}>
              Clear all
            </button>
          </>
        ) : null}
      </div>
      <form
        className="filters filter-panel"
        aria-label="Filters"
        id={`${id}-panel`}
        hidden={!open}
        ref={formRef}
        onSubmit={(e) => e.preventDefault()}
      >
        <fieldset>
          <legend>Show</legend>
          <label className="filter-check">
            <input
              type="checkbox"
              name="unread"
              checked={filters.unread === true}
              onChange={() => apply({ ...filters, unread: !filters.unread })}
            />{' '}
            Unread events only
          </label>
        </fieldset>
        <fieldset>
          <legend>Outlets</legend>
          <ul>
            {facets.map((f) => (
              <li key={f.outletId}>
                <label className="filter-check">
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
          <div className="date-fields">
            {(['from', 'to'] as const).map((bound) => (
              <label key={bound} className="date-field">
                <span>{bound === 'from' ? 'From' : 'To'}</span>
                <input
                  type="date"
                  className="date-input"
                  name={bound}
                  value={filters[bound] ?? ''}
                  onChange={(e) => apply({ ...filters, [bound]: e.target.value || null })}
                />
              </label>
            ))}
          </div>
          <p className="presets">
            {datePresets(events).map((p) => (
              <button
                key={p.label}
                type="button"
                className="control-button filter-preset"
                aria-pressed={filters.from === p.from && filters.to === p.to}
                onClick={() => apply({ ...filters, from: p.from, to: p.to })}
              >
                {p.label}
              </button>
            ))}
            <button
              type="button"
              className="control-button filter-preset"
              aria-pressed={!filters.from && !filters.to}
              onClick={() => apply({ ...filters, from: null, to: null })}
            >
              All dates
            </button>
          </p>
        </fieldset>
      </form>
    </>
  );
}
