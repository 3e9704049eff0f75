/** What every route shares: the document title, the focused main heading, and "not found". */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';

export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Parallax`;
  }, [title]);
}

/** A route's main heading, focused when the route is shown, so screen readers start there. */
export function PageHeading({ children, focusKey }: { children: React.ReactNode; focusKey?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [focusKey]);
  return (
    <h1 tabIndex={-1} ref={ref} id="page-title">
      {children}
    </h1>
  );
}

export function NotFound({ what = 'page' }: { what?: string }) {
  usePageTitle('Not found');
  return (
    <div role="alert">
      <h1 id={what === 'event' ? 'event-title' : what === 'article' ? 'article-title' : 'page-title'} tabIndex={-1}>
        No such {what}
      </h1>
      <p>
        Nothing here. <Link to="/">Back to all events</Link>
      </p>
    </div>
  );
}
