import { useEffect, useRef } from 'react';

export interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
}

export const SHORTCUTS: readonly [string, string][] = [
  ['j / k', 'next / previous event in the feed'],
  ['Enter', 'open the selected event'],
  ['s', 'save the event view you are reading'],
  ['[ / ]', 'previous / next event in the storyline'],
  ['h / l', 'previous / next column, report tab or view'],
  ['1 – 4', 'Coverage, Quotes, Facts, Sources'],
  ['o', 'open the original of the focused report'],
  ['/', 'go to the filters (opens them on a phone)'],
  ['?', 'show this list'],
  ['Esc', 'close a menu or this list'],
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
      <dl className="shortcut-list">
        {SHORTCUTS.map(([k, what]) => (
          <div key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
