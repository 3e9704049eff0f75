// @vitest-environment happy-dom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { readSeeds } from '../../scripts/lib/read-seeds';
import { parseGroupingFile } from '../../src/core/ingest/config';
import { groupIntoEvents } from '../../src/core/group/events';
import { ingest } from '../../src/core/ingest/ingest';
import { CORRECTIONS_KEY, exportCorrections, useCorrectionsStore } from '../../src/lib/corrections-store';
import { usePrefsStore } from '../../src/lib/prefs-store';
import { useReadStore } from '../../src/lib/read-store';
import {
  NOTICE_UNAVAILABLE,
  NOTICE_UNREADABLE,
  restoreStoredState,
  useStorageNotice,
} from '../../src/lib/safe-storage';
import { exportSaved, SAVED_KEY, useSavedStore } from '../../src/lib/saved-store';
import { AppRoutes, AppShell } from '../../src/app/app';
import { PLAIN_FEED_MAX } from '../../src/features/events/event-feed';
import { ConnectionStatus, OFFLINE_MESSAGE } from '../../src/components/app-status';
import { INITIAL_CONNECTION } from '../../src/core/connection';
import { splitCorpus } from '../../src/core/corpus-parts';
import { CorpusProvider } from '../../src/lib/corpus-context';
import { wholeCorpus } from '../../src/lib/whole-corpus';
import { useOnlineStatusStore } from '../../src/lib/online-status';
import { renderApp } from '../render-app';
import {
  HAPPENINGS,
  ingestTexts,
  makeArticle,
  MARKUP_PARAGRAPH,
  markupCorpus,
  newsPage,
  SEEDS,
  seedRegistry,
} from '../helpers';

const registry = seedRegistry();
const reports = (h: number, n: number) =>
  newsPage({
    title: n === 0 ? HAPPENINGS[h]!.title : `${HAPPENINGS[h]!.sentences[n]!.replace(/\.$/, '')}`,
    byline: n === 0 ? 'By Sam Carter' : 'By Ann Lee',
    paragraphs: HAPPENINGS[h]!.sentences.map((_, i, all) => all[(i + n) % all.length]!),
  });
const corpus = ingestTexts(
  { 'ferry-a.txt': reports(3, 0), 'ferry-b.txt': reports(3, 1), 'quake.txt': reports(0, 0) },
  {
    registry,
    manifest: {
      'ferry-a.txt': { outlet: 'reuters' },
      'ferry-b.txt': { outlet: 'the-hill' },
      'quake.txt': { outlet: 'cnn' },
    },
  },
);
const ferry = corpus.events.find((e) => e.articleIds.length === 2)!;
const quake = corpus.events.find((e) => e.articleIds.length === 1)!;

function renderAt(path: string, c = corpus) {
  return renderApp(path, c);
}

beforeEach(() => {
  localStorage.clear();
  useCorrectionsStore.setState({ entries: [] });
  useStorageNotice.setState({ notice: null, dismissed: [] });
  useSavedStore.setState({ views: [], removed: null });
  useReadStore.setState({ read: {} });
  usePrefsStore.setState({ theme: 'system', textSize: 1 });
});

