/**
 * What the views read of a corpus, derived once per change (a corpus loaded, a reader's
 * correction made or undone) rather than by each component on each render: the events and
 * storylines with the corrections applied, each event's coverage (its reports, their outlets,
 * the days they span, who reports it), the events nearest each in time, where each sits in its
 * storyline, and each outlet's articles.
 */
import { perspective, type Perspective } from './compare/select-sources';
import type { Regrouped } from './group/regroup';
import { findArticle, indexingArticles, sortArticlesByDate } from './select';
import type { ArticleHeader, CorpusIndex, Correction, EventSummary, OutletId, Story } from './types';

/**
 * Events offered as a new home for a report, nearest in time first: enough to hold the likely
 * ones, few enough for one list (a long corpus offers only the nearest).
 */
export const NEAREST_EVENTS = 40;

/** The days an event's reports were published. */
export interface DateSpan {
  /** The earliest and the latest day (YYYY-MM-DD); equal for one day. */
  first: string;
  last: string;
  /** Some report's date is estimated. */
  someEstimated: boolean;
}

export interface EventCoverage {
  /** Its reports, in the event's order (`articleIds`). */
  articles: ArticleHeader[];
  /** Its reports newest first, undated last: the event page's order. */
  newestFirst: ArticleHeader[];
  /** The outlets (original publishers) of its reports, each once, in the event's order. */
  outletIds: OutletId[];
  /** The same outlets in page order (newest report first): the columns the event page offers. */
  pageOutletIds: OutletId[];
  /** The days its reports span; null when none is dated. */
  dates: DateSpan | null;
  /** Who reports it: its outlets by country and kind. */
  perspective: Perspective;
}

/** Where an event sits in its storyline. */
export interface StoryPlace {
  story: Story;
  /** Its position among the story's events (oldest first). */
  index: number;
  previous?: EventSummary;
  next?: EventSummary;
}

export interface OutletArticles {
  /** Articles it published, newest first. */
  written: ArticleHeader[];
  /** Articles it passed on (republished or showed), newest first. */
  carried: ArticleHeader[];
}

export interface CorpusView extends Regrouped {
  corpus: CorpusIndex;
  eventById: ReadonlyMap<string, EventSummary>;
  /** The event each article is in (after corrections). */
  eventOfArticle: ReadonlyMap<string, EventSummary>;
  storyById: ReadonlyMap<string, Story>;
  /** By event id. */
  coverage: ReadonlyMap<string, EventCoverage>;
  /**
   * By event id: up to `NEAREST_EVENTS` other events, nearest in time first (ties by id), undated
   * ones last. Worked out for an event when first asked (only the grouping's corrections ask).
   */
  nearest: Pick<ReadonlyMap<string, EventSummary[]>, 'get'>;
  /** By event id. */
  storyPlace: ReadonlyMap<string, StoryPlace>;
  /** By outlet id; an outlet with no article here has none. */
  outletArticles: ReadonlyMap<string, OutletArticles>;
  /** What the feed's filters read, worked out once per change rather than per filter or keystroke. */
  feedIndex: FeedIndex;
}

/**
 * The feed's indexes: the filters and their counts look events up here instead of going through
 * every event's coverage each time (a corpus of 100,000 articles has some 30,000 events).
 */
export interface FeedIndex {
  /** By outlet id: the positions in `events` of the events it reports, ascending. */
  eventsOfOutlet: ReadonlyMap<string, readonly number[]>;
  /** By outlet id: how many events it reports. */
  outletCounts: ReadonlyMap<string, number>;
  /** The positions in `events` of the dated events, by day ascending (ties by position). */
  byDay: readonly number[];
  /** The day of each of `byDay`, in the same order. */
  days: readonly string[];
}

function feedIndexOf(events: readonly EventSummary[], coverage: ReadonlyMap<string, EventCoverage>): FeedIndex {
  const eventsOfOutlet = new Map<string, number[]>();
  events.forEach((e, i) => {
    for (const o of coverage.get(e.id)?.outletIds ?? []) {
      const list = eventsOfOutlet.get(o);
      if (list) list.push(i);
      else eventsOfOutlet.set(o, [i]);
    }
  });
  const byDay = events
    .map((e, i) => i)
    .filter((i) => events[i]!.date !== null)
    .sort((x, y) => {
      const dx = events[x]!.date!;
      const dy = events[y]!.date!;
      return dx < dy ? -1 : dx > dy ? 1 : x - y;
    });
  return {
    eventsOfOutlet,
    outletCounts: new Map([...eventsOfOutlet].map(([o, list]) => [o, list.length])),
    byDay,
    days: byDay.map((i) => events[i]!.date!),
  };
}

