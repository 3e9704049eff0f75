/**
 * What the reader keeps in storage, read by a prerendered page's first script before the app's
 * code has loaded: the prerendered page was rendered with the defaults (the server knows no
 * reader). This reads what the stores write (lib/prefs-store.ts, lib/corrections-store.ts: the
 * same keys and versions, pinned by a test) without loading the stores and their validation
 * library, which would stand before the first paint.
 */

/** `PREFS_KEY`, its persisted version and `TEXT_SIZES` of lib/prefs-store.ts. */
const PREFS = { key: 'parallax.prefs', version: 1, sizes: [90, 100, 112, 125, 140] };
/** `CORRECTIONS_KEY` and `CORRECTIONS_VERSION` of lib/corrections-store.ts. */
const CORRECTIONS = { key: 'parallax.corrections', version: 1 };

type Storage = Pick<globalThis.Storage, 'getItem'>;

/** The `state` a zustand `persist` store wrote under `key` at `version`; null for anything else. */
function stored(storage: Storage, key: string, version: number): Record<string, unknown> | null {
  let saved: unknown;
  try {
    saved = JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return null; // unreadable: the store says so once it loads, and starts clean
  }
  if (typeof saved !== 'object' || saved === null) return null;
  const { state, version: v } = saved as { state?: unknown; version?: unknown };
  return v === version && typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : null;
}

/** Puts the reader's theme and text size on the page. */
export function applyEarlyPrefs(storage: Storage, root: HTMLElement): void {
  const state = stored(storage, PREFS.key, PREFS.version);
  if (!state) return;
  if (state.theme === 'light' || state.theme === 'dark') root.dataset.theme = state.theme;
  const step = state.textSize;
  const size = typeof step === 'number' && Number.isInteger(step) ? PREFS.sizes[step] : undefined;
  if (size !== undefined) root.style.fontSize = `${size}%`;
}

/**
 * Whether the reader has grouping corrections: the events, and the reports in them, may not be
 * the ones the page was rendered with.
 */
export function hasEarlyCorrections(storage: Storage): boolean {
  const entries = stored(storage, CORRECTIONS.key, CORRECTIONS.version)?.entries;
  return Array.isArray(entries) && entries.length > 0;
}