describe('the event feed', () => {
  it('lists every event, newest first, with its outlets', () => {
    expect(corpus.events).toHaveLength(2);
    renderAt('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Events' })).toBeTruthy();
    const items = screen.getAllByRole('article');
    expect(items).toHaveLength(2);
    const item = items.find((i) => within(i).queryByRole('link', { name: ferry.title }))!;
    expect(within(item).getByText('2 outlets · 1 independent')).toBeTruthy();
    const who = within(item).getByRole('list', { name: 'Who reports it' });
    expect(within(who).getByText('United Kingdom')).toBeTruthy();
    expect(within(who).getByText('United States')).toBeTruthy();
    const headlines = within(within(item).getByRole('list', { name: 'Headlines' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(headlines).toEqual(
      corpus.articles
        .filter((a) => ferry.articleIds.includes(a.id))
        .sort((a, b) => (a.outletId < b.outletId ? -1 : 1))
        .map((a) => `${a.outletId === 'reuters' ? 'Reuters' : 'The Hill'}: ${a.title}`),
    );
  });

  it('opens an event with each outlet’s report side by side, and the evidence that joined them', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.click(screen.getByRole('link', { name: ferry.title }));
    expect(screen.getByRole('heading', { level: 1, name: ferry.title })).toBeTruthy();
    const reuters = screen.getByRole('article', { name: 'Reuters' });
    const hill = screen.getByRole('article', { name: 'The Hill' });
    expect(within(reuters).getByText(/By Sam Carter/)).toBeTruthy();
    expect(within(hill).getByText(HAPPENINGS[3]!.sentences[2]!)).toBeTruthy();
    // The evidence for the grouping waits behind Edit grouping, in words, with no similarity score.
    expect(screen.queryByRole('region', { name: 'About this grouping' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Edit grouping' }));
    const why = screen.getByRole('region', { name: 'About this grouping' });
    expect(within(why).getByText('They name:')).toBeTruthy();
    expect(within(why).getByText(/Paros/)).toBeTruthy();
    expect(why.textContent).not.toMatch(/%/);
  });

  it('shows each outlet’s headline, first sentence and date in a strip, then what they all report', () => {
    renderAt(`/events/${ferry.id}`);
    const strip = screen.getByRole('region', { name: 'Headlines' });
    const rows = within(strip).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    const members = corpus.articles.filter((a) => ferry.articleIds.includes(a.id));
    for (const a of members) {
      const row = rows.find((r) => within(r).queryByRole('link', { name: a.title }))!;
      expect(row).toBeTruthy();
      expect(within(row).getByText(a.outletId === 'reuters' ? 'Reuters' : 'The Hill')).toBeTruthy();
      expect(within(row).getByText(a.body[0]!)).toBeTruthy();
    }
    const common = screen.getByRole('region', { name: 'What they all report' });
    expect(within(common).getByText('Common ground of both outlets:')).toBeTruthy();
    expect(within(common).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(
      within(common)
        .getByRole('link', { name: /side by side/ })
        .getAttribute('href'),
    ).toBe(`/events/${ferry.id}?view=facts`);
    // The views come right after.
    expect(screen.getByRole('navigation', { name: 'Compare the coverage' })).toBeTruthy();
  });

  it('links each report to its original when the corpus has its address', () => {
    const withUrl = {
      ...corpus,
      articles: corpus.articles.map((a) => (a.outletId === 'reuters' ? { ...a, url: 'https://example.org/ferry' } : a)),
    };
    renderAt(`/events/${ferry.id}`, withUrl);
    const strip = screen.getByRole('region', { name: 'Headlines' });
    const original = within(strip).getByRole('link', { name: /Original at Reuters/ });
    expect(original.getAttribute('href')).toBe('https://example.org/ferry');
    expect(within(strip).queryByRole('link', { name: /Original at The Hill/ })).toBeNull();
  });

  it('reads a one-report event as a single article: no strip, no common ground', () => {
    renderAt(`/events/${quake.id}`);
    expect(screen.queryByRole('region', { name: 'Headlines' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'What they all report' })).toBeNull();
    expect(screen.getByRole('article', { name: 'CNN' })).toBeTruthy();
  });
});

describe('correcting the grouping', () => {
  it('takes a report out of an event, lists the correction, persists it, and undoes it', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${ferry.id}`);
    // Nothing edits the grouping from the reading view: the fold opens first.
    expect(screen.queryByRole('button', { name: 'Not about this event' })).toBeNull();
    const fold = screen.getByRole('button', { name: 'Edit grouping' });
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    await user.click(fold);
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    const hill = screen.getByRole('group', { name: 'Correct the grouping of the The Hill report' });
    await user.click(within(hill).getByRole('button', { name: 'Not about this event' }));
    expect(screen.queryByRole('article', { name: 'The Hill' })).toBeNull();
    expect(screen.getByRole('article', { name: 'Reuters' })).toBeTruthy();
    const stored = JSON.parse(localStorage.getItem(CORRECTIONS_KEY)!);
    expect(stored.version).toBe(1);
    expect(stored.state.entries[0].correction).toEqual({ kind: 'detach', articleId: expect.stringMatching(/^a-/) });

    await user.click(screen.getByRole('link', { name: 'Corrections' }));
    const list = within(screen.getByRole('main')).getByRole('list');
    expect(within(list).getByText(/Took “.*” out of “.*”/)).toBeTruthy();
    await user.click(within(list).getByRole('button', { name: /^Undo:/ }));
    expect(screen.getByText(/No corrections/)).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Events' }));
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('moves a report to another event', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${quake.id}`);
    await user.click(screen.getByRole('button', { name: 'Edit grouping' }));
    const cnn = screen.getByRole('group', { name: 'Correct the grouping of the CNN report' });
    await user.selectOptions(within(cnn).getByLabelText('Belongs with'), ferry.id);
    await user.click(within(cnn).getByRole('button', { name: 'Move' }));
    expect(screen.getByRole('alert')).toBeTruthy(); // the quake event is gone from under the reader
    expect(screen.getByRole('status', { name: 'Grouping edits' }).textContent).toContain(
      `Moved the CNN report to “${ferry.title}”`,
    );
    renderAt(`/events/${ferry.id}`);
    expect(screen.getAllByRole('article', { name: /Reuters|The Hill|CNN/ })).toHaveLength(3);
  });

  it('undoes an edit on the spot from the toast that follows it', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${ferry.id}`);
    await user.click(screen.getByRole('button', { name: 'Edit grouping' }));
    const hill = screen.getByRole('group', { name: 'Correct the grouping of the The Hill report' });
    await user.click(within(hill).getByRole('button', { name: 'Not about this event' }));
    const toast = screen.getByRole('status', { name: 'Grouping edits' });
    expect(toast.textContent).toContain('Took the The Hill report out of this event.');
    // Announced once, politely, with where else to undo it (the toast may be gone before a reader gets there).
    const announced = await screen.findByText(/^Notification Took the The Hill report out of this event\./);
    expect(announced.getAttribute('role')).toBe('status');
    expect(announced.getAttribute('aria-live')).toBe('polite');
    expect(announced.textContent).toContain('Undo it on the Corrections page');
    const undo = within(toast).getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    await user.click(undo);
    expect(useCorrectionsStore.getState().entries).toEqual([]);
    expect(screen.getByRole('article', { name: 'The Hill' })).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Reuters' })).toBeTruthy();
    expect(screen.getByRole('status', { name: 'Grouping edits' }).textContent).toContain('Undone');
  });

  it('brings back an event a move took away, from the toast', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${quake.id}`);
    await user.click(screen.getByRole('button', { name: 'Edit grouping' }));
    const cnn = screen.getByRole('group', { name: 'Correct the grouping of the CNN report' });
    await user.selectOptions(within(cnn).getByLabelText('Belongs with'), ferry.id);
    await user.click(within(cnn).getByRole('button', { name: 'Move' }));
    expect(screen.getByRole('alert')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('heading', { level: 1, name: quake.title })).toBeTruthy();
    expect(screen.getByRole('article', { name: 'CNN' })).toBeTruthy();
  });

  it('starts clean and says so once when stored corrections are unreadable', async () => {
    localStorage.setItem(CORRECTIONS_KEY, '{"state": {"entries": [{"id": 3}]}, "version": 1}');
    await restoreStoredState();
    renderAt('/');
    expect(screen.getByText(NOTICE_UNREADABLE, { exact: false })).toBeTruthy();
    expect(useCorrectionsStore.getState().entries).toEqual([]);
  });

  it('exports the corrections in the grouping.json format the ingest reads', () => {
    const entry = {
      id: 'c-1',
      at: '2025-01-01T00:00:00Z',
      articleTitle: 't',
      fromTitle: 'f',
      correction: { kind: 'detach' as const, articleId: ferry.articleIds[0]! },
    };
    const parsed = parseGroupingFile('grouping.json', exportCorrections([entry]));
    expect(parsed).toEqual([entry.correction]);
  });
});

