import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { ingestFolder } from '../../scripts/lib/ingest-folder';
import { readSeeds } from '../../scripts/lib/read-seeds';
import { folderSink } from '../../scripts/lib/synthetic/folder-sink';
import { generateFolder } from '../../scripts/lib/synthetic/generate';
import { loadSeedsSource } from '../../scripts/lib/synthetic/load-source';
import { checkInThread } from '../../scripts/lib/check-thread';
import { CorpusProblem, elementJson, writeCorpusJson, type CorpusCheck } from '../../scripts/lib/write-corpus';
import { HEAVY_FIELDS, ItemTexts, ItemWriter, parkArticles, Recurring, textHash } from '../../scripts/lib/item-texts';
import { datelineLead } from '../../src/core/compare/provenance';
import type { Article } from '../../src/core/types';
import { generationOf, groupingVersion, runKey, schemaVersion, type CacheEntry } from '../../scripts/lib/extract-cache';
import { createFileExtractor } from '../../scripts/lib/extract-files';
import { ingest } from '../../src/core/ingest/ingest';
import { checkCorpus, checkCorpusItem } from '../../src/core/schema';
import { SEEDS } from '../helpers';
import { tempDirs } from '../temp-dirs';

const NOW = '2024-06-01T00:00:00Z';
const tempDir = tempDirs();

/**
 * A small generated seeds folder (pages, a .jsonl feed, outlets and manifest), plus the files
 * the merge must account for like the pipeline: a copy of a page, an empty file, a type Parallax
 * does not read, and records naming an outlet the registry does not know.
 */
