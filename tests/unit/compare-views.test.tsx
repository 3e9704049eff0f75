// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { useCorrectionsStore } from '../../src/lib/corrections-store';
import { useReadStore } from '../../src/lib/read-store';
import { useSavedStore } from '../../src/lib/saved-store';
import { renderApp } from '../render-app';
import { comparisonCorpus, KI, PR, RADAR_GROUP, TRAVEL_GROUP } from '../compare-fixture';

const corpus = comparisonCorpus();
const peskov = corpus.events[0]!;
const single = corpus.events[1]!;
const ki = corpus.articles.find((a) => a.id === KI)!;

/** Where the app is: the path and query the reader would bookmark. */
let here = '';
function Address() {
  const { pathname, search } = useLocation();
  useEffect(() => {
    here = `${pathname}${search}`;
  }, [pathname, search]);
  return null;
}

function renderAt(path: string, c = corpus) {
  return renderApp(path, c, <Address />);
}

const tabs = () => screen.getByRole('navigation', { name: 'Compare the coverage' });
const query = () => new URLSearchParams(here.split('?')[1] ?? '');

beforeEach(() => {
  localStorage.clear();
  useCorrectionsStore.setState({ entries: [] });
  useSavedStore.setState({ views: [], removed: null });
  useReadStore.setState({ read: {} });
});