describe('storylines', () => {
  const seeds = readSeeds(SEEDS);
  const seedCorpus = ingest(seeds.files, seeds.options);
  const story = seedCorpus.stories.find((s) => s.eventIds.length === 3)!;
  const middle = seedCorpus.events.find((e) => e.id === story.eventIds[1])!;

  it('shows a story as a dated timeline of its events, oldest first', () => {
    renderAt(`/stories/${story.id}`, seedCorpus);
    expect(screen.getByRole('heading', { level: 1, name: `Storyline: ${story.title}` })).toBeTruthy();
    const links = within(screen.getByRole('list', { name: 'Events, oldest first' })).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(
      story.eventIds.map((id) => seedCorpus.events.find((e) => e.id === id)!.title),
    );
    const kyiv = screen.getByRole('row', { name: /^Kyiv/ });
    expect(kyiv.textContent).toContain('Kiev regime — Al Mayadeen English');
  });

  it('shows on an event page where it sits in its story', () => {
    renderAt(`/events/${middle.id}`, seedCorpus);
    const nav = screen.getByRole('navigation', { name: 'Storyline' });
    expect(within(nav).getByText(/Event 2 of 3/)).toBeTruthy();
    const [prev, next] = story.eventIds.filter((id) => id !== middle.id);
    expect(within(nav).getByRole('link', { name: seedCorpus.events.find((e) => e.id === prev)!.title })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: seedCorpus.events.find((e) => e.id === next)!.title })).toBeTruthy();
  });

  it('goes to the next and previous event of the storyline with ] and [', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${middle.id}`, seedCorpus);
    const title = (id: string) => seedCorpus.events.find((e) => e.id === id)!.title;
    await user.keyboard(']');
    expect(screen.getByRole('heading', { level: 1, name: title(story.eventIds[2]!) })).toBeTruthy();
    // In user-event's syntax `[[` is one press of `[`.
    await user.keyboard('[[[[');
    expect(screen.getByRole('heading', { level: 1, name: title(story.eventIds[0]!) })).toBeTruthy();
    // The first event has no previous one: the key does nothing.
    await user.keyboard('[[');
    expect(screen.getByRole('heading', { level: 1, name: title(story.eventIds[0]!) })).toBeTruthy();
  });
});

describe('articles and unknown addresses', () => {
  it('shows a caption the page printed twice once', () => {
    const a = corpus.articles[0]!;
    const twice = {
      ...corpus,
      articles: [
        { ...a, captions: ['Harbour at dawn', 'Photo: Ann Lee', 'Harbour at dawn'] },
        ...corpus.articles.slice(1),
      ],
    };
    renderAt(`/articles/${a.id}`, twice);
    const captions = within(screen.getByRole('complementary', { name: 'Photo captions and credits' }));
    expect(captions.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Harbour at dawn',
      'Photo: Ann Lee',
    ]);
  });

  it('opens an article from the article list, and it links to its event', async () => {
    const user = userEvent.setup();
    renderAt('/articles');
    expect(screen.getByRole('heading', { level: 1, name: 'All articles' })).toBeTruthy();
    const a = corpus.articles.find((x) => x.outletId === 'the-hill')!;
    await user.click(screen.getByRole('link', { name: a.title }));
    const article = screen.getByRole('article', { name: a.title });
    expect(within(article).getByText(/By Ann Lee/)).toBeTruthy();
    await user.click(within(article).getByRole('link', { name: ferry.title }));
    expect(screen.getByRole('heading', { level: 1, name: ferry.title })).toBeTruthy();
  });

  it.each([
    ['/articles/no-such-article', 'No such article'],
    ['/events/no-such-event', 'No such event'],
    ['/stories/no-such-story', 'No such storyline'],
    ['/nowhere', 'No such page'],
  ])('%s gets a not-found message with a way back', (path, heading) => {
    renderAt(path);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: heading })).toBeTruthy();
    expect(within(alert).getByRole('link', { name: 'Back to all events' })).toBeTruthy();
  });
});

describe('markup in article text', () => {
  it('is shown as text, never as elements', () => {
    const c = markupCorpus();
    const { container } = render(
      <MemoryRouter initialEntries={[`/articles/${c.articles[0]!.id}`]}>
        <CorpusProvider {...wholeCorpus(c)}>
          <AppRoutes />
        </CorpusProvider>
      </MemoryRouter>,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByText(MARKUP_PARAGRAPH)).toBeTruthy();
  });
});

describe('feed filters in the URL', () => {
  function renderWithLocation(path: string) {
    let location = '';
    const Spy = () => {
      location = `${useLocation().pathname}${useLocation().search}`;
      return null;
    };
    render(
      <MemoryRouter initialEntries={[path]}>
        <AppShell>
          <CorpusProvider {...wholeCorpus(corpus)}>
            <AppRoutes />
            <Spy />
          </CorpusProvider>
        </AppShell>
      </MemoryRouter>,
    );
    return () => location;
  }

  it('narrows the feed by outlet with a facet checkbox, and puts it in the URL', async () => {
    const user = userEvent.setup();
    const where = renderWithLocation('/');
    const filters = screen.getByRole('form', { name: 'Filters' });
    await user.click(within(filters).getByRole('checkbox', { name: 'CNN (1)' }));
    expect(where()).toBe('/?outlet=cnn');
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('link', { name: quake.title })).toBeTruthy();
    await user.click(within(filters).getByRole('checkbox', { name: 'Reuters (1)' }));
    expect(where()).toBe('/?outlet=cnn&outlet=reuters');
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('filters by date from the URL and says which filter emptied the list', () => {
    renderAt('/?outlet=reuters&from=2024-03-04');
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByText('Reuters covered no event dated from 2024-03-04.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Show all events' })).toBeTruthy();
  });

  it('ignores invalid values with a visible notice', () => {
    renderAt('/?outlet=nobody&from=yesterday');
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('There is no outlet “nobody”');
    expect(note.textContent).toContain('“yesterday” is not a date');
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('lists the filtered events’ articles on the articles tab', async () => {
    const user = userEvent.setup();
    renderAt('/?outlet=reuters');
    await user.click(screen.getByRole('link', { name: 'By article' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Articles' })).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });
});

describe('the event page', () => {
  it('compares only the outlets chosen in the URL, with a notice for one that has no report', () => {
    renderAt(`/events/${ferry.id}?outlets=the-hill,cnn`);
    expect(screen.getByRole('article', { name: 'The Hill' })).toBeTruthy();
    expect(screen.queryByRole('article', { name: 'Reuters' })).toBeNull();
    expect(screen.getByRole('note').textContent).toContain('CNN has no report of this event.');
  });

  it('marks the reports the reader has opened, on the event page and in the feed', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${ferry.id}`);
    const hill = screen.getByRole('article', { name: 'The Hill' });
    const title = corpus.articles.find((a) => a.outletId === 'the-hill')!.title;
    await user.click(within(hill).getByRole('link', { name: title }));
    await user.click(screen.getByRole('link', { name: ferry.title }));
    expect(within(screen.getByRole('article', { name: 'The Hill' })).getByText('Read')).toBeTruthy();
    expect(within(screen.getByRole('article', { name: 'Reuters' })).queryByText('Read')).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Events' }));
    expect(screen.getByText(/1 of 2 reports read/)).toBeTruthy();
  });
});

