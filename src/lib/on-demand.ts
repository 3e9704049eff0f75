import { useSyncExternalStore } from 'react';

/**
 * A module loaded when first needed, not with the page: the Radix menus, popovers and dialogs
 * that no first screen shows open. Until it is loaded a view shows a stand-in (the same button,
 * unwired to the primitive); once it is, every view using it re-renders with the real thing.
 */
export interface OnDemand<M> {
  /** Loads the module (once; again after a failure); resolves with it. */
  preload: () => Promise<M>;
  /**
   * Loads it because the reader asked for what it serves (a click, a key, a query): the module,
   * or null when it could not be loaded, which the app then says (`useLoadFailure`) rather than
   * leave the reader's action unanswered.
   */
  ask: () => Promise<M | null>;
  /** Whether its last load failed; re-renders the caller when that changes. */
  useFailed: () => boolean;
  /** The module once loaded, else null; re-renders the caller when it arrives. */
  use: () => M | null;
  /** The module if loaded now, else null (outside React). */
  current: () => M | null;
}

/** Every on-demand module, in the order they are preloaded: the `soon` ones first. */
const all: OnDemand<unknown>[] = [];
let soonCount = 0;

export interface OnDemandOptions {
  /**
   * A part some page shows without being asked (not a menu or dialog): loaded before the others
   * once the browser is idle.
   */
  soon?: boolean;
}

/**
 * Whether a load the reader asked for has failed on this page. A browser keeps a script that
 * failed to arrive as failed for the page (asking for it again fails at once), so only loading
 * the page again can bring it: what the notice says (components/load-notice.tsx).
 */
let askedAndFailed = false;
const failureListeners = new Set<() => void>();
const subscribeFailure = (l: () => void) => {
  failureListeners.add(l);
  return () => void failureListeners.delete(l);
};
const failureSnapshot = () => askedAndFailed;

function setLoadFailure(failed: boolean): void {
  if (askedAndFailed === failed) return;
  askedAndFailed = failed;
  failureListeners.forEach((l) => l());
}

/** Whether something the reader asked for could not be loaded; re-renders the caller when that changes. */
export function useLoadFailure(): boolean {
  return useSyncExternalStore(subscribeFailure, failureSnapshot, failureSnapshot);
}

/** The reader has read the notice. */
export function dismissLoadFailure(): void {
  setLoadFailure(false);
}

export function onDemand<M>(load: () => Promise<M>, { soon = false }: OnDemandOptions = {}): OnDemand<M> {
  let loaded: M | null = null;
  let failed = false;
  let pending: Promise<M> | null = null;
  const listeners = new Set<() => void>();
  const preload = () => {
    pending ??= load().then(
      (m) => {
        loaded = m;
        failed = false;
        listeners.forEach((l) => l());
        return m;
      },
      (e: unknown) => {
        pending = null;
        failed = true;
        listeners.forEach((l) => l());
        throw e;
      },
    );
    return pending;
  };
  const ask = () =>
    preload().catch(() => {
      setLoadFailure(true);
      return null;
    });
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => void listeners.delete(l);
  };
  const snapshot = () => loaded;
  const failedSnapshot = () => failed;
  const entry: OnDemand<M> = {
    preload,
    ask,
    useFailed: () => useSyncExternalStore(subscribe, failedSnapshot, failedSnapshot),
    use: () => useSyncExternalStore(subscribe, snapshot, snapshot),
    current: snapshot,
  };
  if (soon) all.splice(soonCount++, 0, entry as OnDemand<unknown>);
  else all.push(entry as OnDemand<unknown>);
  return entry;
}

/**
 * Loads every on-demand module, one after another, each after `pause` (when the browser is idle
 * after the first screen: each module's arrival, and the re-render of the views it serves, is a
 * task of its own, not one long one), and before tests render (no pause). A module may define
 * on-demand parts of its own (a route's toast): those are loaded too. A module that fails to
 * load does not keep the others from loading; the first failure is thrown once all were tried.
 */
export async function preloadOnDemand(pause: () => Promise<void> = async () => {}): Promise<void> {
  let failure: unknown = null;
  const tried = new Set<OnDemand<unknown>>();
  // The first not yet tried, each time: a module loaded meanwhile may have put a `soon` one first.
  for (let entry = all[0]; entry; entry = all.find((e) => !tried.has(e))) {
    tried.add(entry);
    await pause();
    await entry.preload().catch((e: unknown) => (failure ??= e));
  }
  if (failure !== null) throw failure;
}
