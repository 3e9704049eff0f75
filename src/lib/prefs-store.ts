/** Reading preferences: colour theme (following the system unless overridden) and text size. */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { keepStored, safePersist } from './safe-storage';
import type { prefsSchema } from './stored-schemas';
import type { z } from '../core/zod-mini';

export const PREFS_KEY = 'parallax.prefs';
export const TEXT_SIZES = [90, 100, 112, 125, 140] as const;

type Persisted = z.infer<typeof prefsSchema>;
/** The colour theme: the system's, or one the reader chose. */
export type Theme = Persisted['theme'];

interface PrefsState extends Persisted {
  setTheme: (theme: Persisted['theme']) => void;
  setTextSize: (step: number) => void;
}

export const usePrefsStore = keepStored(
  create<PrefsState>()(
    persist(
      (set) => ({
        theme: 'system',
        textSize: 1,
        setTheme: (theme) => set({ theme }),
        setTextSize: (step) => set({ textSize: Math.max(0, Math.min(TEXT_SIZES.length - 1, step)) }),
      }),
      safePersist<PrefsState, Persisted>(PREFS_KEY, 1, (s) => ({
        theme: s.theme,
        textSize: s.textSize,
      })),
    ),
  ),
);

/**
 * Puts the stored theme and text size on the page at once, before the app renders: a prerendered
 * page hydrates with the defaults (the server knows no reader), and would otherwise show them
 * until then. The header's Display menu keeps them applied from there on.
 */
export function applyStoredPrefs(root: HTMLElement = document.documentElement): void {
  const { theme, textSize } = usePrefsStore.getState();
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  root.style.fontSize = `${TEXT_SIZES[textSize]}%`;
}