/**
 * How corrections are laid over a corpus's grouping: `regroupCorpus` (group/regroup.ts). It is
 * passed in, not imported, so a view that has no corrections to apply never loads the grouping
 * and comparison code it runs.
 */
export type Regroup = (corpus: CorpusIndex, corrections: readonly Correction[]) => Regrouped;

/** The corpus as the views read it, with a reader's corrections laid over its grouping. */
export function deriveCorpusView(
  corpus: CorpusIndex,
  corrections: readonly Correction[] = [],
  regroup?: Regroup,
): CorpusView {
  const steps = deriving(corpus, corrections, regroup);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Articles put in the lookup by id (select.ts) between two pauses of `deriveCorpusViewInSlices`. */
export const DERIVE_SLICE_ARTICLES = 5000;
/** Events whose coverage is worked out between two pauses of `deriveCorpusViewInSlices`, at most. */
export const DERIVE_SLICE_EVENTS = 1000;
/**
 * Milliseconds of work between two pauses, at most (and one event's): on a slow phone, a thousand
 * events of a large corpus are a long task of their own.
 */
const DERIVE_SLICE_MS = 10;

/**
 * `deriveCorpusView` of a corpus without corrections, paused (`pause`, a new task) after every
 * `DERIVE_SLICE_EVENTS` events: what a large index's arrival costs the page comes in short tasks.
 */
export async function deriveCorpusViewInSlices(corpus: CorpusIndex, pause: () => Promise<void>): Promise<CorpusView> {
  const steps = deriving(corpus, []);
  for (;;) {
    await pause();
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `deriveCorpusView`, in steps: it yields after every `DERIVE_SLICE_EVENTS` events. */
function* deriving(
  corpus: CorpusIndex,
  corrections: readonly Correction[],
  regroup?: Regroup,
): Generator<void, CorpusView, void> {
  if (corrections.length > 0 && !regroup)
    throw new Error(`core/corpus-view: ${corrections.length} corrections given without a regroup function`);
  const regrouped =
    corrections.length > 0 && regroup
      ? regroup(corpus, corrections)
      : { events: corpus.events, stories: corpus.stories, applied: [], rebuilt: new Map() };
  const { events, stories } = regrouped;
  const eventById = new Map<string, EventSummary>();
  const eventOfArticle = new Map<string, EventSummary>();
  const coverage = new Map<string, EventCoverage>();
  // The articles by id (select.ts), built once for the corpus, in steps of their own.
  yield* indexingArticles(corpus, DERIVE_SLICE_ARTICLES);
  yield;
  let sliceFrom = now();
  let sliceEvents = 0;
  for (const e of events) {
    eventById.set(e.id, e);
    for (const a of e.articleIds) eventOfArticle.set(a, e);
    coverage.set(e.id, coverageOf(corpus, e));
    if (++sliceEvents >= DERIVE_SLICE_EVENTS || now() - sliceFrom >= DERIVE_SLICE_MS) {
      yield;
      sliceFrom = now();
      sliceEvents = 0;
    }
  }
  yield;
  const storyById = new Map(stories.map((s) => [s.id, s]));
  const storyPlace = storyPlaces(stories, eventById);
  yield;
  const feedIndex = feedIndexOf(events, coverage);
  let byOutlet: Map<string, OutletArticles> | undefined;
  return {
    ...regrouped,
    corpus,
    eventById,
    eventOfArticle,
    storyById,
    coverage,
    nearest: nearestLookup(events, NEAREST_EVENTS),
    storyPlace,
    // An outlet's page reads it: sorted when one is first shown.
    get outletArticles() {
      return (byOutlet ??= articlesByOutlet(corpus.articles));
    },
    feedIndex,
  };
}

function now(): number {
  return performance.now();
}

function distinct<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function coverageOf(corpus: CorpusIndex, event: EventSummary): EventCoverage {
  const articles = event.articleIds.map((id) => findArticle(corpus, id)).filter((a) => a !== undefined);
  const newestFirst = sortArticlesByDate(articles);
  let who: Perspective | undefined;
  return {
    articles,
    newestFirst,
    outletIds: distinct(articles.map((a) => a.outletId)),
    pageOutletIds: distinct(newestFirst.map((a) => a.outletId)),
    dates: dateSpan(articles),
    // Worked out when a view first shows it: a feed shows a few events of thousands at a time.
    get perspective() {
      return (who ??= perspective(corpus, event));
    },
  };
}

function dateSpan(articles: readonly ArticleHeader[]): DateSpan | null {
  const days = articles
    .map((a) => a.published.date)
    .filter((d): d is string => d !== null)
    .sort();
  if (days.length === 0) return null;
  return {
    first: days[0]!,
    last: days[days.length - 1]!,
    someEstimated: articles.some((a) => a.published.estimated),
  };
}

function byId(x: EventSummary, y: EventSummary): number {
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** Events of one day, by id, and its days from the epoch (for distances). */
interface DayBucket {
  at: number;
  events: EventSummary[];
}

/**
 * For every event, the `k` others nearest in time, without comparing every pair: events are
 * bucketed by day and each one's list is filled from its own day outwards, the nearer of the
 * day before and the day after first (both, merged by id, when they are as near).
 */
export function nearestEvents(events: readonly EventSummary[], k: number): Map<string, EventSummary[]> {
  const lookup = nearestLookup(events, k);
  return new Map(events.map((e) => [e.id as string, lookup.get(e.id)!]));
}

/** `nearestEvents`, each event's list worked out when first asked for. */
function nearestLookup(events: readonly EventSummary[], k: number): Pick<ReadonlyMap<string, EventSummary[]>, 'get'> {
  let lists: ((id: string) => EventSummary[] | undefined) | null = null;
  const memo = new Map<string, EventSummary[]>();
  return {
    get(id) {
      let near = memo.get(id);
      if (!near) {
        lists ??= nearestOf(events, k);
        near = lists(id);
        if (near) memo.set(id, near);
      }
      return near;
    },
  };
}

/** The day buckets of `events`, and the function that fills one event's list from them. */
function nearestOf(events: readonly EventSummary[], k: number): (id: string) => EventSummary[] | undefined {
  const byDay = new Map<string, EventSummary[]>();
  const undated: EventSummary[] = [];
  for (const e of events) {
    if (!e.date) undated.push(e);
    else {
      const list = byDay.get(e.date);
      if (list) list.push(e);
      else byDay.set(e.date, [e]);
    }
  }
  undated.sort(byId);
  const days = [...byDay.keys()].sort();
  const buckets: DayBucket[] = days.map((d) => ({
    at: Date.parse(`${d}T00:00:00Z`) / 86_400_000,
    events: byDay.get(d)!.sort(byId),
  }));
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const everyById = [...events].sort(byId);
  const byIdMap = new Map(events.map((e) => [e.id as string, e]));
  return (id) => {
    const e = byIdMap.get(id);
    if (!e) return undefined;
    const near: EventSummary[] = [];
    const take = (list: readonly EventSummary[]) => {
      for (const x of list) {
        if (near.length >= k) return;
        if (x !== e) near.push(x);
      }
    };
    const i = e.date ? dayIndex.get(e.date) : undefined;
    if (i === undefined) {
      // An undated event is as far from every other: they come by id.
      take(everyById);
    } else {
      take(buckets[i]!.events);
      let lo = i - 1;
      let hi = i + 1;
      while (near.length < k && (lo >= 0 || hi < buckets.length)) {
        const before = lo >= 0 ? buckets[i]!.at - buckets[lo]!.at : Number.POSITIVE_INFINITY;
        const after = hi < buckets.length ? buckets[hi]!.at - buckets[i]!.at : Number.POSITIVE_INFINITY;
        if (before < after) take(buckets[lo--]!.events);
        else if (after < before) take(buckets[hi++]!.events);
        else take([...buckets[lo--]!.events, ...buckets[hi++]!.events].sort(byId));
      }
      take(undated);
    }
    return near;
  };
}

function storyPlaces(stories: readonly Story[], eventById: ReadonlyMap<string, EventSummary>): Map<string, StoryPlace> {
  const out = new Map<string, StoryPlace>();
  for (const story of stories) {
    story.eventIds.forEach((id, index) => {
      const previous = index > 0 ? eventById.get(story.eventIds[index - 1]!) : undefined;
      const next = eventById.get(story.eventIds[index + 1] ?? '');
      out.set(id, { story, index, ...(previous ? { previous } : {}), ...(next ? { next } : {}) });
    });
  }
  return out;
}

function articlesByOutlet(articles: readonly ArticleHeader[]): Map<string, OutletArticles> {
  const out = new Map<string, OutletArticles>();
  const of = (id: string) => {
    let entry = out.get(id);
    if (!entry) out.set(id, (entry = { written: [], carried: [] }));
    return entry;
  };
  for (const a of articles) {
    of(a.outletId).written.push(a);
    for (const via of distinct(a.viaOutletIds)) of(via).carried.push(a);
  }
  for (const entry of out.values()) {
    entry.written = sortArticlesByDate(entry.written);
    entry.carried = sortArticlesByDate(entry.carried);
  }
  return out;
}