describe('saved views', () => {
  it('saves an event view with its outlets, lists it on /saved, removes it and undoes that', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${ferry.id}?outlets=the-hill`);
    await user.click(screen.getByRole('button', { name: /Save/ }));
    expect(JSON.parse(localStorage.getItem(SAVED_KEY)!).state.views[0]).toMatchObject({
      eventId: ferry.id,
      search: '?outlets=the-hill',
      title: ferry.title,
    });
    await user.click(screen.getByRole('link', { name: 'Saved' }));
    const link = screen.getByRole('link', { name: ferry.title });
    expect(link.getAttribute('href')).toBe(`/events/${ferry.id}?outlets=the-hill`);
    await user.click(screen.getByRole('button', { name: `Remove “${ferry.title}”` }));
    expect(screen.queryByRole('link', { name: ferry.title })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await user.click(screen.getByRole('link', { name: ferry.title }));
    expect(screen.queryByRole('article', { name: 'Reuters' })).toBeNull();
    expect(screen.getByRole('article', { name: 'The Hill' })).toBeTruthy();
  });

  it('imports a valid file and refuses a bad one without changing anything', async () => {
    const user = userEvent.setup();
    renderAt('/saved');
    const input = screen.getByLabelText('Import saved views…');
    await user.upload(input, new File(['{"schemaVersion": 2}'], 'x.json', { type: 'application/json' }));
    expect(screen.getByRole('alert').textContent).toMatch(/not a Parallax saved-views file.*Nothing was imported/);
    expect(useSavedStore.getState().views).toEqual([]);
    const good = exportSaved([
      { id: 'v-1', eventId: quake.id, search: '', title: quake.title, savedAt: '2025-01-01T00:00:00Z' },
    ]);
    await user.upload(input, new File([good], 'saved.json', { type: 'application/json' }));
    expect(screen.getByText('Imported 1 saved views.')).toBeTruthy();
    expect(screen.getByRole('link', { name: quake.title })).toBeTruthy();
  });
});

describe('reading comfort', () => {
  it('moves through the feed with j and k, and shows the shortcuts with ?', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.keyboard('j');
    expect(document.activeElement?.textContent).toBe(corpus.events[0]!.title);
    await user.keyboard('j');
    expect(document.activeElement?.textContent).toBe(corpus.events[1]!.title);
    await user.keyboard('k');
    expect(document.activeElement?.textContent).toBe(corpus.events[0]!.title);
    await user.keyboard('?');
    expect(screen.getByRole('heading', { name: 'Keyboard shortcuts', hidden: true })).toBeTruthy();
  });

  it('follows the system theme unless overridden, and sizes text', async () => {
    const user = userEvent.setup();
    renderAt('/');
    expect(document.documentElement.dataset.theme).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Display' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    await user.click(screen.getByRole('button', { name: 'Display' }));
    await user.click(screen.getByRole('menuitem', { name: 'Larger text' }));
    expect(document.documentElement.style.fontSize).toBe('112%');
    await user.click(screen.getByRole('menuitemradio', { name: 'System' }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('shows an outlet’s profile with its articles', () => {
    renderAt('/outlets/the-hill');
    expect(screen.getByRole('heading', { level: 1, name: 'The Hill' })).toBeTruthy();
    expect(screen.getByText('United States')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'https://thehill.com' })).toBeTruthy();
    const hill = corpus.articles.find((a) => a.outletId === 'the-hill')!;
    const links = screen.getAllByRole('link', { name: hill.title }).map((l) => l.getAttribute('href'));
    expect(links).toContain(`/articles/${hill.id}`);
  });

  it('names an outlet’s kind in the words every badge uses ("news site", not the registry’s "online")', () => {
    const online = {
      ...corpus,
      outlets: corpus.outlets.map((o) => (o.id === 'the-hill' ? { ...o, kind: 'online' as const } : o)),
    };
    renderAt('/outlets/the-hill', online);
    expect(screen.getByText('news site')).toBeTruthy();
    expect(screen.queryByText('online')).toBeNull();
  });
});

describe('storage that cannot be used', () => {
  it('keeps a saved view in memory and tells the reader once when storage is full or unavailable', async () => {
    const user = userEvent.setup();
    const full = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    try {
      renderAt(`/events/${ferry.id}`);
      await user.click(screen.getByRole('button', { name: /Save/ }));
      expect(screen.getByText(NOTICE_UNAVAILABLE, { exact: false })).toBeTruthy();
      await user.click(screen.getByRole('link', { name: 'Saved' }));
      expect(screen.getByRole('link', { name: ferry.title })).toBeTruthy();
      await user.click(screen.getByRole('button', { name: 'Dismiss' }));
      await user.click(screen.getByRole('link', { name: 'Events' }));
      expect(screen.queryByText(NOTICE_UNAVAILABLE, { exact: false })).toBeNull();
    } finally {
      full.mockRestore();
    }
  });
});

describe('loading the corpus', () => {
  it('says offline in the header when the corpus request fails, and loads it on Try again', async () => {
    const user = userEvent.setup();
    useOnlineStatusStore.setState(INITIAL_CONNECTION);
    const fetchStub = vi.fn(async (): Promise<Response> => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', fetchStub);
    try {
      render(
        <MemoryRouter initialEntries={['/']}>
          <ConnectionStatus />
          <CorpusProvider url="/assets/corpus-x.json">
            <AppRoutes />
          </CorpusProvider>
        </MemoryRouter>,
      );
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toBe('The articles could not be loaded: the network is unreachable.');
      expect(screen.getByText(OFFLINE_MESSAGE)).toBeTruthy();
      fetchStub.mockImplementation(async () => new Response(JSON.stringify(splitCorpus(corpus).index)));
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(await screen.findByRole('link', { name: ferry.title })).toBeTruthy();
      expect(screen.queryByText(OFFLINE_MESSAGE)).toBeNull();
    } finally {
      vi.unstubAllGlobals();
      useOnlineStatusStore.setState(INITIAL_CONNECTION);
    }
  });

  it('shows a clear message for a corpus of another schema version, instead of a broken view', async () => {
    const fetchStub = vi.fn(
      async () => new Response(JSON.stringify({ ...splitCorpus(corpus).index, schemaVersion: 2 })),
    );
    vi.stubGlobal('fetch', fetchStub);
    try {
      render(
        <MemoryRouter initialEntries={['/']}>
          <CorpusProvider url="/assets/corpus-x.json">
            <AppRoutes />
          </CorpusProvider>
        </MemoryRouter>,
      );
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toBe(
        'The articles file does not match this version of Parallax: corpus index schemaVersion 2 is not the supported version 1.',
      );
      expect(fetchStub).toHaveBeenCalledWith('/assets/corpus-x.json');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('loading an event', () => {
  /**
   * A host serving the corpus in parts: the index at <base>/corpus.json, each event's file beside
   * it (each test its own base: a file once loaded is kept for the visit, by its address).
   */
  function host(base: string, failEvents = false) {
    const { index, files } = splitCorpus(corpus);
    const served = { ...index, eventFiles: Object.fromEntries(index.events.map((e) => [e.id, `events/${e.id}.json`])) };
    const asked: string[] = [];
    const fetchStub = vi.fn(async (url: string): Promise<Response> => {
      asked.push(url);
      if (url === `${base}/corpus.json`) return new Response(JSON.stringify(served));
      const m = new RegExp(`^${base}/events/(.+)\\.json$`).exec(url);
      if (m && !failEvents) return new Response(JSON.stringify(files.get(m[1]!)));
      if (m) throw new TypeError('Failed to fetch');
      return new Response('', { status: 404 });
    });
    vi.stubGlobal('fetch', fetchStub);
    return { asked, fetchStub };
  }

  it("reads the feed from the index alone, and an event's reports from its own file when its page opens", async () => {
    const { asked } = host('/one');
    try {
      render(
        <MemoryRouter initialEntries={['/']}>
          <CorpusProvider url="/one/corpus.json">
            <AppRoutes />
          </CorpusProvider>
        </MemoryRouter>,
      );
      await userEvent.setup().click(await screen.findByRole('link', { name: ferry.title }));
      expect(await screen.findByRole('heading', { level: 1, name: ferry.title })).toBeTruthy();
      expect(asked).toEqual(['/one/corpus.json', `/one/events/${ferry.id}.json`]);
      // Each outlet's report, whole, in its column.
      const first = corpus.articles.find((a) => a.id === ferry.articleIds[0])!;
      expect(await screen.findAllByText(first.body[1]!)).not.toHaveLength(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("says why an event's reports could not be loaded, and loads them on Try again", async () => {
    const { fetchStub } = host('/two', true);
    try {
      render(
        <MemoryRouter initialEntries={[`/events/${ferry.id}`]}>
          <CorpusProvider url="/two/corpus.json">
            <AppRoutes />
          </CorpusProvider>
        </MemoryRouter>,
      );
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(
        /^The reports of this event are not stored on this device, and the network is unreachable\./,
      );
      const { files } = splitCorpus(corpus);
      fetchStub.mockImplementation(async (url: string) =>
        url === '/two/corpus.json'
          ? new Response('{}')
          : new Response(JSON.stringify(files.get(url.replace(/^.*\//, '').replace(/\.json$/, '')))),
      );
      await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
      expect(await screen.findByRole('heading', { level: 1, name: ferry.title })).toBeTruthy();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('more shortcuts', () => {
  it('saves the event view with s, and goes to the filters with /', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${ferry.id}`);
    await user.keyboard('s');
    expect(useSavedStore.getState().views.map((v) => v.eventId)).toEqual([ferry.id]);
    expect(screen.getByRole('button', { name: 'Saved view' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('focuses the first filter with /', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.keyboard('/');
    expect(document.activeElement).toBe(
      within(screen.getByRole('form', { name: 'Filters' })).getAllByRole('checkbox')[0],
    );
  });
});

/**
 * A feed of 80 events, one report each, laid out as a browser would: each event 200 px tall (read
 * from the element, as TanStack Virtual does where no ResizeObserver reports sizes), the page as
 * long as the feed, scrolling moving the window.
 */
function longFeed() {
  // Each article its own made-up words (letters only), so each is its own event.
  const word = (n: number, k: number) =>
    Array.from(String(n * 100 + k).padStart(5, '0'), (d) => 'bcdfghjklm'[Number(d)]).join('a');
  const articles = Array.from({ length: 80 }, (_, n) =>
    makeArticle(
      `a-long${String(n).padStart(3, '0')}`,
      `${word(n, 1)} ${word(n, 2)} ${word(n, 3)}`,
      [Array.from({ length: 30 }, (_, k) => word(n, k)).join(' ')],
      `2024-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
    ),
  );
  const { events, stories } = groupIntoEvents(articles, []);
  expect(events).toHaveLength(80);
  expect(events.length).toBeGreaterThan(PLAIN_FEED_MAX);
  const outlets = [{ id: 'example-times', name: 'Example Times', country: null, kind: 'newspaper', homepage: null }];
  // Each event one report of one outlet: the counts the feed shows, which a full ingest would compute.
  const provenance = { outlets: 1, independentReports: 1, copies: [] };
  const long = {
    schemaVersion: 1,
    sources: [],
    outlets,
    articles,
    events: events.map((e) => ({ ...e, provenance })),
    stories,
  } as unknown as typeof corpus;
  // Nothing is laid out here: each event is given the height a browser would measure (read
  // from the element, as TanStack Virtual does where no ResizeObserver reports sizes).
  vi.stubGlobal('ResizeObserver', undefined);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.matches('li.feed-item') ? 200 : 0;
  });
  // The page is as long as the feed, and scrolling moves the window, as in a browser.
  const doc = document.documentElement;
  Object.defineProperty(doc, 'scrollHeight', { configurable: true, get: () => 80 * 200 + 1000 });
  onTestFinished(() => void delete (doc as { scrollHeight?: number }).scrollHeight);
  vi.spyOn(window, 'scrollTo').mockImplementation(((options: ScrollToOptions) => {
    Object.defineProperty(window, 'scrollY', { value: options.top ?? 0, configurable: true });
    window.dispatchEvent(new Event('scroll'));
  }) as typeof window.scrollTo);
  return long;
}

describe('a long feed', () => {
  it('keeps only the events near the window (more than PLAIN_FEED_MAX of them) in the page, each saying where it stands, and j reaches the last', async () => {
    const user = userEvent.setup();
    const long = longFeed();
    renderAt('/', long);
    // Long from the start: the windowed list alone.
    expect(document.querySelectorAll('ol.event-feed')).toHaveLength(1);
    const shown = () => screen.getAllByRole('article').map((a) => a.closest('li')!);
    expect(shown().length).toBeGreaterThan(3);
    expect(shown().length).toBeLessThan(20);
    expect(shown().map((li) => li.getAttribute('aria-setsize'))).toEqual(shown().map(() => '80'));
    expect(shown()[0]!.getAttribute('aria-posinset')).toBe('1');
    // The room of the events not in the page is kept below them.
    const list = shown()[0]!.parentElement!;
    expect(parseFloat(list.style.paddingBottom)).toBeGreaterThan(200 * 60);
    // Scrolled by hand, the events at the new place come in and the ones left behind go.
    act(() => window.scrollTo({ top: 6000 }));
    const middle = shown().map((li) => Number(li.getAttribute('aria-posinset')));
    expect(middle).toContain(31);
    expect(middle).not.toContain(1);
    for (let i = 0; i < 80; i++) await user.keyboard('j');
    expect(document.activeElement?.tagName).toBe('A');
    expect(document.activeElement?.closest('li')?.getAttribute('aria-posinset')).toBe('80');
    expect(shown().length).toBeLessThan(20);
  });

  it('hides the events listed whole when the feed turns long, in the render that windows it, and takes them out after', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => void vi.useRealTimers());
    const long = longFeed();
    const months = long.events.filter((e) => e.date?.startsWith('2024-01')).length;
    expect(months).toBeLessThan(PLAIN_FEED_MAX);
    renderAt('/?from=2024-01-01&to=2024-01-31', long);
    const lists = () => [...document.querySelectorAll<HTMLOListElement>('ol.event-feed')];
    expect(lists()).toHaveLength(1);
    expect(screen.getAllByRole('article')).toHaveLength(months);
    // The reader is down the page; the feed turning long does not move the window. (The feed
    // starts at the top of the page, as a browser would report it.)
    const box = HTMLElement.prototype.getBoundingClientRect;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return this.matches('ol.event-feed') ? new DOMRect(0, -window.scrollY, 1000, 200 * 80) : box.call(this);
    });
    act(() => window.scrollTo({ top: 2000 }));
    const scrolls = vi.mocked(window.scrollTo).mock.calls.length;
    act(() => screen.getByRole('button', { name: 'Clear all' }).click());
    expect(window.scrollY).toBe(2000);
    expect(vi.mocked(window.scrollTo).mock.calls.length).toBe(scrolls);
    // The windowed list shows the events where the reader is (200 px each), not those at the top.
    expect(screen.getAllByRole('article').map((a) => a.closest('li')!.getAttribute('aria-posinset'))).toContain('11');
    expect(screen.getAllByRole('article').map((a) => a.closest('li')!.getAttribute('aria-posinset'))).not.toContain(
      '1',
    );
    // The events listed whole are still in the page, hidden; the windowed list shows the feed.
    expect(lists().map((l) => l.hidden)).toEqual([true, false]);
    // It keeps the events it showed (the longer feed's first ones are not rendered into it).
    expect(lists()[0]!.children).toHaveLength(months);
    expect(screen.getAllByRole('article').length).toBeLessThan(20);
    await act(async () => void vi.runAllTimers());
    expect(lists().map((l) => l.hidden)).toEqual([false]);
    expect(screen.getAllByRole('article')[0]!.closest('li')!.getAttribute('aria-setsize')).toBe('80');
  });

  it('keeps the event first in the window where it was when what stands above the list moves as it turns long', () => {
    const long = longFeed();
    // The newest events, all of them December's, are the longer feed's first ones, in its order.
    renderAt('/?from=2024-12-01&to=2024-12-31', long);
    const december = screen.getAllByRole('article');
    expect(december.length).toBeGreaterThan(4);
    expect(december.map((a) => a.closest('li')!.getAttribute('aria-posinset'))).toEqual(
      december.map((_, i) => String(i + 1)),
    );
    // Laid out as a browser would: the events 200 px each from the top of the page; once the
    // windowed list is in, it stands 100 px lower (what stands beside it laid out anew).
    const box = HTMLElement.prototype.getBoundingClientRect;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const y = window.scrollY;
      if (this.matches('ol.event-feed')) {
        const moved = document.querySelectorAll('ol.event-feed').length > 1 && !this.hidden;
        return new DOMRect(0, (moved ? 100 : 0) - y, 1000, 200 * 80);
      }
      if (this.matches('li.feed-item')) return new DOMRect(0, Number(this.dataset.feedItem) * 200 - y, 1000, 200);
      return box.call(this);
    });
    // The fourth event is first in the window, its top 50 px above it.
    act(() => window.scrollTo({ top: 650 }));
    act(() => screen.getByRole('button', { name: 'Clear all' }).click());
    // Brought back 50 px above the window's top: 100 (the list) + 3 × 200 − (−50).
    expect(window.scrollY).toBe(750);
    const shown = screen.getAllByRole('article').map((a) => a.closest('li')!.getAttribute('aria-posinset'));
    expect(shown).toContain('4');
  });
});

describe('a short feed', () => {
  it('has every event in the page, with no room kept for others, and j reaches the last', async () => {
    const user = userEvent.setup();
    renderAt('/');
    const shown = screen.getAllByRole('article').map((a) => a.closest('li')!);
    expect(shown).toHaveLength(corpus.events.length);
    expect(shown.map((li) => li.getAttribute('aria-posinset'))).toEqual(corpus.events.map((_, i) => String(i + 1)));
    expect(shown[0]!.parentElement!.style.paddingBottom).toBe('');
    for (let i = 0; i < corpus.events.length; i++) await user.keyboard('j');
    expect(document.activeElement?.closest('li')).toBe(shown.at(-1));
  });
});
