import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleHeader, splitCorpus } from '../../src/core/corpus-parts';
import { deriveCorpusView } from '../../src/core/corpus-view';
import {
  datePresets,
  newestDay,
  emptyReason,
  feedQueryString,
  filterEvents,
  isDay,
  isEventRead,
  outletFacets,
  parseFeedQuery,
  parseOutletChoice,
  readCount,
} from '../../src/core/filters';
import type { FeedFilters, ReadMarks } from '../../src/core/filters';
import { isIsoDay } from '../../src/core/schema';
import type { ArticleId, CorpusIndex, EventId, NewsEvent, OutletId, StoryId } from '../../src/core/types';
import { HAPPENINGS, ingestTexts, makeArticle, newsPage, seedRegistry } from '../helpers';

const page = (h: number, n: number, date: string) =>
  newsPage({
    title: n === 0 ? HAPPENINGS[h]!.title : HAPPENINGS[h]!.sentences[n]!.replace(/\.$/, ''),
    paragraphs: HAPPENINGS[h]!.sentences.map((_, i, all) => all[(i + n) % all.length]!),
  }).replace('March 3, 2024, 10:15', date);
const corpus = ingestTexts(
  { 'a.txt': page(0, 0, 'April 2, 2024'), 'b.txt': page(0, 1, 'April 2, 2024'), 'c.txt': page(2, 0, 'April 20, 2024') },
  {
    registry: seedRegistry(),
    manifest: { 'a.txt': { outlet: 'reuters' }, 'b.txt': { outlet: 'cnn' }, 'c.txt': { outlet: 'cnn' } },
  },
);
const index = splitCorpus(corpus).index;
const q = (s: string) => new URLSearchParams(s);
const o = (s: string) => s as OutletId;

