/**
 * The feed's filters as the URL carries them (`?outlet=…&outlet=…&from=YYYY-MM-DD&to=…&unread=1`).
 * Invalid values are dropped with a problem a reader can read, never thrown.
 */
import type { CorpusView } from './corpus-view';
import { addDays } from './extract/dates';
import { knownOutlets, type ParsedQuery, type QueryLike } from './query';
import { outletName, type ArticleSet } from './select';
import type { CorpusIndex, EventSummary, OutletId } from './types';

export interface FeedFilters {
  outlets: OutletId[];
  /** Inclusive YYYY-MM-DD bounds; null when not set. */
  from: string | null;
  to: string | null;
  /** Only events the reader has not read yet (`?unread=1`); absent means false. */
  unread?: boolean;
}

/** Articles the reader has read, by id (the read store's shape). */
export type ReadMarks = Readonly<Record<string, true | undefined>>;

/**
 * A real calendar day, YYYY-MM-DD: the corpus's rule for days (`schema.ts` `isIsoDay`, which a
 * property test holds this to), by the calendar's own arithmetic: the feed reads its filters
 * before anything loads the schema's library (lib/index-check.ts).
 */
export function isDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month && d.getUTCDate() === day;
}

export function parseFeedQuery(query: QueryLike, corpus: ArticleSet): ParsedQuery<FeedFilters> {
  const problems: string[] = [];
  const outlets = knownOutlets(corpus, query.getAll('outlet'), problems);
  const day = (name: 'from' | 'to') => {
    const v = query.get(name);
    if (v === null || v === '') return null;
    if (isDay(v)) return v;
    problems.push(`“${v}” is not a date (YYYY-MM-DD); the “${name}” filter was ignored.`);
    return null;
  };
  let from = day('from');
  let to = day('to');
  if (from && to && from > to) {
    problems.push(`The start date ${from} is after the end date ${to}; both were ignored.`);
    from = null;
    to = null;
  }
  const flag = query.get('unread');
  let unread = false;
  if (flag === '1') unread = true;
  else if (flag !== null && flag !== '' && flag !== '0')
    problems.push(`“${flag}” is not a choice for “unread” (use unread=1); that filter was ignored.`);
  return { value: { outlets, from, to, unread }, problems };
}

/** An event is read when every one of its articles is. */
export function isEventRead(event: EventSummary, read: ReadMarks): boolean {
  return event.articleIds.length > 0 && event.articleIds.every((id) => read[id] === true);
}

/** How many of an event's articles are read. */
export function readCount(event: EventSummary, read: ReadMarks): number {
  return event.articleIds.filter((id) => read[id] === true).length;
}

/** The query string for filters (outlets in the given order), without the leading "?"; "" when none. */
export function feedQueryString(filters: FeedFilters): string {
  const p: string[] = filters.outlets.map((o) => `outlet=${encodeURIComponent(o)}`);
  if (filters.from) p.push(`from=${filters.from}`);
  if (filters.to) p.push(`to=${filters.to}`);
  if (filters.unread) p.push('unread=1');
  return p.join('&');
}

function outletsOf(view: CorpusView, event: EventSummary): readonly OutletId[] {
  return view.coverage.get(event.id)?.outletIds ?? [];
}

/** The first position in the ascending `days` whose day is not before `day` (after it, with `after`). */
function lowerBound(days: readonly string[], day: string, after = false): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < day || (after && days[mid] === day)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The positions of the events dated in the range, from the view's day index (binary search, no scan). */
function inRange(view: CorpusView, from: string | null, to: string | null): number[] {
  const { byDay, days } = view.feedIndex;
  const start = from ? lowerBound(days, from) : 0;
  const end = to ? lowerBound(days, to, true) : days.length;
  return byDay.slice(start, Math.max(start, end));
}

/**
 * The view's events an outlet filter keeps (any chosen outlet wrote one of its reports), a date
 * filter keeps (its day, estimated or not, in range) and the unread filter keeps (not every report
 * read), in the view's order. The outlets' and the days' events come from the view's feed index.
 */
