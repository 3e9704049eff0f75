import { useStorageNotice } from '../lib/safe-storage';

/** Said once when saved data cannot be kept or was unreadable. */
export function StorageNotice() {
  const notice = useStorageNotice((s) => s.notice);
  const dismiss = useStorageNotice((s) => s.dismiss);
  if (!notice) return null;
  return (
    <div role="status" className="notice">
      {notice}{' '}
      <button type="button" className="button button-quiet" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
