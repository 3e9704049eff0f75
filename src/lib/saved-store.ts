/**
 * Saved event views: an event with the URL state it was saved with (chosen outlets), kept
 * in localStorage, exportable and importable as a validated JSON file.
 */
import { z } from '../core/zod-mini';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { safePersist } from './safe-storage';

export const SAVED_KEY = 'parallax.saved';
export const SAVED_VERSION = 1;

export const savedViewSchema = z.object({
  id: z.string().check(z.minLength(1)),
  eventId: z.string().check(z.minLength(1)),
  /** The view's query string, with its "?" ("" for none). */
  search: z.string().check(z.regex(/^(\?.*)?$/)),
  title: z.string().check(z.minLength(1)),
  /** When it was saved (ISO-8601). */
  savedAt: z.string().check(z.minLength(1)),
});
export type SavedView = z.infer<typeof savedViewSchema>;

const persistedSchema = z.object({ views: z.array(savedViewSchema) });
type Persisted = z.infer<typeof persistedSchema>;

/** The export file: versioned, so a later Parallax can still read it. */
export const savedFileSchema = z.object({ schemaVersion: z.literal(1), savedViews: z.array(savedViewSchema) });

interface SavedState {
  views: SavedView[];
  /** The last removal, for undo. */
  removed: { view: SavedView; index: number } | null;
  save: (view: Omit<SavedView, 'id' | 'savedAt'>) => void;
  remove: (id: string) => void;
  undoRemove: () => void;
  /** Adds the file's views not already saved; returns how many, or an error that changes nothing. */
  importFile: (text: string) => { added: number } | { error: string };
}

let counter = 0;

export const useSavedStore = create<SavedState>()(
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
      importFile: (text) => {
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          return { error: 'The file is not JSON; nothing was imported.' };
        }
        const r = savedFileSchema.safeParse(value);
        if (!r.success) {
          const issue = r.error.issues[0];
          const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
          return {
            error: `The file is not a Parallax saved-views file${where}: ${issue?.message ?? 'invalid'}. Nothing was imported.`,
          };
        }
        const have = new Set(get().views.map((v) => `${v.eventId}${v.search}`));
        const fresh = r.data.savedViews.filter((v) => !have.has(`${v.eventId}${v.search}`));
        set((s) => ({ views: [...s.views, ...fresh] }));
        return { added: fresh.length };
      },
    }),
    safePersist<SavedState, Persisted>(SAVED_KEY, SAVED_VERSION, persistedSchema, (s) => ({ views: s.views })),
  ),
);

export function exportSaved(views: readonly SavedView[]): string {
  return `${JSON.stringify({ schemaVersion: 1, savedViews: views }, null, 2)}\n`;
}
