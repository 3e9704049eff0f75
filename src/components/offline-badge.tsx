import { useCorpusUrl } from '../lib/corpus-context';
import { useOfflineAvailability } from '../lib/offline';

/** Says whether this view can be read offline, and offers to make it so. */
export function OfflineBadge() {
  const { state, store, storeFailed } = useOfflineAvailability(useCorpusUrl());
  if (state === 'checking' || state === 'unsupported') return null;
  if (state === 'stored')
    return <p className="offline-badge">Available offline: every event is stored on this device.</p>;
  return (
    <p className="offline-badge">
      Not stored on this device yet.{' '}
      <button type="button" className="button button-quiet" onClick={() => void store()}>
        Make available offline
      </button>
      {storeFailed ? <span role="alert"> Could not store it: check the connection and try again.</span> : null}
    </p>
  );
}
