import { Suspense, useCallback, useEffect, useState } from 'react';
import { BrowserRouter, Link, matchRoutes, NavLink, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ConnectionStatus, UpdateBanner } from '../components/app-status';
import { LoadFailureNotice } from '../components/load-notice';
import { PageError } from '../components/page-error';
import { ReadingControls } from '../components/reading-controls';
import { StorageNotice } from '../components/storage-notice';
import type { CorpusIndex } from '../core/types';
import { CorpusProvider, RequireWholeIndex } from '../lib/corpus-context';
import type { EventFileSource } from '../lib/event-files';
import { firstViewOf } from '../lib/first-view';
import { onDemand, preloadOnDemand } from '../lib/on-demand';
import { isShortcut } from '../lib/shortcut-key';
import './shell.css';
// The feed's styles are in the first style sheet, with the rest: a prerendered feed paints from
// its HTML and that sheet alone, before the feed's code (a chunk of its own) is loaded.
import '../components/chip.css';
import '../features/events/feed.css';
import '../features/filters/filters.css';
import '../features/search/search.css';
import { lazyRoute } from './lazy-route';
import { preloadComparisonView } from './routes/comparison-views';
import { NotFound } from './routes/page';

export interface AppProps {
  corpusUrl?: string;
  /** The corpus's index, already loaded from `corpusUrl` (a prerendered page hydrates with it). */
  index?: CorpusIndex;
  /** Where the index's event files are read from, when not from beside `corpusUrl` (the prerender). */
  files?: EventFileSource;
  /** Called once the first route shown is on screen and running (hydrated, for a prerendered page). */
  onLive?: () => void;
}

/**
 * Each route is a chunk of its own, loaded when first shown (a prerendered page loads its own
 * before it hydrates), the others ahead of time once the browser is idle: an event's page does
 * not carry the feed's code, nor the feed an event's.
 */
const ROUTES = {
  home: lazyRoute(() => import('./routes/home').then((m) => ({ default: m.HomeRoute }))),
  event: lazyRoute(() => import('./routes/event')),
  articles: lazyRoute(() => import('./routes/articles').then((m) => ({ default: m.ArticlesRoute }))),
  article: lazyRoute(() => import('./routes/articles').then((m) => ({ default: m.ArticleRoute }))),
  story: lazyRoute(() => import('./routes/story')),
  outlet: lazyRoute(() => import('./routes/outlet')),
  saved: lazyRoute(() => import('./routes/saved').then((m) => ({ default: m.SavedRoute }))),
  corrections: lazyRoute(() => import('./routes/saved').then((m) => ({ default: m.CorrectionsRoute }))),
};

/** The shortcuts list (Radix Dialog): loaded after the first screen, or on the first `?`. */
const shortcutsDialog = onDemand(() => import('../features/shortcuts/shortcuts-dialog'));

/** What a route shows while its chunk loads: a polite line, after a moment (most loads are instant). */
function RouteLoading() {
  return (
    <p className="status route-loading" role="status">
      Loading…
    </p>
  );
}

/**
 * Whether a route's page reads the whole index, as `firstViewOf` (lib/first-view.ts) decides for
 * its addresses: the feed and the pages of one event start from the index's head, every other
 * page waits for the whole. An address no route answers reads nothing more.
 */
function readsWholeIndex(path: string): boolean {
  return path !== '*' && firstViewOf({ pathname: path.replace(/:\w+/g, 'x'), search: '' }) === 'whole';
}

/**
 * Every address the app answers. Each route is a chunk of its own, loaded when first shown (or
 * before, by `preloadRoute`).
 */
const ROUTE_TABLE: { path: string; Component: React.ComponentType & { preload?: () => Promise<unknown> } }[] = [
  { path: '/', Component: ROUTES.home },
  { path: '/articles', Component: ROUTES.articles },
  { path: '/articles/:articleId', Component: ROUTES.article },
  { path: '/events/:eventId', Component: ROUTES.event },
  { path: '/stories/:storyId', Component: ROUTES.story },
  { path: '/outlets/:outletId', Component: ROUTES.outlet },
  { path: '/saved', Component: ROUTES.saved },
  { path: '/corrections', Component: ROUTES.corrections },
  { path: '*', Component: NotFound },
];

/**
 * Loads the chunk of the route at `pathname` (and of the comparison view `search` names on an
 * event's page), so that it renders without suspending: before a
 * prerendered page hydrates (its first render must be the server's), and on the server before it
 * renders the page.
 */
export async function preloadRoute(pathname: string, search = ''): Promise<void> {
  const route = matchRoutes(ROUTE_TABLE, pathname)?.[0]?.route;
  await Promise.all([
    route?.Component.preload?.(),
    route?.Component === ROUTES.event ? preloadComparisonView(search) : undefined,
  ]);
}

