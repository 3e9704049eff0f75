/**
 * Pins of a reader's corrections laid over a finished corpus (`regroupCorpus`): which events are
 * rebuilt and which are kept as they were, the ids the rebuilt events take (the larger part first,
 * from the event most of its articles came from), their titles, dates, stories and comparison,
 * the order of the feed and of each story, the files of the rebuilt events, and the events a
 * correction touches (`touchedEvents`).
 */
import { describe, expect, it } from 'vitest';
import { compareEvent } from '../../src/core/compare/compare-event';
import { describeEvent } from '../../src/core/group/events';
import { regroupCorpus, touchedEvents, type RegroupBase } from '../../src/core/group/regroup';
import { CORPUS_SCHEMA_VERSION } from '../../src/core/schema';
import type { Article, ArticleId, Correction, EventId, EventSummary, Outlet, StoryId } from '../../src/core/types';
import { makeArticle } from '../helpers';

const aid = (s: string) => s as ArticleId;

const OUTLET: Outlet = {
  id: 'example-times' as Outlet['id'],
  name: 'Example Times',
  country: null,
  kind: 'newspaper' as Outlet['kind'],
  homepage: null,
};

/** Articles of four events: x (three reports), y (two), z and b (one each). */
const ARTICLES: Article[] = [
  makeArticle(
    'a-x1',
    'Harbour crane collapses in Rotterdam port - Example Times',
    ['A harbour crane collapsed in Rotterdam on Monday, the port authority said.'],
    '2024-03-05',
  ),
  makeArticle(
    'a-x2',
    'Rotterdam port crane collapse halts container traffic',
    ['Container traffic in Rotterdam stopped after a harbour crane collapsed, the port authority said.'],
    '2024-03-05',
  ),
  makeArticle(
    'a-x3',
    'Port authority inspects cranes after Rotterdam collapse',
    ['Inspectors checked every harbour crane in Rotterdam after the collapse.'],
    '2024-03-06',
  ),
  makeArticle(
    'a-y1',
    'Glacier retreat measured in Patagonia survey',
    ['Scientists measured the retreat of a glacier in Patagonia.'],
    '2024-03-01',
  ),
  makeArticle(
    'a-y2',
    'Patagonia glacier lost ice, survey finds',
    ['The survey in Patagonia found the glacier lost ice.'],
    '2024-03-01',
  ),
  makeArticle('a-z1', 'Orchestra opens season in Vienna', ['The orchestra opened its season in Vienna.'], '2024-03-10'),
  makeArticle('a-b1', 'Undated note on a library in Kiev', ['A library in Kiev reopened its reading room.'], null),
];
const byId = new Map(ARTICLES.map((a) => [a.id as string, a]));
const members = (...ids: string[]) => ids.map((i) => byId.get(i)!);

function summary(id: string, ids: string[], storyId: string, copies: EventSummary['provenance']['copies'] = []) {
  const grouped = describeEvent(id as EventId, members(...ids), [OUTLET.name], storyId as StoryId);
  return {
    ...grouped,
    provenance: { outlets: 1, independentReports: ids.length - copies.length, copies },
  } satisfies EventSummary;
}

const COPY = { articleId: aid('a-x2'), of: 'a-x1', basis: 'near-identical body (95% of word shingles)' };

function base(): RegroupBase {
  return {
    outlets: [OUTLET],
    placeNames: [{ referent: 'Kyiv', spellings: ['Kyiv', 'Kiev'] }],
    events: [
      summary('e-z1', ['a-z1'], 's-z1'),
      summary('e-x1', ['a-x1', 'a-x2', 'a-x3'], 's-x1', [COPY]),
      summary('e-y1', ['a-y1', 'a-y2'], 's-x1'),
      summary('e-b1', ['a-b1'], 's-b1'),
    ],
    stories: [
      { id: 's-x1' as StoryId, title: 'Harbour crane collapses in Rotterdam port', eventIds: [], naming: [] },
      { id: 's-z1' as StoryId, title: 'Orchestra opens season in Vienna', eventIds: [], naming: [] },
      { id: 's-b1' as StoryId, title: 'Undated note on a library in Kiev', eventIds: [], naming: [] },
    ].map((s) => ({
      ...s,
      eventIds: (s.id === 's-x1' ? ['e-y1', 'e-x1'] : s.id === 's-z1' ? ['e-z1'] : ['e-b1']) as EventId[],
    })),
  };
}

