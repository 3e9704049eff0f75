/**
 * The search index in parts, so that a first search does not wait for the whole of it: a head
 * (what every query needs: the documents, their field lengths, and each one's outlet and day for
 * the filters), the index's terms cut, in sorted order, into shards of about `SHARD_BYTES`, and
 * the result lines (title, opening, event) in parts of `DOCS_PER_PART` articles. A query loads
 * the head and only the shards its words fall in: one per word, and for the last word, still
 * being typed, every shard holding a term it begins; then the parts of the lines it shows.
 * Articles are indexed event by event (core/search.ts), so an event's reports share a part.
 *
 * Scores are those of the whole index (every term's postings are whole in its shard, and the
 * head carries the document statistics). One difference, a small one: a misspelt word (fuzzy
 * matching, words of more than five letters) is matched against the terms of its own shard
 * only, so a misspelling in the first letters may find fewer articles than the whole index would.
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import {
  passesFilters,
  queryIndex,
  SEARCH_OPTIONS,
  type SearchDoc,
  type SearchFilters,
  type SearchHit,
} from './search';
import { partsOfJson, type SearchIndexParts } from './search-build';

/** Index terms with their postings, as MiniSearch serialises them. */
export type ShardEntries = AsPlainObject['index'];

/** A shard: its first term, and its file relative to the head. */
export interface ShardRef {
  from: string;
  file: string;
}

/**
 * What the filters read of every article, by MiniSearch's short id (an array index), and where
 * the result lines are: short id `s` is in `parts[floor(s / per)]`. In the head, each document's
 * id is its short id: a result names its place in these arrays, and the article's own id is in
 * its line.
 */
export interface SearchDocs {
  /** The outlets' ids, sorted; `outlet[s]` is a position in it (-1: no article has that short id). */
  outlets: string[];
  outlet: number[];
  /** The article's day as the number YYYYMMDD; 0 when it has no date. */
  day: number[];
  /** Each article's length in words of each field (MiniSearch's field lengths), field after field. */
  lengths: number[];
  per: number;
  parts: string[];
}

/** A result line as a part holds it, by short id (null where no article has that id). */
export type SearchLine = [id: string, title: string, lead: string, eventId: string] | null;

/**
 * The head of a sharded index: MiniSearch's serialised index without its terms and its
 * per-document tables (ids, field lengths, stored fields: in `docs`, as arrays), the shards, and
 * the articles' filter fields and result lines' parts.
 */
export type SearchHead = Omit<AsPlainObject, 'index' | 'documentIds' | 'fieldLength' | 'storedFields'> & {
  shards: ShardRef[];
  docs: SearchDocs;
};

/** Raw bytes of a shard, about: a word's shard loads fast, and a large corpus is not thousands of files. */
export const SHARD_BYTES = 128 * 1024;
/** The folder of the shards, beside the head. */
export const SHARD_FOLDER = 'search';
/**
 * Articles per part of the result lines (about 20 KB, 7 KB gzip): a page of results reads a part
 * per event it shows, at most, not the lines of the whole corpus.
 */
export const DOCS_PER_PART = 64;

const dayNumber = (date: string): number => (date ? Number(date.replaceAll('-', '')) : 0);
const dayText = (day: number): string =>
  day ? `${String(day).slice(0, 4)}-${String(day).slice(4, 6)}-${String(day).slice(6, 8)}` : '';

/**
 * Cuts a serialised index (`JSON.stringify` of a MiniSearch, or the build's parts of one,
 * core/search-build.ts) into a head and shards. `nameOf` names a shard's file from its JSON (the
 * build: a content hash, `search/<hash>.json`).
 */
