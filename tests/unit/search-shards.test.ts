/**
 * The search index in shards (src/core/search-shards.ts) answers as the whole index does, while
 * a query loads only the shards its words fall in.
 */
import { describe, expect, it, vi } from 'vitest';
import { buildSearchIndex, loadSearchIndex, search, type SearchableArticle } from '../../src/core/search';
import {
  shardIndex,
  shardsFor,
  ShardedSearch,
  type SearchHead,
  type SearchLine,
  type ShardEntries,
} from '../../src/core/search-shards';
import { openShardedSearch } from '../../src/lib/search-open';
import { HAPPENINGS } from '../helpers';

/** Each invented happening reported five times, each report a different cut of its sentences, by three outlets. */
const articles: SearchableArticle[] = HAPPENINGS.flatMap((h, k) =>
  [0, 1, 2, 3, 4].map((n) => ({
    id: `a${k}-${n}`,
    title: n === 0 ? h.title : `${h.title.split(' ').slice(0, 5).join(' ')} (${n})`,
    body: h.sentences.filter((_, i) => (i + n) % 4 !== 0),
    outletId: ['x', 'y', 'z'][n % 3]!,
    published: { date: `2025-03-${String(10 + n).padStart(2, '0')}` },
  })),
);
const json = buildSearchIndex(articles, (id) => `e-${id.slice(0, 2)}`);
const whole = loadSearchIndex(json);
/** Small shards: dozens of them; result lines in parts of 8 articles. */
let named = 0;
const { head, shards } = shardIndex(json, () => `search/${named++}.json`, 400, 8);
const parsedHead = JSON.parse(head) as SearchHead;

/**
 * Hits compared as a reader sees them: the same articles with the same fields, scores to nine
 * digits (a prefix's terms are added up in another order), matched terms as a set, ties by id.
 */
function seen(r: ReturnType<typeof search>) {
  return {
    total: r.total,
    hits: r.hits
      .map((h) => ({ ...h, score: Number(h.score.toPrecision(9)), terms: [...h.terms].sort() }))
      .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1)),
  };
}

function opened() {
  const asked: string[] = [];
  const index = new ShardedSearch(parsedHead, async (file) => {
    asked.push(file);
    return JSON.parse(shards.get(file)!) as ShardEntries;
  });
  return { index, asked };
}

/** Every word of the texts as the index reads it, lower-cased. */
const words = [
  ...new Set(
    articles.flatMap(
      (a) =>
        [a.title, ...a.body]
          .join(' ')
          .toLowerCase()
          .match(/\p{L}[\p{L}\p{N}]*/gu) ?? [],
    ),
  ),
].sort();

