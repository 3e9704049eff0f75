import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useCorpus, useCorpusUrl, useCorpusView } from '../../lib/corpus-context';
import { eventFileUrl } from '../../lib/event-files';
import { deviceStorage, keepEvent, releaseEvent, sizeLabel, type DeviceStorage } from '../../lib/offline';

/**
 * What is stored on this device for offline reading: the events kept for good (saved or asked
 * for) and those kept while there is room (read recently), each with its size, and what the
 * browser says the site uses.
 */
export function DeviceStorageSection() {
  const index = useCorpus();
  const url = useCorpusUrl();
  const { eventById } = useCorpusView();
  const [storage, setStorage] = useState<DeviceStorage | null | undefined>(undefined);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void deviceStorage().then((s) => live && setStorage(s));
    return () => {
      live = false;
    };
  }, [version]);
  // Which event each stored file is: the index names each event's file.
  const eventOfUrl = useMemo(() => {
    const m = new Map<string, string>();
    if (url !== undefined) for (const id of Object.keys(index.eventFiles)) m.set(eventFileUrl(index, url, id)!, id);
    return m;
  }, [index, url]);
  if (url === undefined || storage === undefined) return null;
  if (storage === null)
    return (
      <section aria-labelledby="device-h" className="device-storage">
        <h2 id="device-h">On this device</h2>
        <p>This browser does not let Parallax store events for offline reading.</p>
      </section>
    );
  const events = storage.events.flatMap((e) => {
    const id = eventOfUrl.get(e.url);
    const event = id === undefined ? undefined : eventById.get(id);
    return event ? [{ ...e, event }] : [];
  });
  const kept = events.filter((e) => e.kept);
  const total = events.reduce((n, e) => n + e.bytes, 0);
  return (
    <section aria-labelledby="device-h" className="device-storage">
      <h2 id="device-h">On this device</h2>
      <p>
        The feed always reads offline.{' '}
        {events.length === 0
          ? 'No event is stored yet: events you read, save or keep are.'
          : `${events.length} ${events.length === 1 ? 'event is' : 'events are'} stored (${sizeLabel(total)}): ${kept.length} kept for good (saved or kept on request) and ${events.length - kept.length} while there is room (read recently; when space runs short, those read longest ago make way first).`}
        {storage.usage !== null && storage.quota !== null
          ? ` Parallax uses ${sizeLabel(storage.usage)} of the ${sizeLabel(storage.quota)} this browser allows it.`
          : ''}
      </p>
      {events.length ? (
        <ul className="device-events">
          {events.map((e) => (
            <li key={e.url}>
              <Link to={`/events/${e.event.id}`}>{e.event.title}</Link>{' '}
              <span className="meta">
                {sizeLabel(e.bytes)} · {e.kept ? 'kept' : 'while there is room'}
              </span>{' '}
              <button
                type="button"
                className="button button-quiet"
                aria-label={`${e.kept ? 'Remove' : 'Keep'} “${e.event.title}” ${e.kept ? 'from' : 'on'} this device`}
                onClick={() =>
                  void (e.kept ? releaseEvent(e.url) : keepEvent(e.url))
                    .catch(() => {})
                    .finally(() => setVersion((v) => v + 1))
                }
              >
                {e.kept ? 'Remove' : 'Keep'}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