const move = (articleId: string, withArticleId: string): Correction => ({
  kind: 'move',
  articleId: aid(articleId),
  withArticleId: aid(withArticleId),
});
const detach = (articleId: string): Correction => ({ kind: 'detach', articleId: aid(articleId) });
const shape = (events: readonly EventSummary[]) => events.map((e) => [e.id, e.articleIds, e.storyId]);

describe('regroupCorpus', () => {
  it('keeps every untouched event as it was and rebuilds the one a move joins, under its majority’s id', () => {
    const b = base();
    const r = regroupCorpus(b, byId, [move('a-b1', 'a-y1')]);
    // Newest first; the rebuilt event takes e-y1 (two of its three articles), not e-b1 (its first article's).
    expect(shape(r.events)).toEqual([
      ['e-z1', ['a-z1'], 's-z1'],
      ['e-x1', ['a-x1', 'a-x2', 'a-x3'], 's-x1'],
      ['e-y1', ['a-b1', 'a-y1', 'a-y2'], 's-x1'],
    ]);
    expect(r.events[0]).toBe(b.events[0]);
    expect(r.events[1]).toBe(b.events[1]);
    expect(r.events[2]).not.toBe(b.events[2]);
    // The event and story the moved article left are gone.
    expect(r.stories.map((s) => [s.id, s.eventIds])).toEqual([
      ['s-x1', ['e-y1', 'e-x1']],
      ['s-z1', ['e-z1']],
    ]);
    expect(r.applied).toEqual([{ ...move('a-b1', 'a-y1'), applied: true }]);
    expect([...r.rebuilt.keys()]).toEqual(['e-y1']);
  });

  it('titles and dates a rebuilt event from its new members, cleaned of the outlet’s name', () => {
    const r = regroupCorpus(base(), byId, [move('a-z1', 'a-x1')]);
    const x = r.events.find((e) => e.id === 'e-x1')!;
    expect(x.articleIds).toEqual(['a-x1', 'a-x2', 'a-x3', 'a-z1']);
    expect(x.title).toBe('Harbour crane collapses in Rotterdam port');
    expect(x.titleFrom).toBe('a-x1');
    expect(x.date).toBe('2024-03-05');
    expect(x.dateEstimated).toBe(false);
    // Its evidence is in its file, with its articles whole, as the event's page reads it.
    const { why } = r.rebuilt.get('e-x1')!.event;
    expect(why.names).toEqual(['Rotterdam']);
    expect(why).not.toHaveProperty('cohesion');
    // Now the newest event holds its earlier day, so the feed order changes.
    expect(r.events.map((e) => e.id)).toEqual(['e-x1', 'e-y1', 'e-b1']);
  });

  it('gives the larger part the event’s id; of two parts alike in size, the one with the first article', () => {
    // x1 leaves for z's event: {x1, z1} and {x2, x3} are both two articles; {x1, z1} comes first by
    // its first article, and of its origins (e-x1 and e-z1, one article each) the first by id wins.
    const r = regroupCorpus(base(), byId, [move('a-x1', 'a-z1')]);
    expect(shape(r.events)).toEqual([
      ['e-x1', ['a-x1', 'a-z1'], 's-x1'],
      ['e-x2', ['a-x2', 'a-x3'], 's-x1'],
      ['e-y1', ['a-y1', 'a-y2'], 's-x1'],
      ['e-b1', ['a-b1'], 's-b1'],
    ]);
    expect([...r.rebuilt.keys()]).toEqual(['e-x1', 'e-x2']);
    // The larger part keeps the id however its first article sorts.
    const d = regroupCorpus(base(), byId, [detach('a-x2')]);
    expect(shape(d.events).slice(0, 3)).toEqual([
      ['e-z1', ['a-z1'], 's-z1'],
      ['e-x1', ['a-x1', 'a-x3'], 's-x1'],
      ['e-x2', ['a-x2'], 's-x1'],
    ]);
  });

  it('takes, of origins that gave as many articles, the event first by id, whatever its articles’ ids', () => {
    const b = base();
    const renamed = { ...b, events: b.events.map((e) => (e.id === 'e-z1' ? { ...e, id: 'e-a0' as EventId } : e)) };
    const r = regroupCorpus(renamed, byId, [move('a-x1', 'a-z1')]);
    expect(shape(r.events)).toEqual([
      ['e-a0', ['a-x1', 'a-z1'], 's-z1'],
      ['e-x1', ['a-x2', 'a-x3'], 's-x1'],
      ['e-y1', ['a-y1', 'a-y2'], 's-x1'],
      ['e-b1', ['a-b1'], 's-b1'],
    ]);
  });

  it('numbers an id that is taken from 2 up', () => {
    const b = base();
    // An event an earlier regrouping numbered holds e-x1-2 already.
    const numbered = { ...b, events: [...b.events, { ...summary('e-x1-2', ['a-z1'], 's-z1') }].slice(1) };
    const r = regroupCorpus(numbered, byId, [detach('a-x1')]);
    expect(shape(r.events)).toEqual([
      ['e-x1-2', ['a-z1'], 's-z1'],
      ['e-x1', ['a-x2', 'a-x3'], 's-x1'],
      ['e-x1-3', ['a-x1'], 's-x1'],
      ['e-y1', ['a-y1', 'a-y2'], 's-x1'],
      ['e-b1', ['a-b1'], 's-b1'],
    ]);
  });

  it('names parts of one size in the order of their first articles', () => {
    const r = regroupCorpus(base(), byId, [detach('a-x1'), detach('a-x2')]);
    // {x1}, {x2} and {x3} are taken in id order: the first keeps e-x1, the others are named after their article.
    expect(shape(r.events)).toEqual([
      ['e-z1', ['a-z1'], 's-z1'],
      ['e-x3', ['a-x3'], 's-x1'],
      ['e-x1', ['a-x1'], 's-x1'],
      ['e-x2', ['a-x2'], 's-x1'],
      ['e-y1', ['a-y1', 'a-y2'], 's-x1'],
      ['e-b1', ['a-b1'], 's-b1'],
    ]);
  });

  it('lists the feed newest first, events of one day by id, and each story oldest first', () => {
    const r = regroupCorpus(base(), byId, [detach('a-x3'), move('a-z1', 'a-b1')]);
    // {b1, z1} takes z1's day, the only one stated.
    expect(r.events.map((e) => [e.id, e.date])).toEqual([
      ['e-b1', '2024-03-10'],
      ['e-x3', '2024-03-06'],
      ['e-x1', '2024-03-05'],
      ['e-y1', '2024-03-01'],
    ]);
    const same = regroupCorpus(base(), byId, [detach('a-x2'), detach('a-x3')]);
    expect(same.events.map((e) => e.id)).toEqual(['e-z1', 'e-x3', 'e-x1', 'e-x2', 'e-y1', 'e-b1']);
    // Oldest first; events of one day in the reverse of the feed's order.
    expect(same.stories.find((s) => s.id === 's-x1')!.eventIds).toEqual(['e-y1', 'e-x2', 'e-x1', 'e-x3']);
    const tie = regroupCorpus(base(), byId, [move('a-y2', 'a-b1')]);
    // {b1, y2}: a tie of origins goes to e-b1; both events now fall on 1 March.
    expect(tie.events.map((e) => [e.id, e.articleIds, e.date])).toEqual([
      ['e-z1', ['a-z1'], '2024-03-10'],
      ['e-x1', ['a-x1', 'a-x2', 'a-x3'], '2024-03-05'],
      ['e-b1', ['a-b1', 'a-y2'], '2024-03-01'],
      ['e-y1', ['a-y1'], '2024-03-01'],
    ]);
  });

  it('puts an undated event last in the feed and first in its story', () => {
    const b = base();
    const joined = { ...b, events: b.events.map((e) => (e.id === 'e-b1' ? { ...e, storyId: 's-x1' as StoryId } : e)) };
    const r = regroupCorpus(joined, byId, [detach('a-x3')]);
    expect(r.events.map((e) => e.id)).toEqual(['e-z1', 'e-x3', 'e-x1', 'e-y1', 'e-b1']);
    expect(r.stories.map((s) => [s.id, s.eventIds])).toEqual([
      ['s-x1', ['e-b1', 'e-y1', 'e-x1', 'e-x3']],
      ['s-z1', ['e-z1']],
    ]);
  });

  it('keeps a story’s own fields and puts a rebuilt event in the story of the event it came from', () => {
    const b = base();
    const r = regroupCorpus(b, byId, [move('a-z1', 'a-b1')]);
    expect(r.events.find((e) => e.id === 'e-b1')!.storyId).toBe('s-b1');
    expect(r.stories).toEqual([
      { ...b.stories[0], eventIds: ['e-y1', 'e-x1'] },
      { ...b.stories[2], eventIds: ['e-b1'] },
    ]);
  });

  it('compares a rebuilt event with the corpus’s place names and the copies its events record', () => {
    const b = base();
    const r = regroupCorpus(b, byId, [detach('a-x3')]);
    const x = r.rebuilt.get('e-x1')!;
    expect(x.schemaVersion).toBe(CORPUS_SCHEMA_VERSION);
    expect(x.articles).toEqual(members('a-x1', 'a-x2'));
    expect(x.articles[0]).toBe(byId.get('a-x1'));
    expect(x.event.provenance).toEqual({ outlets: 1, independentReports: 1, copies: [COPY] });
    expect(r.events.find((e) => e.id === 'e-x1')).toBe(x.event);
    expect(x.event).toEqual({
      ...describeEvent('e-x1' as EventId, members('a-x1', 'a-x2'), [OUTLET.name], 's-x1' as StoryId),
      ...compareEvent('e-x1', members('a-x1', 'a-x2'), {
        outlets: b.outlets,
        placeNames: b.placeNames!,
        copies: new Map([[COPY.articleId, COPY]]),
      }),
    });
    const kyiv = regroupCorpus(
      b,
      new Map([...byId, ['a-z1', { ...byId.get('a-z1')!, body: ['A concert in Kyiv.'] }]]),
      [move('a-z1', 'a-b1')],
    );
    const naming = kyiv.rebuilt.get('e-b1')!.event.naming;
    expect(naming.map((n) => n.referent)).toEqual(['Kyiv']);
    expect(
      regroupCorpus({ ...b, placeNames: undefined }, byId, [move('a-z1', 'a-b1')]).rebuilt.get('e-b1')!.event.naming,
    ).toEqual([]);
  });

  it('needs only the articles of the events the corrections touch, and names one it was not given', () => {
    const b = base();
    const corrections = [move('a-b1', 'a-y1')];
    const touched = touchedEvents(b, corrections);
    expect(touched).toEqual(['e-b1', 'e-y1']);
    const some = new Map(
      b.events
        .filter((e) => touched.includes(e.id))
        .flatMap((e) => e.articleIds.map((i) => [i as string, byId.get(i)!])),
    );
    expect(regroupCorpus(b, some, corrections).events).toEqual(regroupCorpus(b, byId, corrections).events);
    some.delete('a-y2');
    expect(() => regroupCorpus(b, some, corrections)).toThrow(
      'core/group/regroup: article "a-y2" of a rebuilt event was not given whole',
    );
  });

  it('rebuilds nothing for corrections it cannot apply or that change no event', () => {
    const b = base();
    const r = regroupCorpus(b, byId, [detach('a-nowhere'), move('a-x2', 'a-x1'), detach('a-z1')]);
    expect(r.events.map((e) => e.id)).toEqual(['e-z1', 'e-x1', 'e-y1', 'e-b1']);
    r.events.forEach((e, i) => expect(e).toBe([b.events[0], b.events[1], b.events[2], b.events[3]][i]));
    expect(r.rebuilt.size).toBe(0);
    expect(r.applied.map((a) => a.applied)).toEqual([false, true, true]);
    expect(r.stories.map((s) => [s.id, s.eventIds])).toEqual([
      ['s-x1', ['e-y1', 'e-x1']],
      ['s-z1', ['e-z1']],
      ['s-b1', ['e-b1']],
    ]);
  });
});

describe('touchedEvents', () => {
  it('names the event of a detached article, and both events of a move, in the order named', () => {
    const b = base();
    expect(touchedEvents(b, [detach('a-y2')])).toEqual(['e-y1']);
    expect(touchedEvents(b, [move('a-z1', 'a-x3')])).toEqual(['e-z1', 'e-x1']);
    expect(touchedEvents(b, [move('a-x3', 'a-nowhere'), detach('a-x1'), move('a-b1', 'a-z1')])).toEqual([
      'e-x1',
      'e-b1',
      'e-z1',
    ]);
  });
});
