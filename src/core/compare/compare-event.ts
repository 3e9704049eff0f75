/**
 * The comparison of one event's articles: their quotes grouped by statement, their sentences
 * aligned into facts, how they name things, and which of them are copies of another. Runs at
 * ingest for every event, and in the browser for an event a reader's correction rebuilt.
 */
import type {
  Article,
  ArticleId,
  Comparison,
  Copy,
  GroupedEvent,
  GroupedStory,
  Naming,
  NewsEvent,
  Outlet,
  PlaceName,
  Story,
} from '../types';
import { alignFacts } from './facts';
import { compareNaming, NamingMemo } from './naming';
import { byPublication, repeatedTexts, TextMemo } from './keys';
import { findCopies, provenanceOf } from './provenance';
import { groupQuotes } from './quote-groups';

export interface CompareContext {
  outlets: readonly Outlet[];
  placeNames: readonly PlaceName[];
  /** Copies across the whole corpus (findCopies), keyed by the copying article. */
  copies: ReadonlyMap<ArticleId, Copy>;
  /** Sentences and keys already computed, shared by every event of a run. */
  memo?: TextMemo;
  /** Naming already read, shared by a run's events and stories. */
  naming?: NamingMemo;
  /**
   * What becomes of each comparison as it is made (default: kept as it is). The ingest writes
   * it to disk and keeps getters in its place (`scripts/lib/spill.ts`), so that a run never
   * holds every event's comparison at once.
   */
  keep?: (comparison: Comparison) => Comparison;
}

export function compareEvent(eventId: string, members: readonly Article[], context: CompareContext): Comparison {
  const ordered = byPublication(members);
  const memo = context.memo ?? new TextMemo();
  const quotes = groupQuotes(eventId, ordered, memo);
  return {
    quotes,
    facts: alignFacts(eventId, ordered, quotes, memo),
    naming: compareNaming(ordered, context.placeNames, context.naming),
    provenance: provenanceOf(ordered, context.copies),
  };
}

/** The copies an existing corpus's events record, for comparing events rebuilt from them. */
export function recordedCopies(events: readonly Pick<NewsEvent, 'provenance'>[]): Map<ArticleId, Copy> {
  return new Map(events.flatMap((e) => e.provenance.copies.map((c) => [c.articleId, c] as const)));
}

/** One event to compare: its id and its articles. */
export interface CompareJob {
  eventId: string;
  members: readonly Article[];
}

/**
 * What `compareCorpus` compares the events with: `compareEvent` for each, in this thread, unless
 * the caller has more threads to lend (`scripts/lib/ingest-threads.ts`). It must give each job's
 * comparison as `compareEvent` does, in the jobs' order.
 */
export type CompareMany = (jobs: readonly CompareJob[], context: CompareContext) => Comparison[];

export const compareEach: CompareMany = (jobs, context) =>
  jobs.map((j) => kept(compareEvent(j.eventId, j.members, context), context));

/** The comparison as the context keeps it (`CompareContext.keep`). */
export function kept(comparison: Comparison, context: CompareContext): Comparison {
  return context.keep ? context.keep(comparison) : comparison;
}

/** The event with its comparison, each field of it as it is: a getter stays a getter (`CompareContext.keep`). */
function withComparison(event: GroupedEvent, comparison: Comparison): NewsEvent {
  return Object.defineProperties({ ...event }, Object.getOwnPropertyDescriptors(comparison)) as NewsEvent;
}

/** One story to name: the articles of all its events, in publication order. */
export interface NamingJob {
  members: readonly Article[];
}

/**
 * What `compareCorpus` reads the stories' naming with: `compareNaming` for each, in this thread,
 * unless the caller has it from elsewhere (`scripts/lib/event-cache.ts`). It must give each job's
 * naming as `compareNaming` does, in the jobs' order.
 */
export type NameMany = (jobs: readonly NamingJob[], placeNames: readonly PlaceName[], memo?: NamingMemo) => Naming[][];

export const nameEach: NameMany = (jobs, placeNames, memo) =>
  jobs.map((j) => compareNaming(j.members, placeNames, memo));

/** Every event compared, and each story's naming across its events. */
export function compareCorpus(
  events: readonly GroupedEvent[],
  stories: readonly GroupedStory[],
  articles: readonly Article[],
  options: {
    outlets: readonly Outlet[];
    placeNames: readonly PlaceName[];
    outletNames?: ReadonlyMap<string, string>;
    /** An article's print for the search for copies, worked out beforehand (`copyPrint`), if there is one. */
    printOf?: (article: Article) => Int32Array | undefined;
    /** An article's first paragraph, or as much of it as `findCopies` reads (`datelineLead`). */
    leadOf?: (article: Article) => string;
    /**
     * Whether a headline, subtitle or paragraph recurs in the corpus (more than one article
     * carries it, or one article more than once), worked out beforehand; a text said to recur
     * that does not only costs memory (default: `repeatedTexts` of the articles).
     */
    recurs?: (text: string) => boolean;
    keep?: CompareContext['keep'];
  },
  compareMany: CompareMany = compareEach,
  nameMany: NameMany = nameEach,
): { events: NewsEvent[]; stories: Story[] } {
  const byId = new Map(articles.map((a) => [a.id as string, a]));
  // Only texts that recur are worth remembering: the rest are read once.
  const { printOf, leadOf, recurs: given, ...read } = options;
  let recurs = given;
  if (!recurs) {
    const repeated = repeatedTexts(articles);
    recurs = (text: string) => repeated.has(text);
  }
  const context: CompareContext = {
    ...read,
    copies: findCopies(articles, options.outlets, options.outletNames, printOf, leadOf),
    memo: new TextMemo(recurs),
    naming: new NamingMemo(recurs),
  };
  const comparisons = compareMany(
    events.map((e) => ({ eventId: e.id, members: e.articleIds.map((id) => byId.get(id)!) })),
    context,
  );
  const compared = events.map((e, i) => withComparison(e, comparisons[i]!));
  const eventById = new Map(events.map((e) => [e.id as string, e]));
  const namings = nameMany(
    stories.map((s) => ({
      members: byPublication(s.eventIds.flatMap((id) => eventById.get(id)!.articleIds.map((a) => byId.get(a)!))),
    })),
    options.placeNames,
    context.naming,
  );
  return { events: compared, stories: stories.map((s, i) => ({ ...s, naming: namings[i]! })) };
}
