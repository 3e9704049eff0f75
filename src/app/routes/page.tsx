/** What every route shares: the document title, the focused main heading, and "not found". */
import { createContext, useContext, useEffect, useRef } from 'react';
import { Link } from 'react-router';

/** The document title of a page whose own title is `title`. */
export function documentTitle(title: string): string {
  return `${title} · Parallax`;
}

/**
 * Told each page title as the routes render, where effects do not run: the prerender gives one
 * and writes what it heard into the page's `<title>`.
 */
export const PageTitleSink = createContext<((title: string) => void) | null>(null);

export function usePageTitle(title: string) {
  useContext(PageTitleSink)?.(title);
  useEffect(() => {
    document.title = documentTitle(title);
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
