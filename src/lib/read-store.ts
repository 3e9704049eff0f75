/** Articles the reader has opened, to mark them in the feed and on event pages. */
import { z } from '../core/zod-mini';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { safePersist } from './safe-storage';

export const READ_KEY = 'parallax.read';

const persistedSchema = z.object({ read: z.record(z.string(), z.literal(true)) });
type Persisted = z.infer<typeof persistedSchema>;

interface ReadState {
  read: Record<string, true>;
  markRead: (articleId: string) => void;
}

export const useReadStore = create<ReadState>()(
  persist(
    (set) => ({
      read: {},
      markRead: (id) => set((s) => (s.read[id] ? s : { read: { ...s.read, [id]: true } })),
    }),
    safePersist<ReadState, Persisted>(READ_KEY, 1, persistedSchema, (s) => ({ read: s.read })),
  ),
);