export function shardIndex(
  source: string | SearchIndexParts,
  nameOf: (shardJson: string) => string,
  shardBytes = SHARD_BYTES,
  docsPerPart = DOCS_PER_PART,
): { head: string; shards: Map<string, string> } {
  const { rest: whole, terms, entries } = typeof source === 'string' ? partsOfJson(source) : source;
  const { storedFields, documentIds, fieldLength, ...rest } = whole;
  const shards = new Map<string, string>();
  const refs: ShardRef[] = [];
  let part: string[] = [];
  let bytes = 0;
  let first = '';
  const cut = () => {
    if (part.length === 0) return;
    const shardJson = `[${part.join(',')}]`;
    const file = nameOf(shardJson);
    shards.set(file, shardJson);
    // The first shard begins at '': every term, however it sorts, falls in some shard.
    refs.push({ from: refs.length === 0 ? '' : first, file });
    part = [];
    bytes = 0;
  };
  entries.forEach((text, i) => {
    if (part.length === 0) first = terms[i]!;
    part.push(text);
    bytes += text.length;
    if (bytes >= shardBytes) cut();
  });
  cut();
  const docs = docsOf(
    documentIds,
    storedFields as Record<string, Partial<SearchDoc>>,
    fieldLength as Record<string, number[]>,
    Object.keys(rest.fieldIds).length,
    rest.nextId,
    docsPerPart,
    (lines) => {
      const partJson = JSON.stringify(lines);
      const file = nameOf(partJson);
      shards.set(file, partJson);
      return file;
    },
  );
  const head: SearchHead = { ...rest, shards: refs, docs };
  return { head: JSON.stringify(head), shards };
}

/** The filter fields of every short id below `count`, and the result lines in parts named by `emit`. */
function docsOf(
  ids: Record<string, unknown>,
  stored: Record<string, Partial<SearchDoc>>,
  fieldLength: Record<string, number[]>,
  fields: number,
  count: number,
  per: number,
  emit: (lines: SearchLine[]) => string,
): SearchDocs {
  // An article's slot is empty only where MiniSearch has no document with that short id.
  for (const s of Object.keys(ids)) stored[s] ??= {};
  const outlets = [...new Set(Object.values(stored).map((d) => d.outletId ?? ''))].sort();
  const at = new Map(outlets.map((o, i) => [o, i]));
  const docs: SearchDocs = { outlets, outlet: [], day: [], lengths: [], per, parts: [] };
  for (let from = 0; from < count; from += per) {
    const lines: SearchLine[] = [];
    for (let s = from; s < Math.min(from + per, count); s++) {
      const d = stored[s];
      docs.outlet.push(d ? at.get(d.outletId ?? '')! : -1);
      docs.day.push(d ? dayNumber(d.date ?? '') : 0);
      for (let f = 0; f < fields; f++) docs.lengths.push(fieldLength[s]?.[f] ?? 0);
      lines.push(d ? [String(ids[s]), d.title ?? '', d.lead ?? '', d.eventId ?? ''] : null);
    }
    docs.parts.push(emit(lines));
  }
  return docs;
}

/** MiniSearch's per-document tables of a head: ids (each its short id), field lengths, no stored fields. */
function tablesOf(head: SearchHead): Pick<AsPlainObject, 'documentIds' | 'fieldLength' | 'storedFields'> {
  const { outlet, lengths } = head.docs;
  const fields = Object.keys(head.fieldIds).length;
  const documentIds: Record<string, number> = {};
  const fieldLength: Record<string, number[]> = {};
  for (let s = 0; s < outlet.length; s++) {
    if (outlet[s]! < 0) continue;
    documentIds[s] = s;
    fieldLength[s] = lengths.slice(s * fields, (s + 1) * fields);
  }
  return { documentIds, fieldLength, storedFields: {} };
}

/** The query's terms as the index reads them (MiniSearch's tokenizer, then `processTerm`). */
function queryTerms(query: string): string[] {
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
  const process = SEARCH_OPTIONS.processTerm!;
  const out: string[] = [];
  for (const token of tokenize(query)) {
    const t = process(token);
    if (typeof t === 'string' && t) out.push(t);
    else if (Array.isArray(t)) out.push(...t.filter(Boolean));
  }
  return out;
}

