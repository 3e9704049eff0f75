import { useEffect, useId, useRef, useState } from 'react';
import { TEXT_SIZES, usePrefsStore, type Theme } from '../lib/prefs-store';

const THEMES: readonly { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

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

/**
 * Theme (system, light, dark) and text size in one menu button. Keyboard as a menu: arrows and
 * Home/End move between items, Escape closes it and gives the focus back to the button, Tab leaves.
 * Choosing a theme closes the menu; the size items keep it open, so a reader can step several sizes.
 */
export function ReadingControls() {
  useApplyPrefs();
  const theme = usePrefsStore((s) => s.theme);
  const textSize = usePrefsStore((s) => s.textSize);
  const setTheme = usePrefsStore((s) => s.setTheme);
  const setTextSize = usePrefsStore((s) => s.setTextSize);
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const id = useId();

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  // On opening, the checked theme (or the first item) takes the focus.
  useEffect(() => {
    if (!open) return;
    const all = items();
    (all.find((el) => el.getAttribute('aria-checked') === 'true') ?? all[0])?.focus();
    const outside = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onMenuKey = (e: React.KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (i: number) => all[(i + all.length) % all.length]?.focus();
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(all.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const onButtonKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
    }
  };

  const step = (by: number) => {
    const next = textSize + by;
    if (next >= 0 && next < TEXT_SIZES.length) setTextSize(next);
  };

  return (
    <div className="menu-root" ref={rootRef}>
      <button
        type="button"
        className="control-button header-button"
        ref={buttonRef}
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onButtonKey}
      >
        <span aria-hidden="true" className="header-button-icon">
          Aa
        </span>
        Display
      </button>
      {open ? (
        <div
          className="menu"
          role="menu"
          id={`${id}-menu`}
          aria-labelledby={`${id}-button`}
          ref={menuRef}
          onKeyDown={onMenuKey}
        >
          <div role="group" aria-labelledby={`${id}-theme`}>
            <p className="menu-label" id={`${id}-theme`} role="presentation">
              Theme
            </p>
            {THEMES.map((t) => (
              <button
                key={t.value}
                type="button"
                role="menuitemradio"
                aria-checked={theme === t.value}
                tabIndex={-1}
                className="menu-item"
                onClick={() => {
                  setTheme(t.value);
                  close(true);
                }}
              >
                <span className="menu-check" aria-hidden="true">
                  {theme === t.value ? '✓' : ''}
                </span>
                {t.label}
              </button>
            ))}
          </div>
          <div role="separator" className="menu-separator" />
          <div role="group" aria-labelledby={`${id}-size`}>
            <p className="menu-label" id={`${id}-size`} role="presentation">
              Text size: {TEXT_SIZES[textSize]}%
            </p>
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="menu-item"
              aria-disabled={textSize === 0}
              onClick={() => step(-1)}
            >
              <span className="menu-check" aria-hidden="true">
                A−
              </span>
              Smaller text
            </button>
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="menu-item"
              aria-disabled={textSize === TEXT_SIZES.length - 1}
              onClick={() => step(1)}
            >
              <span className="menu-check" aria-hidden="true">
                A+
              </span>
              Larger text
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
