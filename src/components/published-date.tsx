import type { Published } from '../core/types';

export interface PublishedDateProps {
  published: Published;
}

const FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A publication date as printed by the outlet, marked when Parallax inferred it. */
export function PublishedDate({ published }: PublishedDateProps) {
  if (!published.date) return <span className="date date-unknown">Date unknown</span>;
  const label = FORMAT.format(new Date(`${published.date}T00:00:00Z`));
  return (
    <span className="date">
      <time dateTime={published.time ? `${published.date}T${published.time}` : published.date}>
        {label}
        {published.time ? `, ${published.time}` : ''}
      </time>
      {published.estimated ? <span className="estimated"> (estimated)</span> : null}
    </span>
  );
}
