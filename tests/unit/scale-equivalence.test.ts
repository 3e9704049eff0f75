/**
 * The shortcuts that let grouping and comparison run at 100,000 articles give exactly what the
 * plain forms give: the token scanner finds the pattern's words; average link visits only the
 * neighbours a merge can change; the shingle index keeps postings in typed arrays; memos kept
 * only for recurring texts; one tokenization shared by an event's title and evidence.
 */
import { describe, expect, it } from 'vitest';
import { naiveAverageLink } from '../average-link-oracle';
import { averageLink, type Cluster, type Edge } from '../../src/core/group/cluster';
import { chooseTitle, describeMembers, explainEvent } from '../../src/core/group/describe';
import { mentionedDays, TOKEN, tokenize } from '../../src/core/group/features';
import { compareEvent } from '../../src/core/compare/compare-event';
import { ROOT_LENGTH, TextMemo, textKeys } from '../../src/core/compare/keys';
import { NamingMemo } from '../../src/core/compare/naming';
import { findCopies } from '../../src/core/compare/provenance';
import type { Article, Outlet, OutletId } from '../../src/core/types';
import { makeArticle } from '../helpers';
import { comparisonCorpus } from '../compare-fixture';

/** A small deterministic generator (LCG), so every run tests the same cases. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x80000000;
}

/** Each token's start and surface, as `TOKEN` matches them. */
function patternWords(text: string): Map<number, string> {
  return new Map([...text.matchAll(TOKEN)].map((m) => [m.index, m[0]]));
}

describe('tokenize reads the words TOKEN matches', () => {
  // Content words only (three letters or more, no stopword), so every match is a token.
  const cases = [
    'Putin’s state-run media',
    'e-mail co-operation -dash- trailing- ’quoted',
    'café naïve Zürich cafe\u0301 Ωmega Δelta',
    '3,000.50 and 1.5 then 12,. 2024. 7,,8',
    '𝐀𝐁𝐂 words 𝟙𝟚𝟛 digits ١٢٣ Arabic ²³ Ⅻ numerals',
    'lone \ud800 surrogate \udc00 here word\ud835xyz',
    'x’y rock’n’roll O’Brien l’Aquila',
  ];
  it.each(cases)('%s', (text) => {
    const words = patternWords(text);
    const tokens = tokenize(text);
    for (const t of tokens) expect(words.get(t.index)).toBe(t.surface);
  });

  it('on random text from a palette of letters, marks, numbers and separators', () => {
    const palette = [
      ...'aZé\u0301ßДжΩ中ـبت١٢0123456789²½Ⅻ’\'-,.:;!?"“”«»()\n \t\u00a0',
      '𝐀',
      '𝟙',
      '\ud800',
      '\udc00',
      'Mr',
      'U.S.',
      '3,000',
    ];
    const random = lcg(7);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let i = 0, len = 1 + Math.floor(random() * 30); i < len; i++)
        text += palette[Math.floor(random() * palette.length)];
      const words = patternWords(text);
      for (const t of tokenize(text)) expect([text, t.index, words.get(t.index)]).toEqual([text, t.index, t.surface]);
    }
  });
});

describe('averageLink gives what the definition gives', () => {
  // Similarities in quarters, so every sum and average is exact and ties are real.
  const graph = (seed: number, count: number, density: number): Edge[] => {
    const random = lcg(seed);
    const edges: Edge[] = [];
    for (let a = 0; a < count; a++)
      for (let b = a + 1; b < count; b++)
        if (random() < density) edges.push({ a, b, sim: (1 + Math.floor(random() * 4)) / 4 });
    return edges;
  };
  // A rule on the groups alone: refuses two groups of two or more whose smallest items sum to a multiple of 3.
  const rule = (x: Cluster, y: Cluster) =>
    x.members.length < 2 || y.members.length < 2 || (Math.min(...x.members) + Math.min(...y.members)) % 3 !== 0;

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('random graph %i, with and without a merge rule', (seed) => {
    const count = 8 + seed * 3;
    for (const density of [0.15, 0.4]) {
      const edges = graph(seed * 31 + Math.round(density * 100), count, density);
      for (const threshold of [0.1, 0.3]) {
        expect(averageLink(count, edges, threshold)).toEqual(naiveAverageLink(count, edges, threshold));
        expect(averageLink(count, edges, threshold, rule)).toEqual(naiveAverageLink(count, edges, threshold, rule));
      }
    }
  });
});

