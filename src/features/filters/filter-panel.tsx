import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { FilterChip } from '../../components/chip';
import { datePresets, feedQueryString, type Facet, type FeedFilters } from '../../core/filters';
import { onDemand } from '../../lib/on-demand';
import { isShortcut } from '../../lib/shortcut-key';
import { useMediaKnown } from '../../lib/use-media';
import './filters.css';

/** Wide enough for the filters to stand beside the feed (the feed's grid gives them a column). */
export const FILTERS_BESIDE_FEED = '(min-width: 48.01rem)';

export interface FilterPanelProps {
  filters: FeedFilters;
  facets: readonly Facet[];
  /** The newest event's day (the date presets count back from it). */
  newest: string | null;
  /** Open the filters and focus the first one when shown (the reader pressed `/` on another page). */
  focusOnShow?: boolean;
}

/** The phone's filter popover (Radix Popover and its positioning): loaded after the first screen. */
const filterPopover = onDemand(() => import('./filter-popover'));

const NO_FILTERS: FeedFilters = { outlets: [], from: null, to: null, unread: false };

/**
 * Outlet, date and unread filters beside the feed on a wide screen, behind a Filter button on a
 * narrow one, with the active ones as removable chips. Every change goes into the URL, so a
 * filtered feed is a link. `/` opens the filters and focuses the first one.
 */
export function FilterPanel({ filters, facets, newest, focusOnShow = false }: FilterPanelProps) {
  const [params, setParams] = useSearchParams();
  const wide = useMediaKnown(FILTERS_BESIDE_FEED);
  const Pop = filterPopover.use();
  const [open, setOpen] = useState(focusOnShow);
  // Counts up each time `/` asks for the focus, so the effect below runs once the filters are shown.
  // The popover focuses its first control as it opens; beside the feed there is nothing to open.
  const [focusAsk, setFocusAsk] = useState(focusOnShow ? 1 : 0);
  const formRef = useRef<HTMLFormElement>(null);

  // Asked for, and not yet given: the popover's code may still be on its way when `/` is pressed.
  const focusPending = useRef(focusOnShow);
  useEffect(() => {
    if (focusAsk > 0) focusPending.current = true;
  }, [focusAsk]);
  useEffect(() => {
    if (!focusPending.current) return;
    const first = formRef.current?.querySelector<HTMLElement>('input, button');
    if (!first) return;
    first.focus();
    focusPending.current = false;
  });

  // Capture phase: the filters answer `/` before the app's own handler, which then leaves it alone.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || !isShortcut(e)) return;
      e.preventDefault();
      setOpen(true);
      setFocusAsk((n) => n + 1);
      void filterPopover.ask();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, []);

  // The filters replace their own parameters; the list view and a search stay as they are.
  const apply = (next: FeedFilters) => {
    const kept = new URLSearchParams(feedQueryString(next));
    for (const name of ['q', 'view']) {
      const value = params.get(name);
      if (value) kept.set(name, value);
    }
    setParams(kept);
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

  const form = (
    <form className="filters filter-panel" aria-label="Filters" ref={formRef} onSubmit={(e) => e.preventDefault()}>
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
          {datePresets(newest).map((p) => (
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
  );

  const chips = active.length ? (
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
  ) : null;

  const beside = (
    <>
      {chips ? <div className="filter-bar">{chips}</div> : null}
      {form}
    </>
  );
  const label = (
    <>
      <span aria-hidden="true" className="filter-toggle-icon">
        ☰
      </span>
      Filter
      {active.length ? <span className="filter-count"> ({active.length})</span> : null}
    </>
  );
  const behindButton = (
    <div className="filter-bar">
      {Pop ? (
        <Pop.default open={open} onOpenChange={setOpen} label={label}>
          {form}
        </Pop.default>
      ) : (
        // Until the popover's code is there (fetched once the browser is idle), a stand-in of the
        // same look opens it: the click loads it, and it shows open.
        <button
          type="button"
          className="control-button filter-toggle"
          aria-haspopup="dialog"
          aria-expanded={false}
          onPointerEnter={() => void filterPopover.preload().catch(() => {})}
          onClick={() => {
            setOpen(true);
            void filterPopover.ask();
          }}
        >
          {label}
        </button>
      )}
      {chips}
    </div>
  );
  // Until the window is known (a prerendered page, until it is live) both are in the page and the
  // style sheet shows one; then only the one that fits. Each keeps its place in the tree, so the
  // elements a reader may already have tapped stay the same elements.
  return (
    <>
      <div className="filters-if-narrow">{wide !== true ? behindButton : null}</div>
      <div className="filters-if-wide">{wide !== false ? beside : null}</div>
    </>
  );
}
