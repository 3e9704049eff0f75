/**
 * The grouping's fast paths against plain oracles written here: the tokenizer's in-place
 * sentence-end reading against the pattern on the slice, average link on typed edge arrays
 * against the same edges as objects, the dense cosine of `groupArticles` against the merge of
 * two sorted vectors, and each event's cohesion against the mean of its pairs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageLink, EdgeBuffer, edgeObjects, type Edge } from '../../src/core/group/cluster';
import { groupIntoEvents } from '../../src/core/group/events';
import { stem, tokenize } from '../../src/core/group/features';
import { groupArticles } from '../../src/core/group/group';
import {
  candidatePairs,
  cosineIfShared,
  DEFAULT_GROUPING,
  requiredShared,
  timeFactor,
  type GroupInput,
} from '../../src/core/group/vectors';
import { HAPPENINGS, makeArticle } from '../helpers';

/**
 * The tokenizer as first written: the text between two words cut out and matched by a pattern.
 * Of the words the texts below are made of, only "the" is a stopword.
 */
function plainTokens(text: string): [string, boolean, boolean][] {
  const STOP = new Set(['the']);
  const out: [string, boolean, boolean][] = [];
  let sentenceStart = true;
  let last = 0;
  for (const m of text.matchAll(/\p{L}(?:[\p{L}\p{M}]|['’-](?=\p{L}))*|\p{N}[\p{N},.]*\p{N}|\p{N}/gu)) {
    const surface = m[0];
    if (/(?:[.!?:]\s*["“'‘(]?|\n)\s*$/.test(text.slice(last, m.index)) || last === 0) sentenceStart = true;
    last = m.index + surface.length;
    const first = surface[0]!;
    const isNumber = /\p{N}/u.test(first);
    const name = !isNumber && first !== first.toLowerCase() && first === first.toUpperCase() && !sentenceStart;
    sentenceStart = false;
    if (isNumber) {
      const digits = surface.replace(/[,.](?=\d{3}\b)/g, '');
      if (digits.length >= 2) out.push([`#${digits}`, false, true]);
      continue;
    }
    const lower = surface.toLowerCase();
    if (lower.length < 3 || STOP.has(lower)) continue;
    out.push([stem(lower), name, false]);
  }
  return out;
}

describe('tokenize, read in place', () => {
  /** Words, names, numbers and every kind of gap a sentence end can hide in. */
  const piece = fc.constantFrom(
    'Peskov',
    'talks',
    'ended',
    'Ünal',
    'the',
    '1,200',
    '45',
    '7',
    'Kyiv’s',
    '.',
    '!',
    '?',
    ':',
    ',',
    '"',
    '“',
    "'",
    '‘',
    '(',
    ')',
    ' ',
    '  ',
    '\n',
    '\u00a0',
    '\u2003',
    '\t',
    '—',
  );
  const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

  it('property: marks names and keys words exactly as the pattern on the text between words does', () => {
    fc.assert(
      fc.property(text, (t) => {
        const fast = tokenize(t).map((x): [string, boolean, boolean] => [x.key, x.name, x.number]);
        expect(fast).toEqual(plainTokens(t));
      }),
      { numRuns: 400 },
    );
  });

  it('starts a sentence after an end mark behind an opening quote, across any white space', () => {
    const names = (t: string) =>
      tokenize(t)
        .filter((x) => x.name)
        .map((x) => x.surface);
    expect(names('It ended. \u00a0“Peskov spoke')).toEqual([]);
    expect(names('It ended “Peskov spoke')).toEqual(['Peskov']);
    expect(names('It ended,\u2003\nPeskov spoke')).toEqual([]);
    expect(names('It ended, Peskov spoke')).toEqual(['Peskov']);
  });
});

/** A symmetric similarity graph over a few values, as edges in a shuffled order. */
const graph = fc.integer({ min: 2, max: 12 }).chain((n) =>
  fc
    .array(
      fc.record({
        a: fc.integer({ min: 0, max: n - 1 }),
        b: fc.integer({ min: 0, max: n - 1 }),
        sim: fc.constantFrom(0.05, 0.25, 0.5, 0.75, 1),
      }),
      { maxLength: 30 },
    )
    .map((edges) => ({ n, edges: edges.filter((e) => e.a < e.b) })),
);

describe('averageLink on typed edge arrays', () => {
  it('property: the same groups from an EdgeBuffer as from the same edges as objects', () => {
    fc.assert(
      fc.property(graph, fc.constantFrom(0.25, 0.5, 0.75), ({ n, edges }, t) => {
        const buffer = new EdgeBuffer();
        for (const e of edges) buffer.push(e.a, e.b, e.sim);
        expect(averageLink(n, buffer, t)).toEqual(averageLink(n, edges, t));
        expect(edgeObjects(buffer)).toEqual(edges);
      }),
    );
  });

  it('grows past its first capacity and keeps every edge in order', () => {
    const buffer = new EdgeBuffer();
    for (let k = 0; k < 5000; k++) buffer.push(k, k + 1, k / 5000);
    expect(buffer.length).toBe(5000);
    expect(edgeObjects(buffer)[4321]).toEqual({ a: 4321, b: 4322, sim: 4321 / 5000 });
  });
});

/** Two reports of each invented happening, dated, plus one undated report of the first. */
const REPORTS: GroupInput[] = [
  ...HAPPENINGS.flatMap((h, k) =>
    [0, 1].map((n): GroupInput => ({
      id: `r-${k}-${n}`,
      title: h.title,
      body: h.sentences.filter((_, i) => (i + n) % 3 !== 0),
      date: `2025-03-${String(10 + k + n).padStart(2, '0')}`,
    })),
  ),
  { id: 'r-0-x', title: HAPPENINGS[0]!.title, body: [...HAPPENINGS[0]!.sentences], date: null },
];

describe('groupArticles pairs', () => {
  it('keeps exactly the candidate pairs whose merged-vector cosine × time factor reaches minEdge, with that similarity', () => {
    const g = groupArticles(REPORTS);
    const v = g.vectors;
    const o = DEFAULT_GROUPING;
    const expected: Edge[] = [];
    for (const [a, b] of candidatePairs(v, o)) {
      const content = cosineIfShared(v, a, b, requiredShared(v, a, b, o));
      if (content < o.minEdge) continue;
      const sim = content * timeFactor(v, a, b, o);
      if (sim >= o.minEdge) expected.push({ a, b, sim });
    }
    expect(expected.length).toBeGreaterThan(HAPPENINGS.length);
    expect(g.edges).toEqual(expected);
    expect(g.pairs.length).toBe(expected.length);
  });
});

describe('groupIntoEvents cohesion', () => {
  it('gives each event of several reports the mean similarity of all its pairs, a pair never compared counting 0', () => {
    const articles = REPORTS.map((r) => makeArticle(`a-${r.id}`, r.title, [...r.body], r.date, `o-${r.id}`));
    const { events } = groupIntoEvents(articles, []);
    const g = groupArticles(articles.map((a) => ({ id: a.id, title: a.title, body: a.body, date: a.published.date })));
    const at = new Map(g.inputs.map((x, i) => [x.id, i]));
    const sims = new Map(g.edges.map((e) => [`${e.a}:${e.b}`, e.sim]));
    const several = events.filter((e) => e.articleIds.length > 1);
    expect(several.length).toBeGreaterThan(0);
    for (const e of several) {
      const idx = e.articleIds.map((id) => at.get(id)!).sort((x, y) => x - y);
      let sum = 0;
      for (let i = 0; i < idx.length; i++)
        for (let j = i + 1; j < idx.length; j++) sum += sims.get(`${idx[i]}:${idx[j]}`) ?? 0;
      const mean = sum / ((idx.length * (idx.length - 1)) / 2);
      expect(e.why.cohesion).toBe(Math.round(mean * 100) / 100);
    }
    for (const e of events.filter((x) => x.articleIds.length === 1)) expect(e.why).not.toHaveProperty('cohesion');
  });
});
