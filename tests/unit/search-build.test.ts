/**
 * The build's search index (src/core/search-build.ts) is MiniSearch's own, term for term: the
 * same documents, field lengths, averages, stored fields and postings as `addAll` then `toJSON`
 * give (core/search.ts `buildSearchIndex`, the oracle), only made without a MiniSearch.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchableArticle } from '../../src/core/search';
import { partsOfJson, searchIndexParts } from '../../src/core/search-build';
import { HAPPENINGS } from '../helpers';

const eventOf = (id: string) => `e-${id.slice(0, 2)}`;

describe('searchIndexParts', () => {
  it('makes the index MiniSearch makes of a corpus', () => {
    const articles: SearchableArticle[] = HAPPENINGS.flatMap((h, k) =>
      [0, 1, 2].map((n) => ({
        id: `a${k}-${n}`,
        title: n === 0 ? h.title : `${h.title} (${n})`,
        body: h.sentences.filter((_, i) => (i + n) % 3 !== 0),
        outletId: ['x', 'y'][n % 2]!,
        published: { date: n === 2 ? null : `2025-03-1${n}` },
      })),
    );
    const parts = searchIndexParts(articles, eventOf);
    expect(parts.terms.length).toBeGreaterThan(200);
    expect(parts).toEqual(partsOfJson(buildSearchIndex(articles, eventOf)));
  });

  it('makes it for any words, punctuation, case, repeats, empty fields and ids in any order', () => {
    const word = fc.constantFrom(
      'Kyiv',
      'kyiv',
      'KYIV',
      'talks',
      'Trump–Putin',
      'the',
      'a',
      'éclat',
      'Ёлка',
      '2025',
      "don't",
      '—',
      '',
      '...',
    );
    const text = fc
      .tuple(fc.array(word, { maxLength: 12 }), fc.constantFrom(' ', ', ', '\n', '. '))
      .map(([words, between]) => words.join(between));
    const article = fc.record({
      id: fc.stringMatching(/^[a-z0-9]{1,6}$/),
      title: text,
      body: fc.array(text, { maxLength: 4 }),
      outletId: fc.constantFrom('x', 'y', 'z'),
      published: fc.record({ date: fc.constantFrom(null, '2025-01-02', '2024-12-31') }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(article, { selector: (a) => a.id, maxLength: 12 }), (articles) => {
        expect(searchIndexParts(articles, eventOf)).toEqual(partsOfJson(buildSearchIndex(articles, eventOf)));
      }),
      { numRuns: 200 },
    );
  });
});
