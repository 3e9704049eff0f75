/**
 * Full-text search over the articles' titles and bodies (MiniSearch). The index is built once,
 * at build time, and loaded by a Web Worker when the reader first searches; both sides take
 * their options from here, so the index and the queries always tokenise alike.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { searchTerm } from './search-text';

export { highlight, searchTerm } from './search-text';

/** What the index holds of an article: the searched text and what a result line shows. */
export interface SearchDoc {
  id: string;
  title: string;
  /** Paragraphs joined: searched, not stored. */
  body: string;
  eventId: string;
  outletId: string;
  /** YYYY-MM-DD, or "" when the article has no date. */
  date: string;
  /** The opening of the body, stored for the result line. */
  lead: string;
}

/** The article fields the index is built from (structural, so any corpus shape that has them fits). */
export interface SearchableArticle {
  id: string;
  title: string;
  body: readonly string[];
  outletId: string;
  published: { date: string | null };
}

/** Characters of the body a result line shows. */
export const LEAD_CHARS = 220;

export const SEARCH_OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'body'],
  storeFields: ['title', 'eventId', 'outletId', 'date', 'lead'],
  processTerm: (term) => searchTerm(term) || null,
  searchOptions: {
    // A word of the title says more about what the article is than one deep in its body.
    boost: { title: 3 },
    // Every word typed must be found; the last may be a prefix still being typed.
    combineWith: 'AND',
    prefix: (_term, i, terms) => i === terms.length - 1,
    fuzzy: (term) => (term.length > 5 ? 0.2 : false),
  },
};

function lead(body: readonly string[]): string {
  const text = body.join(' ');
  if (text.length <= LEAD_CHARS) return text;
  const cut = text.lastIndexOf(' ', LEAD_CHARS);
  return `${text.slice(0, cut > LEAD_CHARS / 2 ? cut : LEAD_CHARS)}…`;
}

/**
 * The documents of `articles`, one at a time (its text joined only while it is indexed), in the
 * order they are indexed: event by event (then by id), so an event's reports have neighbouring
 * short ids and share a part of the result lines (core/search-shards.ts). `eventOf` maps an
 * article to its event.
 */
export function* searchDocs(
  articles: readonly SearchableArticle[],
  eventOf: (articleId: string) => string | undefined,
): Generator<SearchDoc> {
  const keyed = articles.map((a) => ({ a, eventId: eventOf(a.id) ?? '' }));
  keyed.sort((x, y) =>
    x.eventId < y.eventId ? -1 : x.eventId > y.eventId ? 1 : x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0,
  );
  for (const { a, eventId } of keyed)
    yield {
      id: a.id,
      title: a.title,
      body: a.body.join('\n'),
      eventId,
      outletId: a.outletId,
      date: a.published.date ?? '',
      lead: lead(a.body),
    };
}

/**
 * The index of `articles` as MiniSearch makes it, as JSON: for a search of a corpus held whole
 * on the page. The build makes the same index in parts without a MiniSearch of the whole
 * corpus (core/search-build.ts).
 */
export function buildSearchIndex(
  articles: readonly SearchableArticle[],
  eventOf: (articleId: string) => string | undefined,
): string {
  const index = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  index.addAll([...searchDocs(articles, eventOf)]);
  return JSON.stringify(index);
}

export function loadSearchIndex(json: string): MiniSearch<SearchDoc> {
  return MiniSearch.loadJSON<SearchDoc>(json, SEARCH_OPTIONS);
}

/** The reader's filters a search combines with (the same ones the feed applies). */
export interface SearchFilters {
  /** Outlets to keep; empty keeps all. */
  outlets?: readonly string[];
  /** Inclusive YYYY-MM-DD bounds; an undated article passes only when neither is set. */
  from?: string;
  to?: string;
}

export interface SearchHit {
  id: string;
  title: string;
  eventId: string;
  outletId: string;
  date: string;
  lead: string;
  score: number;
  /** The index terms the article matched, for highlighting. */
  terms: string[];
}

export function passesFilters(hit: Pick<SearchHit, 'outletId' | 'date'>, filters: SearchFilters): boolean {
  if (filters.outlets?.length && !filters.outlets.includes(hit.outletId)) return false;
  if (filters.from || filters.to) {
    if (!hit.date) return false;
    if (filters.from && hit.date < filters.from) return false;
    if (filters.to && hit.date > filters.to) return false;
  }
  return true;
}

/** The articles that match `query` and pass `keep`, best first (none for a blank query). */
export function queryIndex(
  index: MiniSearch<SearchDoc>,
  query: string,
  keep: (r: SearchResult) => boolean,
): SearchResult[] {
  const q = query.trim();
  return q ? index.search(q, { filter: keep }) : [];
}

export function search(
  index: MiniSearch<SearchDoc>,
  query: string,
  filters: SearchFilters = {},
  limit = 200,
): { hits: SearchHit[]; total: number } {
  const results = queryIndex(index, query, (r) => passesFilters(r as unknown as SearchHit, filters));
  return {
    total: results.length,
    hits: results.slice(0, limit).map((r) => ({
      id: String(r.id),
      title: String(r['title'] ?? ''),
      eventId: String(r['eventId'] ?? ''),
      outletId: String(r['outletId'] ?? ''),
      date: String(r['date'] ?? ''),
      lead: String(r['lead'] ?? ''),
      score: r.score,
      terms: r.terms,
    })),
  };
}
