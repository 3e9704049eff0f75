// @vitest-environment happy-dom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSeeds } from '../../scripts/lib/read-seeds';
import { ingest } from '../../src/core/ingest/ingest';
import { PHONE_QUERY } from '../../src/features/events/coverage-columns';
import { READ_DWELL_MS } from '../../src/features/events/use-read-when-seen';
import { SHORTCUTS } from '../../src/features/shortcuts/shortcuts-dialog';
import { useReadStore } from '../../src/lib/read-store';
import { ROOT } from '../helpers';
import { renderApp } from '../render-app';

/** Five outlets' reports of one invented happening (the browser tests build the app from it too). */
const seeds = readSeeds(`${ROOT}/tests/fixtures/five-outlets`);
const corpus = ingest(seeds.files, seeds.options);
const ferry = corpus.events.find((e) => e.articleIds.length === 5)!;
const digest = corpus.articles.find((a) => a.outletId === 'news-digest')!;

let search = '';
function Where() {
  const here = useLocation().search;
  useEffect(() => {
    search = here;
  }, [here]);
  return null;
}
const query = () => new URLSearchParams(search);
const renderAt = (path: string) => renderApp(path, corpus, <Where />);
const columns = () =>
  screen.getAllByRole('article').map((a) => a.getAttribute('aria-label') ?? a.querySelector('h3')!.textContent);

