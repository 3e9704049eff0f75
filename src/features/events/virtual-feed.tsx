/**
 * The feed when it is long: only the events near the window are in the page (TanStack Virtual,
 * over the window's own scrolling). Loaded on demand (event-feed.tsx): a feed of a few dozen
 * events, as every feed opens (the index's head), needs none of it.
 */
import { useWindowVirtualizer, windowScroll, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useCorpusView } from '../../lib/corpus-context';
import { FeedItem, type EventFeedProps, type LaidOut } from './event-feed';

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
  const index = v.indexFromElement(el);
  return v.itemSizeCache.get(v.options.getItemKey(index)) ?? v.options.estimateSize(index);
}

/**
 * Where the list starts on the page, kept up to date as what stands above it changes height.
 * Read as the browser reports a change of the page's size (ResizeObserver, after layout), never
 * as the list mounts: a read then would lay out the new list inside the task that mounts it, and
 * the answer, set in a layout effect, would render the list a second time in that task. Until
 * the first report, `first` (where the list will stand, read before it mounts); `onFirst` is
 * told the first report.
 */
function useOffsetTop(ref: React.RefObject<HTMLElement | null>, first: number, onFirst: (top: number) => void): number {
  const [top, setTop] = useState(first);
  const told = useRef(onFirst);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const now = Math.round(el.getBoundingClientRect().top + window.scrollY);
      told.current(now);
      told.current = () => {};
      setTop(now);
    };
    if (typeof ResizeObserver === 'undefined') {
      update();
      return;
    }
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
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
export function VirtualFeed({ events, selected, laidOut }: EventFeedProps & { laidOut?: () => LaidOut }) {
  const { storyById } = useCorpusView();
  const list = useRef<HTMLOListElement>(null);
  // Taking the place of a list laid out before it (the feed listed whole), it starts there and
  // its events, until measured, are as tall as there: the reader's place stays where it was.
  const [laid] = useState(() => laidOut?.() ?? { top: 0, heights: new Map<string, number>() });
  // What stands around the list may lay out differently once it is long (the filters beside
  // it): once it has its place, the event that was first in the window is brought back to
  // where the window showed it.
  const scrollMargin = useOffsetTop(list, laid.top, (top) => {
    const anchor = laid.anchor;
    const at = anchor ? events.findIndex((e) => e.id === anchor.id) : -1;
    let start = top;
    for (let i = 0; i < at; i++) {
      const height = laid.heights.get(events[i]!.id);
      if (height === undefined) return;
      start += height;
    }
    if (at >= 0 && Math.abs(start - anchor!.y - window.scrollY) >= 1) window.scrollTo({ top: start - anchor!.y });
  });
  // The window stays where the reader has it: TanStack Virtual, as it mounts, writes its offset
  // back to the window (for a scroller it restores); here that write would only lay out the new
  // list inside the task that mounts it. Writes after (j / k, a resize above the window) go through.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: events.length,
    estimateSize: (i) => laid.heights.get(events[i]!.id) ?? ESTIMATED_ITEM_PX,
    overscan: OVERSCAN,
    scrollMargin,
    initialRect: FIRST_WINDOW,
    // Where the window is (read as the list renders, before it is in the page).
    initialOffset: () => window.scrollY,
    scrollToFn: (offset, options, instance) => {
      if (mounted.current) windowScroll(offset, options, instance);
    },
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
