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
  const subscribe = useMemo(() => subscribeMedia(query), [query]);
  return useDeferredValue(
    useSyncExternalStore(
      subscribe,
      () => typeof matchMedia !== 'undefined' && matchMedia(query).matches,
      () => false,
    ),
  );
}
