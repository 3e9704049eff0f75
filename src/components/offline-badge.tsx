import { useEventFileUrl } from '../lib/corpus-context';
import { useEventOffline } from '../lib/offline';

/** Says whether this event can be read offline, and offers to keep it so (or to let it go). */
export function OfflineBadge({ eventId }: { eventId: string }) {
  const { state, keep, release, failed } = useEventOffline(useEventFileUrl(eventId));
  if (state === 'checking' || state === 'unsupported') return null;
  if (state === 'kept')
    return (
      <p className="offline-badge">
        Kept on this device: this event reads offline.{' '}
        <button type="button" className="button button-quiet" onClick={() => void release()}>
          Remove from this device
        </button>
      </p>
    );
  return (
    <p className="offline-badge">
      {state === 'stored'
        ? 'Stored on this device while there is room: events read longest ago make way first.'
        : 'Not stored on this device yet.'}{' '}
      <button type="button" className="button button-quiet" onClick={() => void keep()}>
        Keep offline
      </button>
      {failed ? <span role="alert"> Could not store it: check the connection and try again.</span> : null}
    </p>
  );
}