describe('search index in shards', () => {
  it('cuts the terms into many shards, each named in the head, that hold every term once', () => {
    expect(parsedHead.shards.length).toBeGreaterThan(10);
    expect([...parsedHead.shards.map((s) => s.file), ...parsedHead.docs.parts].sort()).toEqual(
      [...shards.keys()].sort(),
    );
    expect(parsedHead.shards[0]!.from).toBe('');
    const froms = parsedHead.shards.map((s) => s.from);
    expect([...froms].sort()).toEqual(froms);
    const terms = parsedHead.shards.flatMap((s) => (JSON.parse(shards.get(s.file)!) as ShardEntries).map(([t]) => t));
    expect(terms.length).toBe((JSON.parse(json) as { index: unknown[] }).index.length);
    expect(new Set(terms).size).toBe(terms.length);
    expect(parsedHead).not.toHaveProperty('index');
  });

  it('answers every word of up to five letters, and every three-letter prefix, exactly as the whole index', async () => {
    const { index } = opened();
    const queries = [...words.filter((w) => w.length <= 5), ...new Set(words.map((w) => w.slice(0, 3)))];
    expect(queries.length).toBeGreaterThan(50);
    for (const q of queries) expect(seen(await index.search(q, {}, 100)), q).toEqual(seen(search(whole, q, {}, 100)));
  });

  it('answers two-word queries with an outlet filter as the whole index', async () => {
    const { index } = opened();
    for (const q of ['storting ethics', 'ferry paros', 'wanjiru bost', 'chile quake'])
      expect(seen(await index.search(q, { outlets: ['x', 'z'] }, 100)), q).toEqual(
        seen(search(whole, q, { outlets: ['x', 'z'] }, 100)),
      );
  });

  it('finds with a longer (fuzzy-matched) word at most what the whole index finds, and every exact match', async () => {
    const { index } = opened();
    for (const w of words.filter((x) => x.length > 5)) {
      const all = search(whole, w, {}, 1000).hits.map((h) => h.id);
      const got = (await index.search(w, {}, 1000)).hits.map((h) => h.id);
      expect(all).toEqual(expect.arrayContaining(got));
      const exact = articles.filter((a) => [a.title, ...a.body].join(' ').toLowerCase().includes(w));
      expect(got).toEqual(expect.arrayContaining(exact.map((a) => a.id)));
    }
  });

  it('loads only the shards the words fall in: one per whole word, a range for the last word typed', async () => {
    const { index, asked } = opened();
    await index.search('storting ferry', {}, 10);
    expect(asked.length).toBeLessThanOrEqual(3);
    expect(asked.length).toBeGreaterThan(0);
    expect(index.loadedShards).toBe(asked.length);
    await index.search('storting ferry', {}, 10);
    expect(asked.length).toBe(index.loadedShards);
    expect(shardsFor(parsedHead.shards, 'a').length).toBeGreaterThan(1);
    expect(index.loadedShards).toBeLessThan(parsedHead.shards.length);
  });

  it('keeps the result lines out of the head, in parts of an event’s reports together, and reads only the parts of the hits shown', async () => {
    expect(parsedHead).not.toHaveProperty('storedFields');
    expect(parsedHead).not.toHaveProperty('documentIds');
    expect(parsedHead.docs.lengths).toHaveLength(articles.length * 2);
    for (const a of articles) {
      expect(head).not.toContain(JSON.stringify(a.title));
      expect(head).not.toContain(JSON.stringify(a.id));
    }
    // Parts of 8 articles, every article's line in one of them.
    expect(parsedHead.docs.parts).toHaveLength(Math.ceil(articles.length / 8));
    const lines = parsedHead.docs.parts.flatMap((p) => JSON.parse(shards.get(p)!) as SearchLine[]);
    expect(lines.map((l) => l![0]).sort()).toEqual(articles.map((a) => a.id).sort());
    expect(lines.map((l) => l![1]).sort()).toEqual(articles.map((a) => a.title).sort());
    // Added event by event: each event's reports have neighbouring short ids.
    const events = lines.map((l) => l![3]);
    expect(events).toEqual([...events].sort());
    const { index, asked } = opened();
    const parts = () => asked.filter((f) => parsedHead.docs.parts.includes(f));
    const one = await index.search('ferry', {}, 1);
    expect(one.hits).toHaveLength(1);
    expect(one.total).toBeGreaterThan(1);
    expect(parts()).toHaveLength(1);
    expect(index.loadedParts).toBe(1);
    for (const w of words) await index.search(w, {}, 1000);
    expect(parts().sort()).toEqual([...parsedHead.docs.parts].sort());
  });

  it('filters by outlet and by day from the head as the whole index does from its stored fields', async () => {
    const { index } = opened();
    for (const filters of [
      { from: '2025-03-11' },
      { to: '2025-03-12' },
      { from: '2025-03-11', to: '2025-03-11', outlets: ['y'] },
    ])
      for (const q of ['ferry', 'storting', 'quake']) {
        expect(search(whole, q, filters, 100).hits.length, q).toBeGreaterThan(0);
        expect(seen(await index.search(q, filters, 100)), `${q} ${JSON.stringify(filters)}`).toEqual(
          seen(search(whole, q, filters, 100)),
        );
      }
  });

  it('tries a shard again after it failed to load', async () => {
    let fail = true;
    const index = new ShardedSearch(parsedHead, async (file) => {
      if (fail) throw new Error('offline');
      return JSON.parse(shards.get(file)!) as ShardEntries;
    });
    await expect(index.search('ferry', {}, 10)).rejects.toThrow('offline');
    fail = false;
    expect(seen(await index.search('ferry', {}, 10))).toEqual(seen(search(whole, 'ferry', {}, 10)));
  });

  it('says in words when a part is not on the device offline, and names a part the server lacks', async () => {
    const base = 'https://parallax.example/assets/search-index-x.json';
    const answers = new Map<string, () => Promise<Response>>([[base, async () => Response.json(parsedHead)]]);
    vi.stubGlobal('fetch', async (url: string) =>
      (answers.get(url) ?? (() => Promise.reject(new TypeError('Failed to fetch'))))(),
    );
    try {
      const index = await openShardedSearch(base);
      await expect(index.search('ferry', {}, 10)).rejects.toThrow(
        'the part of the search index these words need is not stored on this device, and the network is unreachable.',
      );
      const [ferry] = shardsFor(parsedHead.shards, 'ferry');
      const url = new URL(parsedHead.shards[ferry!]!.file, base).href;
      answers.set(url, async () => new Response('', { status: 404 }));
      await expect(index.search('ferry', {}, 10)).rejects.toThrow(
        `the part of the search index these words need ${url} answered 404.`,
      );
      answers.set(url, async () => new Response(shards.get(parsedHead.shards[ferry!]!.file)!));
      for (const part of parsedHead.docs.parts)
        answers.set(new URL(part, base).href, async () => new Response(shards.get(part)!));
      expect(seen(await index.search('ferry', {}, 10))).toEqual(seen(search(whole, 'ferry', {}, 10)));
      answers.delete(base);
      await expect(openShardedSearch(base)).rejects.toThrow(
        'the search index is not stored on this device, and the network is unreachable.',
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
