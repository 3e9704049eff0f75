import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useEffect, useId, useRef } from 'react';
import { TEXT_SIZES, usePrefsStore, type Theme } from '../lib/prefs-store';
import './primitives.css';

const THEMES: readonly { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export interface DisplayMenuProps {
  /**
   * Open as it appears: the reader already asked, on the stand-in button, by pointer or by key
   * (by key, the first item takes the focus, as when the menu's own button is used).
   */
  openAtStart?: false | 'pointer' | 'keyboard';
  /** Take the focus onto its button as it appears (the stand-in had it). */
  focusTrigger?: boolean;
}

/**
 * Theme (system, light, dark) and text size in one menu button. Choosing a theme closes the menu;
 * the size items keep it open, so a reader can step several sizes.
 */
export default function DisplayMenu({ openAtStart = false, focusTrigger = false }: DisplayMenuProps) {
  const theme = usePrefsStore((s) => s.theme);
  const textSize = usePrefsStore((s) => s.textSize);
  const setTheme = usePrefsStore((s) => s.setTheme);
  const setTextSize = usePrefsStore((s) => s.setTextSize);
  const id = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const content = useRef<HTMLDivElement>(null);
  // Opened by key on the stand-in: the first item takes the focus once Radix has focused the menu.
  useEffect(() => {
    if (openAtStart !== 'keyboard') return;
    const frame = requestAnimationFrame(() =>
      content.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, [openAtStart]);
  // It replaces a stand-in button that may have had the focus: the focus moves over with it.
  useEffect(() => {
    if (focusTrigger) trigger.current?.focus();
  }, [focusTrigger]);

  const step = (by: number) => (e: Event) => {
    e.preventDefault(); // stay open for the next step
    setTextSize(textSize + by);
  };

  return (
    // Radix DropdownMenu gives what the hand-written menu lacked: typeahead, roving focus that skips
    // disabled items, collision-aware placement, and outside-click/Escape handling with focus return.
    // Not modal: the page stays scrollable and a click elsewhere both closes the menu and lands.
    <DropdownMenu.Root modal={false} defaultOpen={openAtStart !== false}>
      <DropdownMenu.Trigger className="control-button header-button" ref={trigger}>
        <span aria-hidden="true" className="header-button-icon">
          Aa
        </span>
        Display
      </DropdownMenu.Trigger>
      {/* In place rather than in a portal, so it stays inside the banner landmark; Radix positions it
          with position: fixed, so nothing in the header clips it. */}
      <DropdownMenu.Content className="menu" align="end" sideOffset={4} collisionPadding={8} loop ref={content}>
        <DropdownMenu.Label className="menu-label" id={`${id}-theme`}>
          Theme
        </DropdownMenu.Label>
        <DropdownMenu.RadioGroup
          aria-labelledby={`${id}-theme`}
          value={theme}
          onValueChange={(v) => {
            const chosen = THEMES.find((t) => t.value === v);
            if (chosen) setTheme(chosen.value);
          }}
        >
          {THEMES.map((t) => (
            <DropdownMenu.RadioItem key={t.value} value={t.value} className="menu-item">
              <span className="menu-check" aria-hidden="true">
                <DropdownMenu.ItemIndicator>✓</DropdownMenu.ItemIndicator>
              </span>
              {t.label}
            </DropdownMenu.RadioItem>
          ))}
        </DropdownMenu.RadioGroup>
        <DropdownMenu.Separator className="menu-separator" />
        <DropdownMenu.Group aria-labelledby={`${id}-size`}>
          <DropdownMenu.Label className="menu-label" id={`${id}-size`}>
            Text size: {TEXT_SIZES[textSize]}%
          </DropdownMenu.Label>
          <DropdownMenu.Item className="menu-item" disabled={textSize === 0} onSelect={step(-1)}>
            <span className="menu-check" aria-hidden="true">
              A−
            </span>
            Smaller text
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" disabled={textSize === TEXT_SIZES.length - 1} onSelect={step(1)}>
            <span className="menu-check" aria-hidden="true">
              A+
            </span>
            Larger text
          </DropdownMenu.Item>
        </DropdownMenu.Group>
      </DropdownMenu.Content>
    </DropdownMenu.Root>
  );
}
