import type { EventSummary } from '../core/types';

const FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export interface EventDateProps {
  event: Pick<EventSummary, 'date' | 'dateEstimated'>;
}

/** An event's day, marked when it rests only on estimated article dates. */
export function EventDate({ event }: EventDateProps) {
  if (!event.date) return <span className="date date-unknown">Date unknown</span>;
  return (
    <span className="date">
      <time dateTime={event.date}>{FORMAT.format(new Date(`${event.date}T00:00:00Z`))}</time>
      {event.dateEstimated ? <span className="estimated"> (estimated)</span> : null}
    </span>
  );
}