/**
 * Tells `onLive` when the route beside it is committed. Inside the routes' Suspense boundary,
 * which React hydrates after the shell around it: the page is live only once it is.
 */
function RouteLive({ onLive }: { onLive?: (() => void) | undefined }) {
  useEffect(() => onLive?.(), [onLive]);
  return null;
}

/** The other routes, the menus and dialogs, made ready before they are asked for. */
export function preloadWhenIdle(): Promise<void> {
  return preloadOnDemand(whenIdle).catch(() => {});
}

/** Resolves when the browser is next idle (or after a second at the latest). */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'undefined') setTimeout(resolve, 0);
    else requestIdleCallback(() => resolve(), { timeout: 1000 });
  });
}

export function AppRoutes({ onLive }: { onLive?: () => void }) {
  const { pathname } = useLocation();
  const started = onLive !== undefined;
  useEffect(() => {
    // Started by startApp, which preloads once the page is live; else once the first screen is up.
    if (started || typeof requestIdleCallback === 'undefined') return;
    const idle = requestIdleCallback(() => void preloadWhenIdle());
    return () => cancelIdleCallback(idle);
  }, [started]);
  return (
    <PageError place={pathname}>
      <Suspense fallback={<RouteLoading />}>
        <Routes>
          {ROUTE_TABLE.map(({ path, Component }) => (
            <Route
              key={path}
              path={path}
              element={
                readsWholeIndex(path) ? (
                  <RequireWholeIndex>
                    <Component />
                  </RequireWholeIndex>
                ) : (
                  <Component />
                )
              }
            />
          ))}
        </Routes>
        <RouteLive onLive={onLive} />
      </Suspense>
    </PageError>
  );
}

/**
 * Shortcuts that work on every page: `?` lists them, `/` goes to the filters, `s` saves the event
 * view. Where the filters are on the page they take `/` first (and mark it handled); anywhere
 * else `/` opens the feed with its filters focused.
 */
function useGlobalKeys(openHelp: () => void) {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isShortcut(e)) return;
      if (e.key === '?') {
        e.preventDefault();
        openHelp();
      } else if (e.key === '/') {
        if (e.defaultPrevented) return;
        e.preventDefault();
        navigate('/', { state: { focusFilters: true } });
      } else if (e.key === 's') {
        const save = document.getElementById('save-view');
        if (save) {
          e.preventDefault();
          save.click();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, openHelp]);
}

/**
 * How wide the page is, from the address alone: known before the corpus or the route's code has
 * loaded, so the "Loading…" line stands where the page will, and nothing shifts when it arrives.
 */
function layoutOf(pathname: string): 'feed' | 'event' | 'page' {
  if (pathname === '/') return 'feed';
  return pathname.startsWith('/events/') ? 'event' : 'page';
}

export function AppShell({ children }: { children: React.ReactNode }) {
  const { pathname } = useLocation();
  const [help, setHelp] = useState(false);
  const Shortcuts = shortcutsDialog.use();
  const openHelp = useCallback(() => {
    setHelp(true);
    void shortcutsDialog.ask();
  }, []);
  useGlobalKeys(openHelp);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header shell-header">
        <div className="shell-brand">
          <Link to="/" className="brand">
            Parallax
          </Link>
          <span className="tagline">one event, many outlets</span>
        </div>
        <nav aria-label="Sections" className="sections shell-sections">
          <NavLink to="/" end>
            Events
          </NavLink>
          <NavLink to="/saved">Saved</NavLink>
          <NavLink to="/corrections">Corrections</NavLink>
        </nav>
        <ConnectionStatus />
        <div className="shell-tools">
          <ReadingControls />
          <button
            type="button"
            className="control-button header-button header-button-icon-only"
            onClick={openHelp}
            aria-label="Keyboard shortcuts"
            aria-haspopup="dialog"
            title="Keyboard shortcuts (?)"
          >
            <span aria-hidden="true">?</span>
          </button>
        </div>
      </header>
      <UpdateBanner />
      <StorageNotice />
      <LoadFailureNotice />
      {Shortcuts ? <Shortcuts.ShortcutsDialog open={help} onClose={() => setHelp(false)} /> : null}
      <main id="main" data-layout={layoutOf(pathname)}>
        {children}
      </main>
    </>
  );
}

/** The app under a router: the browser's (`App`), or the server's at one address (the prerender). */
export function AppContent({ corpusUrl, index, files, onLive }: AppProps) {
  return (
    <AppShell>
      <CorpusProvider url={corpusUrl} index={index} files={files}>
        <AppRoutes onLive={onLive} />
      </CorpusProvider>
    </AppShell>
  );
}

export function App(props: AppProps) {
  return (
    <BrowserRouter>
      <AppContent {...props} />
    </BrowserRouter>
  );
}
