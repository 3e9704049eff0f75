// @vitest-environment happy-dom
/**
 * The app over an index's head (core/corpus-parts.ts `corpusHead`): the feed opens on the head's
 * events with the counts of the whole, and what needs more (a filter, an event beyond the head)
 * has the whole index first; it replaces the head once the first view is up.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes, AppShell } from '../../src/app/app';
import { corpusHead, splitCorpus, WHOLE_INDEX_AHEAD_BYTES } from '../../src/core/corpus-parts';
import { CorpusProvider } from '../../src/lib/corpus-context';
import { HAPPENINGS, ingestTexts, newsPage, seedRegistry } from '../helpers';
import { Where, where } from '../render-app';

const OUTLETS = ['reuters', 'the-hill', 'cnn', 'reuters'] as const;
const corpus = ingestTexts(
  Object.fromEntries(
    HAPPENINGS.map((h, i) => [
      `h-${i}.txt`,
      newsPage({ title: h.title, byline: 'By Sam Carter', paragraphs: [...h.sentences] }),
    ]),
  ),
  {
    registry: seedRegistry(),
    manifest: Object.fromEntries(HAPPENINGS.map((_, i) => [`h-${i}.txt`, { outlet: OUTLETS[i]! }])),
  },
);
const { index, files } = splitCorpus(corpus);
const head = corpusHead(index, { file: 'index-w.json', bytes: JSON.stringify(index).length }, 1);
const beyond = index.events.at(-1)!;

let asked: string[] = [];
/** Serves the whole index and the event files from /t/; `failWhole` makes the whole index's request fail. */
let failWhole = false;

beforeEach(() => {
  localStorage.clear();
  asked = [];
  failWhole = false;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const name = input.replace(/^.*\/t\//, '');
      asked.push(name);
      if (name === 'index-w.json') {
        if (failWhole) throw new TypeError('Failed to fetch');
        return new Response(JSON.stringify(index));
      }
      const file = files.get(name);
      return file ? new Response(JSON.stringify(file)) : new Response('', { status: 404 });
    }),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function renderHead(path: string, url = `/t${Math.random()}/t/corpus.json`, first = head) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppShell>
        <CorpusProvider url={url} index={first}>
          <AppRoutes />
          <Where />
        </CorpusProvider>
      </AppShell>
    </MemoryRouter>,
  );
}

describe('the app over an index’s head', () => {
  it('opens the feed on the head’s events with the counts of the whole, then shows every event', async () => {
    expect(index.events.length).toBeGreaterThan(2);
    renderHead('/');
    expect(screen.getByText(`All ${index.events.length}, from ${index.articles.length} articles.`)).toBeTruthy();
    const feed = () => screen.getAllByRole('heading', { level: 2 }).filter((h) => h.classList.contains('feed-title'));
    expect(feed().map((h) => h.textContent)).toEqual([head.events[0]!.title]);
    expect(screen.getByText(`The other ${index.events.length - 1} events are on their way…`)).toBeTruthy();
    // The outlet filters count every event, not the head's.
    const filters = screen.getAllByRole('group', { name: /outlet/i })[0]!;
    expect(
      within(filters)
        .getByText(/Reuters/)
        .closest('label')?.textContent,
    ).toMatch(/2/);
    // Once the browser is idle, the whole index replaces the head.
    await waitFor(() => expect(feed()).toHaveLength(index.events.length), { timeout: 4_000 });
    expect(screen.queryByText(/are on their way/)).toBeNull();
    expect(asked).toEqual(['index-w.json']);
  });

  it('leaves a large whole index until the reader nears the end of the head’s events', async () => {
    const large = corpusHead(index, { file: 'index-w.json', bytes: WHOLE_INDEX_AHEAD_BYTES + 1 }, 1);
    const watched: Element[] = [];
    let near: (() => void) | null = null;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          near = () => callback([{ isIntersecting: true }]);
        }
        observe(el: Element) {
          watched.push(el);
        }
        disconnect() {}
      },
    );
    renderHead('/', undefined, large);
    const rest = screen.getByText(`The other ${index.events.length - 1} events are on their way…`);
    expect(watched).toEqual([rest]);
    // Well past the time an idle browser would have asked.
    await new Promise((r) => setTimeout(r, 2_500));
    expect(asked).toEqual([]);
    act(() => near!());
    await waitFor(() => expect(screen.queryByText(/are on their way/)).toBeNull());
    expect(asked).toEqual(['index-w.json']);
  });

  it('reads a large whole index when the reader opens the grouping’s corrections, which offer any event', async () => {
    const user = userEvent.setup();
    const large = corpusHead(index, { file: 'index-w.json', bytes: WHOLE_INDEX_AHEAD_BYTES + 1 }, 1);
    const shown = large.events[0]!;
    renderHead(`/events/${shown.id}`, undefined, large);
    await screen.findByRole('heading', { level: 1, name: shown.title });
    expect(asked).not.toContain('index-w.json');
    await user.click(screen.getByRole('button', { name: 'Edit grouping' }));
    const move = await screen.findAllByRole('combobox', { name: 'Belongs with' });
    // Every other event, not only the head's (which holds none besides this one).
    expect(within(move[0]!).getAllByRole('option')).toHaveLength(index.events.length - 1);
    expect(asked).toContain('index-w.json');
  });

  it('reads the whole index at once for a filter, and for an event beyond the head', async () => {
    const user = userEvent.setup();
    const filtered = renderHead('/?outlet=reuters');
    expect(screen.getByText('Loading every event…').getAttribute('role')).toBe('status');
    await screen.findByText(`2 of ${index.events.length} shown.`);
    filtered.unmount();
    renderHead(`/events/${beyond.id}`);
    await screen.findByRole('heading', { level: 1, name: beyond.title });
    expect(asked).toContain(beyond.id);
    await user.click(screen.getAllByRole('link', { name: /Parallax/ })[0]!);
    await waitFor(() => expect(where.path).toBe('/'));
  });

  it('says so when the whole index cannot be loaded, and tries again', async () => {
    const user = userEvent.setup();
    failWhole = true;
    renderHead('/stories/nowhere');
    await screen.findByText('The articles could not be loaded: the network is unreachable.');
    failWhole = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 1, name: 'No such storyline' });
  });
});
