/**
 * localStorage for zustand's `persist`, failing soft: storage that is unavailable (private
 * mode), full, or holding unreadable data never breaks the app. The store keeps working in
 * memory and the reader is told once, through `useStorageNotice`.
 */
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
      // What storage holds for this store was never read: it is not written over.
      if (unread.has(name)) return;
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

type StoredSchemas = typeof import('./stored-schemas');
/** The stores' schemas, once a store has had something to read (lib/stored-schemas.ts). */
let schemas: StoredSchemas | null = null;
const loadSchemas = () => import('./stored-schemas');

/**
 * Stores whose stored value has not been read yet because their schemas could not be loaded
 * (offline, before the code was kept). Their changes last in memory; what is stored stays.
 */
const unread = new Set<string>();

/** The stores kept with `safePersist`, by name: what `restoreStoredState` restores. */
const kept = new Map<string, { persist: { rehydrate: () => Promise<void> | void } }>();

/**
 * `persist` options for a store whose saved part the schema of the same name in
 * lib/stored-schemas.ts validates: data of another version or shape starts clean (and says so);
 * nothing unvalidated reaches the store. The store starts from its defaults and reads storage in
 * `restoreStoredState`; give the store to `keepStored` once created.
 */
export function safePersist<S, P>(name: string, version: number, pick: (s: S) => P): PersistOptions<S, P> {
  return {
    name,
    version,
    storage: storage<P>(),
    partialize: pick,
    skipHydration: true,
    // No earlier versions exist yet: a stored value of another version is not ours to guess at.
    migrate: (persisted) => {
      if (persisted !== undefined) say(NOTICE_UNREADABLE);
      return undefined as unknown as P;
    },
    merge: (persisted, current) => {
      if (persisted === undefined || persisted === null) return current;
      const schema = schemas?.STORED_SCHEMAS[name];
      const r = schema?.safeParse(persisted);
      if (!r?.success) {
        say(NOTICE_UNREADABLE);
        return current;
      }
      return { ...current, ...(r.data as Partial<S>) };
    },
  };
}

/** Registers a store made with `safePersist`; returns it. */
export function keepStored<
  T extends { persist: { getOptions: () => { name?: string }; rehydrate: () => Promise<void> | void } },
>(store: T): T {
  const name = store.persist.getOptions().name;
  if (name === undefined) throw new Error('lib/safe-storage: keepStored needs a store made with safePersist');
  kept.set(name, store);
  return store;
}

/**
 * Reads what storage holds for each kept store into it, validated: the schemas are loaded only
 * when there is something to read. Call before the first render (app/start.tsx). Should the
 * schemas not load, what is stored is left as it is, and the reader told their changes are not kept.
 */
export async function restoreStoredState(load: () => Promise<StoredSchemas> = loadSchemas): Promise<void> {
  let present: string[];
  try {
    present = [...kept.keys()].filter((name) => localStorage.getItem(name) !== null);
  } catch {
    say(NOTICE_UNAVAILABLE);
    return;
  }
  if (present.length === 0) return;
  for (const name of present) unread.add(name);
  try {
    schemas = await load();
  } catch {
    say(NOTICE_UNAVAILABLE);
    return;
  }
  for (const name of present) {
    unread.delete(name);
    await kept.get(name)!.persist.rehydrate();
  }
}
