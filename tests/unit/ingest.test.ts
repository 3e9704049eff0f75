import { describe, expect, it } from 'vitest';
import { ConfigError, parseManifest, parseRegistry } from '../../src/core/ingest/config';
import { ingest, MIN_ARTICLE_WORDS } from '../../src/core/ingest/ingest';
import { buildCorpus } from '../../scripts/vite-plugin-corpus';
import { checkCorpus, parseCorpus } from '../../src/core/schema';
import {
  file,
  ingestTexts,
  MARKUP_PARAGRAPH,
  markupCorpus,
  newsPage,
  PARAGRAPHS,
  SEEDS,
  seedRegistry,
} from '../helpers';

const page = newsPage({ title: 'Council approves budget after weeks of debate', paragraphs: PARAGRAPHS });

function only(corpus: ReturnType<typeof ingest>, path: string) {
  const s = corpus.sources.find((x) => x.file === path);
  if (!s) throw new Error(`no source ${path}`);
  return s;
}

describe('ingest of a page dump', () => {
  const corpus = ingestTexts({ 'a.txt': page });
  const [a] = corpus.articles;

  it('extracts the body paragraphs and nothing else', () => {
    expect(a?.body).toEqual(PARAGRAPHS);
  });
  it('extracts headline, author and date', () => {
    expect(a?.title).toBe('Council approves budget after weeks of debate');
    expect(a?.authors).toEqual(['Jane Example']);
    expect(a?.published).toEqual({ date: '2024-03-03', time: '10:15', estimated: false, basis: 'text' });
  });
  it('marks the outlet unknown, with a warning, when nothing names it', () => {
    expect(a?.outletId).toBe('unknown');
    expect(a?.warnings).toContain('no outlet named in the manifest or recognised in the text');
    expect(corpus.outlets.map((o) => o.id)).toContain('unknown');
  });
  it('writes a corpus that passes its own schema', () => {
    expect(parseCorpus(JSON.parse(JSON.stringify(corpus)))).toMatchObject({ ok: true });
  });
});

describe('checkCorpus', () => {
  const seeds = JSON.stringify(buildCorpus(SEEDS));
  type Item = Record<string, unknown>;
  type Loose = Record<string, unknown> & { articles: Item[]; outlets: Item[]; events: Item[] };
  const mutations: [string, (c: Loose) => unknown][] = [
    ['nothing', (c) => c],
    ['an article without a title', (c) => delete c.articles[1]!.title],
    ['an article with no paragraph', (c) => (c.articles[2]!.body = [])],
    ['an outlet of an unknown kind', (c) => (c.outlets[0]!.kind = 'tabloid')],
    ['an event naming an unknown article', (c) => (c.events[0]!.articleIds as string[]).push('a-nowhere')],
    ['an article named twice', (c) => (c.articles[3]!.id = c.articles[0]!.id)],
    ['a list that is not a list', (c) => ((c as Record<string, unknown>).sources = 'none')],
    ['no list of stories', (c) => delete (c as Record<string, unknown>).stories],
    ['no place names (a list it may leave out)', (c) => delete (c as Record<string, unknown>).placeNames],
    ['another schema version', (c) => ((c as Record<string, unknown>).schemaVersion = 999)],
  ];
  it.each(mutations)('says what parseCorpus says of a corpus with %s', (_, mutate) => {
    const c = JSON.parse(seeds) as Loose;
    mutate(c);
    const parsed = parseCorpus(c);
    expect(checkCorpus(c)).toBe(parsed.ok ? null : parsed.error);
  });
  it('finds every one of those problems but the lists a corpus may leave out', () => {
    const found = mutations.map(([name, mutate]) => {
      const c = JSON.parse(seeds) as Loose;
      mutate(c);
      return [name, checkCorpus(c) !== null];
    });
    expect(found.filter(([, bad]) => !bad).map(([name]) => name)).toEqual([
      'nothing',
      'no place names (a list it may leave out)',
    ]);
  });
});

