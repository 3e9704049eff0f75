import { dismissLoadFailure, useLoadFailure } from '../lib/on-demand';

/**
 * What a part of the page that did not arrive offers: a browser keeps a script that failed to
 * arrive as failed for the page (asking for it again fails at once), so only loading the page
 * again fetches it again.
 */
export function ReloadButton() {
  return (
    <button type="button" className="button button-quiet" onClick={() => location.reload()}>
      reload the page
    </button>
  );
}

/** Said when something the reader asked for (a menu, a dialog, a toast) could not be loaded. */
export function LoadFailureNotice() {
  const failed = useLoadFailure();
  if (!failed) return null;
  return (
    <div role="status" className="notice">
      Part of Parallax could not be loaded: check the connection, then <ReloadButton />{' '}
      <button type="button" className="button button-quiet" onClick={dismissLoadFailure}>
        Dismiss
      </button>
    </div>
  );
}
