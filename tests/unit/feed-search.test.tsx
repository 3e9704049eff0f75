// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../scripts/lib/read-seeds';
import { ingest } from '../../src/core/ingest/ingest';
import { SEEDS } from '../helpers';
import { renderApp, Where, where } from '../render-app';

const seeds = readSeeds(SEEDS);
const corpus = ingest(seeds.files, seeds.options);
/** An oracle independent of the index: articles with `word` as a whole word of the title or body. */
const containing = (word: string, keep: (a: (typeof corpus.articles)[number]) => boolean = () => true) =>
  corpus.articles.filter(
    (a) => keep(a) && new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu').test([a.title, ...a.body].join('\n')),
  );

describe('searching the feed (?q=)', () => {
  it('lists every article with the word in its title or text, the word marked, each linked to its event', async () => {
    const expected = containing('kremlin');
    expect(expected.length).toBeGreaterThan(1);
    renderApp('/?q=kremlin', corpus);
    const status = await screen.findByText(new RegExp(`^${expected.length} articles match “kremlin”`));
    expect(status).toBeTruthy();
    const results = within(screen.getByRole('list', { name: 'Search results' })).getAllByRole('listitem');
    expect(results).toHaveLength(expected.length);
    for (const r of results) {
      expect(within(r).getAllByText(/kremlin/i, { selector: 'mark' }).length).toBeGreaterThan(0);
      expect(
        within(r)
          .getByRole('link', { name: /^Compare the coverage/ })
          .getAttribute('href'),
      ).toMatch(/^\/events\//);
    }
  });

  it('shows the best 20 first, and 20 more each time the reader asks, the count saying how many match', async () => {
    const user = userEvent.setup();
    // The seed articles about the Kremlin, each repeated under ids of its own: 45 to 59 in all.
    const matching = containing('kremlin');
    expect(matching.length).toBeLessThanOrEqual(15);
    const per = Math.ceil(45 / matching.length);
    const copies = matching.flatMap((a) =>
      Array.from({ length: per - 1 }, (_, k) => ({ ...a, id: `${a.id}-copy${k}` as typeof a.id })),
    );
    const larger = { ...corpus, articles: [...corpus.articles, ...copies] };
    const total = matching.length * per;
    renderApp('/?q=kremlin', larger);
    await screen.findByText(`${total} articles match “kremlin”; the best 20 are shown.`);
    const list = () => within(screen.getByRole('list', { name: 'Search results' })).getAllByRole('listitem');
    expect(list()).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: 'Show 20 more' }));
    await screen.findByText(`${total} articles match “kremlin”; the best 40 are shown.`);
    expect(list()).toHaveLength(40);
    await user.click(screen.getByRole('button', { name: `Show ${total - 40} more` }));
    await screen.findByText(`${total} articles match “kremlin”.`);
    expect(list()).toHaveLength(total);
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
  });

  it('combines with the outlet filter', async () => {
    const outlet = containing('kremlin')[0]!.outletId;
    const expected = containing('kremlin', (a) => a.outletId === outlet);
    renderApp(`/?q=kremlin&outlet=${outlet}`, corpus);
    expect(
      await screen.findByText(
        new RegExp(`^${expected.length} ${expected.length === 1 ? 'article matches' : 'articles match'} “kremlin”`),
      ),
    ).toBeTruthy();
  });

  it('says so when nothing matches, and keeps the query in the box', async () => {
    renderApp('/?q=zzyzxq', corpus);
    expect(await screen.findByText('No article matches “zzyzxq”.')).toBeTruthy();
    expect((screen.getByRole('searchbox', { name: 'Search articles' }) as HTMLInputElement).value).toBe('zzyzxq');
  });

  it('puts what the reader types into the address, and Escape clears it', async () => {
    const user = userEvent.setup();
    renderApp('/', corpus, <Where />);
    const box = screen.getByRole('searchbox', { name: 'Search articles' });
    await user.type(box, 'kremlin{Enter}');
    expect(where.path).toBe('/?q=kremlin');
    expect(await screen.findByText(/articles? match(es)? “kremlin”/)).toBeTruthy();
    await user.type(box, '{Escape}');
    expect(where.path).toBe('/');
    expect(screen.queryByRole('list', { name: 'Search results' })).toBeNull();
    expect(screen.getByText(/^All \d+, from \d+ articles\.$/)).toBeTruthy();
  });

  it('keeps the search when a filter changes', async () => {
    const user = userEvent.setup();
    renderApp('/?q=kremlin', corpus, <Where />);
    await screen.findByText(/match(es)? “kremlin”/);
    const unread = screen.getByRole('checkbox', { name: 'Unread events only' });
    await user.click(unread);
    expect(where.path).toContain('q=kremlin');
    expect(where.path).toContain('unread=1');
  });
});