describe('bad input: a clear reason, and nothing else lost', () => {
  const latin1 = Uint8Array.from([...new TextEncoder().encode('Caf'), 0xe9, ...new TextEncoder().encode(' au lait')]);
  const big = new Uint8Array(20 * 1024 * 1024).fill(0x61);
  const corpus = ingest([
    file('article.txt', page),
    file('empty.txt', ''),
    file('blank.txt', ' \n\t\r\n  '),
    file('binary.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])),
    file('latin1.txt', latin1),
    file('copy.txt', page),
    file('crlf-bom.txt', `\uFEFF${page.replace(/\n/g, '\r\n')}`),
    file('menu-only.txt', 'Home\nWorld\nSports\nContact us\n© 2024 Example'),
    file('huge.txt', big),
    file('notes.pdf', '%PDF-1.4'),
    file('utf16.txt', Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00])),
  ]);

  it('accounts for every input file', () => {
    expect(corpus.sources.map((s) => s.file).sort()).toEqual([
      'article.txt',
      'binary.txt',
      'blank.txt',
      'copy.txt',
      'crlf-bom.txt',
      'empty.txt',
      'huge.txt',
      'latin1.txt',
      'menu-only.txt',
      'notes.pdf',
      'utf16.txt',
    ]);
  });
  it('keeps the good file', () => {
    expect(only(corpus, 'article.txt').status).toBe('ok');
    expect(corpus.articles).toHaveLength(1);
  });
  it.each([
    ['empty.txt', 'empty file (0 bytes)'],
    ['blank.txt', 'the file holds only white space'],
    ['binary.txt', 'binary file (it contains NUL bytes), not text'],
    ['latin1.txt', 'not valid UTF-8 (byte 0xE9 at offset 3); save the page as UTF-8 text'],
    ['menu-only.txt', 'no article found on the page: no run of prose of two sentences or more'],
    ['huge.txt', 'file is 20.0 MB, over the 5.0 MB limit for one page; split it or check that it is a single page'],
    ['utf16.txt', 'UTF-16 text (it starts with a UTF-16 byte order mark); save the page as UTF-8'],
    ['notes.pdf', 'unsupported file type ".pdf": Parallax reads .txt page dumps and .jsonl article records'],
  ])('rejects %s: %s', (path, reason) => {
    expect(only(corpus, path)).toMatchObject({ status: 'rejected', reason, articleIds: [] });
  });
  it('marks a byte-identical copy as a duplicate of the original', () => {
    expect(only(corpus, 'copy.txt')).toMatchObject({
      status: 'duplicate',
      duplicateOf: 'article.txt',
      reason: 'byte-identical to article.txt',
    });
  });
  it('marks a copy that differs only by BOM and CRLF as a duplicate', () => {
    expect(only(corpus, 'crlf-bom.txt')).toMatchObject({ status: 'duplicate', duplicateOf: 'article.txt' });
  });
});

describe('BOM and CRLF on their own', () => {
  it('reads the same article as the clean file', () => {
    const clean = ingestTexts({ 'a.txt': page }).articles[0];
    const messy = ingestTexts({ 'a.txt': `\uFEFF${page.replace(/\n/g, '\r\n')}` }).articles[0];
    expect(messy?.body).toEqual(clean?.body);
    expect(messy?.title).toBe(clean?.title);
  });
});

describe('markup inside text', () => {
  it('is kept as text in the body', () => {
    expect(markupCorpus().articles[0]?.body).toContain(MARKUP_PARAGRAPH);
  });
});

