import { useState, type ReactNode } from 'react';
import { Toast } from '../../components/toast';
import { useCorrectionsStore } from '../../lib/corrections-store';
import type { OnGroupingEdit } from './edit-grouping';

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
  const onEdit: OnGroupingEdit = (correctionId, message) => setShown({ correctionId, message, key: correctionId });
  const toast = (
    <Toast
      label="Grouping edits"
      message={shown?.message ?? null}
      messageKey={shown?.key}
      {...(shown?.correctionId
        ? {
            action: {
              label: 'Undo',
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
      onDismiss={() => setShown(null)}
    />
  );
  return { onEdit, toast };
}
