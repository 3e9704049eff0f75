import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import './search.css';

/** Quiet time after the last keystroke before the address (and so the results) follow the box. */
const TYPING_PAUSE_MS = 250;

/**
 * The feed's search box. What it holds is the address's `?q=`, so a search is a link and the
 * back button undoes it; while the reader types, the address follows after a short pause
 * (replacing the entry rather than adding one per keystroke).
 */
export function SearchBox() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const typed = useRef(false);
  const box = useRef<HTMLInputElement>(null);
  // The address changed from elsewhere (back, a link): the box shows it.
  useEffect(() => {
    if (!typed.current) setText(q);
    typed.current = false;
  }, [q]);
  // On a prerendered page the box takes typing before the app runs: what was typed then is the
  // reader's query (hydration leaves the box's value as it found it, so it is read from there).
  // After the effect above, which sets the box to the address on mount.
  useEffect(() => {
    const early = box.current?.value ?? '';
    if (early !== text) setText(early);
    // Only what stood in the box when the app took over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const commit = (value: string, replace: boolean) => {
    const next = new URLSearchParams(params);
    if (value.trim()) next.set('q', value.trim());
    else next.delete('q');
    if (next.toString() === params.toString()) return;
    typed.current = true;
    setParams(next, { replace });
  };
  useEffect(() => {
    if (text.trim() === q) return;
    const t = setTimeout(() => commit(text, q !== ''), TYPING_PAUSE_MS);
    return () => clearTimeout(t);
  });
  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(e) => {
        e.preventDefault();
        commit(text, false);
      }}
    >
      <label htmlFor="feed-search">Search articles</label>
      <input
        ref={box}
        id="feed-search"
        type="search"
        name="q"
        value={text}
        placeholder="Words in titles and text"
        autoComplete="off"
        // The index loads while the reader types (lib/search-client.ts `prepareSearch`).
        onFocus={() =>
          void import('./prepare-search').then(
            (m) => m.prepareSearchIndex(),
            () => {},
          )
        }
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text) {
            e.preventDefault();
            setText('');
            commit('', false);
          }
        }}
      />
    </form>
  );
}
