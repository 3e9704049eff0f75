import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleHash,
  extractionModules,
  extractorVersion,
  groupingVersion,
  type CacheEntry,
} from '../../scripts/lib/extract-cache';
import { EXTEND_SHARE, KEPT_CLUSTERINGS } from '../../scripts/lib/event-cache';
import { hashListPath } from '../../scripts/lib/file-hashes';
import { ingestFolder, type IngestFolderOptions } from '../../scripts/lib/ingest-folder';
import { readSeeds } from '../../scripts/lib/read-seeds';
import { toGroupInput, withPrint } from '../../src/core/group/article-features';
import { DEFAULT_GROUPING } from '../../src/core/group/vectors';
import { ingest } from '../../src/core/ingest/ingest';
import type { Corpus } from '../../src/core/types';
import { HAPPENINGS, newsPage, PARAGRAPHS, ROOT } from '../helpers';
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

/** Three pages about three unrelated events, each with its own paragraphs. */
const EVENT_PAGES = [
  {
    title: 'Council approves budget after weeks of debate',
    paragraphs: [
      'The city council voted on Tuesday to approve a new budget for the coming year, ending weeks of debate over road repairs.',
      '"This is a budget that puts people first," the mayor told reporters after the vote in the council chamber.',
      'Opponents said the plan relies on optimistic revenue forecasts and promised to seek changes in June.',
    ],
  },
  {
    title: 'Rail strike halts trains across the northern region',
    paragraphs: [
      'Train drivers walked out at dawn on Wednesday, leaving commuters stranded at stations across the northern region.',
      '"We have no choice but to strike," the union leader Maria Keller said outside the main depot in Hollin.',
      'The operator said talks with the union would resume on Friday and urged passengers to work from home.',
    ],
  },
  {
    title: 'Harbour authority opens new ferry terminal in Port Amsel',
    paragraphs: [
      'A new ferry terminal opened in Port Amsel on Thursday after three years of building work on the old quay.',
      'The harbour authority said the terminal can handle twice as many passengers and cars as the one it replaces.',
      '"It puts the island within an hour of the mainland," the harbour master Jonas Weber said at the opening.',
    ],
  },
];

function eventsFolder(): string {
  const dir = tempDir('parallax-cache-events-');
  EVENT_PAGES.forEach((page, i) => writeFileSync(join(dir, `page-${i}.txt`), newsPage(page)));
  writeManifest(dir, '2024-03-05');
  return dir;
}

/** An outlets.json of one newspaper; returns its record. */
function writeRegistry(dir: string, id: string, name: string) {
  const outlet = { id, name, aliases: [], country: null, kind: 'newspaper', homepage: null };
  writeFileSync(join(dir, 'outlets.json'), JSON.stringify({ schemaVersion: 1, outlets: [outlet] }));
  return outlet;
}

function writeManifest(dir: string, retrieved: string): void {
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ schemaVersion: 1, files: { 'page-0.txt': { retrieved } } }),
  );
}

/** The per-file entries of a cache folder (the events' entries are under `events/`). */
function cacheFiles(cache: string): string[] {
  return readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter(
    (p) => p.endsWith('.json') && !p.startsWith('events') && p !== 'hashes.json',
  );
}