describe('findCopies at scale', () => {
  it('finds each copy among thousands of bodies, however many earlier ones print a passage', () => {
    const random = lcg(11);
    const vocabulary = Array.from({ length: 4000 }, (_, i) => `w${i.toString(36)}x`);
    const body = () => [
      Array.from({ length: 120 }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' '),
    ];
    const outlet = 'example-times' as OutletId;
    const outlets: Outlet[] = [{ id: outlet, name: 'Example Times', country: 'XX', kind: 'newspaper' } as Outlet];
    const articles: Article[] = [];
    const day = (n: number) => `2024-01-${String(1 + (n % 28)).padStart(2, '0')}`;
    // 2,000 distinct bodies (more shingles than the index's first table holds), then a widely shared one.
    for (let i = 0; i < 2000; i++) articles.push(makeArticle(`a-${i}`, `Report ${i}`, body(), '2024-01-01', outlet));
    const shared = body()[0]!;
    for (let i = 0; i < 12; i++)
      articles.push(makeArticle(`a-shared-${i}`, `Shared ${i}`, [`${shared} ${body()[0]!}`], day(i + 1), outlet));
    const copyOf5 = makeArticle('a-copy', 'Copy', [articles[5]!.body[0]!], '2024-02-01', outlet);
    articles.push(copyOf5);
    const copies = findCopies(articles, outlets);
    expect(copies.get(copyOf5.id)?.of).toBe('a-5');
    // Each later printing of the shared passage copies an earlier one (the index keeps the first eight printers).
    for (let i = 1; i < 12; i++) {
      const of = copies.get(`a-shared-${i}` as Article['id'])?.of ?? '';
      expect(of).toMatch(/^a-shared-\d+$/);
      expect(Number(of.slice('a-shared-'.length))).toBeLessThan(i);
    }
    expect(copies.size).toBe(12);
  });
});

describe('textKeys reads the words tokenize keeps', () => {
  const fromTokens = (text: string) => [
    ...new Set([
      ...tokenize(text).map((t) =>
        t.number
          ? t.key
          : t.surface
              .toLowerCase()
              .replace(/['’]s$/, '')
              .slice(0, ROOT_LENGTH),
      ),
      ...mentionedDays(text).map((d) => `@${d}`),
    ]),
  ];
  it.each([
    'Putin’s spokesman said on May 5 that 3,000 troops and 1.5 million people were the talks’ subject.',
    'The U.S. and the E.U. said it was a 12-point plan; Ⅻ and ²³ and 𝟙𝟚 and ١٢٣ are numbers too.',
    'Continuation of contacts, continued contacts: prepared, preparation, the President’s aides.',
  ])('%s', (text) => {
    expect(textKeys(text)).toEqual(fromTokens(text));
  });
});

describe('memos change nothing', () => {
  it('an event compared with no text kept, and with every text kept, is the same', () => {
    const corpus = comparisonCorpus();
    const event = corpus.events[0]!;
    const members = event.articleIds.map((id) => corpus.articles.find((a) => a.id === id)!);
    const context = { outlets: corpus.outlets, placeNames: corpus.placeNames ?? [], copies: new Map() };
    const kept = compareEvent(event.id, members, { ...context, memo: new TextMemo(), naming: new NamingMemo() });
    const none = compareEvent(event.id, members, {
      ...context,
      memo: new TextMemo(() => false),
      naming: new NamingMemo(() => false),
    });
    expect(none).toEqual(kept);
    expect(kept.facts.length).toBeGreaterThan(0);
  });
});

describe('describeMembers', () => {
  it('is chooseTitle and explainEvent with one reading of each member', () => {
    const members = [
      makeArticle(
        'a-1',
        'Storm Dana floods Valencia - Example Times',
        [
          'Storm Dana flooded Valencia and Paiporta on May 1.',
          'Maria Lopez closed schools.',
          '"We will rebuild every street," Maria Lopez said in Paiporta.',
          'A fourth paragraph names Alfafar.',
        ],
        '2024-05-02',
      ),
      makeArticle(
        'a-2',
        'Valencia counts flood damage after Storm Dana',
        ['Storm Dana flooded streets in Paiporta near Valencia.', '"We will rebuild every street," Maria Lopez said.'],
        '2024-05-02',
      ),
      makeArticle(
        'a-3',
        '“Dana” flood victims mourned in Paiporta?',
        ['Residents of Paiporta mourned victims of the flood on May 3.'],
        null,
      ),
    ];
    const names = ['Example Times'];
    expect(describeMembers(members, names, 0.25)).toEqual({
      ...chooseTitle(members, names),
      why: explainEvent(members, 0.25),
    });
    expect(describeMembers(members.slice(0, 1), names)).toEqual({
      ...chooseTitle(members.slice(0, 1), names),
      why: explainEvent(members.slice(0, 1)),
    });
  });
});
