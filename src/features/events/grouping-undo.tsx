import { useState, type ReactNode } from 'react';
import { onDemand } from '../../lib/on-demand';
import { useCorrectionsStore } from '../../lib/corrections-store';
import type { OnGroupingEdit } from './edit-grouping';

/**
 * How long the Undo stays on screen when nobody points at it or focuses it: time to read the
 * message and reach the button (WCAG 2.2.1); the Corrections page keeps every edit undoable after.
 */
const UNDO_TOAST_MS = 12_000;

/** The toast (Radix Toast): loaded with the first grouping edit, or once the browser is idle. */
const toastModule = onDemand(() => import('../../components/toast'));

interface Shown {
  /** The correction to remove on Undo; null once undone. */
  correctionId: string | null;
  message: string;
  key: string;
}

/** The toast that follows each grouping edit, with Undo: held by the route, so it outlives an event the edit removed. */
export function useGroupingUndo(): { onEdit: OnGroupingEdit; toast: ReactNode } {
  const remove = useCorrectionsStore((s) => s.remove);
  const [shown, setShown] = useState<Shown | null>(null);
  const T = toastModule.use();
  const onEdit: OnGroupingEdit = (correctionId, message) => {
    void toastModule.ask();
    setShown({ correctionId, message, key: correctionId });
  };
  // Only the toast that closed goes: Undo closes its toast just after it put up the "Undone" one.
  const dismiss = (key: string | undefined) => setShown((s) => (s?.key === key ? null : s));
  const toast = T ? (
    <T.ToastProvider>
      <T.Toast
        label="Grouping edits"
        message={shown?.message ?? null}
        messageKey={shown?.key}
        duration={UNDO_TOAST_MS}
        {...(shown?.correctionId
          ? {
              action: {
                label: 'Undo',
                altText: 'Undo it on the Corrections page',
                onClick: () => {
                  remove(shown.correctionId!);
                  setShown({
                    correctionId: null,
                    message: 'Undone: the grouping is as it was.',
                    key: `${shown.key}-undone`,
                  });
                },
              },
            }
          : {})}
        onDismiss={() => dismiss(shown?.key)}
      />
    </T.ToastProvider>
  ) : null;
  return { onEdit, toast };
}
