// @vitest-environment happy-dom
import { act, StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { renderPage } from '../../src/app/server-entry';
import { useCorrectionsStore } from '../../src/lib/corrections-store';
import { usePrefsStore } from '../../src/lib/prefs-store';
import { useReadStore } from '../../src/lib/read-store';
import { useSavedStore } from '../../src/lib/saved-store';
import { comparisonCorpus, KI } from '../compare-fixture';
import { splitCorpus } from '../../src/core/corpus-parts';
import { memorySource } from '../../src/lib/event-files';

// React's act() is for a test environment; Testing Library says so when it renders, this file renders itself.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const corpus = comparisonCorpus();
const event = corpus.events.find((e) => e.articleIds.includes(KI))!;
const PAGES: [string, string][] = [
  ['/', 'Events'],
  [`/events/${event.id}`, event.title],
  [`/stories/${corpus.stories[0]!.id}`, `Storyline: ${corpus.stories[0]!.title}`],
  [`/articles/${KI}`, corpus.articles.find((a) => a.id === KI)!.title],
  [`/outlets/${corpus.outlets[0]!.id}`, corpus.outlets[0]!.name],
];

let root: Root | null = null;
let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  container.remove();
  useReadStore.setState(useReadStore.getInitialState());
  useSavedStore.setState(useSavedStore.getInitialState());
  usePrefsStore.setState(usePrefsStore.getInitialState());
  useCorrectionsStore.setState(useCorrectionsStore.getInitialState());
  vi.restoreAllMocks();
});

/** Hydrates the page the server rendered at `path`; returns what React reported and the server's h1. */
async function hydrate(path: string, beforeHydrating?: () => void) {
  const { index, files } = splitCorpus(corpus);
  const page = await renderPage(path, index, memorySource(files), '/corpus.json');
  window.history.replaceState(null, '', path);
  container.innerHTML = page.html;
  beforeHydrating?.();
  const h1 = container.querySelector('h1');
  const errors: unknown[] = [];
  const logged = vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args.join(' ')));
  await act(async () => {
    root = hydrateRoot(
      container,
      <StrictMode>
        <App index={index} files={memorySource(files)} corpusUrl="/corpus.json" />
      </StrictMode>,
      { onRecoverableError: (e) => void errors.push(e) },
    );
  });
  logged.mockRestore();
  return { page, errors, h1 };
}

describe('a prerendered page hydrates as the server rendered it', () => {
  for (const [path, heading] of PAGES)
    it(`keeps the server's markup at ${path}, with no mismatch, and names the page as its route does`, async () => {
      const { page, errors, h1 } = await hydrate(path);
      expect(errors).toEqual([]);
      expect(h1?.textContent).toBe(heading);
      // The same element: hydrated, not rendered again.
      expect(container.querySelector('h1')).toBe(h1);
      expect(page.title).toBe(document.title.replace(/ · Parallax$/, ''));
    });

  it('searches for what the reader typed into the prerendered search box before the page was live', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // The results then ask for the search index: this page has no server to give it.
    vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise<Response>(() => {}));
    try {
      await hydrate('/', () => {
        container.querySelector<HTMLInputElement>('input[type="search"]')!.value = 'kremlin';
      });
      await act(async () => void vi.advanceTimersByTime(1000));
      expect(container.querySelector<HTMLInputElement>('input[type="search"]')!.value).toBe('kremlin');
      expect(new URL(window.location.href).searchParams.get('q')).toBe('kremlin');
    } finally {
      vi.useRealTimers();
    }
  });

  it('hydrates with the server’s defaults, then shows the reader’s saved view, read mark and theme', async () => {
    // As the stores are after reading localStorage: not their initial state, which the server rendered.
    useReadStore.setState({ read: { [KI]: true } });
    useSavedStore.setState({
      views: [{ id: 'v-1', eventId: event.id, search: '', title: event.title, savedAt: '2025-01-01T00:00:00Z' }],
    });
    usePrefsStore.setState({ theme: 'dark' });
    const { errors, h1 } = await hydrate(`/events/${event.id}`);
    expect(errors).toEqual([]);
    expect(container.querySelector('h1')).toBe(h1);
    expect(container.querySelector('#save-view')?.getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});
