/**
 * Whether the corpus, and with it every event, is stored on this device for offline reading.
 * The service worker precaches it when it is under the precache limit; above it, it is cached
 * when first loaded, and a reader can ask for it explicitly (docs/offline.md).
 */
import { useCallback, useEffect, useState } from 'react';
import { checkConnection } from './online-status';

export type OfflineState = 'checking' | 'stored' | 'not-stored' | 'unsupported';
/** Where an explicit "make available offline" keeps the corpus. */
export const OFFLINE_CACHE = 'parallax-offline';

async function probe(url: string | undefined): Promise<OfflineState> {
  if (!url || typeof caches === 'undefined') return 'unsupported';
  try {
    return (await caches.match(url, { ignoreSearch: true })) ? 'stored' : 'not-stored';
  } catch {
    return 'unsupported';
  }
}

export interface OfflineAvailability {
  state: OfflineState;
  /** Stores the corpus on this device; never rejects (a failure shows in `storeFailed`). */
  store: () => Promise<void>;
  /** The last attempt to store failed (the network was unreachable, or storage refused). */
  storeFailed: boolean;
}

export function useOfflineAvailability(url: string | undefined): OfflineAvailability {
  const [state, setState] = useState<OfflineState>('checking');
  const [storeFailed, setStoreFailed] = useState(false);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void probe(url).then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [url, version]);
  const store = useCallback(async () => {
    if (!url || typeof caches === 'undefined') return;
    try {
      await (await caches.open(OFFLINE_CACHE)).add(url);
      setStoreFailed(false);
    } catch {
      setStoreFailed(true);
      // Storing fails alike for a missing network and an error status: the check tells which.
      checkConnection();
    } finally {
      setVersion((v) => v + 1);
    }
  }, [url]);
  return { state, store, storeFailed };
}
