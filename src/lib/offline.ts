/**
 * Whether the corpus, and with it every event, is stored on this device for offline reading.
 * The service worker precaches it when it is under the precache limit; above it, it is cached
 * when first loaded, and a reader can ask for it explicitly (docs/offline.md).
 */
import { useCallback, useEffect, useState } from 'react';

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

export function useOfflineAvailability(url: string | undefined): { state: OfflineState; store: () => Promise<void> } {
  const [state, setState] = useState<OfflineState>('checking');
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
    } finally {
      setVersion((v) => v + 1);
    }
  }, [url]);
  return { state, store };
}
