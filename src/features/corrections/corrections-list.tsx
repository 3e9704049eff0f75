import { exportCorrections, useCorrectionsStore } from '../../lib/corrections-store';
import { downloadText } from '../../lib/download';
import { useCorpusView } from '../../lib/corpus-context';

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Every correction the reader made, with undo, and the file an editor feeds back into the corpus. */
export function CorrectionsList() {
  const entries = useCorrectionsStore((s) => s.entries);
  const remove = useCorrectionsStore((s) => s.remove);
  const { applied } = useCorpusView();
  if (entries.length === 0) return <p>No corrections. On an event page you can take a report out or move it.</p>;
  const download = () => downloadText('grouping.json', exportCorrections(entries));
  return (
    <>
      <p>
        Applied on every page of this browser. To make them part of the corpus for everyone, export them and put the
        file in the seeds folder as <code>grouping.json</code>; the ingest honours it.
      </p>
      <p>
        <button type="button" className="button" onClick={download}>
          Export as JSON
        </button>
      </p>
      <ol className="corrections">
        {entries.map((e, i) => (
          <li key={e.id}>
            {e.correction.kind === 'detach' ? (
              <>
                Took “{e.articleTitle}” out of “{e.fromTitle}”
              </>
            ) : (
              <>
                Moved “{e.articleTitle}” from “{e.fromTitle}” to “{e.toTitle}”
              </>
            )}{' '}
            <span className="meta">({WHEN.format(new Date(e.at))})</span>
            {applied[i] && !applied[i].applied ? (
              <span className="meta"> — not applied: {applied[i].reason}</span>
            ) : null}{' '}
            <button
              type="button"
              className="button button-quiet"
              onClick={() => remove(e.id)}
              aria-label={`Undo: ${e.articleTitle}`}
            >
              Undo
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
