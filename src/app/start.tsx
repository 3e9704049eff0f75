/**
 * How the app takes over the page. A page prerendered at build time (a meta tag names its
 * address) is already on screen: the script loads the corpus and the route's code first, then
 * hydrates, so its first render is the server's, and the reader's stored state (theme, read
 * marks, saved views, corrections) and measured widths apply right after. The shell (an address
 * with no prerendered page) renders at once, as it always did. Once the first route is running
 * and what followed it has settled, #root is marked `data-live`: the parts laid out for the
 * window show (styles.css), and the input held meanwhile is replayed (early-input.ts).
 */
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { prepareCorpusView } from '../lib/corpus-context';
import type { CorpusIndex } from '../core/types';
import { applyStoredPrefs } from '../lib/prefs-store';
import { restoreStoredState } from '../lib/safe-storage';
// Every store kept in storage is registered before restoreStoredState reads them: a store whose
// module arrived later, with a route's chunk, would keep its defaults.
import '../lib/read-store';
import '../lib/saved-store';
import '../lib/corrections-store';
import { firstViewOf, loadFirstView, type FirstViewLoad } from '../lib/first-view';
import { App, preloadRoute, preloadWhenIdle } from './app';
import { pageHold } from './early-input';
import { hasEarlyCorrections } from './early-state';
import { pageEventFile, prerenderedFor, startMode } from './start-mode';

/** The longest the page waits, once the route runs, for the renders that follow to settle. */
const SETTLE_FALLBACK_MS = 500;

export async function startApp(container: HTMLElement, corpusUrl: string): Promise<void> {
  const mode = startMode(prerenderedFor(), window.location);
  const early = pageHold();
  let isLive = false;
  // The full checks of the files the first render read, run once the page is up (`settled`).
  let verify = async () => {};
  let afterFailedCheck = () => {};
  const settled = () => {
    document.getElementById('main')?.removeAttribute('hidden');
    container.dataset.live = '';
    early.release();
    // What the page does not need to be working loads once it is (the other routes, the menus).
    if (typeof requestIdleCallback !== 'undefined') requestIdleCallback(() => void preloadWhenIdle());
    // In a task of its own: the checks (a worker of theirs) start once the page is live, not with it.
    setTimeout(() => verify().catch(afterFailedCheck), 0);
  };
  // The first route is running; what follows it (the reader's own state, the window's answers to
  // the media queries, in deferred renders) is done when the browser is next idle.
  const live = () => {
    if (isLive) return;
    isLive = true;
    if (typeof requestIdleCallback === 'undefined') setTimeout(settled, SETTLE_FALLBACK_MS);
    else requestIdleCallback(settled, { timeout: SETTLE_FALLBACK_MS });
  };
  const app = (index?: CorpusIndex) => (
    <StrictMode>
      <App key={index ? 'read' : 'load'} corpusUrl={corpusUrl} index={index} onLive={live} />
    </StrictMode>
  );
  // The reader's stored state (theme and text size, read marks, saved views, corrections), read
  // and validated while the corpus loads; the stores start from their defaults until then.
  const restored = restoreStoredState().then(() => applyStoredPrefs());
  if (mode === 'render') {
    // Whatever a tap was aimed at is about to be replaced.
    early.release();
    await restored;
    createRoot(container).render(app());
    return;
  }
  let first: FirstViewLoad;
  try {
    // With corrections to apply, the regrouping reads the whole index.
    const view = correctionsStored() ? 'whole' : firstViewOf(window.location);
    [first] = await Promise.all([
      loadFirstView(corpusUrl, window.location, view, pageEventFile()),
      preloadRoute(window.location.pathname, window.location.search),
      // The corrections are the stored state's: what they need loads once it is read.
      restored.then(prepareCorpusView),
    ]);
  } catch {
    // The app's own loading tries again, and says what failed if it fails once more.
    await restored;
    createRoot(container).render(app());
    return;
  }
  const tree = app(first.index);
  verify = first.verify;
  // From here the page's markup is React's: a link followed now is held until the page is live.
  early.holdLinks();
  // As a transition the page is taken over in slices, between which the browser answers the
  // reader (a tap hydrates its own part first); the content is on screen all the while.
  startTransition(() => {
    const root = mode === 'hydrate' ? hydrateRoot(container, tree) : createRoot(container);
    if (mode !== 'hydrate') root.render(tree);
    // A file the first render read fails its check: the app loads the corpus again, checking
    // each file before it reads it, and says what is wrong (with Try again).
    afterFailedCheck = () => root.render(app());
  });
}

/** Whether storage holds grouping corrections (read as boot.ts reads them, before validation). */
function correctionsStored(): boolean {
  try {
    return hasEarlyCorrections(localStorage);
  } catch {
    return false; // storage unavailable: nothing stored
  }
}
