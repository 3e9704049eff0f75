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
 * a new tab. A navigation landmark, deliberately not an ARIA tab widget (Radix Tabs serves the
 * phone's report tabs, whose panels share one address).
 */
export function ViewTabs({ eventId, current, outlets }: ViewTabsProps) {
  return (
    <nav aria-label="Compare the coverage" className="view-tabs">
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
