import { useEffect, useState, type KeyboardEvent } from 'react';
import { onDemand } from '../lib/on-demand';
import { TEXT_SIZES, usePrefsStore } from '../lib/prefs-store';

/** Applies the chosen theme and text size to the whole page. */
function useApplyPrefs() {
  const theme = usePrefsStore((s) => s.theme);
  const textSize = usePrefsStore((s) => s.textSize);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    root.style.fontSize = `${TEXT_SIZES[textSize]}%`;
  }, [theme, textSize]);
}

/** The menu itself (Radix DropdownMenu and its positioning): loaded after the first screen. */
const displayMenu = onDemand(() => import('./display-menu'));

/** Keys that open a menu button (the ARIA menu button pattern). */
const OPENING_KEYS = new Set(['Enter', ' ', 'ArrowDown', 'ArrowUp']);

/**
 * The header's Display menu: theme and text size. A stand-in of the same look takes the first
 * click or key, loads the menu's code (the browser fetches it ahead once idle, or when the pointer
 * comes near), and the menu opens as soon as it is there. The stand-in stays until that first use
 * even when the code is there already: a tap made while the page was not yet live is replayed on
 * the element it was made on (app/early-input.ts), which must still be in the page.
 */
export function ReadingControls() {
  useApplyPrefs();
  const Menu = displayMenu.use();
  const [asked, setAsked] = useState<false | 'pointer' | 'keyboard'>(false);
  // Opened at once, the menu takes the focus itself (by key on its first item, by pointer on the menu).
  if (Menu && asked) return <Menu.default openAtStart={asked} />;
  const ask = (how: 'pointer' | 'keyboard') => {
    setAsked(how);
    void displayMenu.ask();
  };
  return (
    <button
      type="button"
      className="control-button header-button"
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={() => void displayMenu.preload().catch(() => {})}
      onFocus={() => void displayMenu.preload().catch(() => {})}
      onClick={() => ask('pointer')}
      onKeyDown={(e: KeyboardEvent) => {
        if (!OPENING_KEYS.has(e.key)) return;
        e.preventDefault();
        ask('keyboard');
      }}
    >
      <span aria-hidden="true" className="header-button-icon">
        Aa
      </span>
      Display
    </button>
  );
}
