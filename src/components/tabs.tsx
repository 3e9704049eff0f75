import { useId, useRef, type HTMLAttributes, type KeyboardEvent } from 'react';

export interface TabsOptions {
  /** How many tabs. */
  count: number;
  /** The selected tab's place. */
  selected: number;
  /** Told of the tab chosen (by a click, an arrow key, Home or End). */
  onSelect: (index: number) => void;
}

export interface TabsWiring {
  /** For the element holding the tabs (give it an accessible name too). */
  list: HTMLAttributes<HTMLElement> & { role: 'tablist' };
  /** For the tab at `index`: its role, state, place in the tab order, click and ids. */
  tab: (index: number) => HTMLAttributes<HTMLButtonElement> & {
    role: 'tab';
    ref: (button: HTMLButtonElement | null) => void;
  };
  /** For the selected tab's panel (only the selected tab's panel is rendered). */
  panel: HTMLAttributes<HTMLElement> & { role: 'tabpanel' };
  /** Selects the tab at `index` and moves the focus to it. */
  choose: (index: number) => void;
}

/**
 * The WAI-ARIA tabs pattern, with automatic activation, for a row of tabs over one panel: the
 * selected tab alone is in the page's tab order; the arrow keys step along the row (round from
 * end to start), Home and End go to its ends, each selecting the tab it lands on and focusing it.
 * A hook, not a component: the caller lays out the row and the panel as its design needs.
 */
export function useTabs({ count, selected, onSelect }: TabsOptions): TabsWiring {
  const base = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const tabId = (i: number) => `${base}tab-${i}`;
  const panelId = `${base}panel`;
  const choose = (i: number) => {
    onSelect(i);
    buttons.current[i]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const last = count - 1;
    const to =
      e.key === 'ArrowRight'
        ? selected >= last
          ? 0
          : selected + 1
        : e.key === 'ArrowLeft'
          ? selected <= 0
            ? last
            : selected - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : -1;
    if (to < 0 || count === 0) return;
    e.preventDefault();
    choose(to);
  };
  return {
    list: { role: 'tablist', 'aria-orientation': 'horizontal', onKeyDown },
    tab: (i) => ({
      role: 'tab',
      id: tabId(i),
      'aria-selected': i === selected,
      'aria-controls': i === selected ? panelId : undefined,
      tabIndex: i === selected ? 0 : -1,
      onClick: () => choose(i),
      ref: (el) => {
        buttons.current[i] = el;
      },
    }),
    panel: { role: 'tabpanel', id: panelId, 'aria-labelledby': tabId(selected), tabIndex: 0 },
    choose,
  };
}
