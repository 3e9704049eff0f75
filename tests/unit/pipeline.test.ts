import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../src/core/extract/page';
import { ConfigError, parseManifest } from '../../src/core/ingest/config';
import { hashText, readSources } from '../../src/core/ingest/sources';
import { OutletRegistry } from '../../src/core/outlets';
import { compareEach } from '../../src/core/compare/compare-event';
import { describeEach } from '../../src/core/group/describe';
import { scorePairs } from '../../src/core/group/group';
import { runPipeline } from '../../src/core/pipeline';
import { readSeeds } from '../../scripts/lib/read-seeds';
import { fullCollection } from '../../scripts/lib/full-collection';
import { resolveOutlet } from '../../src/core/resolve/outlets';
import { parseCorpus } from '../../src/core/schema';
import { file, newsPage, PARAGRAPHS, SEEDS, seedRegistry } from '../helpers';

const registry = seedRegistry();

describe('the stages after resolve', () => {
  it('tell the caller when the articles are clustered: after the pairs are compared, before the events are described', () => {
    const seeds = readSeeds(SEEDS);
    const calls: string[] = [];
    const corpus = runPipeline(seeds.files, seeds.options, {
      scorePairs: (v, o) => (calls.push('pairs'), scorePairs(v, o)),
      clustered: () => calls.push('clustered'),
      describeEvents: (jobs, names) => (calls.push('describe'), describeEach(jobs, names)),
      compareEvents: (jobs, context) => (calls.push('compare'), compareEach(jobs, context)),
    });
    expect(calls).toEqual(['pairs', 'clustered', 'describe', 'compare']);
    expect(corpus).toEqual(runPipeline(seeds.files, seeds.options));
  });

  it('the ingest collects garbage when told, without Node started with --expose-gc', async () => {
    let ref: WeakRef<object> | undefined;
    (() => (ref = new WeakRef({ rows: Array.from({ length: 1000 }, (_, i) => ({ i })) })))();
    // A weak reference holds its target until the job that made it ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    fullCollection()();
    expect(ref!.deref()).toBeUndefined();
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});

describe('the sources stage', () => {
  it('hashes text as SHA-256 of its UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        expect(hashText(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
      }),
    );
  });

  it('hands on only the files the later stages read, in path order', () => {
    const page = newsPage({ title: 'Council approves budget after weeks of debate', paragraphs: PARAGRAPHS });
    const { sources, inputs } = readSources([file('b.txt', page), file('a.txt', page), file('c.pdf', 'x')]);
    expect(sources.map((s) => [s.file, s.status])).toEqual([
      ['a.txt', 'ok'],
      ['b.txt', 'duplicate'],
      ['c.pdf', 'rejected'],
    ]);
    expect(inputs.map((i) => [i.path, i.format])).toEqual([['a.txt', 'page']]);
  });
});

describe('the extract and resolve stages', () => {
  const text = newsPage({
    title: 'Council approves budget after weeks of debate',
    paragraphs: [`(Reuters) - ${PARAGRAPHS[0]}`, ...PARAGRAPHS.slice(1)],
  });

  it('leaves the publisher to the resolve stage: the extractor hands on the words that name it', () => {
    const [draft] = extractArticles(text, { isOutletName: () => false, referenceDay: null });
    expect(draft).not.toHaveProperty('outletId');
    expect(draft?.publisherText).toContain('(Reuters) -');
    const resolved = resolveOutlet(draft!, undefined, new OutletRegistry(registry));
    expect(resolved).toEqual({ outletId: 'reuters', viaOutletIds: [], warnings: [] });
  });
});

describe('structured records the views could not use as they are', () => {
  const record = (fields: Record<string, unknown>) =>
    JSON.stringify({ title: 'Budget passes', maintext: PARAGRAPHS.join('\n'), ...fields });
  const corpus = runPipeline([
    file(
      'feed.jsonl',
      [
        record({ url: 'example.com/budget', source_domain: 'www.example.com' }),
        record({ url: 'javascript:alert(1)', outlet: 'The Daily Courier', date_publish: '2024-02-30 10:00:00' }),
      ].join('\n'),
    ),
  ]);

  it('keeps a record whose address is not an absolute http(s) one, without the address, and says so', () => {
    expect(corpus.articles).toHaveLength(2);
    expect(corpus.articles.every((a) => a.url === undefined)).toBe(true);
    expect(corpus.sources[0]?.problems).toEqual([
      'line 1: url "example.com/budget" is not an absolute http(s) address; the article is kept without it',
      'line 2: url "javascript:alert(1)" is not an absolute http(s) address; the article is kept without it',
    ]);
  });

  it('gives an outlet a record names no homepage when its name is not a host', () => {
    expect(corpus.outlets.find((o) => o.id === 'the-daily-courier')).toMatchObject({ homepage: null });
    expect(corpus.outlets.find((o) => o.id === 'example-com')).toMatchObject({ homepage: 'https://example.com' });
  });

  it('leaves a record undated when its date is not a calendar day', () => {
    expect(corpus.articles[1]?.published).toEqual({ date: null, estimated: false, basis: 'none' });
  });

  it('writes a corpus that passes its schema', () => {
    expect(parseCorpus(JSON.parse(JSON.stringify(corpus)))).toEqual({ ok: true, corpus });
  });
});

describe('days, times and addresses, checked by zod', () => {
  const manifest = (published: string) =>
    parseManifest('m.json', JSON.stringify({ schemaVersion: 1, files: { 'a.txt': { published } } }));

  it('takes a manifest day or an RFC 3339 instant, and refuses a day that does not exist', () => {
    expect(manifest('2024-02-29')['a.txt']?.published).toBe('2024-02-29');
    expect(manifest('2024-06-03T12:00:00+02:00')['a.txt']?.published).toBe('2024-06-03T12:00:00+02:00');
    expect(manifest('2024-06-03T12:00')['a.txt']?.published).toBe('2024-06-03T12:00');
    expect(() => manifest('2023-02-29')).toThrow(
      new ConfigError('m.json: at .files.a.txt.published: expected YYYY-MM-DD or an ISO-8601 instant'),
    );
  });

  it('refuses a corpus with a day, a time or an address the views cannot use', () => {
    const corpus = runPipeline([
      file('a.txt', newsPage({ title: 'Council approves budget after weeks of debate', paragraphs: PARAGRAPHS })),
    ]);
    const article = corpus.articles[0]!;
    const broken = (change: object) =>
      parseCorpus({ ...corpus, articles: [{ ...article, ...change }, ...corpus.articles.slice(1)] });
    expect(broken({})).toMatchObject({ ok: true });
    expect(broken({ url: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^articles\.0\.url/),
    });
    expect(broken({ published: { ...article.published, time: '24:10' } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^articles\.0\.published\.time/),
    });
    expect(broken({ published: { ...article.published, date: '2025-02-30' } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^articles\.0\.published\.date/),
    });
  });
});
