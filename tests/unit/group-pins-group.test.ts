/**
 * Pins of grouping articles into events: two reports of one happening grouped and another
 * happening kept apart, the merge threshold and the weakest edge kept at their boundaries,
 * a clearly alike pair kept whole whatever names its leads print, canonical order, and new
 * articles added without regrouping the rest.
 */
import { describe, expect, it } from 'vitest';
import { edgeObjects } from '../../src/core/group/cluster';
import { addToGrouping } from '../../src/core/group/extend';
import { groupArticles, pairSimilarity, scorePairs } from '../../src/core/group/group';
import {
  buildVectors,
  candidatePairs,
  contentSimilarity,
  cosine,
  cosineIfShared,
  DEFAULT_GROUPING,
  requiredShared,
  type GroupInput,
} from '../../src/core/group/vectors';
import { HAPPENINGS } from '../helpers';

/** Report `n` of happening `h`: the headline or one of its sentences, and its sentences rotated. */
function input(h: number, n: number, date: string | null = '2024-04-15'): GroupInput {
  const { title, sentences } = HAPPENINGS[h]!;
  return {
    id: `a-h${h}n${n}`,
    title: n % 2 ? sentences[n % sentences.length]!.replace(/\.$/, '') : title,
    body: sentences.map((_, i) => sentences[(i + n) % sentences.length]!),
    date,
  };
}

const ids = (inputs: readonly GroupInput[], groups: readonly number[][]) =>
  groups.map((g) => g.map((i) => inputs[i]!.id));

describe('groupArticles', () => {
  const articles = [input(0, 0), input(0, 1), input(1, 0), input(1, 1)];

  it('groups two reports of one happening and keeps another happening apart', () => {
    const g = groupArticles(articles);
    expect(ids(g.inputs, g.groups)).toEqual([
      ['a-h0n0', 'a-h0n1'],
      ['a-h1n0', 'a-h1n1'],
    ]);
  });

  it('tells `paired` once the pairs are compared, before clustering, and gives the same grouping and vectors', () => {
    const told: string[] = [];
    const scorer = (v: Parameters<typeof scorePairs>[0], o: Parameters<typeof scorePairs>[1]) => {
      told.push('scored');
      return scorePairs(v, o);
    };
    const g = groupArticles(articles, {}, scorer, undefined, () => told.push('paired'));
    expect(told).toEqual(['scored', 'paired']);
    const plain = groupArticles(articles);
    expect(g.groups).toEqual(plain.groups);
    expect(g.edges).toEqual(plain.edges);
    // Made again when read: the same as the vectors the pairs were compared with.
    expect(g.vectors.ids.map((x) => [...x])).toEqual(plain.vectors.ids.map((x) => [...x]));
    expect(g.vectors.weights.map((x) => [...x])).toEqual(plain.vectors.weights.map((x) => [...x]));
    expect(g.vectors).toBe(g.vectors);
  });

  it('merges a pair whose similarity reaches the threshold, and not one just below it', () => {
    const pair = [input(0, 0), input(0, 1)];
    const sim = groupArticles(pair).edges[0]!.sim;
    expect(groupArticles(pair, { threshold: sim }).groups).toEqual([[0, 1]]);
    expect(groupArticles(pair, { threshold: sim + 1e-9 }).groups).toEqual([[0], [1]]);
  });

  it('keeps an edge that reaches minEdge, and none below it', () => {
    const pair = [input(0, 0), input(0, 1)];
    const sim = groupArticles(pair).edges[0]!.sim;
    expect(groupArticles(pair, { minEdge: sim }).edges).toHaveLength(1);
    expect(groupArticles(pair, { minEdge: sim + 1e-9 }).edges).toEqual([]);
  });

  it('puts its inputs in id order, whatever order they come in', () => {
    const g = groupArticles([...articles].reverse());
    expect(g.inputs.map((x) => x.id)).toEqual(['a-h0n0', 'a-h0n1', 'a-h1n0', 'a-h1n1']);
    expect(g.edges.every((e) => e.a < e.b)).toBe(true);
  });

  it('rejects two articles with one id, naming it', () => {
    expect(() => groupArticles([input(0, 0), input(1, 0), { ...input(0, 1), id: 'a-h0n0' }])).toThrow(
      'core/group: duplicate article id "a-h0n0"',
    );
  });

  it('gives nothing for no articles', () => {
    expect(groupArticles([]).groups).toEqual([]);
  });
});

