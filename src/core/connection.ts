/**
 * Whether Parallax can reach the network, from two kinds of evidence: what the browser says
 * (`navigator.onLine` and its online/offline events) and what requests actually did. The
 * browser's word alone is not enough: after a reload with the network gone, a page served by
 * the service worker can be told it is online while every request fails. A request that fails
 * outright is proof of offline; any answer from the server, even an error status, is proof of
 * online.
 */

export interface ConnectionState {
  /** What the browser last said (`navigator.onLine`, online/offline events). */
  browserOnline: boolean;
  /** What the last request to the app's own origin showed; `unknown` before any. */
  reachable: 'unknown' | 'yes' | 'no';
  /** Failed checks in a row since the network was last reached; paces the retries. */
  failures: number;
}

export type ConnectionEvidence =
  { kind: 'browser-online' } | { kind: 'browser-offline' } | { kind: 'request-succeeded' } | { kind: 'request-failed' };

export const INITIAL_CONNECTION: ConnectionState = { browserOnline: true, reachable: 'unknown', failures: 0 };

/** The first retry after a failed check: short, so coming back online shows within seconds. */
export const FIRST_RETRY_MS = 5_000;
/** Retries back off to this: a check that fails at once costs nothing, but there is no need to spin. */
export const MAX_RETRY_MS = 60_000;

/** The state after one piece of evidence. */
export function applyEvidence(state: ConnectionState, evidence: ConnectionEvidence): ConnectionState {
  switch (evidence.kind) {
    case 'browser-online':
      // The browser's "online" is a hint, not proof: a request decides (the caller checks now).
      return { ...state, browserOnline: true };
    case 'browser-offline':
      return { ...state, browserOnline: false };
    case 'request-succeeded':
      // A request got through, so the browser's "offline" is stale too.
      return { browserOnline: true, reachable: 'yes', failures: 0 };
    case 'request-failed':
      return { ...state, reachable: 'no', failures: state.failures + 1 };
  }
}

/** Offline when the browser says so or the last request to the app's origin failed. */
export function isOffline(state: ConnectionState): boolean {
  return !state.browserOnline || state.reachable === 'no';
}

/** How long to wait before checking again; null while online (nothing to retry). */
export function nextCheckDelay(state: ConnectionState): number | null {
  if (!isOffline(state)) return null;
  const doublings = Math.max(0, state.failures - 1);
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(doublings, 16));
}
