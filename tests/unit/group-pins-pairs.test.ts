/**
 * Pins of the pairs grouping keeps: every candidate pair the index proposes, compared by the
 * plain cosine of its shared features (when it shares as many as required) times the time
 * factor, kept when that reaches minEdge; the same whether the articles are grouped at once or
 * added to a grouping later.
 */
import { describe, expect, it } from 'vitest';
import type { EdgeList } from '../../src/core/group/cluster';
import { addToGrouping } from '../../src/core/group/extend';
import { groupArticles, pairSimilarity, scorePairs } from '../../src/core/group/group';
import {
  buildVectors,
  candidatePairs,
  cosineIfShared,
  DEFAULT_GROUPING,
  requiredShared,
  type GroupInput,
  type Vectors,
} from '../../src/core/group/vectors';
import { HAPPENINGS } from '../helpers';

const o = DEFAULT_GROUPING;

/** Reports of four happenings on several days, one undated, one a bare headline. */
const INPUTS: GroupInput[] = HAPPENINGS.flatMap((h, k) =>
  [0, 1, 2].map((n) => ({
    id: `a-${k}${n}`,
    title: n === 1 ? h.sentences[1]!.replace(/\.$/, '') : h.title,
    body: n === 2 ? [] : h.sentences.slice(n, n + 3),
    date: k === 3 && n === 0 ? null : `2024-04-${String(10 + n * 2 + k).padStart(2, '0')}`,
  })),
);

/** The pairs read plainly from the parts grouping is made of. */
function plainPairs(inputs: readonly GroupInput[], minEdge = o.minEdge) {
  const opts = { ...o, minEdge };
  const sorted = [...inputs].sort((x, y) => (x.id < y.id ? -1 : 1));
  const v = buildVectors(sorted, opts);
  return candidatePairs(v, opts)
    .map(([a, b]) => ({
      a,
      b,
      sim: pairSimilarity(v, a, b, cosineIfShared(v, a, b, requiredShared(v, a, b, opts)), opts),
    }))
    .filter((e) => e.sim >= minEdge);
}

describe('groupArticles: the pairs it keeps', () => {
  it('keeps exactly the candidate pairs whose similarity reaches minEdge, at that similarity', () => {
    const plain = plainPairs(INPUTS);
    expect(plain.length).toBeGreaterThan(6);
    const g = groupArticles(INPUTS);
    expect(g.edges.map((e) => [e.a, e.b])).toEqual(plain.map((e) => [e.a, e.b]));
    g.edges.forEach((e, k) => expect(e.sim).toBeCloseTo(plain[k]!.sim, 12));
  });

  it('keeps the plain pairs at any minEdge', () => {
    for (const minEdge of [1e-9, 0.02, 0.2]) {
      const plain = plainPairs(INPUTS, minEdge);
      const g = groupArticles(INPUTS, { minEdge });
      expect(g.edges.map((e) => [e.a, e.b])).toEqual(plain.map((e) => [e.a, e.b]));
    }
  });

  it('gives a pair that shares too few features no edge', () => {
    const pair: GroupInput[] = [
      { id: 'a-1', title: 'Ferry aground', body: ['A ferry ran aground near Paros.'], date: '2024-04-15' },
      { id: 'a-2', title: 'Ferry delayed', body: ['A ferry was delayed by wind near Naxos.'], date: '2024-04-15' },
    ];
    // They share one feature of the three a short article's pair needs.
    const v = buildVectors(pair);
    expect(requiredShared(v, 0, 1, o)).toBe(o.minShared + 1);
    expect(groupArticles(pair).edges).toEqual([]);
    expect(groupArticles(pair, { minShared: 0, shortFeatures: 0 }).edges).toHaveLength(1);
  });
});

describe('scorePairs: a vocabulary wider than its filter', () => {
  /** The vectors with feature x as x × `factor`: the order stays, and more features take one bit of the 65,536-bit filter. */
  const widen = (v: Vectors, factor: number): Vectors => {
    const spread = (ids: Int32Array) => ids.map((x) => x * factor);
    const df: number[] = [];
    v.df.forEach((d, x) => (df[x * factor] = d));
    const { packed: _packed, ...rest } = v;
    return {
      ...rest,
      vocabulary: new Array<string>(v.vocabulary.length * factor),
      df,
      ids: v.ids.map(spread),
      keys: v.keys?.map(spread),
    };
  };
  const lists = (p: EdgeList) => [p.a, p.b, p.sim].map((x) => Array.from(x.subarray(0, p.length)));

  it('gives the same pairs, to the bit, when features 64 apart share a bit of the filter', () => {
    const v = buildVectors([...INPUTS].sort((x, y) => (x.id < y.id ? -1 : 1)));
    const narrow = scorePairs(v, o);
    expect(narrow.length).toBeGreaterThan(6);
    expect(lists(scorePairs(widen(v, 1024), o))).toEqual(lists(narrow));
  });

  it('counts only the features both articles have, when every feature takes the same bit', () => {
    const pair: GroupInput[] = [
      { id: 'a-1', title: 'Ferry aground', body: ['A ferry ran aground near Paros.'], date: '2024-04-15' },
      { id: 'a-2', title: 'Ferry delayed', body: ['A ferry was delayed by wind near Naxos.'], date: '2024-04-15' },
    ];
    // One feature shared, of the three a short article's pair needs: no edge.
    expect(scorePairs(widen(buildVectors(pair), 65536), o).length).toBe(0);
    expect(scorePairs(widen(buildVectors(pair), 65536), { ...o, minShared: 1, shortFeatures: 0 }).length).toBe(1);
  });
});

