import { dismissLoadFailure, useLoadFailure } from '../lib/on-demand';

/**
 * Said when something the reader asked for (a menu, a dialog, the search) could not be loaded:
 * a browser keeps a script that failed to arrive as failed for the page, so the way out is to
 * load the page again.
 */
export function LoadFailureNotice() {
  const failed = useLoadFailure();
  if (!failed) return null;
  return (
    <div role="status" className="notice">
      Part of Parallax could not be loaded: check the connection, then{' '}
      <button type="button" className="button button-quiet" onClick={() => window.location.reload()}>
        reload the page
      </button>{' '}
      <button type="button" className="button button-quiet" onClick={dismissLoadFailure}>
        Dismiss
      </button>
    </div>
  );
}
