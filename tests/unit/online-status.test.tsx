// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectionStatus, OFFLINE_MESSAGE } from '../../src/components/app-status';
import {
  applyEvidence,
  FIRST_RETRY_MS,
  INITIAL_CONNECTION,
  isOffline,
  MAX_RETRY_MS,
  nextCheckDelay,
  type ConnectionEvidence,
  type ConnectionState,
} from '../../src/core/connection';
import {
  CHECK_URL,
  reportRequestFailure,
  useOnlineStatusStore,
  watchConnection,
  type ConnectionEnv,
} from '../../src/lib/online-status';

const run = (...evidence: ConnectionEvidence['kind'][]): ConnectionState =>
  evidence.reduce((s, kind) => applyEvidence(s, { kind }), INITIAL_CONNECTION);

describe('isOffline', () => {
  it('is online before any evidence', () => {
    expect(isOffline(INITIAL_CONNECTION)).toBe(false);
  });

  it('trusts a failed request over the browser saying online (the offline reload)', () => {
    expect(isOffline(run('browser-online', 'request-failed'))).toBe(true);
  });

  it('stays offline when the browser says online again, until a request gets through', () => {
    expect(isOffline(run('request-failed', 'browser-online'))).toBe(true);
    expect(isOffline(run('request-failed', 'browser-online', 'request-succeeded'))).toBe(false);
  });

  it('is offline when the browser says so, and a request that gets through overrides it', () => {
    expect(isOffline(run('browser-offline'))).toBe(true);
    expect(isOffline(run('browser-offline', 'request-succeeded'))).toBe(false);
  });
});

describe('nextCheckDelay', () => {
  it('does not retry while online', () => {
    expect(nextCheckDelay(INITIAL_CONNECTION)).toBeNull();
    expect(nextCheckDelay(run('request-failed', 'request-succeeded'))).toBeNull();
  });

  it('retries soon after the first failure, then backs off to the cap', () => {
    expect(nextCheckDelay(run('browser-offline'))).toBe(FIRST_RETRY_MS);
    expect(nextCheckDelay(run('request-failed'))).toBe(FIRST_RETRY_MS);
    expect(nextCheckDelay(run('request-failed', 'request-failed'))).toBe(2 * FIRST_RETRY_MS);
    expect(nextCheckDelay(run(...Array<'request-failed'>(40).fill('request-failed')))).toBe(MAX_RETRY_MS);
  });
});

/** A browser whose network is a switch, with timers run by hand. */
function fakeEnv(opts: { online: boolean; servedByWorker: boolean }) {
  const target = new EventTarget();
  const timers = new Map<number, { fn: () => void; ms: number }>();
  let next = 1;
  const requests: { url: string; init?: RequestInit }[] = [];
  const env: ConnectionEnv & { network: boolean } = {
    network: opts.online,
    fetch: async (input, init) => {
      requests.push({ url: String(input), init });
      if (!env.network) throw new TypeError('Failed to fetch');
      return new Response(null, { status: 200 });
    },
    isBrowserOnline: () => opts.online,
    servedByWorker: () => opts.servedByWorker,
    events: target,
    setTimeout: (fn, ms) => {
      timers.set(next, { fn, ms });
      return next++;
    },
    clearTimeout: (h) => void timers.delete(h as number),
  };
  /** Runs the pending retry: between checks it is the one timer (a check's time limit is cleared). */
  const fireRetry = () => {
    const [entry, ...more] = [...timers];
    if (!entry || more.length) throw new Error(`expected one pending retry, found ${timers.size} timers`);
    timers.delete(entry[0]);
    entry[1].fn();
  };
  const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));
  return { env, target, timers, requests, fireRetry, settle };
}

describe('watchConnection and the indicator', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => useOnlineStatusStore.setState(INITIAL_CONNECTION));
  afterEach(() => stop?.());

  it('shows nothing while online, and asks nothing of a page not served by a worker', async () => {
    const f = fakeEnv({ online: true, servedByWorker: false });
    stop = watchConnection(f.env);
    render(<ConnectionStatus />);
    await f.settle();
    expect(screen.getByRole('status').textContent).toBe('');
    expect(f.requests).toEqual([]);
  });

  it('after a reload from the worker with no network: says offline and what still works, then clears when the network is back', async () => {
    const f = fakeEnv({ online: true, servedByWorker: true });
    f.env.network = false;
    stop = watchConnection(f.env);
    render(<ConnectionStatus />);
    await f.settle();
    expect(screen.getByRole('status').textContent).toBe(OFFLINE_MESSAGE);
    expect(f.requests[0]).toMatchObject({ url: CHECK_URL, init: { method: 'HEAD', cache: 'no-store' } });
    expect([...f.timers.values()].map((t) => t.ms)).toEqual([FIRST_RETRY_MS]);
    // Still no network: the retry fails and the message stays.
    f.fireRetry();
    await f.settle();
    expect(screen.getByRole('status').textContent).toBe(OFFLINE_MESSAGE);
    // The network is back, though the browser never said it had gone: the next retry finds it.
    f.env.network = true;
    f.fireRetry();
    await f.settle();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('follows the browser going offline, and checks at once when it says online again', async () => {
    const f = fakeEnv({ online: true, servedByWorker: false });
    stop = watchConnection(f.env);
    render(<ConnectionStatus />);
    await act(async () => f.target.dispatchEvent(new Event('offline')));
    expect(screen.getByRole('status').textContent).toBe(OFFLINE_MESSAGE);
    await act(async () => f.target.dispatchEvent(new Event('online')));
    await f.settle();
    expect(f.requests).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('counts a failed request of the app as evidence, and checks again', async () => {
    const f = fakeEnv({ online: true, servedByWorker: false });
    stop = watchConnection(f.env);
    render(<ConnectionStatus />);
    f.env.network = false;
    await act(async () => reportRequestFailure());
    await f.settle();
    expect(f.requests).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toBe(OFFLINE_MESSAGE);
  });

  it('stops listening and retrying when the last watcher stops', async () => {
    const f = fakeEnv({ online: false, servedByWorker: false });
    const first = watchConnection(f.env);
    const second = watchConnection(f.env);
    first();
    expect(f.timers.size).toBe(1);
    second();
    expect(f.timers.size).toBe(0);
    f.target.dispatchEvent(new Event('online'));
    expect(f.requests).toEqual([]);
  });
});
