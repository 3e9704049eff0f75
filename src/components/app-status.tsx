import { useSyncExternalStore } from 'react';
import { useUpdateStore } from '../lib/sw-register';

function subscribe(callback: () => void) {
  window.addEventListener('online', callback);
  window.addEventListener('offline', callback);
  return () => {
    window.removeEventListener('online', callback);
    window.removeEventListener('offline', callback);
  };
}

/** Whether the network is there; what Parallax can still do without it. */
export function ConnectionStatus() {
  const online = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
  return (
    <span className={online ? 'connection online' : 'connection offline'} role="status">
      {online ? 'Online' : 'Offline: reading from this device'}
    </span>
  );
}

/** "A new version is available", with the button that reloads into it. */
export function UpdateBanner() {
  const ready = useUpdateStore((s) => s.updateReady);
  if (!ready) return null;
  return (
    <div className="notice update" role="status">
      A new version is available.{' '}
      <button type="button" onClick={() => window.location.reload()}>
        Reload to update
      </button>
    </div>
  );
}
