import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { comparisonSearch, VIEW_LABELS, VIEWS, type ComparisonView } from '../../core/compare/select-comparison';

export interface ViewTabsProps {
  eventId: string;
  current: ComparisonView;
  /** The raw `?outlets=` choice, kept across views. */
  outlets: string | null;
}

/**
 * The event's views as links: each is an address, so each can be bookmarked, shared and opened in
 * a new tab. A navigation landmark, deliberately not an ARIA tab widget (that serves the phone's
 * report tabs, whose panels share one address: components/tabs.tsx).
 */
export function ViewTabs({ eventId, current, outlets }: ViewTabsProps) {
  // A view chosen further down the first screen is brought up, so what it shows is in sight
  // (the tabs sit under the headlines; the view itself would start below the fold).
  const ref = useRef<HTMLElement>(null);
  const shown = useRef(current);
  useEffect(() => {
    if (shown.current === current) return;
    shown.current = current;
    const nav = ref.current;
    if (nav && nav.getBoundingClientRect().top > window.innerHeight / 3) nav.scrollIntoView?.({ block: 'start' });
  }, [current]);
  return (
    <nav aria-label="Compare the coverage" className="view-tabs" ref={ref}>
      <ul>
        {VIEWS.map((v) => {
          const search = comparisonSearch({ outlets, view: v });
          return (
            <li key={v}>
              <Link
                to={`/events/${eventId}${search ? `?${search}` : ''}`}
                aria-current={v === current ? 'page' : undefined}
              >
                {VIEW_LABELS[v]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
