import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPARISON_FIELDS, Spill } from '../../scripts/lib/spill';
import { compareCorpus } from '../../src/core/compare/compare-event';
import type { Article, ArticleId, EventId, GroupedEvent, GroupedStory, OutletId, StoryId } from '../../src/core/types';

/** An object shaped as an event with its comparison, its text in several scripts (one to four UTF-8 bytes a character). */
function comparisonOf(i: number) {
  return {
    id: `e-${i}`,
    quotes: [{ id: `q-${i}`, speaker: 'Дмитрий Песков', variants: [{ articleId: `a-${i}`, quoteId: `a-${i}-q1` }] }],
    facts: [{ id: `f-${i}`, text: `«Переговоры» — ${'talks '.repeat(i % 50)}“quoted” 🙂 ${i}` }],
    title: `Event ${i}`,
    naming: [],
    provenance: { outlets: i % 7, independentReports: 1, copies: [] },
  };
}

describe('Spill', () => {
  it('keeps the fields on disk as getters in their places: the same values, keys and JSON', () => {
    const spill = new Spill();
    const before = Array.from({ length: 3000 }, (_, i) => JSON.stringify(comparisonOf(i)));
    // Past a megabyte of records: read back across several writes.
    const kept = Array.from({ length: 3000 }, (_, i) => spill.keep(comparisonOf(i), COMPARISON_FIELDS));
    kept.forEach((k, i) => {
      expect(Object.getOwnPropertyDescriptor(k, 'quotes')?.get).toBeTypeOf('function');
      expect(Object.getOwnPropertyDescriptor(k, 'title')?.value).toBe(`Event ${i}`);
      expect(Object.keys(k)).toEqual(['id', 'quotes', 'facts', 'title', 'naming', 'provenance']);
      expect(JSON.stringify(k)).toBe(before[i]);
    });
    spill.close();
  });

  it('reads an object’s record once for its fields read one after another, and adds no field it lacks', () => {
    const spill = new Spill();
    const a = spill.keep({ id: 'a', facts: [1, 2] }, COMPARISON_FIELDS);
    const b = spill.keep({ id: 'b', facts: [3] }, COMPARISON_FIELDS);
    expect(Object.keys(a)).toEqual(['id', 'facts']);
    expect([a.facts, a.facts, b.facts, a.facts]).toEqual([[1, 2], [1, 2], [3], [1, 2]]);
    expect(spill.reads).toBe(3);
    spill.close();
  });

  it("adopts a record as its text: getters over it in the fields' order, the same JSON, never parsed until read", () => {
    const spill = new Spill();
    const record = comparisonOf(7);
    const text = JSON.stringify({
      quotes: record.quotes,
      facts: record.facts,
      naming: [],
      provenance: record.provenance,
    });
    const adopted = spill.adopt<Record<string, unknown>>(COMPARISON_FIELDS, text, 'entry-7.json');
    expect(spill.reads).toBe(0);
    expect(Object.keys(adopted)).toEqual([...COMPARISON_FIELDS]);
    expect(JSON.stringify(adopted)).toBe(text);
    // Laid on an event as `withComparison` does, each field stays a getter.
    const event = Object.defineProperties({ id: 'e-7' }, Object.getOwnPropertyDescriptors(adopted));
    expect(JSON.stringify(event)).toBe(`{"id":"e-7",${text.slice(1)}`);
    const damaged = spill.adopt<Record<string, unknown>>(COMPARISON_FIELDS, '{"quotes":[', 'entry-8.json');
    expect(() => damaged.quotes).toThrow(/^entry-8\.json is damaged \(.+\): delete it and run again$/);
    spill.close();
  });

  it('leaves nothing on disk however the process ends, and says so when read or written after close', () => {
    const spill = new Spill();
    const a = spill.keep({ facts: ['x'] }, COMPARISON_FIELDS);
    // Its name is gone from the start: the file lives on through its descriptor alone.
    expect(existsSync(dirname(spill.file))).toBe(false);
    expect(a.facts).toEqual(['x']);
    spill.close();
    expect(() => a.facts).toThrow(/was closed; its records can no longer be read/);
    expect(() => spill.keep({ facts: [] }, COMPARISON_FIELDS)).toThrow(/was closed/);
    // Closing twice is harmless.
    spill.close();
  });
});

describe('compareCorpus with a kept comparison', () => {
  const article = (id: string, body: string): Article => ({
    id: id as ArticleId,
    sourceFile: `${id}.txt`,
    role: 'primary',
    outletId: (id.startsWith('a') ? 'kyiv' : 'tass') as OutletId,
    viaOutletIds: [],
    title: 'Kremlin says talks may follow',
    authors: [],
    published: { date: '2025-05-06', estimated: false, basis: 'text' },
    body: [body],
    quotes: [],
    citations: [],
  });
  const articles = [
    article('a-1', 'Peskov said on Tuesday that talks could follow in Istanbul next week.'),
    article('b-1', 'Talks could follow in Istanbul next week, Peskov said on Tuesday.'),
  ];
  const events: GroupedEvent[] = [
    {
      id: 'ev-1' as EventId,
      title: 'Kremlin says talks may follow',
      titleFrom: 'a-1' as ArticleId,
      date: '2025-05-06',
      dateEstimated: false,
      articleIds: ['a-1', 'b-1'] as ArticleId[],
      storyId: 'st-1' as StoryId,
      why: { names: [], quotes: [], dates: [], terms: [] },
    },
  ];
  const stories: GroupedStory[] = [{ id: 'st-1' as StoryId, title: 'Talks', eventIds: ['ev-1' as EventId] }];
  const options = { outlets: [], placeNames: [] };

  it('puts the kept comparison in the event without reading it back', () => {
    const plain = compareCorpus(events, stories, articles, options);
    const spill = new Spill();
    const kept = compareCorpus(events, stories, articles, {
      ...options,
      keep: (c) => spill.keep(c, COMPARISON_FIELDS),
    });
    expect(spill.reads).toBe(0);
    expect(Object.getOwnPropertyDescriptor(kept.events[0], 'facts')?.get).toBeTypeOf('function');
    expect(JSON.stringify(kept.events)).toBe(JSON.stringify(plain.events));
    spill.close();
  });
});