describe('the event’s views', () => {
  it('switches views with the tabs, puts the view in the URL and keeps the outlet choice', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${peskov.id}?outlets=kyiv-independent,pravda-ru`);
    expect(within(tabs()).getByRole('link', { name: 'Coverage' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getAllByRole('article', { name: /Kyiv Independent|Pravda\.ru/ })).toHaveLength(2);

    await user.click(within(tabs()).getByRole('link', { name: 'Quotes' }));
    expect(query().get('view')).toBe('quotes');
    expect(query().get('outlets')).toBe('kyiv-independent,pravda-ru');
    expect(screen.getByRole('heading', { level: 2, name: 'Quotes' })).toBeTruthy();
    expect(within(tabs()).getByRole('link', { name: 'Quotes' }).getAttribute('aria-current')).toBe('page');
    expect(screen.queryByRole('heading', { name: 'Coverage side by side' })).toBeNull();
    expect(document.title).toBe(`Quotes: ${peskov.title} · Parallax`);

    await user.click(within(tabs()).getByRole('link', { name: 'Facts' }));
    expect(query().get('view')).toBe('facts');
    expect(screen.getByRole('heading', { level: 2, name: 'Facts' })).toBeTruthy();

    await user.click(within(tabs()).getByRole('link', { name: 'Sources' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Sources' })).toBeTruthy();

    await user.click(within(tabs()).getByRole('link', { name: 'Coverage' }));
    expect(here).toBe(`/events/${peskov.id}?outlets=kyiv-independent,pravda-ru`);
    expect(screen.getByRole('heading', { name: 'Coverage side by side' })).toBeTruthy();
  });

  it('reaches every tab from the keyboard', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${peskov.id}`);
    const sources = within(tabs()).getByRole('link', { name: 'Sources' });
    while (document.activeElement !== sources) await user.tab();
    await user.keyboard('{Enter}');
    expect(query().get('view')).toBe('sources');
  });

  it('says so politely for an unknown view or item, and shows what it can', () => {
    renderAt(`/events/${peskov.id}?view=timeline`);
    expect(screen.getByRole('status', { name: 'About this address' }).textContent).toContain(
      'There is no “timeline” view; showing the coverage side by side.',
    );
    expect(screen.getByRole('heading', { name: 'Coverage side by side' })).toBeTruthy();
  });

  it('says so for an item the event does not have', () => {
    renderAt(`/events/${peskov.id}?view=quotes&item=e-elsewhere%3Aq9`);
    expect(screen.getByRole('status', { name: 'About this address' }).textContent).toContain(
      'Nothing in this event has the id “e-elsewhere:q9”',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Quotes' })).toBeTruthy();
  });

  it('offers the view that shows an item asked for in another', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${peskov.id}?view=sources&item=e-peskov%3Af2`);
    const notice = screen.getByRole('status', { name: 'About this address' });
    expect(notice.textContent).toContain('The Sources view does not show “e-peskov:f2”.');
    await user.click(within(notice).getByRole('link', { name: 'See it in Facts' }));
    expect(query().get('view')).toBe('facts');
    expect(query().get('item')).toBe('e-peskov:f2');
  });

  it('says in the header how many outlets and independent reports there are, and links to why', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${peskov.id}?outlets=pravda-ru`);
    expect(screen.getByText('4 outlets, 3 independent reports')).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'how they are counted' }));
    expect(here).toBe(`/events/${peskov.id}?outlets=pravda-ru&view=sources`);
    expect(screen.getByRole('region', { name: 'How many reports' })).toBeTruthy();
  });

  it('moves focus to the title on arriving at an event, and leaves it on the tab when switching views', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${peskov.id}`);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: peskov.title }));
    const quotes = within(tabs()).getByRole('link', { name: 'Quotes' });
    await user.click(quotes);
    expect(document.activeElement).toBe(within(tabs()).getByRole('link', { name: 'Quotes' }));
  });
});

/** A speaker's statements in the quotes view, each labelled with the speaker and its place among theirs. */
function statementsOf(speaker: string): HTMLElement[] {
  return screen.getAllByRole('article', { name: new RegExp(`^${speaker}, statement \\d+ of \\d+$`) });
}

describe('the quotes view', () => {
  it('shows each statement once under its speaker, named once, with every outlet’s rendering', () => {
    renderAt(`/events/${peskov.id}?view=quotes`);
    expect(screen.getAllByRole('heading', { level: 3, name: /^Dmitry Peskov/ })).toHaveLength(1);
    const speaker = screen.getByRole('region', { name: 'Dmitry Peskov · 2 statements' });
    const groups = statementsOf('Dmitry Peskov');
    expect(groups).toHaveLength(2);
    expect(groups.every((g) => speaker.contains(g))).toBe(true);
    const radar = groups[0]!;
    expect(within(radar).getAllByRole('listitem')).toHaveLength(4);
    expect(within(radar).getAllByText('Direct quote')).toHaveLength(4);
    expect(within(groups[1]!).getAllByText('Paraphrase')).toHaveLength(3);
  });

  it('marks the words an outlet changes, in words as well as in style', () => {
    renderAt(`/events/${peskov.id}?view=quotes`);
    const radar = statementsOf('Dmitry Peskov')[0]!;
    const pr = within(radar)
      .getAllByRole('listitem')
      .find((li) => li.textContent!.includes('Pravda.ru'))!;
    const added = pr.querySelector('ins')!;
    const removed = pr.querySelector('del')!;
    expect(added.textContent).toBe('[added: being discussed publicly]');
    expect(removed.textContent).toBe('[left out: on the radar]');
    const up = within(radar)
      .getAllByRole('listitem')
      .find((li) => li.textContent!.includes('Ukrainska Pravda'))!;
    expect(within(up).getByText('The same words as Kyiv Independent’s.')).toBeTruthy();
    expect(up.querySelector('ins, del')).toBeNull();
  });

  it('says which outlets leave a statement out', () => {
    renderAt(`/events/${peskov.id}?view=quotes`);
    const travel = statementsOf('Dmitry Peskov')[1]!;
    expect(within(travel).getByText('Not carried by Pravda.ru')).toBeTruthy();
  });

  it('brings a bookmarked statement into view and focus', () => {
    renderAt(`/events/${peskov.id}?view=quotes&item=${encodeURIComponent(TRAVEL_GROUP)}`);
    const travel = statementsOf('Dmitry Peskov')[1]!;
    expect(travel.className).toContain('is-focused');
    expect(document.activeElement).toBe(travel);
    expect(statementsOf('Dmitry Peskov')[0]!.className).not.toContain('is-focused');
  });

  it('links each rendering to its place in the column, where it is marked', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${peskov.id}?view=quotes&item=${encodeURIComponent(RADAR_GROUP)}`);
    const link = screen.getByRole('link', { name: 'In context — the Pravda.ru report' });
    expect(link.getAttribute('href')).toBe(`/events/${peskov.id}?view=coverage&item=${encodeURIComponent(`${PR}:q0`)}`);
    await user.click(link);
    const column = screen.getByRole('article', { name: 'Pravda.ru' });
    const mark = column.querySelector('mark')!;
    expect(mark.textContent).toBe('Highlighted: The meeting is clearly being discussed publicly');
    expect(document.activeElement).toBe(mark);
    expect(screen.getAllByRole('article').flatMap((a) => [...a.querySelectorAll('mark')])).toHaveLength(1);
  });
});