function phone(matches: boolean) {
  vi.stubGlobal('matchMedia', (q: string) => ({
    matches: matches && q === PHONE_QUERY,
    media: q,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

beforeEach(() => {
  localStorage.clear();
  useReadStore.setState({ read: {} });
  phone(false);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the coverage columns on a wide screen', () => {
  it('gives as many columns as fit at a reading measure: two in a 1216 px wide section', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1216);
    const user = userEvent.setup();
    renderAt(`/events/${ferry.id}`);
    expect(screen.getAllByRole('article')).toHaveLength(2);
    const picker = screen.getByRole('group', { name: 'Columns (2 fit side by side)' });
    const off = within(picker)
      .getAllByRole('button')
      .find((t) => t.getAttribute('aria-pressed') === 'false')!;
    await user.click(off);
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(columns()).toContain(off.textContent);
    expect(query().get('outlets')!.split(',')).toHaveLength(2);
  });
  it('shows three of five outlets, with a picker of toggle buttons in a labelled group', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${ferry.id}`);
    expect(screen.getAllByRole('article')).toHaveLength(3);
    const picker = screen.getByRole('group', { name: 'Columns (3 fit side by side)' });
    const toggles = within(picker).getAllByRole('button');
    expect(toggles).toHaveLength(5);
    expect(toggles.filter((t) => t.getAttribute('aria-pressed') === 'true')).toHaveLength(3);
    const off = toggles.find((t) => t.getAttribute('aria-pressed') === 'false')!;
    const name = off.textContent!;
    await user.click(off);
    // A fourth choice takes the place of the one chosen longest ago, and says so.
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(columns()).toContain(name);
    expect(query().get('outlets')!.split(',')).toHaveLength(3);
    expect(within(picker).getByRole('status').textContent).toMatch(
      new RegExp(`^Showing ${name} in place of .+: 3 fit side by side\\.$`),
    );
  });

  it('takes the columns from the URL, and removes one with its toggle', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${ferry.id}?outlets=news-digest,wire-north`);
    expect(columns()).toEqual(expect.arrayContaining(['News Digest', 'Wire North']));
    expect(screen.getAllByRole('article')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Wire North', pressed: true }));
    expect(query().get('outlets')).toBe('news-digest');
    expect(columns()).toEqual(['News Digest']);
  });

  it('shows a long single paragraph in chunks at sentence ends, with nothing lost', () => {
    renderAt(`/events/${ferry.id}?outlets=news-digest`);
    const column = screen.getByRole('article', { name: 'News Digest' });
    const chunks = [...column.querySelectorAll('p.chunk')];
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) expect(c.textContent).toMatch(/^[A-Z"“].*[.”"]$/);
    expect(chunks.map((c) => c.textContent).join(' ')).toBe(digest.body[0]);
  });

  it('compares just the opening lines, with the mode in the URL', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${ferry.id}?outlets=news-digest,lake-courier`);
    const toggle = screen.getByRole('button', { name: 'Opening lines only' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);
    expect(query().get('lead')).toBe('1');
    expect(screen.getByRole('button', { name: 'Opening lines only' }).getAttribute('aria-pressed')).toBe('true');
    const column = screen.getByRole('article', { name: 'News Digest' });
    expect(column.textContent).toContain('The ferry had left Skarvik at 7:40');
    expect(column.textContent).not.toContain('Every person on board');
    const courier = screen.getByRole('article', { name: 'Lake Courier' });
    expect(courier.textContent).not.toContain('Divers will inspect the hull');
    await user.click(screen.getByRole('button', { name: 'Opening lines only' }));
    expect(query().get('lead')).toBeNull();
    expect(screen.getByRole('article', { name: 'Lake Courier' }).textContent).toContain('Divers will inspect the hull');
  });

  it('counts a column as read once most of its text has been in view', () => {
    const observers: { cb: IntersectionObserverCallback; els: Element[] }[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        els: Element[] = [];
        constructor(cb: IntersectionObserverCallback) {
          observers.push({ cb, els: this.els });
        }
        observe(el: Element) {
          this.els.push(el);
        }
        disconnect() {}
      },
    );
    vi.useFakeTimers();
    renderAt(`/events/${ferry.id}?outlets=lake-courier`);
    const courier = corpus.articles.find((a) => a.outletId === 'lake-courier')!;
    const column = screen.getByRole('article', { name: 'Lake Courier' });
    expect(within(column).queryByText('Read')).toBeNull();
    const o = observers.find((x) => x.els.length === courier.body.length)!;
    const see = (els: Element[]) =>
      act(() =>
        o.cb(
          els.map(
            (target) =>
              ({
                target,
                isIntersecting: true,
                intersectionRatio: 1,
                rootBounds: null,
              }) as unknown as IntersectionObserverEntry,
          ),
          {} as IntersectionObserver,
        ),
      );
    const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
    see(o.els.slice(0, 1));
    wait(READ_DWELL_MS);
    expect(useReadStore.getState().read[courier.id]).toBeUndefined();
    // Text in view for less than the dwell does not count yet.
    see(o.els);
    wait(READ_DWELL_MS / 2);
    expect(useReadStore.getState().read[courier.id]).toBeUndefined();
    wait(READ_DWELL_MS);
    expect(useReadStore.getState().read[courier.id]).toBe(true);
    expect(within(screen.getByRole('article', { name: 'Lake Courier' })).getByText('Read')).toBeTruthy();
  });
});

describe('the coverage on a phone', () => {
  it('shows one report at a time as tabs, with "2 of 5", stepped with the arrow keys', async () => {
    phone(true);
    const user = userEvent.setup();
    renderAt(`/events/${ferry.id}`);
    const tablist = screen.getByRole('tablist', { name: 'Reports' });
    const tabs = within(tablist).getAllByRole('tab');
    expect(tabs).toHaveLength(5);
    expect(screen.getByText('1 of 5')).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(1);
    await user.click(tabs[0]!);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('2 of 5')).toBeTruthy();
    const second = within(tablist).getAllByRole('tab')[1]!;
    expect(second.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(second);
    const panel = screen.getByRole('tabpanel', { name: second.textContent! });
    expect(within(panel).getByRole('article', { name: second.textContent! })).toBeTruthy();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByText('5 of 5')).toBeTruthy();
    await user.keyboard('{Home}');
    expect(screen.getByText('1 of 5')).toBeTruthy();
  });

  it('steps between the tabs with h and l', async () => {
    phone(true);
    const user = userEvent.setup();
    renderAt(`/events/${ferry.id}`);
    await user.keyboard('ll');
    expect(screen.getByText('3 of 5')).toBeTruthy();
    await user.keyboard('h');
    expect(screen.getByText('2 of 5')).toBeTruthy();
  });
});

describe('the event page keys', () => {
  it('switches views with 1–4, and steps through them with h and l outside the coverage', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${ferry.id}`);
    await user.keyboard('3');
    expect(query().get('view')).toBe('facts');
    await user.keyboard('l');
    expect(query().get('view')).toBe('sources');
    await user.keyboard('hh');
    expect(query().get('view')).toBe('quotes');
    await user.keyboard('1');
    expect(query().get('view')).toBeNull();
  });

  it('moves between columns with h and l, and opens the focused report’s original with o', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const user = userEvent.setup();
    renderAt(`/events/${ferry.id}?outlets=lake-courier,wire-north`);
    await user.keyboard('l');
    const [first, second] = screen.getAllByRole('article');
    expect(document.activeElement).toBe(first);
    await user.keyboard('l');
    expect(document.activeElement).toBe(second);
    await user.keyboard('o');
    const name = second!.getAttribute('aria-label') ?? second!.querySelector('h3')!.textContent;
    const url = corpus.articles.find((a) => corpus.outlets.find((o) => o.id === a.outletId)?.name === name)!.url;
    expect(open).toHaveBeenCalledWith(url, '_blank', 'noopener');
  });

  it('lists the event page keys in the shortcuts dialog', () => {
    const keys = SHORTCUTS.map(([k]) => k);
    expect(keys).toEqual(expect.arrayContaining(['[ / ]', 'h / l', '1 – 4', 'o']));
  });
});
