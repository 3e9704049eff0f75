/**
 * The reader's grouping corrections, kept in localStorage (versioned, validated on load).
 * Storage that is unavailable, full or holds something unreadable never breaks the app:
 * the store starts clean, keeps working in memory and says so once.
 */
import { z } from 'zod';
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { correctionSchema } from '../core/schema';
import type { Correction } from '../core/types';

export const CORRECTIONS_KEY = 'parallax.corrections';
export const CORRECTIONS_VERSION = 1;

export interface CorrectionEntry {
  id: string;
  correction: Correction;
  /** When the reader made it (ISO-8601). */
  at: string;
  /** What the reader saw, so the list reads well even if the corpus changes. */
  articleTitle: string;
  fromTitle: string;
  toTitle?: string;
}

const entrySchema = z.object({
  id: z.string().min(1),
  correction: correctionSchema,
  at: z.string(),
  articleTitle: z.string(),
  fromTitle: z.string(),
  toTitle: z.string().optional(),
});
const persistedSchema = z.object({ entries: z.array(entrySchema) });

interface CorrectionsState {
  entries: CorrectionEntry[];
  /** Said once when storage could not be used or held unreadable data. */
  storageNotice: string | null;
  add: (entry: Omit<CorrectionEntry, 'id' | 'at'>) => void;
  remove: (id: string) => void;
  dismissNotice: () => void;
}

type Persisted = Pick<CorrectionsState, 'entries'>;

let notice: ((message: string) => void) | null = null;
const NOTICE_UNAVAILABLE =
  'Corrections cannot be saved in this browser (storage is unavailable or full); they last until you close the tab.';
const NOTICE_UNREADABLE = 'Saved corrections could not be read and were reset.';

/** localStorage as zustand wants it, failing soft. */
const storage: PersistStorage<Persisted> = {
  getItem: (name) => {
    let raw: string | null;
    try {
      raw = localStorage.getItem(name);
    } catch {
      notice?.(NOTICE_UNAVAILABLE);
      return null;
    }
    if (raw === null) return null;
    try {
      return JSON.parse(raw) as StorageValue<Persisted>;
    } catch {
      notice?.(NOTICE_UNREADABLE);
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, JSON.stringify(value));
    } catch {
      notice?.(NOTICE_UNAVAILABLE);
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // nothing kept, nothing to remove
    }
  },
};

let counter = 0;

export const useCorrectionsStore = create<CorrectionsState>()(
  persist(
    (set) => ({
      entries: [],
      storageNotice: null,
      add: (entry) =>
        set((s) => ({
          entries: [
            ...s.entries,
            { ...entry, id: `c-${Date.now().toString(36)}-${(counter++).toString(36)}`, at: new Date().toISOString() },
          ],
        })),
      remove: (id) => set((s) => ({ entries: s.entries.filter((e) => e.id !== id) })),
      dismissNotice: () => set({ storageNotice: null }),
    }),
    {
      name: CORRECTIONS_KEY,
      version: CORRECTIONS_VERSION,
      storage,
      partialize: (s) => ({ entries: s.entries }),
      // Version 1 is the first; anything else is not ours to guess at.
      migrate: () => ({ entries: [] }),
      merge: (persisted, current) => {
        const r = persistedSchema.safeParse(persisted);
        if (!r.success) return { ...current, entries: [], storageNotice: persisted ? NOTICE_UNREADABLE : null };
        return { ...current, entries: r.data.entries as CorrectionEntry[] };
      },
    },
  ),
);

notice = (message) => {
  if (useCorrectionsStore.getState().storageNotice !== message)
    useCorrectionsStore.setState({ storageNotice: message });
};

/** The grouping.json an editor puts in seeds/ to make these corrections part of the corpus. */
export function exportCorrections(entries: readonly CorrectionEntry[]): string {
  return `${JSON.stringify({ schemaVersion: 1, corrections: entries.map((e) => e.correction) }, null, 2)}\n`;
}
