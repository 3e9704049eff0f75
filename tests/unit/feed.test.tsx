// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { readSeeds } from '../../scripts/lib/read-seeds';
import { ingest } from '../../src/core/ingest/ingest';
import type { NewsEvent } from '../../src/core/types';
import { useReadStore } from '../../src/lib/read-store';
import { SEEDS } from '../helpers';
import { renderApp, Where, where } from '../render-app';

const seeds = readSeeds(SEEDS);
const corpus = ingest(seeds.files, seeds.options);
const story = corpus.stories.find((s) => s.eventIds.length === 3)!;
const middle = corpus.events.find((e) => e.id === story.eventIds[1])!;
const outletOf = (articleId: string) =>
  corpus.outlets.find((o) => o.id === corpus.articles.find((a) => a.id === articleId)!.outletId)!;
/** The corpus with one outlet of a two-outlet event marked state-owned. */
const stateOwnedEvent = corpus.events.find((e) => new Set(e.articleIds.map((id) => outletOf(id).id)).size >= 2)!;
const owned = outletOf(stateOwnedEvent.articleIds[0]!);
const withStateOwned = {
  ...corpus,
  outlets: corpus.outlets.map((o) => (o.id === owned.id ? { ...o, stateOwned: true } : o)),
};
const lonely = corpus.events.find((e) => corpus.stories.find((s) => s.id === e.storyId)!.eventIds.length === 1)!;

const renderAt = (path: string) => renderApp(path, corpus, <Where />);
/** Sizes happy-dom's window, so media queries answer as on a phone (390) or a desktop (1024). */
const viewport = (width: number) =>
  (window as unknown as { happyDOM: { setViewport(v: { width: number; height: number }): void } }).happyDOM.setViewport(
    {
      width,
      height: 844,
    },
  );
const itemOf = (e: NewsEvent) =>
  screen.getAllByRole('article').find((a) => within(a).queryByRole('heading', { name: e.title }))!;

beforeEach(() => {
  localStorage.clear();
  useReadStore.setState({ read: {} });
  viewport(1024);
});

describe('a feed item', () => {
  it('shows the title, the day, outlets and independent reports, who reports it, and its storyline', () => {
    renderAt('/');
    const item = itemOf(middle);
    expect(within(item).getByRole('heading', { level: 2, name: middle.title })).toBeTruthy();
    const title = within(item).getByRole('heading', { level: 2 });
    expect(within(title).getByRole('link').getAttribute('href')).toBe(`/events/${middle.id}`);
    const { outlets, independentReports } = middle.provenance;
    expect(
      within(item).getByText(`${outlets} ${outlets === 1 ? 'outlet' : 'outlets'} · ${independentReports} independent`),
    ).toBeTruthy();
    expect(item.querySelector('time')?.getAttribute('datetime')).toBe(middle.date);
    const who = within(item).getByRole('list', { name: 'Who reports it' });
    const countries = new Set(middle.articleIds.map((id) => outletOf(id).country));
    expect(within(who).getAllByRole('listitem').length).toBeGreaterThanOrEqual(countries.size);
    const storyline = within(item).getByRole('link', { name: 'Storyline, 3 events' });
    expect(storyline.getAttribute('href')).toBe(`/stories/${story.id}`);
    expect(storyline.parentElement!.textContent).toBe('Storyline, 3 events · this is 2 of 3');
    // The story is named after this event, so its title is not repeated; the other events say it.
    expect(story.title).toBe(middle.title);
    const other = itemOf(corpus.events.find((e) => e.id === story.eventIds[0])!);
    const there = within(other).getByRole('link', { name: 'Storyline, 3 events' }).parentElement!;
    expect(there.textContent).toBe(`Storyline, 3 events: ${story.title} · this is 1 of 3`);
  });

  it('marks state-owned outlets in words, and links no storyline for an event that stands alone', () => {
    renderApp('/', withStateOwned);
    const who = within(itemOf(stateOwnedEvent)).getByRole('list', { name: 'Who reports it' });
    expect(within(who).getByText(`state-owned: ${owned.name}`)).toBeTruthy();
    expect(within(itemOf(lonely)).queryByRole('link', { name: /^Storyline/ })).toBeNull();
  });

  it('marks an event as read, says so, and the unread filter then leaves it out', async () => {
    const user = userEvent.setup();
    renderAt('/');
    const item = itemOf(middle);
    expect(within(item).queryByText('Read')).toBeNull();
    await user.click(within(item).getByRole('button', { name: 'Mark as read' }));
    expect(within(itemOf(middle)).getByText('Read')).toBeTruthy();
    expect(within(itemOf(middle)).queryByRole('button', { name: 'Mark as read' })).toBeNull();
    // Wide: the filters stand beside the feed.
    await user.click(screen.getByRole('checkbox', { name: 'Unread events only' }));
    expect(where.path).toBe('/?unread=1');
    expect(screen.queryByRole('heading', { name: middle.title })).toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(corpus.events.length - 1);
    expect(screen.getByRole('button', { name: 'Remove filter: Unread only' })).toBeTruthy();
  });

  it('counts an event read only when all of its reports are', () => {
    const two = corpus.events.find((e) => e.articleIds.length >= 2)!;
    useReadStore.setState({ read: { [two.articleIds[0]!]: true } });
    renderAt('/?unread=1');
    expect(within(itemOf(two)).getByText(`1 of ${two.articleIds.length} reports read`)).toBeTruthy();
  });
});

