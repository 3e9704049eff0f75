import { useEffect, useRef } from 'react';

/**
 * When `active`, brings the element into view and moves focus to it (so a bookmark with
 * `?item=` lands a keyboard and screen-reader user where a sighted reader looks). Runs again
 * when `key` changes.
 */
export function useBringIntoView<T extends HTMLElement>(active: boolean, key: string | null) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const el = ref.current;
    if (!active || !el) return;
    el.scrollIntoView?.({ block: 'center', inline: 'nearest' });
    el.focus({ preventScroll: true });
  }, [active, key]);
  return ref;
}
