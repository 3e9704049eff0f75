/**
 * Saved event views: an event with the URL state it was saved with (chosen outlets), kept
 * in localStorage, exportable and importable as a validated JSON file.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { keepStored, safePersist } from './safe-storage';
import type { savedSchema, savedViewSchema } from './stored-schemas';
import type { z } from '../core/zod-mini';

export const SAVED_KEY = 'parallax.saved';
export const SAVED_VERSION = 1;

export type SavedView = z.infer<typeof savedViewSchema>;
type Persisted = z.infer<typeof savedSchema>;

interface SavedState {
  views: SavedView[];
  /** The last removal, for undo. */
  removed: { view: SavedView; index: number } | null;
  save: (view: Omit<SavedView, 'id' | 'savedAt'>) => void;
  remove: (id: string) => void;
  undoRemove: () => void;
  /** Adds the views not already saved (an imported file's, lib/stored-schemas.ts `readSavedFile`); returns how many. */
  addViews: (views: readonly SavedView[]) => number;
}

let counter = 0;

export const useSavedStore = keepStored(
  create<SavedState>()(
    persist(
      (set, get) => ({
        views: [],
        removed: null,
        save: (view) =>
          set((s) => ({
            views: [
              {
                ...view,
                id: `v-${Date.now().toString(36)}-${(counter++).toString(36)}`,
                savedAt: new Date().toISOString(),
              },
              ...s.views.filter((v) => !(v.eventId === view.eventId && v.search === view.search)),
            ],
          })),
        remove: (id) =>
          set((s) => {
            const index = s.views.findIndex((v) => v.id === id);
            if (index < 0) return s;
            return { views: s.views.filter((v) => v.id !== id), removed: { view: s.views[index]!, index } };
          }),
        undoRemove: () =>
          set((s) => {
            if (!s.removed) return s;
            const views = [...s.views];
            views.splice(s.removed.index, 0, s.removed.view);
            return { views, removed: null };
          }),
        addViews: (views) => {
          const have = new Set(get().views.map((v) => `${v.eventId}${v.search}`));
          const fresh = views.filter((v) => !have.has(`${v.eventId}${v.search}`));
          set((s) => ({ views: [...s.views, ...fresh] }));
          return fresh.length;
        },
      }),
      safePersist<SavedState, Persisted>(SAVED_KEY, SAVED_VERSION, (s) => ({ views: s.views })),
    ),
  ),
);

export function exportSaved(views: readonly SavedView[]): string {
  return `${JSON.stringify({ schemaVersion: 1, savedViews: views }, null, 2)}\n`;
}
