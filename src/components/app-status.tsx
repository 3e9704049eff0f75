import { useEffect } from 'react';
import { useOffline, watchConnection } from '../lib/online-status';
import { useUpdateStore } from '../lib/sw-register';
import './status.css';

/** What Parallax still does without the network, said when it is gone. */
export const OFFLINE_MESSAGE = 'Offline: stored events and saved views still open';

/**
 * Says so when Parallax cannot reach the network, and what still works; nothing while online.
 * The live region is always there (empty while online) so that screen readers announce the change.
 */
export function ConnectionStatus() {
  const offline = useOffline();
  useEffect(() => watchConnection(), []);
  return (
    <p className="connection-status" role="status">
      {offline ? <span className="connection-status-text">{OFFLINE_MESSAGE}</span> : null}
    </p>
  );
}

/** "A new version is available", with the button that reloads into it. */
export function UpdateBanner() {
  const ready = useUpdateStore((s) => s.updateReady);
  if (!ready) return null;
  return (
    <div className="notice update" role="status">
      A new version is available.{' '}
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Reload to update
      </button>
    </div>
  );
}