function generatedFolder(): string {
  const dir = tempDir('parallax-parallel-');
  generateFolder(loadSeedsSource(SEEDS), { articles: 40, seed: 3 }, folderSink(dir));
  const page = readdirSync(join(dir, 'pages'), { recursive: true, encoding: 'utf8' }).find((p) => p.endsWith('.txt'))!;
  copyFileSync(join(dir, 'pages', page), join(dir, 'zz-copy.txt'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.4');
  const body = 'The harbour authority said the new ferry terminal would open to passengers next spring. '.repeat(5);
  writeFileSync(
    join(dir, 'feed.jsonl'),
    [
      JSON.stringify({ title: 'Ferry terminal to open', text: body, source_domain: 'www.harbour-news.example' }),
      '{not json',
      JSON.stringify({ title: 'Second item', text: body.replace('spring', 'summer'), url: 'https://quay.example/a' }),
    ].join('\n'),
  );
  return dir;
}

const dir = generatedFolder();
const seeds = readSeeds(dir);
const expected = JSON.stringify(ingest(seeds.files, { ...seeds.options, now: NOW }));

describe('ingestFolder: extraction in worker threads', () => {
  it('gives the single-threaded pipeline corpus byte for byte with two workers', async () => {
    const { corpus, stats } = await ingestFolder(dir, { cache: false, workers: 2, now: NOW });
    expect(stats.workers).toBe(2);
    // Every file but the .pdf, which is hashed and set aside unread.
    expect(stats.extracted).toBe(stats.files - 1);
    expect(JSON.stringify(corpus)).toBe(expected);
  }, 60_000);

  it('gives the same corpus byte for byte when the second thread also compares pairs and events and describes events', async () => {
    const { corpus, stats } = await ingestFolder(dir, {
      cache: false,
      workers: 2,
      now: NOW,
      threads: { minArticles: 0, minEvents: 0, chunkArticles: 4 },
    });
    expect(stats.eventsInWorker).toBeGreaterThan(0);
    expect(stats.describedInWorker).toBeGreaterThan(0);
    expect(JSON.stringify(corpus)).toBe(expected);
  }, 60_000);

  it('gives the same corpus byte for byte with the comparisons kept on disk, from both threads', async () => {
    const { corpus, stats, close } = await ingestFolder(dir, {
      cache: false,
      workers: 2,
      now: NOW,
      spill: true,
      threads: { minArticles: 0, minEvents: 0, chunkArticles: 4 },
    });
    expect(stats.eventsInWorker).toBeGreaterThan(0);
    // Every event's comparison is a getter: none is held as a value.
    for (const e of corpus.events) expect(Object.getOwnPropertyDescriptor(e, 'facts')?.get).toBeTypeOf('function');
    const file = join(tempDir('parallax-spilled-'), 'corpus.json');
    await writeCorpusJson(file, corpus, 0);
    expect(readFileSync(file, 'utf8')).toBe(`${expected}\n`);
    close();
    expect(() => corpus.events[0]!.facts).toThrow(/was closed/);
  }, 60_000);

  it('extracts in this thread the files of a worker that runs out of memory, says so, and gives the same corpus', async () => {
    const warnings: string[] = [];
    const { corpus, stats } = await ingestFolder(dir, {
      cache: false,
      workers: 2,
      now: NOW,
      // Too little for a worker to start: each stops with the batches it was sent.
      workerHeapMb: 2,
      warn: (m) => warnings.push(m),
    });
    expect(stats.workers).toBe(2);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /^an extraction worker stopped \(exit code \d+: .*memory.*\); its \d+ files are extracted in this thread$/,
    );
    expect(JSON.stringify(corpus)).toBe(expected);
  }, 60_000);

  it('gives the same corpus in this thread (workers: 0)', async () => {
    const { corpus, stats } = await ingestFolder(dir, { cache: false, workers: 0, now: NOW });
    expect(stats.workers).toBe(0);
    expect(JSON.stringify(corpus)).toBe(expected);
  });

  it('accounts for the copy, the empty file, the unread type and the unknown outlet as the pipeline does', async () => {
    const { corpus } = await ingestFolder(dir, { cache: false, workers: 0, now: NOW });
    const status = (file: string) => corpus.sources.find((s) => s.file === file)?.status;
    expect(status('zz-copy.txt')).toBe('duplicate');
    expect(status('empty.txt')).toBe('rejected');
    expect(status('notes.pdf')).toBe('rejected');
    expect(corpus.sources.find((s) => s.file === 'feed.jsonl')?.problems?.[0]).toMatch(/^line 2: malformed JSON/);
    expect(corpus.outlets.map((o) => o.id)).toContain('harbour-news-example');
  });
});

describe('writeCorpusJson', () => {
  const corpus = JSON.parse(expected) as ReturnType<typeof ingest>;
  it.each([0, 2] as const)('writes the bytes of JSON.stringify with indent %i, one piece at a time', async (indent) => {
    const file = join(tempDir('parallax-write-'), 'corpus.json');
    const bytes = await writeCorpusJson(file, corpus, indent);
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(`${JSON.stringify(corpus, null, indent)}\n`);
    expect(bytes).toBe(Buffer.byteLength(text));
  });

  const checked = (c: typeof corpus): CorpusCheck & { items: number } => {
    const check = {
      items: 0,
      item: (key: string, index: number, item: unknown, text: string) => {
        check.items++;
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(item)));
        return checkCorpusItem(key, index, item);
      },
      rest: () => checkCorpus(c, true),
    };
    return check;
  };

  it('checks every item of every list as it writes it, and the rest once written', async () => {
    const file = join(tempDir('parallax-write-'), 'corpus.json');
    const check = checked(corpus);
    await writeCorpusJson(file, corpus, 2, check);
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(corpus, null, 2)}\n`);
    const lists = [corpus.sources, corpus.outlets, corpus.articles, corpus.events, corpus.stories];
    expect(check.items).toBe(lists.reduce((n, l) => n + l.length, 0) + (corpus.corrections?.length ?? 0));
  });

  it('finds the problem checkCorpus finds, and leaves the file that was there', async () => {
    const dir = tempDir('parallax-write-');
    const file = join(dir, 'corpus.json');
    writeFileSync(file, 'the last corpus');
    const bad = structuredClone(corpus);
    (bad.articles[1] as { body: unknown }).body = 42;
    const problem = checkCorpus(bad);
    expect(problem).toMatch(/^articles\.1\.body: /);
    await expect(writeCorpusJson(file, bad, 2, checked(bad))).rejects.toThrow(new CorpusProblem(problem!));
    expect(readFileSync(file, 'utf8')).toBe('the last corpus');
    expect(readdirSync(dir)).toEqual(['corpus.json']);
  });

  it('writes nothing when what is checked after the items fails', async () => {
    const dir = tempDir('parallax-write-');
    const bad = structuredClone(corpus);
    bad.events[0]!.storyId = 'no-such-story' as (typeof bad.events)[number]['storyId'];
    const problem = checkCorpus(bad);
    expect(problem).toMatch(/is not listed in its story "no-such-story"/);
    await expect(writeCorpusJson(join(dir, 'corpus.json'), bad, 2, checked(bad))).rejects.toThrow(problem!);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('checks in another thread what it wrote, and finds the problem checkCorpus finds', async () => {
    const dir = tempDir('parallax-write-');
    const good = checkInThread();
    try {
      await writeCorpusJson(join(dir, 'corpus.json'), corpus, 2, good);
    } finally {
      await good.close();
    }
    expect(readFileSync(join(dir, 'corpus.json'), 'utf8')).toBe(`${JSON.stringify(corpus, null, 2)}\n`);
    const bad = structuredClone(corpus);
    (bad.events[0] as { articleIds: unknown }).articleIds = 'one';
    const problem = checkCorpus(bad);
    expect(problem).toMatch(/^events\.0\.articleIds: /);
    // Batches of a few items: the writer runs ahead of the thread's answers and waits for them.
    const check = checkInThread({ batchChars: 2000 });
    try {
      await expect(writeCorpusJson(join(dir, 'bad.json'), bad, 2, check)).rejects.toThrow(new CorpusProblem(problem!));
    } finally {
      await check.close();
    }
    expect(readdirSync(dir)).toEqual(['corpus.json']);
  });

  it('stops with the checking thread, and says so, leaving the last corpus as it was', async () => {
    const dir = tempDir('parallax-write-');
    const file = join(dir, 'corpus.json');
    writeFileSync(file, 'the last corpus');
    // A run stopped while writing left its partial file: written over, then removed.
    writeFileSync(`${file}.partial`, 'half a corpus');
    const check = checkInThread({ batchChars: 100, worker: new Worker('process.exit(3)', { eval: true }) });
    try {
      await expect(writeCorpusJson(file, corpus, 2, check)).rejects.toThrow(
        "the corpus's checking thread stopped (exit code 3)",
      );
    } finally {
      await check.close();
    }
    expect(readFileSync(file, 'utf8')).toBe('the last corpus');
    expect(readdirSync(dir)).toEqual(['corpus.json']);
  });

  it('writes what JSON.stringify writes of a list item it cannot hold: null', async () => {
    const file = join(tempDir('parallax-write-'), 'corpus.json');
    const odd = { ...corpus, outlets: [...corpus.outlets, undefined, () => 1] } as unknown as typeof corpus;
    await writeCorpusJson(file, odd, 2);
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(odd, null, 2)}\n`);
  });
});

