/**
 * The one script a prerendered page starts with (the shell starts with main.tsx itself). The
 * page is on screen from its HTML and style sheet alone; the app's code is asked for only after
 * that first paint, so that on a slow connection its download never shares the line with what
 * the first paint needs. Until the app is live, a tap on a control or a shortcut key is held, to
 * be replayed then (early-input.ts); the reader's theme and text size are put on at once.
 */
import { pageHold } from './early-input';
import { applyEarlyPrefs, hasEarlyCorrections } from './early-state';
import { prerenderedFor, startMode } from './start-mode';

/**
 * How long after the first frame the app's code is asked for when the browser reports no largest
 * paint: long enough for that report to come first wherever there is one (it follows the frame by
 * a few milliseconds), short enough not to hold the app back where there is none.
 */
const AFTER_FRAME_FALLBACK_MS = 500;

let corrected = false;
try {
  applyEarlyPrefs(localStorage, document.documentElement);
  corrected = hasEarlyCorrections(localStorage);
} catch {
  // storage unavailable: the defaults stand, and the app says why once it runs
}
const hold = pageHold();
let started = false;
const start = () => {
  if (started) return;
  started = true;
  import('./main').catch(() => {
    // No app (its code could not be loaded): the page stays as served, all of it shown, its
    // links plain links.
    document.getElementById('main')?.removeAttribute('hidden');
    document.getElementById('root')?.setAttribute('data-static', '');
    hold.release();
  });
};

/**
 * Once the page's content is on screen: when the browser reports the largest paint (the whole
 * prerendered page paints at once), else after the next frame. A hidden tab paints nothing, so
 * there is nothing to wait for.
 */
function afterContentPaint(run: () => void): void {
  if (document.visibilityState === 'hidden') return run();
  document.addEventListener('visibilitychange', run, { once: true });
  if (
    typeof PerformanceObserver !== 'undefined' &&
    PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')
  ) {
    new PerformanceObserver((_list, observer) => {
      observer.disconnect();
      setTimeout(run, 0);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    // Should no paint be reported (nothing that counts was painted), a moment after the first frame.
    requestAnimationFrame(() => setTimeout(run, AFTER_FRAME_FALLBACK_MS));
  } else requestAnimationFrame(() => setTimeout(run, 0));
}

const root = document.getElementById('root');
const content = document.getElementById('main');
if (root && content && (corrected || startMode(prerenderedFor(), window.location) !== 'hydrate')) {
  // The page served is not what this reader sees at this address: another page, its default
  // view where the query asks for another, or a grouping the reader corrected. Its content is
  // hidden, not shown wrong, until the app shows the right one (start.tsx shows it again).
  content.hidden = true;
  start();
} else afterContentPaint(start);
