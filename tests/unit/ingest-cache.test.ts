import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractionModules, extractorVersion } from '../../scripts/lib/extract-cache';
import { ingestFolder, type IngestFolderOptions } from '../../scripts/lib/ingest-folder';
import { readSeeds } from '../../scripts/lib/read-seeds';
import { ingest } from '../../src/core/ingest/ingest';
import { newsPage, PARAGRAPHS, ROOT } from '../helpers';
import { tempDirs } from '../temp-dirs';

const NOW = '2024-06-01T00:00:00Z';
const tempDir = tempDirs();

const TITLES = [
  'Council approves budget after weeks of debate',
  'Rail strike halts trains across the region',
  'Harbour authority opens new ferry terminal',
];

/** Three small pages and a manifest dating one of them. */
function folder(): string {
  const dir = tempDir('parallax-cache-seeds-');
  TITLES.forEach((title, i) =>
    writeFileSync(join(dir, `page-${i}.txt`), newsPage({ title, paragraphs: PARAGRAPHS.map((p) => `${p} (${i})`) })),
  );
  writeManifest(dir, '2024-03-05');
  return dir;
}

function writeManifest(dir: string, retrieved: string): void {
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ schemaVersion: 1, files: { 'page-0.txt': { retrieved } } }),
  );
}

function cacheFiles(cache: string): string[] {
  return readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.json'));
}

function run(dir: string, cache: string, more: IngestFolderOptions = {}) {
  const warnings: string[] = [];
  return ingestFolder(dir, { cache, workers: 0, now: NOW, warn: (m) => warnings.push(m), ...more }).then((r) => ({
    ...r,
    warnings,
    json: JSON.stringify(r.corpus),
  }));
}

function pipelineJson(dir: string): string {
  const seeds = readSeeds(dir);
  return JSON.stringify(ingest(seeds.files, { ...seeds.options, now: NOW }));
}

describe('the ingest cache', () => {
  it('extracts nothing on a second run over the same folder, and the corpus is the same', async () => {
    const dir = folder();
    const cache = tempDir('parallax-cache-');
    const first = await run(dir, cache);
    expect(first.stats).toMatchObject({ extracted: 3, cached: 0 });
    expect(cacheFiles(cache)).toHaveLength(3);
    const second = await run(dir, cache);
    expect(second.stats).toMatchObject({ extracted: 0, cached: 3 });
    expect(second.json).toBe(first.json);
    expect(second.json).toBe(pipelineJson(dir));
  });

  it('gives the corpus it gives without a cache', async () => {
    const dir = folder();
    const cache = tempDir('parallax-cache-');
    await run(dir, cache);
    const cached = await run(dir, cache);
    const uncached = await ingestFolder(dir, { cache: false, workers: 0, now: NOW });
    expect(cached.stats.cached).toBe(3);
    expect(cached.json).toBe(JSON.stringify(uncached.corpus));
  });

  it('extracts a changed file again, and only that one', async () => {
    const dir = folder();
    const cache = tempDir('parallax-cache-');
    await run(dir, cache);
    const changed = newsPage({ title: 'Rail strike called off at the last minute', paragraphs: PARAGRAPHS });
    writeFileSync(join(dir, 'page-1.txt'), changed);
    const after = await run(dir, cache);
    expect(after.stats).toMatchObject({ extracted: 1, cached: 2 });
    expect(after.corpus.articles.map((a) => a.title)).toContain('Rail strike called off at the last minute');
    expect(after.json).toBe(pipelineJson(dir));
  });

  it('extracts a file again when what its manifest entry says changes', async () => {
    const dir = folder();
    const cache = tempDir('parallax-cache-');
    await run(dir, cache);
    writeManifest(dir, '2024-03-09');
    const after = await run(dir, cache);
    expect(after.stats).toMatchObject({ extracted: 1, cached: 2 });
    expect(after.json).toBe(pipelineJson(dir));
  });

  it('finds a renamed file in the cache, under its new path', async () => {
    const dir = folder();
    const cache = tempDir('parallax-cache-');
    await run(dir, cache);
    writeFileSync(join(dir, 'page-9.txt'), readFileSync(join(dir, 'page-2.txt')));
    rmSync(join(dir, 'page-2.txt'));
    const after = await run(dir, cache);
    expect(after.stats).toMatchObject({ extracted: 0, cached: 3 });
    expect(after.corpus.articles.filter((a) => a.sourceFile === 'page-9.txt')).toHaveLength(1);
    expect(after.json).toBe(pipelineJson(dir));
  });

  it('extracts everything again under another extractor version', async () => {
    const dir = folder();
    const cache = tempDir('parallax-cache-');
    await run(dir, cache);
    const after = await run(dir, cache, { extractorVersion: 'a rule changed' });
    expect(after.stats).toMatchObject({ extracted: 3, cached: 0 });
  });

  it('ignores a corrupt entry with a warning, extracts the file again and rewrites the entry', async () => {
    const dir = folder();
    const cache = tempDir('parallax-cache-');
    const first = await run(dir, cache);
    const [entry] = cacheFiles(cache);
    writeFileSync(join(cache, entry!), '{"format":1,"key":"trunc');
    const second = await run(dir, cache);
    expect(second.stats).toMatchObject({ extracted: 1, cached: 2 });
    expect(second.warnings).toHaveLength(1);
    expect(second.warnings[0]).toContain('unreadable cache entry');
    expect(second.json).toBe(first.json);
    const third = await run(dir, cache);
    expect(third.stats).toMatchObject({ extracted: 0, cached: 3 });
    expect(third.warnings).toEqual([]);
  });

  it('ignores an entry of another shape with a warning', async () => {
    const dir = folder();
    const cache = tempDir('parallax-cache-');
    await run(dir, cache);
    const [entry] = cacheFiles(cache);
    writeFileSync(join(cache, entry!), JSON.stringify({ format: 1, key: 'someone else', decoded: { ok: true } }));
    const second = await run(dir, cache);
    expect(second.stats).toMatchObject({ extracted: 1, cached: 2 });
    expect(second.warnings[0]).toContain('cache entry of an unexpected shape');
  });
});

describe('extractorVersion', () => {
  it('is a SHA-256 of the extraction code, the same on every call', () => {
    expect(extractorVersion()).toMatch(/^[0-9a-f]{64}$/);
    expect(extractorVersion()).toBe(extractorVersion());
  });

  it('covers the modules extraction runs, and not grouping or comparison, which extraction imports types of alone', () => {
    const files = extractionModules().files.map((f) => relative(ROOT, f).split(sep).join('/'));
    expect(files).toEqual(expect.arrayContaining(['src/core/ingest/extract-inputs.ts', 'src/core/resolve/resolve.ts']));
    expect(files).toContain('src/core/extract/page.ts');
    // file-extract.ts imports the type ResolvedParts from the pipeline: grouping must not reach the cache's key.
    expect(files).not.toContain('src/core/pipeline.ts');
    expect(files.filter((f) => f.startsWith('src/core/group/'))).toEqual([]);
  });
});
