/**
 * The build's search index, made without holding a MiniSearch of the whole corpus: the same
 * documents, terms and statistics MiniSearch's `addAll` and `toJSON` give (core/search.ts
 * `buildSearchIndex`, which a test holds this to, term for term), with each term's postings kept
 * as flat arrays of numbers, not a Map per term and field. At 100,000 articles MiniSearch's own
 * index took about 4 GB more memory than its articles, and a minute; this takes a fraction of both.
 * MiniSearch still reads the index (core/search-shards.ts): only its making is done here.
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { SEARCH_OPTIONS, searchDocs, type SearchableArticle, type SearchDoc } from './search';

/** A serialised index in parts: all but its terms, and each term's entry as JSON, terms in sorted order. */
export interface SearchIndexParts {
  rest: Omit<AsPlainObject, 'index'>;
  /** The terms, sorted (`byTerm`). */
  terms: string[];
  /** Each term's entry, `["term",{"fieldId":{"shortId":frequency,…},…}]`, as MiniSearch writes it. */
  entries: string[];
}

/** A serialised index (`JSON.stringify` of a MiniSearch) in parts. */
export function partsOfJson(json: string): SearchIndexParts {
  const { index, ...rest } = JSON.parse(json) as AsPlainObject;
  const sorted = [...index].sort((x, y) => byTerm(x[0], y[0]));
  return { rest, terms: sorted.map((e) => e[0]), entries: sorted.map((e) => JSON.stringify(e)) };
}

/** Terms sorted as strings compare (code unit order): the shards cut them in this order. */
export const byTerm = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** `articles` indexed as MiniSearch would with `SEARCH_OPTIONS`, in parts. */
export function searchIndexParts(
  articles: readonly SearchableArticle[],
  eventOf: (articleId: string) => string | undefined,
): SearchIndexParts {
  const fields = SEARCH_OPTIONS.fields;
  const storeFields = SEARCH_OPTIONS.storeFields ?? [];
  const tokenize = (SEARCH_OPTIONS.tokenize ?? MiniSearch.getDefault('tokenize')) as (t: string, f: string) => string[];
  const stringify = (SEARCH_OPTIONS.stringifyField ?? MiniSearch.getDefault('stringifyField')) as (
    v: unknown,
    f: string,
  ) => string;
  const processTerm = SEARCH_OPTIONS.processTerm!;
  const fieldIds: Record<string, number> = Object.fromEntries(fields.map((f, i) => [f, i]));
  const termAt = new Map<string, number>();
  const terms: string[] = [];
  /** Per field, per term: its postings as pairs (short id, frequency), short ids ascending. */
  const postings: (number[] | undefined)[][] = fields.map(() => []);
  const documentIds: Record<string, string> = {};
  const fieldLength: Record<string, number[]> = {};
  const storedFields: Record<string, Record<string, unknown>> = {};
  const averageFieldLength: number[] = [];
  let count = 0;
  // One document's frequencies, by term, for the field being read.
  const freq = new Map<number, number>();
  for (const doc of searchDocs(articles, eventOf)) {
    const s = count++;
    documentIds[s] = doc.id;
    const stored: Record<string, unknown> = {};
    for (const name of storeFields) {
      const value = doc[name as keyof SearchDoc];
      if (value !== undefined) stored[name] = value;
    }
    if (storeFields.length) storedFields[s] = stored;
    fields.forEach((field, f) => {
      const value = doc[field as keyof SearchDoc];
      if (value == null) return;
      const tokens = tokenize(stringify(value, field), field);
      const length = new Set(tokens).size;
      (fieldLength[s] ??= [])[f] = length;
      // MiniSearch's running average, step for step (the same floating-point result).
      averageFieldLength[f] = ((averageFieldLength[f] || 0) * (count - 1) + length) / count;
      freq.clear();
      const add = (term: string) => {
        let t = termAt.get(term);
        if (t === undefined) {
          termAt.set(term, (t = terms.length));
          terms.push(term);
        }
        freq.set(t, (freq.get(t) ?? 0) + 1);
      };
      for (const token of tokens) {
        const processed = processTerm(token, field);
        if (Array.isArray(processed)) processed.forEach((p) => p && add(p));
        else if (processed) add(processed);
      }
      const lists = postings[f]!;
      for (const [t, n] of freq) (lists[t] ??= []).push(s, n);
    });
  }
  const order = terms.map((_, i) => i).sort((a, b) => byTerm(terms[a]!, terms[b]!));
  const entries = order.map((t) => {
    const data: string[] = [];
    postings.forEach((lists, f) => {
      const list = lists[t];
      if (!list) return;
      // Written out, a term's postings go: the entries and the postings are not held whole at once.
      lists[t] = undefined;
      const pairs: string[] = [];
      for (let i = 0; i < list.length; i += 2) pairs.push(`"${list[i]}":${list[i + 1]}`);
      data.push(`"${f}":{${pairs.join(',')}}`);
    });
    return `[${JSON.stringify(terms[t])},{${data.join(',')}}]`;
  });
  return {
    rest: {
      documentCount: count,
      nextId: count,
      documentIds,
      fieldIds,
      fieldLength,
      averageFieldLength,
      storedFields,
      dirtCount: 0,
      serializationVersion: 2,
    },
    terms: order.map((t) => terms[t]!),
    entries,
  };
}
