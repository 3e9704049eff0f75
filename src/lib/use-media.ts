import { useDeferredValue, useMemo, useSyncExternalStore } from 'react';

function subscribeMedia(query: string) {
  return (notify: () => void) => {
    if (typeof matchMedia === 'undefined') return () => {};
    const m = matchMedia(query);
    m.addEventListener('change', notify);
    return () => m.removeEventListener('change', notify);
  };
}

/**
 * Whether a media query matches now (false where there is no `matchMedia`). The server knows no
 * window and answers false, and so does the first render of a page it rendered (hydration must
 * match it). The window's answer then comes as a deferred render, in slices, not as one long
 * task straight after the page goes live; a change of the window's size comes the same way.
 */
export function useMedia(query: string): boolean {
  return useMediaKnown(query) ?? false;
}

/**
 * As `useMedia`, but null while the window is not known: on the server, and in the first render
 * of a page it rendered. A view that lays out differently by width renders both layouts then, for
 * the style sheet's media queries to choose, so that nothing moves when the window's answer comes.
 */
export function useMediaKnown(query: string): boolean | null {
  const subscribe = useMemo(() => subscribeMedia(query), [query]);
  return useDeferredValue(
    useSyncExternalStore<boolean | null>(
      subscribe,
      () => typeof matchMedia !== 'undefined' && matchMedia(query).matches,
      () => null,
    ),
  );
}
