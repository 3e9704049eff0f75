/**
 * The feed when it is long: only the events near the window are in the page (TanStack Virtual,
 * over the window's own scrolling). Loaded on demand (event-feed.tsx): a feed of a few dozen
 * events, as every feed opens (the index's head), needs none of it.
 */
import { useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useCorpusView } from '../../lib/corpus-context';
import { FeedItem, type EventFeedProps } from './event-feed';

/**
 * The window the feed is laid out for before it is measured. Tall enough for a desktop's first
 * screen; a phone shows fewer events in it, the rest follow once measured.
 */
const FIRST_WINDOW = { width: 1280, height: 1100 };
/** An event's height before it is measured (a title, the meta line, chips, three headlines). */
export const ESTIMATED_ITEM_PX = 240;
/** Events rendered beyond each edge of the window, so a quick scroll does not meet blank space. */
const OVERSCAN = 4;

/**
 * An event's height as the browser reports it once laid out (ResizeObserver, which TanStack
 * Virtual sets on every item): never read while the list mounts, where each read would force a
 * layout inside the task that mounts it. Until reported, the size known or the estimate. Where no
 * ResizeObserver reports (or reports no box), read from the element.
 */
export function measureItem(
  el: Element,
  entry: ResizeObserverEntry | undefined,
  v: Virtualizer<Window, Element>,
): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  if (entry || typeof ResizeObserver === 'undefined') return (el as HTMLElement).offsetHeight;
  return v.itemSizeCache.get(v.options.getItemKey(v.indexFromElement(el))) ?? ESTIMATED_ITEM_PX;
}

/** Where the list starts on the page, kept up to date as what stands above it changes height. */
function useOffsetTop(ref: React.RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setTop(Math.round(el.getBoundingClientRect().top + window.scrollY));
    update();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(document.body);
    return () => observer?.disconnect();
  }, [ref]);
  return top;
}

/**
 * Events, newest first: title, day, how many outlets and independent reports, who reports it,
 * its storyline, each outlet's headline, and what the reader has read. However long the feed,
 * only the events near the window are in the page (TanStack Virtual, over the window's own
 * scrolling): the space of the others is kept above and below, so the scrollbar, the page's
 * length and find-in-page over what is shown behave as for a list of that length.
 */
export function VirtualFeed({ events, selected }: EventFeedProps) {
  const { storyById } = useCorpusView();
  const list = useRef<HTMLOListElement>(null);
  const scrollMargin = useOffsetTop(list);
  const virtualizer = useWindowVirtualizer({
    count: events.length,
    estimateSize: () => ESTIMATED_ITEM_PX,
    overscan: OVERSCAN,
    scrollMargin,
    initialRect: FIRST_WINDOW,
    initialOffset: 0,
    getItemKey: (i) => events[i]!.id,
    measureElement: measureItem,
  });
  const items = virtualizer.getVirtualItems();
  // j / k: the selected event is brought into view, then its link takes the focus once rendered.
  const focusPending = useRef(false);
  useEffect(() => {
    if (selected < 0) return;
    focusPending.current = true;
    virtualizer.scrollToIndex(selected, { align: 'auto' });
  }, [selected, virtualizer]);
  useEffect(() => {
    if (!focusPending.current) return;
    const link = list.current?.querySelector<HTMLAnchorElement>(`[data-feed-item="${selected}"] h2 a`);
    if (!link) return;
    focusPending.current = false;
    link.focus({ preventScroll: true });
  });
  const first = items[0];
  const last = items[items.length - 1];
  const before = first ? first.start - scrollMargin : 0;
  const after = last ? Math.max(0, virtualizer.getTotalSize() - (last.end - scrollMargin)) : 0;
  // The room of the events not in the page, set on the element rather than rendered: the
  // prerendered page carries no style attribute (the Content-Security-Policy refuses inline
  // styles), and its first window needs none.
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    el.style.paddingTop = `${before}px`;
    el.style.paddingBottom = `${after}px`;
  }, [before, after]);
  return (
    <ol ref={list} className="article-list event-feed">
      {items.map(({ index }) => {
        const e = events[index]!;
        return (
          <FeedItem
            key={e.id}
            event={e}
            index={index}
            count={events.length}
            measure={virtualizer.measureElement}
            selected={index === selected}
            story={e.storyId ? storyById.get(e.storyId) : undefined}
          />
        );
      })}
    </ol>
  );
}
