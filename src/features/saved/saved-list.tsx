import { useState } from 'react';
import { Link } from 'react-router';
import { DeviceStorageSection } from './device-storage';
import { outletName } from '../../core/select';
import { useCorpus } from '../../lib/corpus-context';
import { downloadText } from '../../lib/download';
import { exportSaved, useSavedStore } from '../../lib/saved-store';
import { readSavedFile } from '../../lib/stored-schemas';

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Saved event views with links back to exactly that view; remove with undo; export and import. */
export function SavedList() {
  const corpus = useCorpus();
  const views = useSavedStore((s) => s.views);
  const removed = useSavedStore((s) => s.removed);
  const remove = useSavedStore((s) => s.remove);
  const undo = useSavedStore((s) => s.undoRemove);
  const addViews = useSavedStore((s) => s.addViews);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const download = () => downloadText('parallax-saved-views.json', exportSaved(views));
  return (
    <>
      {removed ? (
        <p role="status">
          Removed “{removed.view.title}”.{' '}
          <button type="button" className="button button-quiet" onClick={undo}>
            Undo
          </button>
        </p>
      ) : null}
      {views.length === 0 ? (
        <p>No saved views yet. On an event page, “Save this view” keeps it here with the outlets you chose.</p>
      ) : (
        <ol className="saved">
          {views.map((v) => (
            <li key={v.id}>
              <Link to={`/events/${v.eventId}${v.search}`}>{v.title}</Link>
              {v.search ? (
                <span className="meta">
                  {' '}
                  comparing{' '}
                  {(new URLSearchParams(v.search).get('outlets') ?? '')
                    .split(',')
                    .map((o) => outletName(corpus, o))
                    .join(', ')}
                </span>
              ) : null}{' '}
              <span className="meta">saved {WHEN.format(new Date(v.savedAt))}</span>{' '}
              <button
                type="button"
                className="button button-quiet"
                onClick={() => remove(v.id)}
                aria-label={`Remove “${v.title}”`}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <p className="saved-actions">
        <button type="button" className="button" onClick={download} disabled={views.length === 0}>
          Export saved views
        </button>{' '}
        {/* The native file input stays (it is what opens the file chooser, by keyboard too), hidden
            behind a label styled as a button; focus shows on the label. */}
        <label className="file-label button">
          Import saved views…
          <input
            type="file"
            className="file-input"
            accept="application/json,.json"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              const r = readSavedFile(await file.text());
              setMessage(
                'error' in r
                  ? { text: r.error, error: true }
                  : { text: `Imported ${addViews(r.views)} saved views.`, error: false },
              );
              e.target.value = '';
            }}
          />
        </label>
      </p>
      {message ? <p role={message.error ? 'alert' : 'status'}>{message.text}</p> : null}
      <DeviceStorageSection />
    </>
  );
}
