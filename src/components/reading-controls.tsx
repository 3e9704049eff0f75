import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
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
 * The header's Display menu: theme and text size. Until the menu's code has loaded (the browser
 * fetches it once idle) a stand-in of the same look takes the first click or key, loads it, and
 * the menu opens as soon as it is there.
 */
export function ReadingControls() {
  useApplyPrefs();
  const Menu = displayMenu.use();
  const [asked, setAsked] = useState<false | 'pointer' | 'keyboard'>(false);
  const standIn = useRef<HTMLButtonElement>(null);
  const [hadFocus, setHadFocus] = useState(false);
  // Opened at once, the menu takes the focus itself; else its button takes over the stand-in's focus.
  if (Menu) return <Menu.default openAtStart={asked} focusTrigger={!asked && hadFocus} />;
  const ask = (how: 'pointer' | 'keyboard') => {
    setAsked(how);
    setHadFocus(document.activeElement === standIn.current);
    void displayMenu.preload();
  };
  return (
    <button
      type="button"
      ref={standIn}
      className="control-button header-button"
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={() => void displayMenu.preload().catch(() => {})}
      onFocus={() => {
        setHadFocus(true);
        void displayMenu.preload().catch(() => {});
      }}
      onBlur={() => setHadFocus(false)}
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
