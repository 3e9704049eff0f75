import * as Dialog from '@radix-ui/react-dialog';
import { useRef } from 'react';
import '../../components/primitives.css';

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

/**
 * The keyboard shortcuts, in a modal dialog. Radix Dialog gives what the native <dialog> left to
 * us: a focus trap that also hides the page from screen readers, scroll lock, and a title it checks.
 */
export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  // Radix returns the focus to a Dialog.Trigger; this list also opens with `?` from anywhere,
  // so the focus goes back to whatever had it then (a feed item chosen with j/k, the `?` button).
  const opener = useRef<HTMLElement | null>(null);
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(o) => {
        if (!o) onClose();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog shortcuts"
          aria-describedby={undefined}
          onOpenAutoFocus={() => {
            opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          }}
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            opener.current?.focus();
          }}
        >
          <Dialog.Title className="dialog-title">Keyboard shortcuts</Dialog.Title>
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
          <Dialog.Close className="button">Close</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
