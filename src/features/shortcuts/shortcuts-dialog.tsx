import { useEffect, useRef } from 'react';

export interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
}

export const SHORTCUTS: readonly [string, string][] = [
  ['j / k', 'next / previous event in the feed'],
  ['Enter', 'open the selected event'],
  ['s', 'save the event view you are reading'],
  ['/', 'go to the filters'],
  ['?', 'show this list'],
];

/** The keyboard shortcuts, in a modal dialog (Escape closes it). */
export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close?.();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby="shortcuts-h" onClose={onClose} className="shortcuts">
      <h2 id="shortcuts-h">Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map(([k, what]) => (
          <div key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
