/**
 * localStorage for zustand's `persist`, failing soft: storage that is unavailable (private
 * mode), full, or holding unreadable data never breaks the app. The store keeps working in
 * memory and the reader is told once, through `useStorageNotice`.
 */
import type { z } from '../core/zod-mini';
import { create } from 'zustand';
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';

export const NOTICE_UNAVAILABLE =
  'This browser is not keeping Parallax’s saved data (storage is unavailable or full); your changes last until you close the tab.';
export const NOTICE_UNREADABLE = 'Some saved data could not be read and was reset.';

interface NoticeState {
  notice: string | null;
  dismissed: string[];
  say: (message: string) => void;
  dismiss: () => void;
}

export const useStorageNotice = create<NoticeState>()((set, get) => ({
  notice: null,
  dismissed: [],
  say: (message) => {
    if (get().notice !== message && !get().dismissed.includes(message)) set({ notice: message });
  },
  dismiss: () => set((s) => ({ notice: null, dismissed: s.notice ? [...s.dismissed, s.notice] : s.dismissed })),
}));

const say = (message: string) => useStorageNotice.getState().say(message);

function storage<T>(): PersistStorage<T> {
  return {
    getItem: (name) => {
      let raw: string | null;
      try {
        raw = localStorage.getItem(name);
      } catch {
        say(NOTICE_UNAVAILABLE);
        return null;
      }
      if (raw === null) return null;
      try {
        return JSON.parse(raw) as StorageValue<T>;
      } catch {
        say(NOTICE_UNREADABLE);
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        localStorage.setItem(name, JSON.stringify(value));
      } catch {
        say(NOTICE_UNAVAILABLE);
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
}

/**
 * `persist` options for a store whose saved part `schema` validates: data of another version
 * or shape starts clean (and says so); nothing unvalidated reaches the store.
 */
export function safePersist<S, P>(
  name: string,
  version: number,
  schema: z.ZodMiniType<P>,
  pick: (s: S) => P,
): PersistOptions<S, P> {
  return {
    name,
    version,
    storage: storage<P>(),
    partialize: pick,
    // No earlier versions exist yet: a stored value of another version is not ours to guess at.
    migrate: (persisted) => {
      if (persisted !== undefined) say(NOTICE_UNREADABLE);
      return undefined as unknown as P;
    },
    merge: (persisted, current) => {
      if (persisted === undefined || persisted === null) return current;
      const r = schema.safeParse(persisted);
      if (!r.success) {
        say(NOTICE_UNREADABLE);
        return current;
      }
      return { ...current, ...r.data };
    },
  };
}
