/**
 * The bare page `npm run bench:web` measures Parallax against: react, react-dom, react-router,
 * zustand and vite-plugin-pwa's service worker, and nothing else. It renders a heading and a
 * few lines of text through a router and a store, which is the least any page of the stack
 * does; everything Parallax costs above it is Parallax's own.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link, RouterProvider } from 'react-router';
import { create } from 'zustand';

interface Counter {
  count: number;
  increment: () => void;
}

const useCounter = create<Counter>((set) => ({
  count: 0,
  increment: () => set((s) => ({ count: s.count + 1 })),
}));

const LINES = [
  'One event, many outlets: this page carries only the stack every page of the app is built on.',
  'A router, a store, React and a service worker; no data, no styles, no components of its own.',
  'Its figures are the floor: what any page built this way costs before it shows anything.',
];

function Page() {
  const { count, increment } = useCounter();
  return (
    <main>
      <h1>The bare page</h1>
      {LINES.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <button type="button" onClick={increment}>
        Pressed {count} times
      </button>
      <p>
        <Link to="/">Home</Link>
      </p>
    </main>
  );
}

const router = createBrowserRouter([{ path: '*', element: <Page /> }]);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);

// Registered as Parallax registers its worker: through the Trusted Types policy the served
// Content-Security-Policy allows, after load.
interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): { createScriptURL(url: string): unknown };
}
window.addEventListener('load', () => {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  const url = tt
    ? (tt.createPolicy('parallax-sw', { createScriptURL: (u) => u }).createScriptURL('/sw.js') as string)
    : '/sw.js';
  void navigator.serviceWorker?.register(url);
});
