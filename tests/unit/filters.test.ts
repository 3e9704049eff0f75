import { describe, expect, it } from 'vitest';
import { splitCorpus } from '../../src/core/corpus-parts';
import { deriveCorpusView } from '../../src/core/corpus-view';
import {
  datePresets,
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
import type { NewsEvent, OutletId } from '../../src/core/types';
import { HAPPENINGS, ingestTexts, newsPage, seedRegistry } from '../helpers';

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
    expect(datePresets(events)).toEqual([
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