describe('the facts view', () => {
  it('puts common ground first', () => {
    renderAt(`/events/${peskov.id}?view=facts`);
    const common = screen.getByRole('region', { name: 'Common ground' });
    expect(within(common).getByText('What all 4 outlets report')).toBeTruthy();
    expect(
      within(common)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.fact-text')!.textContent),
    ).toEqual([peskov.facts[0]!.text, peskov.facts[1]!.text]);
  });

  it('shows who carries what in a table, in words as well as symbols', () => {
    renderAt(`/events/${peskov.id}?view=facts`);
    const table = screen.getByRole('table', { name: 'Facts more than one outlet carries' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Fact', 'Ukrainska Pravda', 'Pravda.ru', 'Kyiv Independent', 'Yahoo News']);
    const row = within(table).getByRole('row', { name: new RegExp(`^${peskov.facts[2]!.text}`) });
    expect(within(row).getByText('Not carried by Pravda.ru')).toBeTruthy();
    const cell = within(row).getByRole('link', { name: 'Carried by Kyiv Independent: read it there' });
    expect(cell.getAttribute('href')).toBe(`/events/${peskov.id}?view=coverage&item=e-peskov%3Af2&in=${KI}`);
  });

  it('jumps from a cell to the sentence in the column', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${peskov.id}?view=facts`);
    const table = screen.getByRole('table', { name: 'Facts more than one outlet carries' });
    const row = within(table).getByRole('row', { name: new RegExp(`^${peskov.facts[2]!.text}`) });
    await user.click(within(row).getByRole('link', { name: 'Carried by Kyiv Independent: read it there' }));
    const column = screen.getByRole('article', { name: 'Kyiv Independent' });
    const mark = column.querySelector('mark')!;
    expect(mark.textContent).toBe(`Highlighted: ${ki.body[2]}`);
    expect(document.activeElement).toBe(mark);
    // Only the sentence in the report asked for is marked.
    expect(screen.getByRole('article', { name: 'Ukrainska Pravda' }).querySelector('mark')).toBeNull();
  });

  it('lists what only one outlet carries, per outlet', () => {
    renderAt(`/events/${peskov.id}?view=facts`);
    const onlyKi = screen.getByRole('region', { name: 'Only in Kyiv Independent' });
    expect(within(onlyKi).getByText('1 sentence no other outlet carries')).toBeTruthy();
    expect(within(onlyKi).getByRole('link', { name: ki.body[3]! }).getAttribute('href')).toBe(
      `/events/${peskov.id}?view=coverage&item=e-peskov%3Af3&in=${KI}`,
    );
    const onlyUp = screen.getByRole('region', { name: 'Only in Ukrainska Pravda' });
    expect(within(onlyUp).getByText('Nothing that another outlet does not also report.')).toBeTruthy();
  });

  it('focuses a bookmarked fact where the page first shows it', () => {
    renderAt(`/events/${peskov.id}?view=facts&item=e-peskov%3Af3`);
    const onlyKi = screen.getByRole('region', { name: 'Only in Kyiv Independent' });
    const item = within(onlyKi).getByRole('listitem');
    expect(item.className).toContain('is-focused');
    expect(document.activeElement).toBe(item);
  });

  it('shows a few of a long “only in” list, and the rest on request or when one of them is asked for', async () => {
    const user = userEvent.setup();
    const sentences = ['One more thing.', 'Two more things.', 'Three more things.', 'Four more things.', 'Five more.'];
    const long = comparisonCorpus();
    const ki2 = long.articles.find((a) => a.id === KI)!;
    const at = ki2.body.length;
    ki2.body.push(...sentences);
    const event = long.events[0]!;
    event.facts.push(
      ...sentences.map((text, i) => ({
        id: `e-peskov:f${10 + i}`,
        text,
        articleIds: [KI],
        spans: [{ articleId: KI, paragraph: at + i, start: 0, end: text.length }],
      })),
    );
    const view = renderAt(`/events/${peskov.id}?view=facts`, long);
    const onlyKi = () => screen.getByRole('region', { name: 'Only in Kyiv Independent' });
    expect(within(onlyKi()).getAllByRole('listitem')).toHaveLength(3);
    const more = within(onlyKi()).getByRole('button', { name: 'Show all 6 only in Kyiv Independent' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await user.click(more);
    expect(within(onlyKi()).getAllByRole('listitem')).toHaveLength(6);
    expect(
      within(onlyKi())
        .getByRole('button', { name: /Show fewer/ })
        .getAttribute('aria-expanded'),
    ).toBe('true');
    view.unmount();

    renderAt(`/events/${peskov.id}?view=facts&item=e-peskov%3Af14`, long);
    expect(within(onlyKi()).getAllByRole('listitem')).toHaveLength(6);
    expect(document.activeElement).toBe(within(onlyKi()).getByRole('link', { name: 'Five more.' }).parentElement);
  });

  it('says there is nothing to compare for one outlet', () => {
    renderAt(`/events/${single.id}?view=facts`);
    expect(screen.getByText('Only one outlet reports this event, so there is nothing to compare yet.')).toBeTruthy();
  });
});

describe('the sources view', () => {
  it('says how many independent reports there are, and why', () => {
    renderAt(`/events/${peskov.id}?view=sources`);
    const reports = screen.getByRole('region', { name: 'How many reports' });
    expect(within(reports).getByText('4 outlets, 3 independent reports')).toBeTruthy();
    expect(
      within(reports).getByText(
        'Yahoo News’s report repeats Kyiv Independent’s report: near-identical body (94% of word shingles).',
      ),
    ).toBeTruthy();
  });

  it('breaks the outlets down by country and kind, state-owned marked', () => {
    renderAt(`/events/${peskov.id}?view=sources`);
    const who = screen.getByRole('region', { name: 'Who reports it' });
    expect(within(who).getByText(/^Ukraine:/).textContent).toBe('Ukraine: Ukrainska Pravda, Kyiv Independent');
    expect(within(who).getByText(/^Russia:/).textContent).toBe('Russia: Pravda.rustate-owned');
    expect(within(who).getByText(/^online:/).textContent).toContain('Kyiv Independent');
    expect(within(who).getByText('Owned by a state').nextElementSibling).toBeTruthy();
  });

  it('lists whom each outlet cites, with its words, linked to the place', () => {
    renderAt(`/events/${peskov.id}?view=sources`);
    const kiCites = screen.getByRole('region', { name: 'Kyiv Independent' });
    const item = within(kiCites).getByRole('listitem');
    expect(item.querySelector('.cite-label')!.textContent).toBe('Russian propaganda outlet ');
    expect(item.querySelector('.cite-name')!.textContent).toBe('RIA Novosti');
    expect(within(item).getByText('news outlet')).toBeTruthy();
    expect(
      within(item)
        .getByRole('link', { name: 'in context — RIA Novosti in the Kyiv Independent report' })
        .getAttribute('href'),
    ).toBe(`/events/${peskov.id}?view=coverage&item=${encodeURIComponent(`${KI}:c0`)}`);
    const prCites = screen.getByRole('region', { name: 'Pravda.ru' });
    expect(within(prCites).getByRole('link', { name: 'profile of TASS' }).getAttribute('href')).toBe('/outlets/tass');
    expect(within(screen.getByRole('region', { name: 'Yahoo News' })).getByText('Names no source.')).toBeTruthy();
  });

  it('shows how the outlets name the same people and places, without a verdict', () => {
    renderAt(`/events/${peskov.id}?view=sources`);
    const table = screen.getByRole('table', { name: 'The same person, place or body in each outlet’s words' });
    const peskovRow = within(table).getByRole('row', { name: /^Dmitry Peskov/ });
    expect(
      within(peskovRow)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Kremlin spokesperson — Kyiv Independent, Yahoo News',
      'Putin’s spokesperson — Ukrainska Pravda',
      'Kremlin spokesman — Pravda.ru',
    ]);
    expect(within(table).getByRole('row', { name: /^Kyiv/ }).textContent).toContain('Kiev — Pravda.ru');
  });
});

describe('marked passages in the columns', () => {
  it('marks every rendering of a statement where it stands, and keeps the text text', () => {
    renderAt(`/events/${peskov.id}?view=coverage&item=${encodeURIComponent(RADAR_GROUP)}`);
    const marks = screen.getAllByRole('article').flatMap((a) => [...a.querySelectorAll('mark')]);
    // Three columns at most: the marked outlets get them first, and the page says where the rest are.
    expect(marks.map((m) => m.textContent!.replace('Highlighted: ', ''))).toEqual([
      'The meeting is clearly on the radar',
      'The meeting is clearly being discussed publicly',
      'The meeting is clearly on the radar',
    ]);
    expect(screen.getByRole('status', { name: 'About the marked passage' }).textContent).toContain(
      'Also marked in reports of outlets not shown: Yahoo News.',
    );
    const p = marks[0]!.parentElement!;
    expect(p.textContent!.replace('Highlighted: ', '')).toBe(corpus.articles.find((a) => a.id === 'a-up')!.body[1]);
  });

  it('says when a marked passage is in an outlet the choice hides, and offers to show them', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${peskov.id}?outlets=pravda-ru&view=coverage&item=${encodeURIComponent(RADAR_GROUP)}`);
    const notice = screen.getByRole('status', { name: 'About the marked passage' });
    expect(notice.textContent).toContain(
      'Also marked in reports of outlets not shown: Ukrainska Pravda, Kyiv Independent, Yahoo News.',
    );
    await user.click(within(notice).getByRole('link', { name: 'Show the marked reports' }));
    expect(query().get('outlets')).toBe('ukrainska-pravda,pravda-ru,kyiv-independent');
    expect(query().get('item')).toBe(RADAR_GROUP);
    expect(screen.getAllByRole('article').flatMap((a) => [...a.querySelectorAll('mark')])).toHaveLength(3);
  });

  it('keeps the focus when the outlet choice changes', async () => {
    const user = userEvent.setup();
    renderAt(`/events/${peskov.id}?view=coverage&item=e-peskov%3Af0`);
    // Three columns are shown: a fourth outlet takes the place of the one chosen longest ago.
    await user.click(screen.getByRole('button', { name: 'Yahoo News', pressed: false }));
    expect(query().get('outlets')).toBe('pravda-ru,kyiv-independent,yahoo');
    expect(query().get('item')).toBe('e-peskov:f0');
    expect(screen.getAllByRole('article').flatMap((a) => [...a.querySelectorAll('mark')])).toHaveLength(3);
  });
});

describe('storyline naming', () => {
  it('shows across a storyline’s events the words each outlet uses for the same place', () => {
    renderAt('/stories/s-talks');
    const table = screen.getByRole('table', { name: /across the storyline’s events/ });
    const row = within(table).getByRole('row', { name: /^Kyiv/ });
    expect(row.textContent).toMatch(/Kiev — Pravda\.ru, /);
    expect(row.textContent).toContain('Kyiv — Kyiv Independent');
  });
});
