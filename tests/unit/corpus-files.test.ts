/**
 * The build's files of a corpus (scripts/vite-plugin-corpus.ts): given where to put them, the
 * event files and the search shards go there as they are made, the same files by the same names,
 * and none is kept in memory.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpusFiles, stagingFolder } from '../../scripts/vite-plugin-corpus';
import type { SearchHead } from '../../src/core/search-shards';
import { SEEDS } from '../helpers';
import { tempDirs } from '../temp-dirs';

const tempDir = tempDirs();

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

describe('the staging folder of the build', () => {
  it('writes each file at once, then moves them all to the same places in the build folder and is gone', () => {
    const root = tempDir('parallax-stage-');
    const dir = join(root, 'staging');
    const out = join(root, 'dist');
    mkdirSync(join(out, 'assets'), { recursive: true });
    writeFileSync(join(out, 'assets', 'app.js'), 'app');
    const stage = stagingFolder(dir);
    const files = new Map(buildCorpusFiles(SEEDS, (name, json) => stage.write(`assets/${name}`, json)).events);
    const emitted = new Map<string, string>();
    const again = stagingFolder(join(root, 'again'));
    buildCorpusFiles(SEEDS, (name, json) => {
      emitted.set(`assets/${name}`, json);
      again.write(`assets/${name}`, json);
    });
    expect(files.size).toBe(0);
    expect(stage.written).toBe(emitted.size);
    // On disk as soon as written.
    for (const [name, json] of emitted) expect(readFileSync(join(dir, name), 'utf8')).toBe(json);
    stage.moveInto(out);
    expect(existsSync(dir)).toBe(false);
    for (const [name, json] of emitted) expect(readFileSync(join(out, name), 'utf8')).toBe(json);
    expect(readFileSync(join(out, 'assets', 'app.js'), 'utf8')).toBe('app');
    const folders = readdirSync(join(out, 'assets')).sort();
    expect(folders).toEqual(['app.js', 'events', 'search']);
    again.remove();
    expect(existsSync(join(root, 'again'))).toBe(false);
  });
});
