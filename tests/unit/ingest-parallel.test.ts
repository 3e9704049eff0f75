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
import { CorpusProblem, writeCorpusJson, type CorpusCheck } from '../../scripts/lib/write-corpus';
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
