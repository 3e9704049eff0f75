/**
 * The index's head (core/corpus-parts.ts `corpusHead`): what the first view reads, whatever the
 * corpus's size; an event's page adds its own event (`withEvent`); lib/first-view.ts loads what
 * each kind of page starts from, and the whole index once.
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  corpusHead,
  eachIndexTextPage,
  indexPages,
  indexText,
  indexTextPages,
  joinIndexPages,
  parseIndexText,
  splitCorpus,
  withEvent,
} from '../../src/core/corpus-parts';
import {
  DERIVE_SLICE_ARTICLES,
  DERIVE_SLICE_EVENTS,
  deriveCorpusView,
  deriveCorpusViewInSlices,
} from '../../src/core/corpus-view';
import { findArticle, indexingArticles } from '../../src/core/select';
import { parseCorpusIndex } from '../../src/core/schema';
import type { CorpusIndex, EventFile } from '../../src/core/types';
import { firstViewOf, loadFirstView, loadWholeIndex } from '../../src/lib/first-view';
import { loadEventFileAt } from '../../src/lib/event-files';
import { checkIndexText } from '../../src/lib/index-check-text';
import { comparisonCorpus } from '../compare-fixture';

const { index, files } = splitCorpus(comparisonCorpus());

/** The index `times` over: every event, article and story copied under new ids (`…~n`). */
function grown(base: CorpusIndex, times: number): CorpusIndex {
  const copies = Array.from({ length: times }, (_, n) => n);
  const id = <T extends string>(x: T, n: number) => (n === 0 ? x : (`${x}~${n}` as T));
  return {
    ...base,
    articles: copies.flatMap((n) => base.articles.map((a) => ({ ...a, id: id(a.id, n) }))),
    events: copies.flatMap((n) =>
      base.events.map((e) => ({
        ...e,
        id: id(e.id, n),
        storyId: id(e.storyId, n),
        articleIds: e.articleIds.map((a) => id(a, n)),
      })),
    ),
    stories: copies.flatMap((n) =>
      base.stories.map((s) => ({ ...s, id: id(s.id, n), eventIds: s.eventIds.map((e) => id(e, n)) })),
    ),
    eventFiles: Object.fromEntries(
      copies.flatMap((n) => base.events.map((e) => [id(e.id, n), `events/${id(e.id, n)}.json`])),
    ),
  };
}

describe('corpusHead', () => {
  it('holds the first events with their articles and stories, every outlet, and the counts of the whole', () => {
    const whole = grown(index, 10);
    const head = corpusHead(whole, { file: 'index-1.json', bytes: 1234 }, 3);
    expect(parseCorpusIndex(head)).toEqual({ ok: true, value: head });
    expect(head.events).toEqual(whole.events.slice(0, 3));
    expect(head.articles.map((a) => a.id).sort()).toEqual(head.events.flatMap((e) => e.articleIds).sort());
    expect(head.stories.map((s) => s.id).sort()).toEqual([...new Set(head.events.map((e) => e.storyId))].sort());
    expect(Object.keys(head.eventFiles).sort()).toEqual(head.events.map((e) => e.id).sort());
    expect(head.outlets).toBe(whole.outlets);
    expect(head.setAside).toEqual([]);
    const outletOf = new Map(whole.articles.map((a) => [a.id, a.outletId]));
    const counts: Record<string, number> = {};
    for (const e of whole.events)
      for (const o of new Set(e.articleIds.map((a) => outletOf.get(a)!))) counts[o] = (counts[o] ?? 0) + 1;
    const dates = whole.events.map((e) => e.date).filter((d) => d !== null);
    expect(head.rest).toEqual({
      file: 'index-1.json',
      bytes: 1234,
      events: whole.events.length,
      articles: whole.articles.length,
      outletEvents: counts,
      newest: dates.length ? dates.sort().at(-1) : null,
    });
  });

  it('is the same size at ten and at a hundred times the corpus: only its counts grow', () => {
    const small = JSON.stringify(corpusHead(grown(index, 10), { file: 'index-1.json', bytes: 10 }, 4));
    const large = JSON.stringify(corpusHead(grown(index, 100), { file: 'index-1.json', bytes: 100 }, 4));
    // Each count may take one more digit.
    expect(large.length - small.length).toBeGreaterThanOrEqual(0);
    expect(large.length - small.length).toBeLessThanOrEqual(2 + index.outlets.length);
    expect(JSON.stringify(grown(index, 100)).length).toBeGreaterThan(9 * JSON.stringify(grown(index, 10)).length);
  });
});