describe('jsonl inputs', () => {
  const good = (n: number) =>
    JSON.stringify({
      title: `Story ${n}`,
      maintext: `${PARAGRAPHS[0]}\n${PARAGRAPHS[1]}`,
      source_domain: 'www.example.com',
      url: `https://www.example.com/${n}`,
      date_publish: '2017-12-28 14:30:00',
      authors: ['Ann Author'],
    });
  const corpus = ingestTexts({
    'feed.jsonl': [good(1), '{"title": "broken", ', good(3), '{"title":"empty"}'].join('\n'),
  });
  const source = corpus.sources[0];

  it('ingests the good lines', () => {
    expect(corpus.articles.map((a) => a.title)).toEqual(['Story 1', 'Story 3']);
    expect(corpus.articles[0]).toMatchObject({
      outletId: 'example-com',
      url: 'https://www.example.com/1',
      authors: ['Ann Author'],
      published: { date: '2017-12-28', time: '14:30', estimated: false, basis: 'structured' },
      body: [PARAGRAPHS[0], PARAGRAPHS[1]],
    });
  });
  it('reports the bad lines with their numbers', () => {
    expect(source?.status).toBe('ok');
    expect(source?.problems?.[0]).toMatch(/^line 2: malformed JSON/);
    expect(source?.problems?.[1]).toBe('line 4: no article text (fields text, maintext and body are empty)');
  });
  it('registers an outlet for an unknown domain', () => {
    expect(corpus.outlets.find((o) => o.id === 'example-com')).toMatchObject({ name: 'example.com', kind: 'unknown' });
  });
});

describe('configuration files', () => {
  it('names the file, line and column of malformed JSON', () => {
    expect(() => parseManifest('seeds/manifest.json', '{\n  "schemaVersion": 1,\n  "files": {,}\n}')).toThrow(
      /^seeds\/manifest\.json: malformed JSON at line 3, column 13/,
    );
  });
  it('names the field of an invalid entry', () => {
    expect(() => parseManifest('m.json', '{"schemaVersion":1,"files":{"a.txt":{"published":"May 5"}}}')).toThrow(
      'm.json: at .files.a.txt.published: expected YYYY-MM-DD or an ISO-8601 instant',
    );
  });
  it('rejects duplicate outlet ids', () => {
    const o = { id: 'x', name: 'X', kind: 'newspaper' };
    expect(() => parseRegistry('o.json', JSON.stringify({ schemaVersion: 1, outlets: [o, o] }))).toThrow(ConfigError);
  });
});

describe('programmer errors', () => {
  it('throws on duplicate input paths', () => {
    expect(() => ingest([file('a.txt', page), file('a.txt', page)])).toThrow(
      'core/ingest: duplicate input path "a.txt"',
    );
  });
  it('rejects a page whose only prose is shorter than an article', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const short = `${words(MIN_ARTICLE_WORDS - 12)}, the council said.\n\n${words(4)} ended.`;
    const long = `${words(MIN_ARTICLE_WORDS + 10)}, the council said.\n\n${words(10)} ended here too.`;
    const corpus = ingestTexts({ 'short.txt': short, 'long.txt': long });
    expect(only(corpus, 'short.txt')).toMatchObject({ status: 'rejected' });
    expect(only(corpus, 'long.txt')).toMatchObject({ status: 'ok' });
  });
});

describe('outlets recognised in the text', () => {
  const registry = seedRegistry();
  const withLines = (extra: string[]) =>
    ingestTexts(
      { 'p.txt': newsPage({ title: 'Council approves budget after weeks of debate', paragraphs: PARAGRAPHS, extra }) },
      { registry },
    ).articles[0];

  it('takes a footer copyright with a year as the publisher, with a word of doubt', () => {
    const a = withLines(['Copyright © 1999-2025, «PRAVDA.Ru»']);
    expect(a?.outletId).toBe('pravda-ru');
    expect(a?.warnings).toContain(
      'outlet inferred only from "copyright © 1999-2025, «pravda.ru" in the text; confirm it in the manifest',
    );
  });
  it('does not take a photo credit for the publisher', () => {
    expect(withLines(['© Reuters'])?.outletId).toBe('unknown');
  });
  it('takes a wire dateline as the publisher without doubt', () => {
    const a = ingestTexts(
      {
        'w.txt': newsPage({
          title: 'Council approves budget after weeks of debate',
          paragraphs: [`(Reuters) - ${PARAGRAPHS[0]}`, ...PARAGRAPHS.slice(1)],
        }),
      },
      { registry },
    ).articles[0];
    expect(a?.outletId).toBe('reuters');
    expect(a?.warnings ?? []).not.toContain(expect.stringMatching(/^outlet inferred/));
  });
});
