import { useCallback, useRef, useState, type RefCallback } from 'react';
import { columnsThatFit, MAX_COLUMNS } from '../../core/reading';

/** Pixels to a rem now: the reader's text size changes it. */
function remPx(): number {
  const size = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return size > 0 ? size : 16;
}

/**
 * How many coverage columns fit side by side in the element the returned ref is given, kept up to
 * date as the window or the text size changes. Measured when the element mounts, before the first
 * paint, so the page does not show three columns and then two. Where nothing is laid out (no
 * width yet, or no layout at all) it answers `MAX_COLUMNS`.
 */
export function useColumnsThatFit(): [RefCallback<HTMLElement>, number] {
  const [fit, setFit] = useState(MAX_COLUMNS);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el) return;
    const measure = () => {
      const width = el.clientWidth;
      setFit(width > 0 ? columnsThatFit(width, remPx()) : MAX_COLUMNS);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(measure);
    observer.current.observe(el);
  }, []);
  return [ref, fit];
}