/** The shard a term falls in: the last whose first term is not after it. */
function shardOf(refs: readonly ShardRef[], term: string): number {
  let lo = 0;
  let hi = refs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (refs[mid]!.from <= term) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The shards a query reads: each word's, and for the last (a prefix) every shard with a term it begins. */
export function shardsFor(refs: readonly ShardRef[], query: string): number[] {
  if (refs.length === 0) return [];
  const terms = queryTerms(query);
  const need = new Set<number>();
  terms.forEach((t, i) => {
    const from = shardOf(refs, t);
    // Terms beginning with `t` sort from `t` up to `t` followed by the highest code unit.
    const to = i === terms.length - 1 ? shardOf(refs, `${t}\uffff`) : from;
    for (let s = from; s <= to; s++) need.add(s);
  });
  return [...need].sort((x, y) => x - y);
}

/**
 * MiniSearch's term table (its protected `_index`, there for subclasses) moved between two
 * indexes of the same documents: a shard's terms, read by `loadJS`, join the index already read
 * without reading the documents' tables again. Every term's postings are whole in its shard, so
 * a term is never in both.
 */
class TermTable extends MiniSearch<SearchDoc> {
  static move(from: MiniSearch<SearchDoc>, to: MiniSearch<SearchDoc>): void {
    const target = (to as TermTable)._index;
    for (const [term, data] of (from as TermTable)._index) target.set(term, data);
  }
}

/**
 * A sharded index being read: loads the shards each query needs (once; a failed load is tried
 * again by the next query), and answers from the terms loaded so far.
 */
export class ShardedSearch {
  /** Each shard asked for: settles once its terms are in `arrived` (the promise does not hold them). */
  private readonly shards = new Map<number, Promise<void>>();
  /** Shards loaded whose terms are not in `index` yet; let go of once they are. */
  private readonly arrived = new Map<number, ShardEntries>();
  private readonly parts = new Map<number, Promise<SearchLine[]>>();
  /** The index read so far: made once from the head, each shard's terms added as it arrives. */
  private index: MiniSearch<SearchDoc> | null = null;
  /** The shards whose terms are in `index`. */
  private readonly merged = new Set<number>();

  constructor(
    private readonly head: SearchHead,
    /** A shard's terms or a part's lines (parsed JSON), from its file name (relative to the head). */
    private readonly load: (file: string) => Promise<unknown>,
  ) {}

  /** Term shards loaded so far (for tests and the benchmark). */
  get loadedShards(): number {
    return this.merged.size + this.arrived.size;
  }

  /** Parts of the result lines asked for so far. */
  get loadedParts(): number {
    return this.parts.size;
  }

  /** Loads file `at` of `cache` once; a failed load is asked again next time. */
  private once<T>(cache: Map<number, Promise<T>>, at: number, file: string): Promise<T> {
    let p = cache.get(at);
    if (!p) {
      p = this.load(file) as Promise<T>;
      p.catch(() => cache.delete(at));
      cache.set(at, p);
    }
    return p;
  }

  private shard(i: number): Promise<void> {
    let p = this.shards.get(i);
    if (!p) {
      p = (this.load(this.head.shards[i]!.file) as Promise<ShardEntries>).then((entries) => {
        if (!this.merged.has(i)) this.arrived.set(i, entries);
      });
      p.catch(() => this.shards.delete(i));
      this.shards.set(i, p);
    }
    return p;
  }

  async search(query: string, filters: SearchFilters, limit: number): Promise<{ hits: SearchHit[]; total: number }> {
    await Promise.all(shardsFor(this.head.shards, query).map((i) => this.shard(i)));
    const { shards: _refs, docs: _docs, ...rest } = this.head;
    // The documents' tables are read into the index once; a shard's terms are added when it arrives.
    this.index ??= MiniSearch.loadJS<SearchDoc>({ ...rest, ...tablesOf(this.head), index: [] }, SEARCH_OPTIONS);
    for (const [i, entries] of this.arrived) {
      const terms = MiniSearch.loadJS<SearchDoc>(
        { ...rest, documentIds: {}, fieldLength: {}, storedFields: {}, index: entries },
        SEARCH_OPTIONS,
      );
      TermTable.move(terms, this.index);
      this.merged.add(i);
      this.arrived.delete(i);
    }
    const { docs } = this.head;
    const fieldsOf = (s: number) => ({ s, outletId: docs.outlets[docs.outlet[s]!] ?? '', date: dayText(docs.day[s]!) });
    const results = queryIndex(this.index, query, (r) => passesFilters(fieldsOf(r.id as number), filters));
    const shown = results.slice(0, limit).map((r) => ({ r, ...fieldsOf(r.id as number) }));
    const lines = new Map<number, SearchLine[]>();
    await Promise.all(
      [...new Set(shown.map((x) => Math.floor(x.s / docs.per)))].map(async (p) =>
        lines.set(p, await this.once(this.parts, p, docs.parts[p]!)),
      ),
    );
    return {
      total: results.length,
      hits: shown.map(({ r, s, outletId, date }) => {
        const [id, title, lead, eventId] = lines.get(Math.floor(s / docs.per))![s % docs.per]!;
        return { id, title, eventId, outletId, date, lead, score: r.score, terms: r.terms };
      }),
    };
  }
}