describe('the whole index in pages', () => {
  const whole = grown(index, 12);

  it('gives the index back exactly from its pages, whatever their size, and each page holds at most its share', () => {
    for (const size of [1, 2, 5, whole.events.length - 1, whole.events.length, 10_000]) {
      const pages = indexPages(whole, size);
      expect(pages).toHaveLength(Math.max(1, Math.ceil(whole.events.length / size)));
      for (const page of pages) expect(page.events.length).toBeLessThanOrEqual(size);
      expect(joinIndexPages(pages)).toEqual(whole);
      expect(parseIndexText(indexText(whole, size))).toEqual(whole);
    }
  });

  it('writes a small index as one line of plain JSON, and a larger one a page a line', () => {
    expect(indexText(whole, 10_000)).toBe(JSON.stringify(whole));
    const text = indexText(whole, 4);
    expect(indexTextPages(text)).toHaveLength(Math.ceil(whole.events.length / 4));
    expect(text.split('\n').map((line) => (JSON.parse(line) as { events: unknown[] }).events.length)[0]).toBe(4);
  });

  it('is cut into the same pages one at a time as at once, whatever the lines', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constant('')), { maxLength: 8 }), (lines) => {
        const text = lines.join('\n');
        expect([...eachIndexTextPage(text)]).toEqual(text.split('\n'));
      }),
      { numRuns: 200 },
    );
  });

  it('is checked whole, and a page that is not one is named', () => {
    const text = indexText(whole, 4);
    expect(checkIndexText(text)).toBeNull();
    const lines = indexTextPages(text);
    lines[1] = JSON.stringify({ events: [] });
    expect(checkIndexText(lines.join('\n'))).toBe(`is damaged (page 2 of ${lines.length} is not a page of an index).`);
    lines[1] = '{"events": [';
    expect(checkIndexText(lines.join('\n'))).toBe('is damaged (not valid JSON).');
  });

  it('is derived into the same view in slices as at once, pausing between them', async () => {
    const big = grown(index, Math.ceil((2.5 * DERIVE_SLICE_EVENTS) / index.events.length));
    let pauses = 0;
    const sliced = await deriveCorpusViewInSlices(big, async () => {
      pauses += 1;
    });
    const once = deriveCorpusView(big);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(big.events.length / DERIVE_SLICE_EVENTS));
    expect([...sliced.eventById.keys()]).toEqual([...once.eventById.keys()]);
    expect(sliced.feedIndex).toEqual(once.feedIndex);
    expect([...sliced.storyPlace.keys()]).toEqual([...once.storyPlace.keys()]);
    for (const id of [big.events[0]!.id, big.events.at(-1)!.id]) {
      const [a, b] = [sliced.coverage.get(id)!, once.coverage.get(id)!];
      expect([a.outletIds, a.newestFirst, a.pageOutletIds, a.dates]).toEqual([
        b.outletIds,
        b.newestFirst,
        b.pageOutletIds,
        b.dates,
      ]);
    }
    expect([...sliced.outletArticles.keys()].sort()).toEqual([...once.outletArticles.keys()].sort());
  });

  it('builds the articles’ lookup in parts, pausing between them, and finds every article by it', () => {
    const big = grown(index, Math.ceil((2.5 * DERIVE_SLICE_ARTICLES) / index.articles.length));
    let parts = 0;
    for (const _ of indexingArticles(big, DERIVE_SLICE_ARTICLES)) parts += 1;
    expect(parts).toBe(Math.floor(big.articles.length / DERIVE_SLICE_ARTICLES));
    expect(parts).toBeGreaterThanOrEqual(2);
    for (const a of [big.articles[0]!, big.articles.at(-1)!]) expect(findArticle(big, a.id)).toBe(a);
    // Built already: nothing more to do.
    expect([...indexingArticles(big, DERIVE_SLICE_ARTICLES)]).toHaveLength(0);
  });

  it('pauses once a slice has taken its time, however few events that was (a slow device, large events)', async () => {
    const few = grown(index, 10);
    expect(few.events.length).toBeLessThan(DERIVE_SLICE_EVENTS);
    // Every reading of the clock 6 ms after the last: each second event ends a slice.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 6));
    let pauses = 0;
    const sliced = await deriveCorpusViewInSlices(few, async () => {
      pauses += 1;
    });
    vi.restoreAllMocks();
    expect(pauses).toBeGreaterThanOrEqual(few.events.length / 2);
    expect([...sliced.eventById.keys()]).toEqual([...deriveCorpusView(few).eventById.keys()]);
  });
});