describe("the articles' texts made where they are extracted (item-texts.ts)", () => {
  const corpus = JSON.parse(expected) as ReturnType<typeof ingest>;

  it('gives every article its text as the corpus holds it; written from them, corpus.json is the same, its articles not checked again', async () => {
    const cache = tempDir('parallax-items-cache-');
    for (const run of ['cold', 'cached'])
      await (async () => {
        const result = await ingestFolder(dir, { cache, workers: 2, now: NOW, spill: true });
        try {
          expect(result.stats.cached > 0).toBe(run === 'cached');
          // With an earlier run's events in the cache, each article came from its worker without its
          // text, which is read back when read; the first run's came whole.
          for (const a of result.corpus.articles)
            expect(typeof Object.getOwnPropertyDescriptor(a, 'body')?.get).toBe(
              run === 'cached' ? 'function' : 'undefined',
            );
          const made = result.made!;
          for (const a of result.corpus.articles)
            expect(Buffer.from(made('articles', a, 2)!).toString('utf8')).toBe(elementJson(a, 2));
          // Only at the indentation they were made at, and only articles.
          expect(made('articles', result.corpus.articles[0], 0)).toBeUndefined();
          expect(made('events', result.corpus.articles[0], 2)).toBeUndefined();
          const file = join(tempDir('parallax-items-'), 'corpus.json');
          const keys: string[] = [];
          const check: CorpusCheck = { item: (key) => (keys.push(key), null), rest: () => null };
          await writeCorpusJson(file, result.corpus, 2, check, made);
          expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(corpus, null, 2)}\n`);
          expect(keys).not.toContain('articles');
          expect(keys.filter((k) => k === 'events')).toHaveLength(corpus.events.length);
          // Compact, the texts made at two spaces are not used.
          await writeCorpusJson(file, result.corpus, 0, undefined, made);
          expect(readFileSync(file, 'utf8')).toBe(`${expected}\n`);
        } finally {
          result.close();
        }
        expect(() => result.made!('articles', result.corpus.articles[0], 2)).toThrow(/were closed/);
      })();
    // Each entry says its articles passed the schema as written: a run from the cache does not check them again.
    const entries = readdirSync(join(cache, 'files'), { recursive: true, encoding: 'utf8' }).filter((p) =>
      p.endsWith('.json'),
    );
    const withArticles = entries
      .map((p) => JSON.parse(readFileSync(join(cache, 'files', p), 'utf8')) as CacheEntry)
      .filter((e) => (e.extraction?.articles.length ?? 0) > 0);
    expect(withArticles.length).toBeGreaterThan(10);
    for (const e of withArticles) expect(e.checked).toBe(schemaVersion());
  }, 120_000);

  it('leaves an article that fails the schema to the ingest, which names its problem', async () => {
    const texts = new ItemTexts(1);
    try {
      const writer = new ItemWriter(texts.fds[0]!);
      const bad = structuredClone(corpus);
      (bad.articles[2] as { body: unknown }).body = 42;
      const made = writer.add(bad.articles, false);
      expect(made.passed).toBe(false);
      expect(made.at.slice(4, 6)).toEqual([-1, 0]);
      writer.flush();
      // The first article as one extracted in the ingest's thread: no text either.
      texts.note(bad.articles.slice(1), 0, made.at.slice(2));
      expect(texts.size).toBe(bad.articles.length - 2);
      const problem = checkCorpus(bad);
      expect(problem).toMatch(/^articles\.2\.body: /);
      // Checked in the thread, which gets only the articles without a text: each keeps its own index.
      const check = checkInThread();
      try {
        await expect(
          writeCorpusJson(join(tempDir('parallax-items-'), 'corpus.json'), bad, 2, check, texts.made),
        ).rejects.toThrow(new CorpusProblem(problem!));
      } finally {
        await check.close();
      }
      // Told they were checked, the writer takes them all.
      expect(writer.add(bad.articles, true).passed).toBe(true);
    } finally {
      texts.close();
    }
  });

  it('reads back texts of several megabytes, in any order', () => {
    const texts = new ItemTexts(2);
    try {
      const big = Array.from({ length: 24 }, (_, i) => ({
        ...corpus.articles[i % corpus.articles.length]!,
        body: [`${i} `.repeat(100_000 + i)],
      }));
      const writers = texts.fds.map((fd) => new ItemWriter(fd));
      for (const [w, from] of [
        [0, 0],
        [1, 12],
      ] as const) {
        const part = big.slice(from, from + 12);
        const made = writers[w]!.add(part, false);
        expect(made.passed).toBe(true);
        writers[w]!.flush();
        texts.note(part, w, made.at);
      }
      for (const i of [0, 13, 1, 23, 22, 5, 12, 11, 2])
        expect(Buffer.from(texts.textOf(big[i]!)!).toString('utf8')).toBe(elementJson(big[i], 2));
      expect(texts.textOf({})).toBeUndefined();
    } finally {
      texts.close();
    }
  });

  it('sends articles without their text, reads each back when read, and all of them past a quarter', () => {
    const texts = new ItemTexts(1);
    try {
      const writer = new ItemWriter(texts.fds[0]!);
      const originals = corpus.articles.slice(0, 8);
      const sent: object[] = originals.map((a) => structuredClone(a));
      const made = writer.add(sent, false);
      writer.flush();
      const parked = parkArticles(sent, made.at, datelineLead);
      for (const a of sent) for (const key of HEAVY_FIELDS) expect(Object.hasOwn(a, key)).toBe(false);
      const articles = sent.map((a, k) =>
        texts.park(a as Record<string, unknown>, parked.keys[k]!, parked.leads[k]!),
      ) as Article[];
      texts.note(articles, 0, made.at);
      // Their fields in their order, the url after the body included.
      articles.forEach((a, k) => expect(Object.keys(a)).toEqual(Object.keys(originals[k]!)));
      expect(texts.restores).toBe(0);
      expect(articles[0]!.body).toEqual(originals[0]!.body);
      expect(articles[0]!.quotes).toEqual(originals[0]!.quotes);
      expect(texts.restores).toBe(1);
      expect(texts.leadOf(articles[1]!)).toBe(datelineLead(originals[1]!.body[0] ?? ''));
      expect(JSON.stringify(articles[1])).toBe(JSON.stringify(originals[1]));
      expect(texts.whole).toBe(false);
      expect(JSON.stringify(articles)).toBe(JSON.stringify(originals));
      expect(texts.whole).toBe(true);
      expect(Object.getOwnPropertyDescriptor(articles[7], 'body')?.get).toBeUndefined();
      expect(texts.restores).toBe(2);
    } finally {
      texts.close();
    }
  });

  it('cannot read an article back once its texts are closed', () => {
    const texts = new ItemTexts(1);
    const writer = new ItemWriter(texts.fds[0]!);
    const sent: object[] = [structuredClone(corpus.articles[0]!)];
    const made = writer.add(sent, false);
    writer.flush();
    const parked = parkArticles(sent, made.at, datelineLead);
    const article = texts.park(sent[0] as Record<string, unknown>, parked.keys[0]!, parked.leads[0]!) as Article;
    texts.note([article], 0, made.at);
    texts.close();
    expect(() => article.body).toThrow(/were closed/);
  });

  it('knows which texts recur from their hashes', () => {
    const recurring = new Recurring();
    recurring.add(['a', 'b', 'a', 'c'].map(textHash));
    recurring.add([textHash('c')]);
    expect(['a', 'b', 'c', 'd'].map(recurring.recurs)).toEqual([true, false, true, false]);
  });

  it("checks a cached file's articles again unless its entry says they passed at that path", () => {
    const cache = tempDir('parallax-items-checked-');
    const pages = readdirSync(join(dir, 'pages'), { recursive: true, encoding: 'utf8' }).filter((p) =>
      p.endsWith('.txt'),
    );
    const page = join(dir, 'pages', pages[0]!);
    const setup = {
      registry: [],
      now: NOW,
      cacheDir: cache,
      runKey: runKey([]),
      generation: generationOf(),
      groupingVersion: groupingVersion(),
    };
    const texts = new ItemTexts(1);
    try {
      const writer = new ItemWriter(texts.fds[0]!);
      const at = (path: string, s = setup) => createFileExtractor(s, writer)({ full: page, path, entry: undefined });
      expect(at('a.txt').items![0]).toBeGreaterThanOrEqual(0);
      const [file] = readdirSync(join(cache, 'files'), { recursive: true, encoding: 'utf8' }).filter((p) =>
        p.endsWith('.json'),
      );
      const entryFile = join(cache, 'files', file!);
      const original = readFileSync(entryFile, 'utf8');
      const entry = JSON.parse(original) as CacheEntry;
      expect(entry.checked).toBe(schemaVersion());
      // An article made invalid in the entry: at the path it was checked at, taken as checked.
      (entry.extraction!.articles[0] as { body: unknown }).body = 42;
      writeFileSync(entryFile, JSON.stringify(entry));
      expect(at('a.txt').items![0]).toBeGreaterThanOrEqual(0);
      // At another path, checked again: found invalid, left to the ingest.
      expect(at('b.txt').items!.slice(0, 2)).toEqual([-1, 0]);
      // Rewritten for another path (the grouping's version changed), the entry says nothing was checked there.
      writeFileSync(entryFile, original);
      createFileExtractor({ ...setup, groupingVersion: 'another' })({ full: page, path: 'c.txt', entry: undefined });
      const rewritten = JSON.parse(readFileSync(entryFile, 'utf8')) as CacheEntry;
      expect(rewritten.hashes?.path).toBe('c.txt');
      expect(rewritten.checked).toBeUndefined();
    } finally {
      texts.close();
    }
  });

  it('gives the same corpus from articles read back, when every event is compared again on both threads', async () => {
    const cache = tempDir('parallax-items-again-');
    const first = await ingestFolder(dir, { cache, workers: 2, now: NOW, spill: true });
    first.close();
    // The comparison's code "changed": every event is compared again, its articles read back from disk.
    const again = await ingestFolder(dir, {
      cache,
      workers: 2,
      now: NOW,
      spill: true,
      eventCodeVersions: { compare: 'another' },
      threads: { minArticles: 0, minEvents: 0, chunkArticles: 4 },
    });
    try {
      expect(again.stats.eventsFromCache).toBe(0);
      expect(again.stats.eventsInWorker).toBeGreaterThan(0);
      // Read back past a quarter of them, every article keeps its text as values.
      const parked = again.corpus.articles.filter((a) => Object.getOwnPropertyDescriptor(a, 'quotes')?.get);
      expect(parked.length).toBe(0);
      const file = join(tempDir('parallax-items-'), 'corpus.json');
      await writeCorpusJson(file, again.corpus, 0);
      expect(readFileSync(file, 'utf8')).toBe(`${expected}\n`);
      await writeCorpusJson(file, again.corpus, 2, undefined, again.made);
      expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(corpus, null, 2)}\n`);
    } finally {
      again.close();
    }
  }, 120_000);
});