describe('parseFeedQuery', () => {
  it('reads repeated outlets and an inclusive date range', () => {
    expect(parseFeedQuery(q('outlet=cnn&outlet=reuters&from=2024-04-01&to=2024-04-10'), index)).toEqual({
      value: { outlets: ['cnn', 'reuters'], from: '2024-04-01', to: '2024-04-10', unread: false },
      problems: [],
    });
  });

  it('ignores unknown outlets, bad dates and a reversed range, saying why', () => {
    const r = parseFeedQuery(q('outlet=nope&from=2024-02-30&to=soon'), index);
    expect(r.value).toEqual({ outlets: [], from: null, to: null, unread: false });
    expect(r.problems).toEqual([
      'There is no outlet “nope”; that filter was ignored.',
      '“2024-02-30” is not a date (YYYY-MM-DD); the “from” filter was ignored.',
      '“soon” is not a date (YYYY-MM-DD); the “to” filter was ignored.',
    ]);
    expect(parseFeedQuery(q('from=2024-05-01&to=2024-04-01'), index).problems).toEqual([
      'The start date 2024-05-01 is after the end date 2024-04-01; both were ignored.',
    ]);
  });

  it('round-trips through the query string', () => {
    const f = { outlets: [o('cnn')], from: '2024-04-01', to: null, unread: true };
    expect(feedQueryString(f)).toBe('outlet=cnn&from=2024-04-01&unread=1');
    expect(parseFeedQuery(q(feedQueryString(f)), index).value).toEqual(f);
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2023-02-29')).toBe(false);
  });

  it('takes for a day exactly what the corpus schema takes (isIsoDay), leap years and all', () => {
    const digits = (n: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
    const dayLike = fc.tuple(digits(4, 9999), digits(2, 19), digits(2, 39)).map(([y, m, d]) => `${y}-${m}-${d}`);
    const odd = fc.oneof(
      fc.string(),
      dayLike.map((d) => ` ${d}`),
      dayLike.map((d) => d.replace(/-/g, '/')),
    );
    fc.assert(
      fc.property(fc.oneof(dayLike, odd), (value) => {
        expect(isDay(value)).toBe(isIsoDay(value));
      }),
      { numRuns: 3000 },
    );
    for (const d of ['1900-02-29', '2000-02-29', '2100-02-28', '0000-01-01', '0050-12-31', '2025-04-31'])
      expect(isDay(d)).toBe(isIsoDay(d));
  });
});

describe('filterEvents and facets', () => {
  const view = deriveCorpusView(index);
  const events = view.events;
  it('keeps events any chosen outlet covers, within the inclusive date range', () => {
    expect(events).toHaveLength(2);
    expect(filterEvents(view, { outlets: [o('reuters')], from: null, to: null })).toHaveLength(1);
    expect(filterEvents(view, { outlets: [o('cnn')], from: null, to: null })).toHaveLength(2);
    expect(filterEvents(view, { outlets: [], from: '2024-04-02', to: '2024-04-02' })).toHaveLength(1);
    expect(filterEvents(view, { outlets: [o('reuters')], from: '2024-04-03', to: null })).toHaveLength(0);
  });

  it('counts events per outlet under the date filter', () => {
    expect(outletFacets(view, { outlets: [], from: null, to: null })).toEqual([
      { outletId: 'cnn', name: 'CNN', count: 2 },
      { outletId: 'reuters', name: 'Reuters', count: 1 },
    ]);
    expect(outletFacets(view, { outlets: [], from: '2024-04-10', to: null })).toEqual([
      { outletId: 'cnn', name: 'CNN', count: 1 },
    ]);
  });

  it('says which filter emptied the list', () => {
    expect(emptyReason(view, { outlets: [o('reuters')], from: '2024-04-03', to: null })).toBe(
      'Reuters covered no event dated from 2024-04-03.',
    );
    expect(emptyReason(view, { outlets: [], from: '2025-01-01', to: '2025-01-31' })).toBe(
      'No event is dated from 2025-01-01 to 2025-01-31.',
    );
  });

  it('keeps only unread events with unread=1: an event is read when every one of its articles is', () => {
    const [first, second] = events as [NewsEvent, NewsEvent];
    const two = first.articleIds.length === 2 ? first : second;
    const one = two === first ? second : first;
    const unread = { outlets: [], from: null, to: null, unread: true };
    expect(filterEvents(view, unread)).toHaveLength(2);
    // One of two reports read: the event is still unread.
    const partly = { [two.articleIds[0]!]: true as const };
    expect(isEventRead(two, partly)).toBe(false);
    expect(readCount(two, partly)).toBe(1);
    expect(filterEvents(view, unread, partly)).toHaveLength(2);
    const all = { ...partly, [two.articleIds[1]!]: true as const };
    expect(isEventRead(two, all)).toBe(true);
    expect(filterEvents(view, unread, all)).toEqual([one]);
    expect(filterEvents(view, { ...unread, unread: false }, all)).toHaveLength(2);
    expect(outletFacets(view, unread, all)).toEqual([{ outletId: 'cnn', name: 'CNN', count: 1 }]);
    const everything = { ...all, [one.articleIds[0]!]: true as const };
    expect(filterEvents(view, unread, everything)).toEqual([]);
    expect(emptyReason(view, unread, everything)).toBe('You have read every event these filters keep.');
  });

  it('reads unread=1 and says so for a value it does not know', () => {
    expect(parseFeedQuery(q('unread=1'), index).value.unread).toBe(true);
    expect(parseFeedQuery(q('unread=0'), index).value.unread).toBe(false);
    const r = parseFeedQuery(q('unread=yes'), index);
    expect(r.value.unread).toBe(false);
    expect(r.problems).toEqual(['“yes” is not a choice for “unread” (use unread=1); that filter was ignored.']);
  });

  it('offers date presets counted back from the newest event', () => {
    expect(newestDay(events)).toBe('2024-04-20');
    expect(newestDay([])).toBeNull();
    expect(datePresets(null)).toEqual([]);
    expect(datePresets(newestDay(events))).toEqual([
      { label: 'Newest day', from: '2024-04-20', to: '2024-04-20' },
      { label: 'Last 7 days', from: '2024-04-14', to: '2024-04-20' },
      { label: 'Last 30 days', from: '2024-03-22', to: '2024-04-20' },
    ]);
  });
});

describe('parseOutletChoice', () => {
  const available = ['reuters', 'cnn'];
  it('shows all outlets when none is chosen, and only the chosen ones otherwise', () => {
    expect(parseOutletChoice(q(''), corpus, available).value).toEqual(available);
    expect(parseOutletChoice(q('outlets=cnn'), corpus, available)).toEqual({ value: ['cnn'], problems: [] });
  });
  it('says when a chosen outlet has no report of the event, and falls back to all', () => {
    expect(parseOutletChoice(q('outlets=the-hill'), corpus, available)).toEqual({
      value: available,
      problems: [
        'The Hill has no report of this event.',
        'None of the chosen outlets covers this event, so all are shown.',
      ],
    });
  });
});

describe('the feed index against a plain scan of every event', () => {
  const OUTLETS = ['a', 'b', 'c', 'd'];
  const DAYS = ['2024-04-01', '2024-04-02', '2024-04-05', '2024-05-01'];
  /** A view of events, each with its day (or none) and the outlets that report it. */
  function viewOf(specs: readonly { date: string | null; outlets: readonly string[] }[]) {
    const articles = specs.flatMap((s, i) =>
      s.outlets.map((o) => articleHeader(makeArticle(`a-${i}-${o}`, `Report ${i}`, ['Lead.'], s.date, o))),
    );
    const index: CorpusIndex = {
      schemaVersion: 1,
      outlets: OUTLETS.map((id) => ({
        id: id as OutletId,
        name: id.toUpperCase(),
        country: null,
        kind: 'online' as const,
        homepage: null,
      })),
      articles,
      events: specs.map((s, i) => ({
        id: `e-${i}` as EventId,
        title: `Event ${i}`,
        titleFrom: `a-${i}-${s.outlets[0]}` as ArticleId,
        date: s.date,
        dateEstimated: false,
        articleIds: s.outlets.map((o) => `a-${i}-${o}` as ArticleId),
        storyId: 's' as StoryId,
        provenance: { outlets: s.outlets.length, independentReports: s.outlets.length, copies: [] },
      })),
      stories: [{ id: 's' as StoryId, title: 'All', eventIds: specs.map((_, i) => `e-${i}` as EventId), naming: [] }],
      sourceCount: articles.length,
      setAside: [],
      eventFiles: Object.fromEntries(specs.map((_, i) => [`e-${i}`, `events/e-${i}.json`])),
    };
    return deriveCorpusView(index);
  }
  const scan = (view: ReturnType<typeof viewOf>, f: FeedFilters, read: ReadMarks) =>
    view.events.filter((e) => {
      const covered = view.coverage.get(e.id)!.outletIds;
      if (f.unread && isEventRead(e, read)) return false;
      if (f.outlets.length && !f.outlets.some((o) => covered.includes(o))) return false;
      if ((f.from || f.to) && (!e.date || (f.from && e.date < f.from) || (f.to && e.date > f.to))) return false;
      return true;
    });

  it('keeps the same events, in the same order, and counts each outlet alike', () => {
    const spec = fc.record({
      date: fc.option(fc.constantFrom(...DAYS), { nil: null }),
      outlets: fc.uniqueArray(fc.constantFrom(...OUTLETS), { minLength: 1, maxLength: 3 }),
    });
    const filters = fc.record({
      outlets: fc.uniqueArray(fc.constantFrom(...OUTLETS, 'z'), { maxLength: 2 }).map((os) => os.map(o)),
      from: fc.option(fc.constantFrom(...DAYS, '2024-04-03'), { nil: null }),
      to: fc.option(fc.constantFrom(...DAYS, '2024-04-03'), { nil: null }),
      unread: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(spec, { maxLength: 14 }),
        filters,
        fc.array(fc.nat(40), { maxLength: 6 }),
        (specs, f, readIdx) => {
          const view = viewOf(specs);
          const articleIds = view.corpus.articles.map((a) => a.id);
          const read: ReadMarks = Object.fromEntries(
            readIdx.filter((i) => i < articleIds.length).map((i) => [articleIds[i]!, true]),
          );
          expect(filterEvents(view, f, read).map((e) => e.id)).toEqual(scan(view, f, read).map((e) => e.id));
          const kept = scan(view, { ...f, outlets: [] }, read);
          for (const facet of outletFacets(view, f, read))
            expect(facet.count).toBe(
              kept.filter((e) => view.coverage.get(e.id)!.outletIds.includes(facet.outletId)).length,
            );
        },
      ),
      { numRuns: 300 },
    );
  });
});