export function filterEvents(view: CorpusView, f: FeedFilters, read: ReadMarks = {}): EventSummary[] {
  let positions: number[] | null = null;
  if (f.outlets.length > 0) {
    const chosen = new Set<number>();
    for (const o of f.outlets) for (const i of view.feedIndex.eventsOfOutlet.get(o) ?? []) chosen.add(i);
    positions = [...chosen];
  }
  if (f.from || f.to) {
    const dated = inRange(view, f.from, f.to);
    if (positions) {
      const keep = new Set(positions);
      positions = dated.filter((i) => keep.has(i));
    } else positions = dated;
  }
  const events = positions ? positions.sort((x, y) => x - y).map((i) => view.events[i]!) : [...view.events];
  return f.unread ? events.filter((e) => !isEventRead(e, read)) : events;
}

export interface Facet {
  outletId: OutletId;
  name: string;
  /** Events this outlet wrote a report of, among those the date filter keeps. */
  count: number;
}

/** Outlets with the number of events each covers, most first, under the date and unread parts of the filters. */
export function outletFacets(view: CorpusView, f: FeedFilters, read: ReadMarks = {}): Facet[] {
  let counts: ReadonlyMap<string, number> = view.feedIndex.outletCounts;
  if (f.from || f.to || f.unread) {
    const tally = new Map<string, number>();
    for (const e of filterEvents(view, { ...f, outlets: [] }, read))
      for (const o of outletsOf(view, e)) tally.set(o, (tally.get(o) ?? 0) + 1);
    counts = tally;
  }
  return view.corpus.outlets
    .filter((o) => counts.has(o.id) || f.outlets.includes(o.id))
    .map((o) => ({ outletId: o.id, name: o.name, count: counts.get(o.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Why a filtered feed is empty, naming the filter that emptied it. */
export function emptyReason(view: CorpusView, f: FeedFilters, read: ReadMarks = {}): string {
  if (f.unread && filterEvents(view, { ...f, unread: false }, read).length > 0)
    return 'You have read every event these filters keep.';
  const names = f.outlets.map((o) => outletName(view.corpus, o)).join(' or ');
  const byOutlet = filterEvents(view, { outlets: f.outlets, from: null, to: null });
  const range = `${f.from ? `from ${f.from}` : ''}${f.from && f.to ? ' ' : ''}${f.to ? `to ${f.to}` : ''}`;
  if (f.outlets.length > 0 && byOutlet.length === 0) return `No events are covered by ${names}.`;
  if (f.outlets.length > 0) return `${names} covered no event dated ${range}.`;
  return `No event is dated ${range}.`;
}

export interface DatePreset {
  label: string;
  from: string;
  to: string;
}

/** The newest day of the events', or null when none is dated. */
export function newestDay(events: readonly EventSummary[]): string | null {
  let newest: string | null = null;
  for (const e of events) if (e.date !== null && (newest === null || e.date > newest)) newest = e.date;
  return newest;
}

/**
 * The outlets of an index's head with the number of all events each covers (the head's counts of
 * the whole, `rest.outletEvents`), most first: the filters as the feed opens, before the whole
 * index is here to count under a filter.
 */
export function headFacets(corpus: CorpusIndex): Facet[] {
  const counts = corpus.rest?.outletEvents ?? {};
  return corpus.outlets
    .filter((o) => Object.hasOwn(counts, o.id))
    .map((o) => ({ outletId: o.id, name: o.name, count: counts[o.id]! }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Date ranges counted back from the newest event's day (the corpus is not a live feed, so not from today). */
export function datePresets(newest: string | null): DatePreset[] {
  if (!newest) return [];
  return [
    { label: 'Newest day', from: newest, to: newest },
    { label: 'Last 7 days', from: addDays(newest, -6), to: newest },
    { label: 'Last 30 days', from: addDays(newest, -29), to: newest },
  ];
}

export { parseOutletChoice, type ParsedQuery, type QueryLike } from './query';
