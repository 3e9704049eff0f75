/**
 * The reader's grouping corrections, kept in localStorage (versioned, validated on load).
 */
import { z } from '../core/zod-mini';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { correctionSchema } from '../core/schema';
import { safePersist } from './safe-storage';

export const CORRECTIONS_KEY = 'parallax.corrections';
export const CORRECTIONS_VERSION = 1;

const entrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  correction: correctionSchema,
  /** When the reader made it (ISO-8601). */
  at: z.string(),
  /** What the reader saw, so the list reads well even if the corpus changes. */
  articleTitle: z.string(),
  fromTitle: z.string(),
  toTitle: z.optional(z.string()),
});
const persistedSchema = z.object({ entries: z.array(entrySchema) });
type Persisted = z.output<typeof persistedSchema>;

/** One correction as the reader made it. */
export type CorrectionEntry = z.output<typeof entrySchema>;

interface CorrectionsState {
  entries: CorrectionEntry[];
  add: (entry: Omit<CorrectionEntry, 'id' | 'at'>) => void;
  remove: (id: string) => void;
}

let counter = 0;

export const useCorrectionsStore = create<CorrectionsState>()(
  persist(
    (set) => ({
      entries: [],
      add: (entry) =>
        set((s) => ({
          entries: [
            ...s.entries,
            { ...entry, id: `c-${Date.now().toString(36)}-${(counter++).toString(36)}`, at: new Date().toISOString() },
          ],
        })),
      remove: (id) => set((s) => ({ entries: s.entries.filter((e) => e.id !== id) })),
    }),
    safePersist<CorrectionsState, Persisted>(CORRECTIONS_KEY, CORRECTIONS_VERSION, persistedSchema, (s) => ({
      entries: s.entries,
    })),
  ),
);

/** The grouping.json an editor puts in seeds/ to make these corrections part of the corpus. */
export function exportCorrections(entries: readonly CorrectionEntry[]): string {
  return `${JSON.stringify({ schemaVersion: 1, corrections: entries.map((e) => e.correction) }, null, 2)}\n`;
}