describe('withEvent', () => {
  const head = corpusHead(index, { file: 'index-1.json', bytes: 1 }, 1);
  const last = index.events.at(-1)!;
  const file: EventFile = files.get(last.id)!;

  it('adds an event the head lacks, with its articles and its file, and the result is a valid index', () => {
    const merged = withEvent(head, file, 'events/x.json');
    expect(head.events.map((e) => e.id)).not.toContain(last.id);
    expect(merged.events.map((e) => e.id)).toEqual([...head.events.map((e) => e.id), last.id]);
    expect(merged.stories.map((s) => s.id)).toContain(last.storyId);
    expect(merged.eventFiles[last.id]).toBe('events/x.json');
    for (const a of file.articles) expect(merged.articles.find((x) => x.id === a.id)?.title).toBe(a.title);
    expect(merged.rest).toBe(head.rest);
    expect(parseCorpusIndex(merged).ok).toBe(true);
    expect(head.events).toHaveLength(1);
  });

  it('gives the head itself when it already holds the event', () => {
    const first = files.get(head.events[0]!.id)!;
    expect(withEvent(head, first, 'events/y.json')).toBe(head);
  });
});

describe('firstViewOf', () => {
  it('starts the feed from the head, an event’s or article’s page from the head and its event, the rest from the whole', () => {
    expect(firstViewOf({ pathname: '/', search: '' })).toBe('head');
    expect(firstViewOf({ pathname: '/', search: '?' })).toBe('head');
    expect(firstViewOf({ pathname: '/', search: '?outlet=x' })).toBe('whole');
    expect(firstViewOf({ pathname: '/events/e-1', search: '?view=quotes' })).toBe('event');
    expect(firstViewOf({ pathname: '/articles/a-1', search: '' })).toBe('event');
    expect(firstViewOf({ pathname: '/stories/s-1', search: '' })).toBe('whole');
    expect(firstViewOf({ pathname: '/articles', search: '' })).toBe('whole');
  });
});

