/**
 * The search index in parts, so that a first search does not wait for the whole of it: a head
 * (what every query needs: the documents, their field lengths and stored fields) and the index's
 * terms cut, in sorted order, into shards of about `SHARD_BYTES`. A query loads the head and only
 * the shards its words fall in: one per word, and for the last word, still being typed, every
 * shard holding a term it begins.
 *
 * Scores are those of the whole index (every term's postings are whole in its shard, and the
 * head carries the document statistics). One difference, a small one: a misspelt word (fuzzy
 * matching, words of more than five letters) is matched against the terms of its own shard
 * only, so a misspelling in the first letters may find fewer articles than the whole index would.
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { search, SEARCH_OPTIONS, type SearchDoc, type SearchFilters, type SearchHit } from './search';

/** Index terms with their postings, as MiniSearch serialises them. */
export type ShardEntries = AsPlainObject['index'];

/** A shard: its first term, and its file relative to the head. */
export interface ShardRef {
  from: string;
  file: string;
}

/** The head of a sharded index: MiniSearch's serialised index without its terms, and the shards. */
export type SearchHead = Omit<AsPlainObject, 'index'> & { shards: ShardRef[] };

/** Raw bytes of a shard, about: a word's shard loads fast, and a large corpus is not thousands of files. */
export const SHARD_BYTES = 128 * 1024;
/** The folder of the shards, beside the head. */
export const SHARD_FOLDER = 'search';

/**
 * Cuts a serialised index (`JSON.stringify` of a MiniSearch) into a head and shards. `nameOf`
 * names a shard's file from its JSON (the build: a content hash, `search/<hash>.json`).
 */
export function shardIndex(
  json: string,
  nameOf: (shardJson: string) => string,
  shardBytes = SHARD_BYTES,
): { head: string; shards: Map<string, string> } {
  const { index, ...rest } = JSON.parse(json) as AsPlainObject;
  const entries = [...index].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
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
  for (const entry of entries) {
    if (part.length === 0) first = entry[0];
    const text = JSON.stringify(entry);
    part.push(text);
    bytes += text.length;
    if (bytes >= shardBytes) cut();
  }
  cut();
  const head: SearchHead = { ...rest, shards: refs };
  return { head: JSON.stringify(head), shards };
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
 * A sharded index being read: loads the shards each query needs (once; a failed load is tried
 * again by the next query), and answers from the terms loaded so far.
 */
export class ShardedSearch {
  private readonly shards = new Map<number, Promise<ShardEntries>>();
  private readonly arrived = new Map<number, ShardEntries>();
  private index: MiniSearch<SearchDoc> | null = null;
  /** How many shards `index` was made with. */
  private built = -1;

  constructor(
    private readonly head: SearchHead,
    /** A shard's terms, from its file name (relative to the head). */
    private readonly load: (file: string) => Promise<ShardEntries>,
  ) {}

  /** Shards loaded so far (for tests and the benchmark). */
  get loadedShards(): number {
    return this.arrived.size;
  }

  private shard(i: number): Promise<ShardEntries> {
    let p = this.shards.get(i);
    if (!p) {
      p = this.load(this.head.shards[i]!.file).then((entries) => {
        this.arrived.set(i, entries);
        return entries;
      });
      p.catch(() => this.shards.delete(i));
      this.shards.set(i, p);
    }
    return p;
  }

  async search(query: string, filters: SearchFilters, limit: number): Promise<{ hits: SearchHit[]; total: number }> {
    await Promise.all(shardsFor(this.head.shards, query).map((i) => this.shard(i)));
    if (!this.index || this.built !== this.arrived.size) {
      const order = [...this.arrived.keys()].sort((x, y) => x - y);
      const { shards: _refs, ...rest } = this.head;
      this.index = MiniSearch.loadJS<SearchDoc>(
        { ...rest, index: order.flatMap((i) => this.arrived.get(i)!) },
        SEARCH_OPTIONS,
      );
      this.built = order.length;
    }
    return search(this.index, query, filters, limit);
  }
}
