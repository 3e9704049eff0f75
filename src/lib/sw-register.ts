/**
 * Registers the service worker (through a Trusted Types policy that allows only its own
 * address) and reports a new version: a new worker taking control of a page that already had
 * one means a new build was deployed. The page keeps running its build until the reader
 * reloads; the worker keeps the old build's files for it.
 */
import { create } from 'zustand';

const SW_URL = '/sw.js';
/** How often an open tab asks whether a new build was deployed. */
const UPDATE_CHECK_MS = 30 * 60 * 1000;

interface UpdateState {
  updateReady: boolean;
  offlineReady: boolean;
}

export const useUpdateStore = create<UpdateState>()(() => ({ updateReady: false, offlineReady: false }));

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): {
    createScriptURL(url: string): unknown;
  };
}

function scriptUrl(url: string): string {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return url;
  const policy = tt.createPolicy('parallax-sw', {
    createScriptURL: (u) => {
      if (u !== SW_URL) throw new TypeError(`lib/sw-register: refusing script URL "${u}"`);
      return u;
    },
  });
  return policy.createScriptURL(url) as string;
}

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  // The first worker to control a page makes it work offline; any later one is a new build.
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) useUpdateStore.setState({ updateReady: true });
    else {
      controlled = true;
      useUpdateStore.setState({ offlineReady: true });
    }
  });
  const registration = await navigator.serviceWorker.register(scriptUrl(SW_URL), { type: 'classic' });
  const check = () => {
    registration.update().catch(() => undefined); // offline: try again later
  };
  setInterval(check, UPDATE_CHECK_MS);
  window.addEventListener('online', check);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}
