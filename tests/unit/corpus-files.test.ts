/**
 * The build's files of a corpus (scripts/vite-plugin-corpus.ts): given where to put them, the
 * event files and the search shards go there as they are made, the same files by the same names,
 * and none is kept in memory.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpusFiles } from '../../scripts/vite-plugin-corpus';
import type { SearchHead } from '../../src/core/search-shards';
import { SEEDS } from '../helpers';

describe('the corpus files, emitted as they are made', () => {
  it('emits every event file and search shard once, as the files held in memory, and keeps none', () => {
    const held = buildCorpusFiles(SEEDS);
    const emitted = new Map<string, string>();
    const names: string[] = [];
    const streamed = buildCorpusFiles(SEEDS, (name, json) => {
      names.push(name);
      emitted.set(name, json);
    });
    expect(held.events.size).toBeGreaterThan(1);
    expect(held.searchShards.size).toBeGreaterThan(1);
    expect(names).toHaveLength(held.events.size + held.searchShards.size);
    expect(emitted).toEqual(new Map([...held.events, ...held.searchShards]));
    expect(streamed.events.size).toBe(0);
    expect(streamed.searchShards.size).toBe(0);
    expect([streamed.head, streamed.index, streamed.indexName, streamed.searchHead]).toEqual([
      held.head,
      held.index,
      held.indexName,
      held.searchHead,
    ]);
    // What the indexes name is what was emitted.
    const head = JSON.parse(streamed.searchHead) as SearchHead;
    for (const file of [...head.shards.map((s) => s.file), ...head.docs.parts]) expect(emitted.has(file)).toBe(true);
  });
});
