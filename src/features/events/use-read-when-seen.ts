import { useEffect, useRef, type RefObject } from 'react';
import { useReadStore } from '../../lib/read-store';

/** Share of a column's text (in characters) that must have been in view for it to count as read. */
export const READ_SEEN_SHARE = 0.7;
/** Share of one paragraph that must be visible at once for it to count as seen. */
const PARAGRAPH_VISIBLE = 0.5;
/**
 * How long (ms) a paragraph must stay in view to count as seen: about one line's reading time,
 * so a column that merely appears on screen at load, or is scrolled past, is not marked read.
 */
export const READ_DWELL_MS = 1500;

/**
 * Marks an article read once most of its text has been on screen: the same mark its own page
 * sets. Watches the `[data-chars]` paragraphs inside `ref`; does nothing where there is no
 * IntersectionObserver.
 */
export function useReadWhenSeen(ref: RefObject<HTMLElement | null>, articleId: string, active = true) {
  const markRead = useReadStore((s) => s.markRead);
  const already = useReadStore((s) => Boolean(s.read[articleId]));
  const seen = useRef(new Set<Element>());
  useEffect(() => {
    const root = ref.current;
    if (!active || already || !root || typeof IntersectionObserver === 'undefined') return;
    const paragraphs = [...root.querySelectorAll<HTMLElement>('[data-chars]')];
    const total = paragraphs.reduce((n, p) => n + Number(p.dataset.chars), 0);
    if (total === 0) return;
    const timers = new Map<Element, ReturnType<typeof setTimeout>>();
    const check = () => {
      let chars = 0;
      for (const p of seen.current) chars += Number((p as HTMLElement).dataset.chars);
      if (chars / total >= READ_SEEN_SHARE) markRead(articleId);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          // A paragraph taller than the screen counts once it fills half of it.
          const fills = e.rootBounds !== null && e.intersectionRect.height >= e.rootBounds.height * PARAGRAPH_VISIBLE;
          const inView = e.isIntersecting && (e.intersectionRatio >= PARAGRAPH_VISIBLE || fills);
          const pending = timers.get(e.target);
          if (inView && pending === undefined && !seen.current.has(e.target)) {
            timers.set(
              e.target,
              setTimeout(() => {
                timers.delete(e.target);
                seen.current.add(e.target);
                check();
              }, READ_DWELL_MS),
            );
          } else if (!inView && pending !== undefined) {
            clearTimeout(pending);
            timers.delete(e.target);
          }
        }
      },
      { threshold: [0, 0.1, PARAGRAPH_VISIBLE, 1] },
    );
    paragraphs.forEach((p) => observer.observe(p));
    return () => {
      observer.disconnect();
      timers.forEach((t) => clearTimeout(t));
    };
  }, [ref, articleId, active, already, markRead]);
}