describe('loadFirstView', () => {
  const whole = index;
  const head = corpusHead(whole, { file: 'index-w.json', bytes: 1 }, 1);
  const other = whole.events[1]!;
  const serve = (folder: string) => {
    const asked: string[] = [];
    const fetchStub = vi.fn(async (url: string) => {
      asked.push(url.replace(`/${folder}/`, ''));
      if (url.endsWith('/corpus.json')) return new Response(JSON.stringify(head));
      if (url.endsWith('/index-w.json')) return new Response(JSON.stringify(whole));
      const id = /events\/(.+)\.json$/.exec(url)?.[1];
      return id && files.has(id) ? new Response(JSON.stringify(files.get(id))) : new Response('', { status: 404 });
    });
    return { asked, fetch: fetchStub as unknown as typeof fetch };
  };

  it('loads the head alone for the feed', async () => {
    const s = serve('a');
    const got = await loadFirstView('/a/corpus.json', { pathname: '/' }, 'head', undefined, s.fetch);
    expect(got.index).toEqual(head);
    expect(s.asked).toEqual(['corpus.json']);
    await expect(got.verify()).resolves.toBeUndefined();
  });

  it('loads the head and the page’s event file for an event’s page, not the whole index', async () => {
    const s = serve('b');
    const name = `events/${other.id}.json`;
    const got = await loadFirstView('/b/corpus.json', { pathname: `/events/${other.id}` }, 'event', name, s.fetch);
    expect(s.asked).toEqual(['corpus.json', name]);
    expect(got.index.events.map((e) => e.id)).toEqual([head.events[0]!.id, other.id]);
    expect(got.index.rest).toEqual(head.rest);
    await expect(got.verify()).resolves.toBeUndefined();
  });

  it('reads the first view’s files with their version checked, and checks them whole only when asked (verify)', async () => {
    // A head of this version that its schema rejects (an event with no file): the first render
    // reads it as it is; the full check, run once the page is up, says what is wrong.
    const broken = { ...head, eventFiles: {} };
    const okFetch = vi.fn(async () => new Response(JSON.stringify(broken)));
    const got = await loadFirstView(
      '/f/corpus.json',
      { pathname: '/' },
      'head',
      undefined,
      okFetch as unknown as typeof fetch,
    );
    expect(got.index).toEqual(broken);
    await expect(got.verify()).rejects.toThrow(
      /^The articles file does not match this version of Parallax: .*has no file\.$/,
    );
    // A file of another version is refused before anything reads it.
    const older = vi.fn(async () => new Response(JSON.stringify({ ...head, schemaVersion: 0 })));
    await expect(
      loadFirstView('/g/corpus.json', { pathname: '/' }, 'head', undefined, older as unknown as typeof fetch),
    ).rejects.toThrow(
      'The articles file does not match this version of Parallax: corpus index schemaVersion 0 is not the supported version 1.',
    );
  });

  it('drops an event file that fails its check, so that it is asked for again', async () => {
    const name = `events/${other.id}.json`;
    let asked = 0;
    const fetchStub = vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url.endsWith('/corpus.json')) return new Response(JSON.stringify(head));
      asked += 1;
      const file = files.get(other.id)!;
      return new Response(JSON.stringify({ ...file, articles: [] }));
    }) as unknown as typeof fetch;
    const first = await loadFirstView('/h/corpus.json', { pathname: `/events/${other.id}` }, 'event', name, fetchStub);
    await expect(first.verify()).rejects.toThrow(/^The file of this event does not match this version of Parallax: /);
    await expect(loadEventFileAt(`/h/${name}`, fetchStub)).rejects.toThrow(/^The file of this event does not match/);
    expect(asked).toBe(2);
  });

  it('loads the whole index, once, for every other page', async () => {
    const s = serve('c');
    const got = await loadFirstView('/c/corpus.json', { pathname: '/stories/x' }, 'whole', undefined, s.fetch);
    expect(got.index).toEqual(whole);
    expect(await loadWholeIndex('/c/corpus.json', head, s.fetch)).toBe(got.index);
    expect(s.asked).toEqual(['corpus.json', 'index-w.json']);
  });

  it('checks the whole index against its schema, which accepts it unchanged, and says what is wrong with a bad one', async () => {
    const text = JSON.stringify(whole);
    expect(checkIndexText(text)).toBeNull();
    // The page parses the text the worker checked: the schema must give back what it was given.
    expect(parseCorpusIndex(JSON.parse(text))).toEqual({ ok: true, value: JSON.parse(text) });
    expect(checkIndexText('{"schemaVersion": 1,')).toBe('is damaged (not valid JSON).');
    expect(checkIndexText(JSON.stringify({ ...whole, eventFiles: {} }))).toMatch(
      /^does not match this version of Parallax: .*has no file\.$/,
    );
    const bad = vi.fn(async () => new Response(JSON.stringify({ ...whole, events: 'none' })));
    await expect(loadWholeIndex('/e/corpus.json', head, bad as unknown as typeof fetch)).rejects.toThrow(
      /^The articles file does not match this version of Parallax: /,
    );
  });

  it('reads a whole index of many pages, a page a task, into the index it was', async () => {
    const pages = indexText(whole, 1);
    expect(indexTextPages(pages).length).toBeGreaterThan(1);
    const fetchStub = vi.fn(async () => new Response(pages));
    expect(await loadWholeIndex('/p/corpus.json', head, fetchStub as unknown as typeof fetch)).toEqual(whole);
  });

  it('says which file is wrong when the whole index is not whole', async () => {
    const fetchStub = vi.fn(async () => new Response(JSON.stringify(head)));
    await expect(loadWholeIndex('/d/corpus.json', head, fetchStub as unknown as typeof fetch)).rejects.toThrow(
      'The articles file index-w.json is not a whole index.',
    );
  });
});
