/** Articles the reader has opened, to mark them in the feed and on event pages. */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { keepStored, safePersist } from './safe-storage';
import type { readSchema } from './stored-schemas';
import type { z } from '../core/zod-mini';

export const READ_KEY = 'parallax.read';

type Persisted = z.infer<typeof readSchema>;

interface ReadState {
  read: Record<string, true>;
  markRead: (articleId: string) => void;
}

export const useReadStore = keepStored(
  create<ReadState>()(
    persist(
      (set) => ({
        read: {},
        markRead: (id) => set((s) => (s.read[id] ? s : { read: { ...s.read, [id]: true } })),
      }),
      safePersist<ReadState, Persisted>(READ_KEY, 1, (s) => ({ read: s.read })),
    ),
  ),
);