describe('addToGrouping: the pairs it adds', () => {
  it('compares each new article with every candidate partner as grouping at once would, and joins it to its happening', () => {
    const old = INPUTS.filter((x) => !x.id.endsWith('2'));
    const fresh = INPUTS.filter((x) => x.id.endsWith('2'));
    const after = addToGrouping(groupArticles(old), fresh);
    const plain = plainPairs(INPUTS);
    const isNew = (i: number) => after.inputs[i]!.id.endsWith('2');
    const added = after.edges.filter((e) => isNew(e.a) || isNew(e.b));
    const expected = plain.filter((e) => isNew(e.a) || isNew(e.b));
    expect(added.map((e) => [e.a, e.b])).toEqual(expected.map((e) => [e.a, e.b]));
    added.forEach((e, k) => expect(e.sim).toBeCloseTo(expected[k]!.sim, 12));
    expect(after.groups).toEqual(groupArticles(INPUTS).groups);
  });
});

describe('groupArticles and addToGrouping: edges and order', () => {
  /** Report `n` of happening `h` on `date`. */
  const report = (h: number, n: number, id: string, date = '2024-04-15'): GroupInput => {
    const { title, sentences } = HAPPENINGS[h]!;
    return {
      id,
      title: n % 2 ? sentences[n % sentences.length]!.replace(/\.$/, '') : title,
      body: sentences.map((_, i) => sentences[(i + n) % sentences.length]!),
      date,
    };
  };
  const ids = (g: { inputs: GroupInput[]; groups: number[][] }) => g.groups.map((x) => x.map((i) => g.inputs[i]!.id));
  const pairs = (g: { inputs: GroupInput[]; edges: { a: number; b: number }[] }) =>
    g.edges.map((e) => [g.inputs[e.a]!.id, g.inputs[e.b]!.id]);
  const others = [report(1, 0, 'a-o1'), report(2, 0, 'a-o2'), report(3, 0, 'a-o3')];

  it('compares pairs after an article that has none', () => {
    const inputs = [report(1, 0, 'a-0'), report(0, 0, 'a-1'), report(0, 1, 'a-2'), report(2, 0, 'a-3')];
    expect(pairs(groupArticles(inputs))).toEqual([['a-1', 'a-2']]);
    expect(ids(groupArticles(inputs))).toEqual([['a-0'], ['a-1', 'a-2'], ['a-3']]);
  });

  it('keeps no pair whose similarity falls below minEdge for the days between, however alike', () => {
    const apart = [report(0, 0, 'a-1', '2024-04-01'), report(0, 1, 'a-2', '2024-04-21'), ...others];
    const sim = groupArticles(apart, { minEdge: 0.01 }).edges[0]!.sim;
    expect(pairs(groupArticles(apart, { minEdge: 0.01 }))).toEqual([['a-1', 'a-2']]);
    expect(groupArticles(apart, { minEdge: sim + 1e-9 }).edges).toEqual([]);
    expect(pairs(groupArticles(apart, { minEdge: sim }))).toEqual([['a-1', 'a-2']]);
  });

  it('adds articles in id order among the old ones, each pair once, the edges in order', () => {
    const before = groupArticles([report(0, 0, 'a-1'), report(0, 2, 'a-3'), ...others]);
    const after = addToGrouping(before, [report(3, 1, 'a-p3'), report(0, 1, 'a-2'), report(0, 3, 'a-0')]);
    expect(after.inputs.map((x) => x.id)).toEqual(['a-0', 'a-1', 'a-2', 'a-3', 'a-o1', 'a-o2', 'a-o3', 'a-p3']);
    expect(ids(after)).toEqual([['a-0', 'a-1', 'a-2', 'a-3'], ['a-o1'], ['a-o2'], ['a-o3', 'a-p3']]);
    const p = pairs(after);
    expect(p).toEqual([
      ['a-0', 'a-1'],
      ['a-0', 'a-2'],
      ['a-0', 'a-3'],
      ['a-1', 'a-2'],
      ['a-1', 'a-3'],
      ['a-2', 'a-3'],
      ['a-o3', 'a-p3'],
    ]);
    // The old pair keeps its old similarity.
    expect(after.edges[4]!.sim).toBe(before.edges[0]!.sim);
  });

  it('starts one event for two new reports of a new happening', () => {
    const before = groupArticles([report(0, 0, 'a-1'), report(0, 1, 'a-2'), ...others.slice(0, 2)]);
    const after = addToGrouping(before, [report(3, 1, 'a-q2'), report(3, 0, 'a-q1')]);
    expect(ids(after)).toEqual([['a-1', 'a-2'], ['a-o1'], ['a-o2'], ['a-q1', 'a-q2']]);
  });

  it('joins a new report to a group when its mean similarity to the members reaches the threshold', () => {
    const before = groupArticles([report(0, 0, 'a-1'), report(0, 1, 'a-2'), ...others]);
    const full = groupArticles([...before.inputs, report(0, 2, 'a-3')]);
    const simTo = (x: string) =>
      full.edges.find((e) => full.inputs[e.a]!.id === x && full.inputs[e.b]!.id === 'a-3')!.sim;
    const mean = (simTo('a-1') + simTo('a-2')) / 2;
    const join = (threshold: number) => ids(addToGrouping(before, [report(0, 2, 'a-3')], { threshold }))[0];
    expect(join(mean)).toEqual(['a-1', 'a-2', 'a-3']);
    expect(join(mean + 1e-9)).toEqual(['a-1', 'a-2']);
  });
});
