// @vitest-environment happy-dom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { articleHeader, splitCorpus } from '../../src/core/corpus-parts';
import { deriveCorpusView, nearestEvents } from '../../src/core/corpus-view';
import { regroupCorpus } from '../../src/core/group/regroup';
import type { Article, ArticleId, Corpus, EventId, NewsEvent, OutletId, StoryId } from '../../src/core/types';
import { HAPPENINGS, ingestTexts, makeArticle, newsPage, seedRegistry } from '../helpers';

function eventOn(id: string, date: string | null, articleIds: string[] = [`${id}-a`], storyId = 's'): NewsEvent {
  return {
    id: id as EventId,
    title: `Event ${id}`,
    titleFrom: articleIds[0] as ArticleId,
    date,
    dateEstimated: false,
    articleIds: articleIds as ArticleId[],
    storyId: storyId as StoryId,
    why: { names: [], quotes: [], dates: [], terms: [] },
    quotes: [],
    facts: [],
    naming: [],
    provenance: { outlets: 1, independentReports: 1, copies: [] },
  };
}

/** What the event page's "Belongs with" list did before the view: every other event sorted by distance, then id. */
function nearestByBruteForce(events: readonly NewsEvent[], event: NewsEvent, k: number): string[] {
  const day = (d: string | null) => (d ? Date.parse(`${d}T00:00:00Z`) : Number.POSITIVE_INFINITY);
  return events
    .filter((e) => e.id !== event.id)
    .map((e) => ({ e, apart: Math.abs(day(e.date) - day(event.date)) }))
    .sort((x, y) => x.apart - y.apart || (x.e.id < y.e.id ? -1 : 1))
    .slice(0, k)
    .map((x) => x.e.id);
}

