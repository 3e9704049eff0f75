import { describe, expect, it, vi } from 'vitest';
import { articleHeader, splitCorpus, TEASER_CHARS, teaserOf } from '../../src/core/corpus-parts';
import { touchedEvents } from '../../src/core/group/regroup';
import { parseCorpus, parseCorpusIndex, parseEventFile } from '../../src/core/schema';
import type { ArticleId } from '../../src/core/types';
import { eventFileUrl, eventOfPage, preloadPageData, urlSource } from '../../src/lib/event-files';
import { comparisonCorpus, KI, PR } from '../compare-fixture';

describe('splitCorpus', () => {
  const corpus = comparisonCorpus();
  const { index, files } = splitCorpus(corpus);

  it('gives an index of every article without its text, and one valid file per event with its articles whole', () => {
    expect(parseCorpus(corpus).ok).toBe(true);
    expect(parseCorpusIndex(index)).toEqual({ ok: true, value: index });
    expect(index.articles.map((a) => a.id)).toEqual(corpus.articles.map((a) => a.id));
    for (const a of index.articles) {
      expect(a).not.toHaveProperty('body');
      expect(a).not.toHaveProperty('quotes');
      expect(a.teaser).toBe(teaserOf(corpus.articles.find((x) => x.id === a.id)!.body[0]!));
    }
    expect([...files.keys()]).toEqual(corpus.events.map((e) => e.id));
    for (const e of corpus.events) {
      const file = files.get(e.id)!;
      expect(parseEventFile(file).ok).toBe(true);
      expect(file.event).toBe(e);
      expect(file.articles.map((a) => a.id)).toEqual(e.articleIds);
    }
  });

  it('keeps the events in the index without their comparison, and counts the files read', () => {
    for (const e of index.events) {
      expect(Object.keys(e).sort()).toEqual(
        ['articleIds', 'date', 'dateEstimated', 'id', 'provenance', 'storyId', 'title', 'titleFrom'].sort(),
      );
    }
    expect(index.sourceCount).toBe(corpus.sources.length);
    expect(index.setAside).toEqual(corpus.sources.filter((s) => s.status !== 'ok'));
  });

  it('rejects an index that names an unknown article or leaves an event without a file', () => {
    const unknown = {
      ...index,
      events: [{ ...index.events[0]!, articleIds: ['a-nowhere'] }, ...index.events.slice(1)],
    };
    expect(parseCorpusIndex(unknown)).toMatchObject({ ok: false, error: expect.stringContaining('a-nowhere') });
    const fileless = { ...index, eventFiles: {} };
    expect(parseCorpusIndex(fileless)).toMatchObject({
      ok: false,
      error: expect.stringContaining(`event "${index.events[0]!.id}" has no file`),
    });
  });

  it("rejects an event's file whose articles are not the event's", () => {
    const file = files.get(corpus.events[0]!.id)!;
    expect(parseEventFile({ ...file, articles: file.articles.slice(1) })).toMatchObject({
      ok: false,
      error: expect.stringContaining('the articles are not those of event'),
    });
  });

  it('heads an article with the opening of its first paragraph and nothing of its text after it', () => {
    const a = corpus.articles.find((x) => x.id === KI)!;
    const h = articleHeader(a);
    expect(a.body[0]!.startsWith(h.teaser.replace(/…$/, ''))).toBe(true);
    expect(JSON.stringify(h)).not.toContain(a.body.at(-1)!.slice(0, 40));
  });

  it('cuts a long opening at a word, marked with an ellipsis, and keeps a short one whole', () => {
    expect(teaserOf('Short  and\nwhole.')).toBe('Short and whole.');
    const long = `${'word '.repeat(60)}end.`;
    const t = teaserOf(long);
    expect(t.length).toBeLessThanOrEqual(TEASER_CHARS);
    expect(t).toMatch(/^word( word)*…$/);
  });
});

describe('event files in the browser', () => {
  const corpus = comparisonCorpus();
  const { index, files } = splitCorpus(corpus);
  const served = { ...index, eventFiles: Object.fromEntries(index.events.map((e) => [e.id, `events/${e.id}.json`])) };

  it('finds each event file beside the index, and the event of an event or article page', () => {
    const e = index.events[0]!;
    expect(eventFileUrl(served, '/assets/corpus-1.json', e.id)).toBe(`/assets/events/${e.id}.json`);
    expect(eventFileUrl(served, '/assets/corpus-1.json', 'nope')).toBeUndefined();
    expect(eventOfPage(served, `/events/${e.id}`)).toBe(e.id);
    expect(eventOfPage(served, `/articles/${e.articleIds[0]}`)).toBe(e.id);
    expect(eventOfPage(served, '/stories/x')).toBeUndefined();
  });

  it('asks for a file once, keeps it, and asks again after a failure', async () => {
    const e = index.events[0]!;
    let fail = true;
    const fetchStub = vi.fn(async (url: string) => {
      if (fail) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(files.get(url.replace(/^.*\//, '').replace(/\.json$/, ''))));
    });
    const source = urlSource(served, '/once/corpus.json', fetchStub as unknown as typeof fetch);
    await expect(source.load(e.id)).rejects.toThrow('not stored on this device');
    expect(source.peek(e.id)).toBeUndefined();
    fail = false;
    await preloadPageData(source, served, `/events/${e.id}`);
    expect(source.peek(e.id)?.event.id).toBe(e.id);
    await source.load(e.id);
    expect(fetchStub).toHaveBeenCalledTimes(2);
  });

  it('says so when a file does not match this version', async () => {
    const e = index.events[0]!;
    const fetchStub = vi.fn(async () => new Response(JSON.stringify({ ...files.get(e.id), schemaVersion: 9 })));
    const source = urlSource(served, '/other/corpus.json', fetchStub as unknown as typeof fetch);
    await expect(source.load(e.id)).rejects.toThrow(
      'The file of this event does not match this version of Parallax: event file schemaVersion 9 is not the supported version 1.',
    );
  });
});

describe('touchedEvents', () => {
  it('names the events of every article a correction names, each once', () => {
    const { index } = splitCorpus(comparisonCorpus());
    const eventOf = (a: ArticleId) => index.events.find((e) => e.articleIds.includes(a))!.id;
    expect(touchedEvents(index, [])).toEqual([]);
    expect(touchedEvents(index, [{ kind: 'detach', articleId: KI }])).toEqual([eventOf(KI)]);
    const other = index.events.find((e) => !e.articleIds.includes(KI))!;
    expect(
      touchedEvents(index, [
        { kind: 'move', articleId: other.articleIds[0]!, withArticleId: PR },
        { kind: 'detach', articleId: KI },
        { kind: 'detach', articleId: 'a-nowhere' as ArticleId },
      ]),
    ).toEqual([other.id, eventOf(PR)]);
  });
});