describe('contentSimilarity', () => {
  const o = DEFAULT_GROUPING;
  // One report, and a copy of its headline over another happening's text (a page whose body the extraction got wrong).
  const report = input(0, 0);
  const copy = { ...input(1, 0), id: 'a-copy', title: report.title };
  const other = { ...input(1, 0), id: 'a-other', title: `${report.title} inquiry` };
  const v = buildVectors([report, copy, other]);

  it('raises two full reports under the same headline to sameHeadline', () => {
    const c = cosine(v, 0, 1);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(o.sameHeadline);
    expect(contentSimilarity(v, 0, 1, c, o)).toBe(o.sameHeadline);
    expect(contentSimilarity(v, 0, 1, c, { ...o, sameHeadline: 0 })).toBe(c);
  });

  it('is what the pair comparison applies (scorePairs reads the headlines as numbers)', () => {
    const expected = (opts: typeof o) =>
      candidatePairs(v, opts).flatMap(([a, b]) => {
        const content = contentSimilarity(v, a, b, cosineIfShared(v, a, b, requiredShared(v, a, b, opts)), opts);
        const sim = content < opts.minEdge ? 0 : pairSimilarity(v, a, b, content, opts);
        return sim >= opts.minEdge ? [{ a, b, sim }] : [];
      });
    const raised = edgeObjects(scorePairs(v, o));
    expect(raised).toEqual(expected(o));
    expect(raised.find((e) => e.a === 0 && e.b === 1)?.sim).toBe(pairSimilarity(v, 0, 1, o.sameHeadline, o));
    const off = { ...o, sameHeadline: 0 };
    expect(edgeObjects(scorePairs(v, off))).toEqual(expected(off));
    expect(edgeObjects(scorePairs(v, off)).find((e) => e.a === 0 && e.b === 1)?.sim ?? 0).toBeLessThan(o.sameHeadline);
  });

  it('leaves a pair with nothing shared, or headlines that differ by a word, as it is', () => {
    expect(contentSimilarity(v, 0, 1, 0, o)).toBe(0);
    const c = cosine(v, 0, 2);
    expect(contentSimilarity(v, 0, 2, c, o)).toBe(c);
  });
});

describe('pairSimilarity', () => {
  const quake = (id: string, date: string): GroupInput => ({
    id,
    date,
    title: 'Earthquake shakes Antofagasta, Chile',
    body: ['A strong earthquake struck near Antofagasta in Chile, damaging homes, officials said.'],
  });
  const o = DEFAULT_GROUPING;

  it('keeps the content similarity of two reports of one day', () => {
    const v = buildVectors([quake('a-1', '2024-04-15'), quake('a-2', '2024-04-15')]);
    expect(pairSimilarity(v, 0, 1, 0.3, o)).toBe(0.3);
  });

  it('lowers it for reports days apart', () => {
    const v = buildVectors([quake('a-1', '2024-04-01'), quake('a-2', '2024-04-15')]);
    expect(pairSimilarity(v, 0, 1, 0.3, o)).toBeLessThan(0.3);
    expect(pairSimilarity(v, 0, 1, 0.3, o)).toBeGreaterThan(0);
  });

  it('is 0 for a pair with nothing in common', () => {
    const v = buildVectors([quake('a-1', '2024-04-15'), quake('a-2', '2024-04-15')]);
    expect(pairSimilarity(v, 0, 1, 0, o)).toBe(0);
    expect(pairSimilarity(v, 0, 1, -0.1, o)).toBe(0);
  });
});

describe('addToGrouping', () => {
  // Happenings 0 and 1 twice, 2 once: no happening's words stand in most of the articles.
  const before = groupArticles([input(0, 0), input(0, 1), input(1, 0), input(1, 1), input(2, 0)]);

  it('adds a new report of a happening to its event and starts an event for a new happening', () => {
    const after = addToGrouping(before, [input(3, 0), input(0, 2)]);
    expect(ids(after.inputs, after.groups)).toEqual([
      ['a-h0n0', 'a-h0n1', 'a-h0n2'],
      ['a-h1n0', 'a-h1n1'],
      ['a-h2n0'],
      ['a-h3n0'],
    ]);
  });

  it('leaves the existing events as they were and ignores an article it already has', () => {
    const after = addToGrouping(before, [input(0, 0), { ...input(3, 0), id: 'a-h0n3' }]);
    expect(after.inputs.map((x) => x.id)).toEqual(['a-h0n0', 'a-h0n1', 'a-h0n3', 'a-h1n0', 'a-h1n1', 'a-h2n0']);
    expect(ids(after.inputs, after.groups)).toEqual([
      ['a-h0n0', 'a-h0n1'],
      ['a-h0n3'],
      ['a-h1n0', 'a-h1n1'],
      ['a-h2n0'],
    ]);
  });

  it('joins a new report to an event only when it is on average as alike as the threshold', () => {
    const single = groupArticles([input(0, 0)]);
    const sim = groupArticles([input(0, 0), input(0, 1)]).edges[0]!.sim;
    expect(addToGrouping(single, [input(0, 1)], { threshold: sim }).groups).toEqual([[0, 1]]);
    expect(addToGrouping(single, [input(0, 1)], { threshold: sim + 1e-9 }).groups).toEqual([[0], [1]]);
  });

  it('keeps the edges of the old grouping and adds the new ones, in order', () => {
    const after = addToGrouping(before, [input(0, 2)]);
    expect(after.edges.length).toBeGreaterThan(before.edges.length);
    const pairs = after.edges.map((e) => [after.inputs[e.a]!.id, after.inputs[e.b]!.id]);
    expect(pairs).toContainEqual(['a-h0n0', 'a-h0n1']);
    expect(pairs).toContainEqual(['a-h0n0', 'a-h0n2']);
    expect(after.edges).toEqual([...after.edges].sort((x, y) => x.a - y.a || x.b - y.b));
  });
});
