/**
 * Whether Parallax can reach the network right now (decisions in src/core/connection.ts). The
 * browser's online/offline events are one input; the other is a check that asks the app's own
 * origin for a tiny file, past the service worker's precache and the HTTP cache: when the page
 * was served by the service worker (it may have come from the cache), when the browser says
 * online again, when another request failed, and on a backing-off timer while offline.
 */
import { create } from 'zustand';
import {
  applyEvidence,
  INITIAL_CONNECTION,
  isOffline,
  nextCheckDelay,
  type ConnectionEvidence,
  type ConnectionState,
} from '../core/connection';

/**
 * What the check asks for: a small precached file, with a query so the service worker's
 * precache does not answer it (Workbox matches the full query) and it goes to the network.
 * Any HTTP answer, even an error status, shows the network is there.
 */
export const CHECK_URL = '/robots.txt?connection-check';
/** A check that has not answered by then counts as failed: the reader cannot wait for it either. */
export const CHECK_TIMEOUT_MS = 10_000;

interface OnlineStatusState extends ConnectionState {
  report: (evidence: ConnectionEvidence) => void;
}

export const useOnlineStatusStore = create<OnlineStatusState>()((set) => ({
  ...INITIAL_CONNECTION,
  report: (evidence) => set((s) => applyEvidence(s, evidence)),
}));

/** True when Parallax cannot reach the network; components select this alone. */
export function useOffline(): boolean {
  return useOnlineStatusStore((s) => isOffline(s));
}

/** What the watch needs from the browser; the tests pass their own. */
export interface ConnectionEnv {
  fetch: typeof fetch;
  isBrowserOnline: () => boolean;
  /** Whether the page was served by the service worker (and may have come from its cache). */
  servedByWorker: () => boolean;
  events: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

function browserEnv(): ConnectionEnv {
  return {
    fetch: (input, init) => fetch(input, init),
    isBrowserOnline: () => navigator.onLine,
    servedByWorker: () => typeof navigator.serviceWorker !== 'undefined' && navigator.serviceWorker.controller !== null,
    events: window,
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (h) => window.clearTimeout(h as number),
  };
}

let activeCheck: ((reason: string) => void) | null = null;

/**
 * Asks the network once more (for instance after a request of the app's own failed); a no-op
 * when nothing watches the connection.
 */
export function checkConnection(): void {
  activeCheck?.('asked');
}

/** A request of the app's own got an answer from the server (any status): the network is there. */
export function reportRequestSuccess(): void {
  useOnlineStatusStore.getState().report({ kind: 'request-succeeded' });
}

/** A request of the app's own failed to reach the server: evidence, and a reason to check. */
export function reportRequestFailure(): void {
  useOnlineStatusStore.getState().report({ kind: 'request-failed' });
  checkConnection();
}

let watchers = 0;
let stopWatch: (() => void) | null = null;

/**
 * Starts watching the connection; returns the function that stops it. Reference-counted, so
 * that several components may ask for it and one watch runs.
 */
export function watchConnection(env: ConnectionEnv = browserEnv()): () => void {
  watchers += 1;
  if (watchers === 1) stopWatch = startWatch(env);
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    watchers -= 1;
    if (watchers === 0) {
      stopWatch?.();
      stopWatch = null;
    }
  };
}

function startWatch(env: ConnectionEnv): () => void {
  const { report } = useOnlineStatusStore.getState();
  let timer: unknown = null;
  let inFlight = false;
  let live = true;

  const schedule = () => {
    if (timer !== null) env.clearTimeout(timer);
    timer = null;
    const delay = nextCheckDelay(useOnlineStatusStore.getState());
    if (delay !== null && live) timer = env.setTimeout(() => void check(), delay);
  };

  const check = async () => {
    if (inFlight || !live) return;
    inFlight = true;
    const abort = new AbortController();
    const timeout = env.setTimeout(() => abort.abort(), CHECK_TIMEOUT_MS);
    let evidence: ConnectionEvidence;
    try {
      await env.fetch(CHECK_URL, { method: 'HEAD', cache: 'no-store', signal: abort.signal });
      evidence = { kind: 'request-succeeded' };
    } catch {
      evidence = { kind: 'request-failed' };
    } finally {
      env.clearTimeout(timeout);
      inFlight = false;
    }
    if (!live) return;
    report(evidence);
    schedule();
  };

  const onOnline = () => {
    report({ kind: 'browser-online' });
    void check();
  };
  const onOffline = () => {
    report({ kind: 'browser-offline' });
    schedule();
  };
  env.events.addEventListener('online', onOnline);
  env.events.addEventListener('offline', onOffline);
  activeCheck = () => void check();

  if (!env.isBrowserOnline()) onOffline();
  else if (env.servedByWorker()) void check();

  return () => {
    live = false;
    if (timer !== null) env.clearTimeout(timer);
    env.events.removeEventListener('online', onOnline);
    env.events.removeEventListener('offline', onOffline);
    activeCheck = null;
  };
}
