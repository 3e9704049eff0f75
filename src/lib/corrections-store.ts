/**
 * The reader's grouping corrections, kept in localStorage (versioned, validated on load).
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { keepStored, safePersist } from './safe-storage';
import type { correctionEntrySchema, correctionsSchema } from './stored-schemas';
import type { z } from '../core/zod-mini';

export const CORRECTIONS_KEY = 'parallax.corrections';
export const CORRECTIONS_VERSION = 1;

type Persisted = z.output<typeof correctionsSchema>;

/** One correction as the reader made it. */
export type CorrectionEntry = z.output<typeof correctionEntrySchema>;

interface CorrectionsState {
  entries: CorrectionEntry[];
  add: (entry: Omit<CorrectionEntry, 'id' | 'at'>) => void;
  remove: (id: string) => void;
}

let counter = 0;

export const useCorrectionsStore = keepStored(
  create<CorrectionsState>()(
    persist(
      (set) => ({
        entries: [],
        add: (entry) =>
          set((s) => ({
            entries: [
              ...s.entries,
              {
                ...entry,
                id: `c-${Date.now().toString(36)}-${(counter++).toString(36)}`,
                at: new Date().toISOString(),
              },
            ],
          })),
        remove: (id) => set((s) => ({ entries: s.entries.filter((e) => e.id !== id) })),
      }),
      safePersist<CorrectionsState, Persisted>(CORRECTIONS_KEY, CORRECTIONS_VERSION, (s) => ({
        entries: s.entries,
      })),
    ),
  ),
);

/** The grouping.json an editor puts in seeds/ to make these corrections part of the corpus. */
export function exportCorrections(entries: readonly CorrectionEntry[]): string {
  return `${JSON.stringify({ schemaVersion: 1, corrections: entries.map((e) => e.correction) }, null, 2)}\n`;
}
