import { useMemo, useSyncExternalStore } from 'react';

function subscribeMedia(query: string) {
  return (notify: () => void) => {
    if (typeof matchMedia === 'undefined') return () => {};
    const m = matchMedia(query);
    m.addEventListener('change', notify);
    return () => m.removeEventListener('change', notify);
  };
}

/** Whether a media query matches now (false where there is no `matchMedia`). */
export function useMedia(query: string): boolean {
  const subscribe = useMemo(() => subscribeMedia(query), [query]);
  return useSyncExternalStore(
    subscribe,
    () => typeof matchMedia !== 'undefined' && matchMedia(query).matches,
    () => false,
  );
}