/** The event cache's entries of one kind. */
function eventEntries(cache: string, kind: 'cluster' | 'compare' | 'describe' | 'naming'): string[] {
  return readdirSync(join(cache, 'events', kind), { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.json'))
    .map((p) => join(cache, 'events', kind, p));
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

  it('keeps one generation: a run under another extractor deletes the entries of the one before, and nothing else', async () => {
    const dir = folder();
    const cache = tempDir('parallax-cache-');
    await run(dir, cache);
    const [before] = readdirSync(join(cache, 'files'));
    mkdirSync(join(cache, 'notes'));
    writeFileSync(join(cache, 'files', 'README'), 'kept');
    const after = await run(dir, cache, { extractorVersion: 'a rule changed' });
    expect(after.stats).toMatchObject({ extracted: 3, cachePruned: 1 });
    const generations = readdirSync(join(cache, 'files')).filter((n) => n !== 'README');
    expect(generations).toHaveLength(1);
    expect(generations[0]).not.toBe(before);
    expect(cacheFiles(cache)).toHaveLength(3);
    expect(readdirSync(cache)).toContain('notes');
    expect(readFileSync(join(cache, 'files', 'README'), 'utf8')).toBe('kept');
    // A generation moved aside by a run cut short before it was deleted goes too.
    mkdirSync(join(cache, 'files', '.discarded-0123456789abcdef-1-2', '01'), { recursive: true });
    writeFileSync(join(cache, 'files', '.discarded-0123456789abcdef-1-2', '01', 'x.json'), '{}');
    const again = await run(dir, cache, { extractorVersion: 'a rule changed' });
    expect(again.stats).toMatchObject({ extracted: 0, cachePruned: 0 });
    expect(readdirSync(join(cache, 'files')).sort()).toEqual([...generations, 'README'].sort());
  });

  it('keeps the entries read with another outlet registry, for an editor who goes back to it', async () => {
    const dir = folder();
    const cache = tempDir('parallax-cache-');
    await run(dir, cache);
    writeRegistry(dir, 'harbour-times', 'Harbour Times');
    const other = await run(dir, cache);
    expect(other.stats).toMatchObject({ extracted: 3, cachePruned: 0 });
    rmSync(join(dir, 'outlets.json'));
    const back = await run(dir, cache);
    expect(back.stats).toMatchObject({ extracted: 0, cached: 3 });
    expect(cacheFiles(cache)).toHaveLength(6);
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

describe('the grouping features in the cache', () => {
  /** Each per-file entry of a cache folder, read. */
  const entries = (cache: string) =>
    cacheFiles(cache).map((p) => ({
      path: join(cache, p),
      entry: JSON.parse(readFileSync(join(cache, p), 'utf8')) as CacheEntry,
    }));

  it('keeps the grouping features and the print of each article beside it, as grouping and the search for copies work them out', async () => {
    const cache = tempDir('parallax-cache-');
    await run(eventsFolder(), cache);
    const kept = entries(cache);
    expect(kept).toHaveLength(3);
    for (const { entry } of kept) {
      expect(entry.grouping!.version).toBe(groupingVersion());
      expect(entry.grouping!.features).toEqual(
        entry.extraction!.articles.map((a) => withPrint(toGroupInput(a), DEFAULT_GROUPING)),
      );
    }
  });

  it('groups with the features it keeps, not the articles read again', async () => {
    const dir = eventsFolder();
    const cache = tempDir('parallax-cache-');
    const first = await run(dir, cache);
    expect(first.corpus.events).toHaveLength(3);
    // Every page given the first page's features: one happening. (The clustering of the same
    // articles is kept too: without it, they are clustered again.)
    rmSync(join(cache, 'events', 'cluster'), { recursive: true });
    const kept = entries(cache);
    for (const { path, entry } of kept)
      writeFileSync(path, JSON.stringify({ ...entry, grouping: kept[0]!.entry.grouping }));
    const second = await run(dir, cache);
    expect(second.stats).toMatchObject({ extracted: 0, cached: 3 });
    expect(second.corpus.events).toHaveLength(1);
  });

  it('works them out again, extracting nothing, when the grouping code changed or they are not of their shape', async () => {
    const dir = eventsFolder();
    const cache = tempDir('parallax-cache-');
    const first = await run(dir, cache);
    const changed = await run(dir, cache, { groupingVersion: 'a feature changed' });
    expect(changed.stats).toMatchObject({ extracted: 0, cached: 3 });
    expect(changed.json).toBe(first.json);
    expect(entries(cache).map((e) => e.entry.grouping!.version)).toEqual(Array(3).fill('a feature changed'));
    const [broken] = entries(cache);
    writeFileSync(
      broken!.path,
      JSON.stringify({ ...broken!.entry, grouping: { version: groupingVersion(), features: [{ keys: 'x' }] } }),
    );
    const again = await run(dir, cache);
    expect(again.stats).toMatchObject({ extracted: 0, cached: 3 });
    expect(again.warnings).toEqual([]);
    expect(again.json).toBe(first.json);
    expect(entries(cache).map((e) => e.entry.grouping!.version)).toEqual(Array(3).fill(groupingVersion()));
  });
});

const HOUR_AGO = Date.now() / 1000 - 3600;

/** Dates the folder's pages an hour back, as pages saved before a run are. */
function ageFiles(dir: string): void {
  for (const name of readdirSync(dir)) if (name.endsWith('.txt')) utimesSync(join(dir, name), HOUR_AGO, HOUR_AGO);
}

describe("the list of the input files' hashes", () => {
  it('reads no unchanged file on a second run, and gives the same corpus', async () => {
    const dir = folder();
    ageFiles(dir);
    const cache = tempDir('parallax-cache-');
    const first = await run(dir, cache);
    expect(first.stats).toMatchObject({ extracted: 3, cached: 0, unread: 0 });
    const second = await run(dir, cache);
    expect(second.stats).toMatchObject({ extracted: 0, cached: 3, unread: 3 });
    expect(second.json).toBe(first.json);
    // Not read at all: a page rewritten in place to the same size and time stands as the list has it, as a file
    // does in git's index. Any other change to it, and it is read again.
    const page = join(dir, 'page-1.txt');
    const { atime, mtime } = statSync(page);
    const text = readFileSync(page, 'utf8');
    writeFileSync(page, text.replace('Rail strike', 'Bail strike'));
    utimesSync(page, atime, mtime);
    expect((await run(dir, cache)).json).toBe(first.json);
    writeFileSync(page, text.replace('Rail strike', 'Bail strikes'));
    ageFiles(dir);
    const changed = await run(dir, cache);
    expect(changed.stats).toMatchObject({ extracted: 1, cached: 2, unread: 2 });
    expect(changed.corpus.articles.map((a) => a.title)).toContain('Bail strikes halts trains across the region');
    expect(changed.json).toBe(pipelineJson(dir));
  });

  it('reads again a file modified less than two seconds before the list was written', async () => {
    const dir = folder();
    const cache = tempDir('parallax-cache-');
    // Written just now: within the same tick of a coarse clock, the file could change again unseen.
    const first = await run(dir, cache);
    const second = await run(dir, cache);
    expect(second.stats).toMatchObject({ extracted: 0, cached: 3, unread: 0 });
    expect(second.json).toBe(first.json);
  });

  it('reads every file when the list is unreadable or of another shape, and writes it anew', async () => {
    const dir = folder();
    ageFiles(dir);
    const cache = tempDir('parallax-cache-');
    const first = await run(dir, cache);
    for (const broken of ['{"format":1,"writ', '{"format":1,"written":0,"files":{"x":[1]}}', '[]']) {
      writeFileSync(hashListPath(cache), broken);
      const again = await run(dir, cache);
      expect(again.stats).toMatchObject({ extracted: 0, cached: 3, unread: 0 });
      expect(again.warnings).toEqual([]);
      expect(again.json).toBe(first.json);
      expect((await run(dir, cache)).stats.unread).toBe(3);
    }
  });

  it('keeps no list without a cache', async () => {
    const dir = folder();
    ageFiles(dir);
    const result = await ingestFolder(dir, { cache: false, workers: 0, now: NOW });
    expect(result.stats).toMatchObject({ extracted: 3, cached: 0, unread: 0 });
  });
});

describe('the event cache', () => {
  it('compares, describes and names nothing again on a second run, and the corpus is the same', async () => {
    const dir = eventsFolder();
    const cache = tempDir('parallax-cache-');
    const first = await run(dir, cache);
    const events = first.corpus.events.length;
    expect(events).toBeGreaterThan(1);
    expect(first.stats).toMatchObject({ eventsFromCache: 0, describedFromCache: 0, storiesFromCache: 0 });
    expect(eventEntries(cache, 'compare')).toHaveLength(events);
    expect(eventEntries(cache, 'describe')).toHaveLength(events);
    expect(eventEntries(cache, 'naming')).toHaveLength(first.corpus.stories.length);
    const second = await run(dir, cache);
    expect(second.stats).toMatchObject({
      eventsFromCache: events,
      describedFromCache: events,
      storiesFromCache: first.corpus.stories.length,
    });
    expect(second.json).toBe(first.json);
    expect(second.json).toBe(pipelineJson(dir));
  });

  it('keeps the comparisons it reads from the cache on disk too (spill), and the corpus is the same', async () => {
    const dir = eventsFolder();
    const cache = tempDir('parallax-cache-');
    const first = await run(dir, cache);
    const second = await run(dir, cache, { spill: true });
    expect(second.stats.eventsFromCache).toBe(first.corpus.events.length);
    for (const e of second.corpus.events)
      expect(Object.getOwnPropertyDescriptor(e, 'quotes')?.get).toBeTypeOf('function');
    expect(second.json).toBe(first.json);
    second.close();
  });

  it('knows each article by the hash of its JSON worked out where it was extracted, kept with its file, and again for a file moved', async () => {
    const dir = eventsFolder();
    const cache = tempDir('parallax-cache-');
    /** The newest clustering's list of its articles (each id and the start of its hash) against the corpus's articles. */
    const listed = (corpus: { articles: readonly object[] }) => {
      const newest = eventEntries(cache, 'cluster').sort((x, y) => statSync(y).mtimeMs - statSync(x).mtimeMs)[0]!;
      const entry = JSON.parse(readFileSync(newest, 'utf8')) as { articles: string[] };
      const expected = corpus.articles.map((a) => `${(a as { id: string }).id} ${articleHash(a).slice(0, 16)}`);
      return [[...entry.articles].sort(), expected.sort()];
    };
    const first = await run(dir, cache);
    const [written, expected] = listed(first.corpus);
    expect(written).toEqual(expected);
    for (const file of cacheFiles(cache)) {
      const entry = JSON.parse(readFileSync(join(cache, file), 'utf8')) as CacheEntry;
      if (entry.extraction) expect(entry.hashes?.of).toEqual(entry.extraction.articles.map(articleHash));
    }
    // An entry made before the hashes were kept gets them.
    const [made] = cacheFiles(cache).filter(
      (f) => (JSON.parse(readFileSync(join(cache, f), 'utf8')) as CacheEntry).extraction,
    );
    const { hashes: _gone, ...before } = JSON.parse(readFileSync(join(cache, made!), 'utf8')) as CacheEntry;
    writeFileSync(join(cache, made!), JSON.stringify(before));
    // From the cache, through a worker: the same hashes, so the same clustering and comparisons.
    const second = await run(dir, cache, { workers: 2 });
    const remade = JSON.parse(readFileSync(join(cache, made!), 'utf8')) as CacheEntry;
    expect(remade.hashes?.of).toEqual(remade.extraction!.articles.map(articleHash));
    expect(second.stats).toMatchObject({ cached: first.stats.files, clusteringFromCache: true });
    expect(second.stats.eventsFromCache).toBe(first.corpus.events.length);
    // A page moved: its entry's hashes are of its articles at the old path, not the new one.
    renameSync(join(dir, 'page-1.txt'), join(dir, 'moved.txt'));
    const third = await run(dir, cache, { workers: 2 });
    expect(third.stats.cached).toBe(first.stats.files);
    expect(third.corpus.articles.some((a) => a.sourceFile === 'moved.txt')).toBe(true);
    const [again, now] = listed(third.corpus);
    expect(again).toEqual(now);
    expect(third.json).toBe(pipelineJson(dir));
  });

  it('keeps a comparison from the cache on disk as the text the cache holds, whole, and works out again one cut short', async () => {
    const dir = eventsFolder();
    const cache = tempDir('parallax-cache-');
    const first = await run(dir, cache);
    const events = first.corpus.events.length;
    const [cut, old] = eventEntries(cache, 'compare');
    const text = readFileSync(cut!, 'utf8');
    expect(text).toMatch(/^\{"format":1,"key":"[0-9a-f]{64}","chars":\d+,"value":\{"quotes":/);
    // Cut inside its value, the head and the closing brace as written: its length says so.
    writeFileSync(cut!, `${text.slice(0, text.indexOf('"value":') + 20)}}`);
    // Laid out as before the length was kept: parsed, and laid out anew.
    const entry = JSON.parse(readFileSync(old!, 'utf8')) as { format: number; key: string; value: unknown };
    writeFileSync(old!, JSON.stringify({ format: entry.format, key: entry.key, value: entry.value }));
    const second = await run(dir, cache, { spill: true });
    expect(second.stats.eventsFromCache).toBe(events - 1);
    expect(second.warnings.join('\n')).toMatch(/unreadable cache entry/);
    for (const e of second.corpus.events)
      expect(Object.getOwnPropertyDescriptor(e, 'quotes')?.get).toBeTypeOf('function');
    expect(second.json).toBe(first.json);
    second.close();
    for (const file of [cut!, old!])
      expect(readFileSync(file, 'utf8')).toMatch(/^\{"format":1,"key":"[0-9a-f]{64}","chars":/);
    const third = await run(dir, cache, { spill: true });
    expect(third.stats.eventsFromCache).toBe(events);
    expect(third.warnings).toEqual([]);
    expect(third.json).toBe(first.json);
    third.close();
    // Taken as it stands, not parsed: a character gone wrong inside is found when the corpus is read.
    writeFileSync(old!, readFileSync(old!, 'utf8').replace('"value":{"quotes":', '"value":{"quotes"!'));
    const fourth = await ingestFolder(dir, { cache, workers: 0, now: NOW, spill: true, warn: () => {} });
    expect(fourth.stats.eventsFromCache).toBe(events);
    expect(() => JSON.stringify(fourth.corpus)).toThrow(`${old} is damaged`);
    fourth.close();
  });

  it('clusters the articles again only when they, the corrections or the clustering code change', async () => {
    const dir = eventsFolder();
    const cache = tempDir('parallax-cache-');
    const first = await run(dir, cache);
    expect(first.stats.clusteringFromCache).toBe(false);
    expect(eventEntries(cache, 'cluster')).toHaveLength(1);
    const second = await run(dir, cache);
    expect(second.stats.clusteringFromCache).toBe(true);
    expect(second.json).toBe(first.json);
    // A correction moves the ferry page into the council's event.
    const articles = first.corpus.articles;
    const ferry = articles.find((a) => a.title.startsWith('Harbour'))!;
    const council = articles.find((a) => a.title.startsWith('Council'))!;
    writeFileSync(
      join(dir, 'grouping.json'),
      JSON.stringify({
        schemaVersion: 1,
        corrections: [{ kind: 'move', articleId: ferry.id, withArticleId: council.id }],
      }),
    );
    const corrected = await run(dir, cache);
    expect(corrected.stats.clusteringFromCache).toBe(false);
    expect(corrected.corpus.events).toHaveLength(first.corpus.events.length - 1);
    expect(corrected.json).toBe(pipelineJson(dir));
    rmSync(join(dir, 'grouping.json'));
    expect((await run(dir, cache)).stats.clusteringFromCache).toBe(true);
    const recoded = await run(dir, cache, { eventCodeVersions: { cluster: 'a rule changed' } });
    expect(recoded.stats.clusteringFromCache).toBe(false);
    expect(recoded.json).toBe(first.json);
    const page = EVENT_PAGES[1]!;
    writeFileSync(join(dir, 'page-1.txt'), newsPage({ ...page, paragraphs: [...page.paragraphs, 'Freight ran.'] }));
    const changed = await run(dir, cache);
    expect(changed.stats.clusteringFromCache).toBe(false);
    expect(changed.json).toBe(pipelineJson(dir));
  });

  it('keeps the three newest clusterings, the one just read among them', async () => {
    const dir = eventsFolder();
    const cache = tempDir('parallax-cache-');
    await run(dir, cache);
    const [oldest] = eventEntries(cache, 'cluster');
    const page = EVENT_PAGES[1]!;
    for (const more of ['One.', 'Two.', 'Three.']) {
      writeFileSync(join(dir, 'page-1.txt'), newsPage({ ...page, paragraphs: [...page.paragraphs, more] }));
      await run(dir, cache);
    }
    const kept = eventEntries(cache, 'cluster');
    expect(kept).toHaveLength(KEPT_CLUSTERINGS);
    expect(kept).not.toContain(oldest);
    // Back to the second folder's pages: its clustering is read, and so kept when the next is made.
    writeFileSync(join(dir, 'page-1.txt'), newsPage({ ...page, paragraphs: [...page.paragraphs, 'One.'] }));
    expect((await run(dir, cache)).stats.clusteringFromCache).toBe(true);
    writeFileSync(join(dir, 'page-1.txt'), newsPage({ ...page, paragraphs: [...page.paragraphs, 'Four.'] }));
    await run(dir, cache);
    writeFileSync(join(dir, 'page-1.txt'), newsPage({ ...page, paragraphs: [...page.paragraphs, 'One.'] }));
    expect((await run(dir, cache)).stats.clusteringFromCache).toBe(true);
  });

  it('compares again only the event whose article changed', async () => {
    const dir = eventsFolder();
    const cache = tempDir('parallax-cache-');
    const first = await run(dir, cache);
    const page = EVENT_PAGES[1]!;
    writeFileSync(
      join(dir, 'page-1.txt'),
      newsPage({ ...page, paragraphs: [...page.paragraphs, 'Freight trains were not affected, the operator said.'] }),
    );
    const after = await run(dir, cache);
    expect(after.corpus.events).toHaveLength(first.corpus.events.length);
    expect(after.stats).toMatchObject({ extracted: 1, eventsFromCache: first.corpus.events.length - 1 });
    expect(after.json).not.toBe(first.json);
    expect(after.json).toBe(pipelineJson(dir));
  });

  it('compares and describes only the new event when a page adds an outlet to the corpus', async () => {
    const dir = eventsFolder();
    const outlet = writeRegistry(dir, 'harbour-times', 'Harbour Times');
    const files = Object.fromEntries(EVENT_PAGES.map((_, i) => [`page-${i}.txt`, { outlet: outlet.id }]));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ schemaVersion: 1, files }));
    const cache = tempDir('parallax-cache-');
    const first = await run(dir, cache);
    // No manifest entry: the page's outlet is unknown, a new outlet of the corpus.
    writeFileSync(
      join(dir, 'page-3.txt'),
      newsPage({
        title: 'Storm closes mountain pass for a second day',
        paragraphs: [
          'Snow and high winds kept the Karst pass closed on Saturday, the road authority said, for a second day running.',
          '"We will not reopen it until the avalanche risk falls," the authority spokesman Tomas Lind said in a statement.',
        ],
      }),
    );
    const after = await run(dir, cache);
    expect(after.corpus.outlets.map((o) => o.id)).toEqual([...first.corpus.outlets.map((o) => o.id), 'unknown']);
    expect(after.corpus.events).toHaveLength(first.corpus.events.length + 1);
    expect(after.stats).toMatchObject({
      extracted: 1,
      eventsFromCache: first.corpus.events.length,
      describedFromCache: first.corpus.events.length,
    });
    expect(after.json).toBe(pipelineJson(dir));
  });

  it('describes an event again when an outlet whose tag its headline carries joins the registry', async () => {
    const dir = eventsFolder();
    const page = EVENT_PAGES[1]!;
    writeFileSync(join(dir, 'page-1.txt'), newsPage({ ...page, title: `${page.title} - Valley Courier` }));
    const cache = tempDir('parallax-cache-');
    const first = await run(dir, cache);
    const tagged = (json: string) =>
      (JSON.parse(json) as Corpus).events.map((e) => e.title).filter((t) => t.startsWith('Rail'));
    expect(tagged(first.json)).toEqual([`${page.title} - Valley Courier`]);
    writeRegistry(dir, 'valley-courier', 'Valley Courier');
    const after = await run(dir, cache);
    expect(tagged(after.json)).toEqual([page.title]);
    expect(after.stats.describedFromCache).toBe(first.corpus.events.length - 1);
    expect(after.json).toBe(pipelineJson(dir));
  });

  it('compares everything again under another version of the comparison', async () => {
    const dir = eventsFolder();
    const cache = tempDir('parallax-cache-');
    const first = await run(dir, cache);
    const after = await run(dir, cache, { eventCodeVersions: { compare: 'a rule changed' } });
    expect(after.stats).toMatchObject({ eventsFromCache: 0, describedFromCache: first.corpus.events.length });
    expect(after.json).toBe(first.json);
  });

  it('keeps a description whose event only moved in cohesion, and shows the new cohesion', async () => {
    const dir = eventsFolder();
    // A second report of the rail strike: an event of two articles, which has a cohesion.
    writeFileSync(
      join(dir, 'page-3.txt'),
      newsPage({
        title: 'Rail strike strands commuters in the northern region',
        paragraphs: [
          'Commuters were stranded across the northern region on Wednesday as train drivers walked out at dawn.',
          '"We have no choice but to strike," the union leader Maria Keller told drivers outside the depot in Hollin.',
          'Talks between the operator and the union resume on Friday, the operator said.',
        ],
      }),
    );
    const cache = tempDir('parallax-cache-');
    const first = await run(dir, cache);
    const joined = first.corpus.events.filter((e) => e.articleIds.length > 1);
    expect(joined.length).toBeGreaterThan(0);
    expect(joined.every((e) => e.why.cohesion !== undefined && e.why.cohesion !== 0.123)).toBe(true);
    // The clustering as a corpus with other articles elsewhere would give it: every cohesion moved.
    const [clustering] = eventEntries(cache, 'cluster');
    const cached = JSON.parse(readFileSync(clustering!, 'utf8')) as { value: { cohesions: (number | null)[] } };
    cached.value.cohesions = cached.value.cohesions.map((c) => (c === null ? null : 0.1234));
    writeFileSync(clustering!, JSON.stringify(cached));
    const second = await run(dir, cache);
    expect(second.stats).toMatchObject({
      clusteringFromCache: true,
      describedFromCache: first.corpus.events.length,
    });
    const cohesionOf = new Map(second.corpus.events.map((e) => [e.id, e.why.cohesion]));
    expect(joined.map((e) => cohesionOf.get(e.id))).toEqual(joined.map(() => 0.12));
    const single = second.corpus.events.filter((e) => e.articleIds.length === 1);
    expect(single.every((e) => e.why.cohesion === undefined)).toBe(true);
    // All else as the first run described it.
    const without = (events: typeof first.corpus.events) =>
      events.map((e) => ({ ...e, why: { ...e.why, cohesion: undefined } }));
    expect(without(second.corpus.events)).toEqual(without(first.corpus.events));
  });

  it('works out an event again, with one warning, when its entry is corrupt or of another shape', async () => {
    const dir = eventsFolder();
    const cache = tempDir('parallax-cache-');
    const first = await run(dir, cache);
    const [broken, other] = eventEntries(cache, 'compare');
    writeFileSync(broken!, '{"format":1,"key":"trunc');
    const [clustering] = eventEntries(cache, 'cluster');
    const cached = JSON.parse(readFileSync(clustering!, 'utf8')) as { value: { cohesions: unknown[] } };
    cached.value.cohesions.push('none');
    writeFileSync(clustering!, JSON.stringify(cached));
    const entry = JSON.parse(readFileSync(other!, 'utf8')) as { value: Record<string, unknown> };
    delete entry.value.facts;
    writeFileSync(other!, JSON.stringify(entry));
    const second = await run(dir, cache);
    expect(second.stats.eventsFromCache).toBe(first.corpus.events.length - 2);
    expect(second.stats.clusteringFromCache).toBe(false);
    expect(second.warnings).toHaveLength(2);
    expect(second.warnings[0]).toMatch(/cluster.*cache entry of an unexpected shape; working it out again$/);
    expect(second.warnings[1]).toMatch(/cache entry .*working it out again \(and 1 more entries like it\)$/);
    expect(second.json).toBe(first.json);
    const third = await run(dir, cache);
    expect(third.stats.eventsFromCache).toBe(first.corpus.events.length);
    expect(third.stats.clusteringFromCache).toBe(true);
    expect(third.warnings).toEqual([]);
  });

  it('keeps the entries of one version of the comparison, deleting those of the one before', async () => {
    const dir = eventsFolder();
    const cache = tempDir('parallax-cache-');
    // Versions are SHA-256s in hex (`codeVersion`).
    await run(dir, cache, { eventCodeVersions: { compare: 'a'.repeat(64) } });
    const generations = () => readdirSync(join(cache, 'events', 'compare'));
    const [first] = generations();
    const after = await run(dir, cache, { eventCodeVersions: { compare: 'b'.repeat(64) } });
    expect(after.stats).toMatchObject({ eventsFromCache: 0, cachePruned: 1 });
    expect(generations()).toHaveLength(1);
    expect(generations()[0]).not.toBe(first);
    expect(eventEntries(cache, 'compare')).toHaveLength(after.corpus.events.length);
  });

  it('is not used without a cache', async () => {
    const dir = eventsFolder();
    const uncached = await ingestFolder(dir, { cache: false, workers: 0, now: NOW });
    expect(uncached.stats).toMatchObject({
      clusteringFromCache: false,
      eventsFromCache: 0,
      describedFromCache: 0,
      storiesFromCache: 0,
    });
  });
});

/** Six pages of each happening of HAPPENINGS, each its own cut of the reports' sentences. */
function happeningsFolder(): string {
  const dir = tempDir('parallax-cache-happenings-');
  HAPPENINGS.forEach((h, k) => {
    for (let n = 0; n < 6; n++)
      writeFileSync(
        join(dir, `page-${k}-${n}.txt`),
        newsPage({
          title: `${h.title} (${n + 1})`,
          paragraphs: h.sentences.filter((_, i) => (i + n) % 4 !== 0),
        }),
      );
  });
  return dir;
}

/** An updated copy of a page (its text and one more paragraph), under a new name. */
function addUpdated(dir: string, page: string): void {
  const text = readFileSync(join(dir, `${page}.txt`), 'utf8');
  writeFileSync(join(dir, `${page}-updated.txt`), `${text}\n\nThe report was updated with further details.\n`);
}

describe("new pages placed into the last run's events", () => {
  it('places a page added to a folder the cache knows into the event of the page it updates, keeps every other event, and clusters afresh with regroup', async () => {
    const dir = happeningsFolder();
    const cache = tempDir('parallax-cache-');
    const first = await run(dir, cache);
    expect(first.stats.placed).toBeUndefined();
    expect(first.corpus.events).toHaveLength(HAPPENINGS.length);
    addUpdated(dir, 'page-2-3');
    const second = await run(dir, cache);
    expect(second.stats).toMatchObject({
      clusteringFromCache: false,
      placed: { added: 1, changed: 0, removed: 0, since: 1 },
    });
    const idOf = (c: Corpus, file: string) => c.articles.find((a) => a.sourceFile === file)!.id;
    const updated = idOf(second.corpus, 'page-2-3-updated.txt');
    const original = idOf(first.corpus, 'page-2-3.txt');
    const after = second.corpus.events.map((e) => e.articleIds);
    for (const e of first.corpus.events) {
      const ids = e.articleIds.includes(original) ? [...e.articleIds, updated].sort() : e.articleIds;
      expect(after).toContainEqual(ids);
    }
    expect(after).toHaveLength(first.corpus.events.length);
    // The placed clustering is read back as it is.
    const third = await run(dir, cache);
    expect(third.stats.clusteringFromCache).toBe(true);
    expect(third.json).toBe(second.json);
    // Clustered afresh, as without the cache; and that clustering is read back, even with regroup.
    const regrouped = await run(dir, cache, { regroup: true });
    expect(regrouped.stats).toMatchObject({ clusteringFromCache: false });
    expect(regrouped.stats.placed).toBeUndefined();
    expect(regrouped.json).toBe(pipelineJson(dir));
    expect((await run(dir, cache, { regroup: true })).stats.clusteringFromCache).toBe(true);
  });

  it('clusters afresh once the articles placed or taken out since the last clustering made afresh pass 5% of the corpus', async () => {
    const dir = happeningsFolder();
    const cache = tempDir('parallax-cache-');
    await run(dir, cache);
    addUpdated(dir, 'page-0-1');
    expect((await run(dir, cache)).stats.placed).toMatchObject({ added: 1, since: 1 });
    // 2 of 26 articles placed since: more than EXTEND_SHARE.
    addUpdated(dir, 'page-3-2');
    const afresh = await run(dir, cache);
    expect(26 * EXTEND_SHARE).toBeLessThan(2);
    expect(afresh.stats.placed).toBeUndefined();
    expect(afresh.json).toBe(pipelineJson(dir));
    // And the count starts again from that clustering: a page taken out of it is placed so.
    rmSync(join(dir, 'page-1-1.txt'));
    expect((await run(dir, cache)).stats.placed).toEqual({ added: 0, changed: 0, removed: 1, since: 1 });
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