describe('nearestEvents', () => {
  it('gives the same events, in the same order, as sorting every other event by distance in time', () => {
    const day = fc.option(
      fc.integer({ min: 1, max: 40 }).map((d) => `2024-03-${String(((d - 1) % 28) + 1).padStart(2, '0')}`),
      { freq: 5 },
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 30 }),
        fc.array(day, { minLength: 30, maxLength: 30 }),
        fc.integer({ min: 1, max: 8 }),
        (ids, days, k) => {
          const events = ids.map((id, i) => eventOn(id, days[i] ?? null));
          const near = nearestEvents(events, k);
          for (const e of events) expect(near.get(e.id)!.map((x) => x.id)).toEqual(nearestByBruteForce(events, e, k));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('deriveCorpusView', () => {
  const o = (id: string) => id as OutletId;
  const body = ['The council met on Monday and voted on the budget for the coming year.'];
  const wire: Article = {
    ...makeArticle('a1', 'Budget passes', body, '2024-04-02', 'reuters'),
    viaOutletIds: [o('yahoo')],
  };
  const later = makeArticle('a2', 'Council backs budget', body, '2024-04-05', 'cnn');
  const guessed: Article = {
    ...makeArticle('a3', 'Budget vote held', body, '2024-04-04', 'reuters'),
    published: { date: '2024-04-04', estimated: true, basis: 'relative' },
  };
  const undated = makeArticle('a4', 'Mayor responds', body, null, 'cnn');
  const corpus: Corpus = {
    schemaVersion: 1,
    sources: [],
    outlets: [
      { id: o('cnn'), name: 'CNN', country: 'US', kind: 'broadcaster', homepage: null },
      { id: o('reuters'), name: 'Reuters', country: 'GB', kind: 'news agency', homepage: null },
      { id: o('yahoo'), name: 'Yahoo', country: 'US', kind: 'aggregator', homepage: null },
    ],
    articles: [wire, later, guessed, undated],
    events: [eventOn('e1', '2024-04-05', ['a1', 'a2', 'a3']), eventOn('e2', null, ['a4'])],
    stories: [{ id: 's' as StoryId, title: 'Budget', eventIds: ['e1', 'e2'] as EventId[], naming: [] }],
  };
  const { index } = splitCorpus(corpus);
  const view = deriveCorpusView(index);

  it("orders an event's reports newest first and offers their outlets as columns in that order", () => {
    const c = view.coverage.get('e1')!;
    expect(c.articles.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    expect(c.newestFirst.map((a) => a.id)).toEqual(['a2', 'a3', 'a1']);
    expect(c.outletIds).toEqual(['reuters', 'cnn']);
    expect(c.pageOutletIds).toEqual(['cnn', 'reuters']);
    expect(c.perspective.countries.map((x) => x.country)).toEqual(['US', 'GB']);
  });

  it('spans the days the reports were published, saying when one of them is estimated', () => {
    expect(view.coverage.get('e1')!.dates).toEqual({ first: '2024-04-02', last: '2024-04-05', someEstimated: true });
    expect(view.coverage.get('e2')!.dates).toBeNull();
  });

  it('places each event in its storyline with the events before and after it', () => {
    expect(view.storyPlace.get('e1')).toMatchObject({ index: 0, next: { id: 'e2' } });
    expect(view.storyPlace.get('e1')?.previous).toBeUndefined();
    expect(view.storyPlace.get('e2')).toMatchObject({ index: 1, previous: { id: 'e1' } });
  });

  it("lists an outlet's own articles and those it passed on, newest first", () => {
    expect(view.outletArticles.get('reuters')!.written.map((a) => a.id)).toEqual(['a3', 'a1']);
    expect(view.outletArticles.get('yahoo')).toEqual({ written: [], carried: [articleHeader(wire)] });
    expect(view.eventOfArticle.get('a4')?.id).toBe('e2');
  });

  it('applies corrections: a detached report becomes an event of its own', () => {
    const detach = [{ kind: 'detach' as const, articleId: 'a2' as ArticleId }];
    expect(() => deriveCorpusView(index, detach)).toThrow(
      'core/corpus-view: 1 corrections given without a regroup function',
    );
    const whole = new Map(corpus.articles.map((a) => [a.id as string, a]));
    const corrected = deriveCorpusView(index, detach, (i, cs) => regroupCorpus(i, whole, cs));
    expect(corrected.events).toHaveLength(3);
    expect(corrected.applied).toMatchObject([{ applied: true }]);
    expect(corrected.eventOfArticle.get('a2')?.articleIds).toEqual(['a2']);
    expect(corrected.coverage.get(corrected.eventOfArticle.get('a1')!.id)!.outletIds).toEqual(['reuters']);
  });
});

describe('the view of the corpus in the app', () => {
  const registry = seedRegistry();
  const report = (n: number) =>
    newsPage({
      title: n === 0 ? HAPPENINGS[3]!.title : HAPPENINGS[3]!.sentences[n]!.replace(/\.$/, ''),
      paragraphs: HAPPENINGS[3]!.sentences.map((_, i, all) => all[(i + n) % all.length]!),
    });
  const corpus = ingestTexts(
    { 'ferry-a.txt': report(0), 'ferry-b.txt': report(1) },
    { registry, manifest: { 'ferry-a.txt': { outlet: 'reuters' }, 'ferry-b.txt': { outlet: 'the-hill' } } },
  );
  const ferry = corpus.events[0]!;

  /**
   * The app as a fresh set of modules whose derivation is the real one, counted (the test setup
   * has already loaded the app, so the spy goes into a module graph of its own).
   */
  async function countedApp() {
    vi.resetModules();
    vi.doMock('../../src/core/corpus-view', async (importOriginal) => {
      const actual = await importOriginal<typeof import('../../src/core/corpus-view')>();
      return { ...actual, deriveCorpusView: vi.fn(actual.deriveCorpusView) };
    });
    const view = await import('../../src/core/corpus-view');
    const { useCorrectionsStore } = await import('../../src/lib/corrections-store');
    const { preloadOnDemand } = await import('../../src/lib/on-demand');
    const { renderApp } = await import('../render-app');
    await preloadOnDemand();
    localStorage.clear();
    return { renderApp, useCorrectionsStore, derivations: () => vi.mocked(view.deriveCorpusView).mock.calls.length };
  }

  it('is derived once for every route shown, once more when a correction changes the grouping, and not again when it is undone', async () => {
    expect(corpus.events).toHaveLength(1);
    const { renderApp, useCorrectionsStore, derivations } = await countedApp();
    const user = userEvent.setup();
    const before = derivations();
    renderApp('/', corpus);
    expect(screen.getAllByRole('article')).toHaveLength(1);
    await user.click(screen.getByRole('link', { name: ferry.title }));
    await screen.findByRole('heading', { level: 1, name: ferry.title });
    await user.click(screen.getByRole('button', { name: 'Edit grouping' }));
    expect(derivations() - before).toBe(1);

    const hill = screen.getByRole('group', { name: /The Hill report/ });
    await user.click(within(hill).getByRole('button', { name: 'Not about this event' }));
    expect(derivations() - before).toBe(2);
    await user.click(screen.getByRole('link', { name: 'Events' }));
    expect(await screen.findAllByRole('article')).toHaveLength(2);
    expect(derivations() - before).toBe(2);

    // Undoing every correction brings back the view first derived, not a new derivation of it.
    act(() => useCorrectionsStore.setState({ entries: [] }));
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(derivations() - before).toBe(2);
  });
});