describe('the filters', () => {
  it('stand beside the feed on a wide screen, with no button to open them', () => {
    renderAt('/');
    expect(screen.getByRole('form', { name: 'Filters' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Filter' })).toBeNull();
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
  });

  it('sit behind a Filter button on a phone; active ones are chips that remove them', async () => {
    const user = userEvent.setup();
    viewport(390);
    renderAt('/');
    const toggle = screen.getByRole('button', { name: 'Filter' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('form', { name: 'Filters' })).toBeNull();
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const form = screen.getByRole('form', { name: 'Filters' });
    await user.click(within(form).getByRole('checkbox', { name: /^Kyiv Independent/ }));
    expect(where.path).toBe('/?outlet=kyiv-independent');
    const chips = screen.getByRole('list', { name: 'Active filters' });
    const chip = within(chips).getByRole('button', { name: 'Remove filter: Kyiv Independent' });
    await user.click(within(form).getByRole('button', { name: 'Newest day' }));
    expect(within(chips).getAllByRole('button')).toHaveLength(3);
    await user.click(chip);
    expect(where.path).toMatch(/^\/\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
    expect(screen.queryByRole('button', { name: 'Remove filter: Kyiv Independent' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(where.path).toBe('/');
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
  });

  it('close on a phone with Escape, giving the focus back to the Filter button', async () => {
    const user = userEvent.setup();
    viewport(390);
    renderAt('/');
    const toggle = screen.getByRole('button', { name: 'Filter' });
    await user.click(toggle);
    // The popover takes the focus to its first filter, so a keyboard reader is in it at once.
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Unread events only' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Filters' })).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('names the list once: one heading, the switch says "By event" and "By article"', () => {
    renderAt('/');
    expect(screen.getAllByText('Events', { exact: true }).filter((el) => el.closest('main'))).toHaveLength(1);
    const by = screen.getByRole('navigation', { name: 'List by' });
    expect(within(by).getByRole('link', { name: 'By event' }).getAttribute('aria-current')).toBe('page');
  });
});

describe('global keys', () => {
  it('/ opens the filters on the feed and focuses the first one', async () => {
    const user = userEvent.setup();
    viewport(390);
    renderAt('/');
    await user.keyboard('/');
    expect(screen.getByRole('button', { name: 'Filter' }).getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Unread events only' }));
  });

  it('/ on any other page goes to the feed with the filters focused', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${middle.id}`);
    await user.keyboard('/');
    expect(where.path).toBe('/');
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Unread events only' }));
  });

  it('? lists the shortcuts, each key beside what it does', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts', hidden: true });
    const keys = [...dialog.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(keys).toEqual(expect.arrayContaining(['/', '?', 'j / k', 'Esc']));
    const slash = [...dialog.querySelectorAll('dt')].find((dt) => dt.textContent === '/')!;
    expect(slash.nextElementSibling?.textContent).toBe('go to the filters (opens them on a phone)');
  });

  it('? opens the list as a modal dialog; Escape closes it and the focus goes back where it was', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.keyboard('j');
    const chosen = document.activeElement;
    expect(chosen?.textContent).toBe(corpus.events[0]!.title);
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    // Modal: the page behind is hidden from assistive technology while the list is open.
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(chosen);
  });
});
