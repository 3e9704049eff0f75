/**
 * The grouping's two fast algorithms against plain oracles written here: average link (heap
 * of best partners, components, refused merges) against the textbook O(n³) loop, and the
 * inverted index's candidate pairs against a comparison of all pairs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageLink, type Cluster, type Edge, type MayMerge } from '../../src/core/group/cluster';
import { dayNumber } from '../../src/core/group/features';
import {
  buildVectors,
  candidatePairs,
  cosine,
  DEFAULT_GROUPING,
  type GroupInput,
  type GroupingOptions,
  type Vectors,
} from '../../src/core/group/vectors';

// --- average link -------------------------------------------------------------------------

/**
 * Textbook average link: while some pair of groups, not refused as they stand, is alike on
 * average by at least `threshold`, merge the most alike pair; ties go to the pair whose
 * smaller first item is smaller, then whose larger first item is smaller. A refused pair is
 * asked again once either group has changed. O(n³) per merge at worst, which is the point.
 */
function naiveAverageLink(sim: readonly (readonly number[])[], threshold: number, mayMerge?: MayMerge): number[][] {
  let groups = sim.map((_, i) => [i]);
  const refused = new Set<string>();
  const keyOf = (g: readonly number[]) => [...g].sort((a, b) => a - b).join(',');
  const between = (x: readonly number[], y: readonly number[]) => {
    let s = 0;
    for (const a of x) for (const b of y) s += sim[a]![b]!;
    return s / (x.length * y.length);
  };
  const cohesion = (g: readonly number[]) => {
    if (g.length < 2) return 0;
    let s = 0;
    for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) s += sim[g[i]!]![g[j]!]!;
    return s / ((g.length * (g.length - 1)) / 2);
  };
  for (;;) {
    let best: { i: number; j: number; avg: number; lo: number; hi: number } | null = null;
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++) {
        const [x, y] = [groups[i]!, groups[j]!];
        if (refused.has(`${keyOf(x)}|${keyOf(y)}`)) continue;
        const avg = between(x, y);
        if (avg < threshold) continue;
        const [fx, fy] = [Math.min(...x), Math.min(...y)];
        const [lo, hi] = [Math.min(fx, fy), Math.max(fx, fy)];
        if (!best || avg > best.avg || (avg === best.avg && (lo < best.lo || (lo === best.lo && hi < best.hi))))
          best = { i, j, avg, lo, hi };
      }
    if (!best) break;
    const [x, y] = [groups[best.i]!, groups[best.j]!];
    if (mayMerge && !mayMerge({ members: x, cohesion: cohesion(x) }, { members: y, cohesion: cohesion(y) }, best.avg)) {
      refused.add(`${keyOf(x)}|${keyOf(y)}`);
      refused.add(`${keyOf(y)}|${keyOf(x)}`);
      continue;
    }
    groups = [...groups.filter((_, k) => k !== best.i && k !== best.j), [...x, ...y]];
  }
  return groups.map((g) => [...g].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

/**
 * A symmetric similarity matrix over a few values, so that averages tie often and their sums
 * are exact in floating point (quarters add without rounding): the tie-break is exercised,
 * and the fast and the naive sums agree to the bit.
 */
const matrix = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc
    .array(fc.constantFrom(0, 0, 0.25, 0.5, 0.75, 1), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 })
    .map((values) => {
      const sim = Array.from({ length: n }, () => new Array<number>(n).fill(0));
      let k = 0;
      for (let a = 0; a < n; a++)
        for (let b = a + 1; b < n; b++) {
          sim[a]![b] = values[k]!;
          sim[b]![a] = values[k++]!;
        }
      return sim;
    }),
);
const threshold = fc.constantFrom(0.125, 0.25, 0.375, 0.5, 0.75);

function edgesOf(sim: readonly (readonly number[])[]): Edge[] {
  const edges: Edge[] = [];
  for (let a = 0; a < sim.length; a++)
    for (let b = a + 1; b < sim.length; b++) if (sim[a]![b]! > 0) edges.push({ a, b, sim: sim[a]![b]! });
  return edges;
}

describe('averageLink against a naive average link', () => {
  it('property: the same groups, ties included', () => {
    fc.assert(
      fc.property(matrix, threshold, (sim, t) => {
        expect(averageLink(sim.length, edgesOf(sim), t)).toEqual(naiveAverageLink(sim, t));
      }),
      { numRuns: 600 },
    );
  });

  it('property: the same groups whatever order the edges come in', () => {
    fc.assert(
      fc.property(matrix, threshold, fc.integer(), (sim, t, seed) => {
        const edges = edgesOf(sim);
        const shuffled = edges
          .map((e, i) => ({ e: i % 2 ? { a: e.b, b: e.a, sim: e.sim } : e, k: Math.imul(i + 1, seed | 1) >>> 0 }))
          .sort((x, y) => x.k - y.k)
          .map((x) => x.e);
        expect(averageLink(sim.length, shuffled, t)).toEqual(naiveAverageLink(sim, t));
      }),
      { numRuns: 200 },
    );
  });

  it('pins the tie-break: of equally alike pairs, the one with the smaller items merges first', () => {
    // 0–1 and 1–2 are equally alike and 0–2 not at all: whichever pair merges first leaves
    // the third item too far from it on average.
    const sim = [
      [0, 1, 0],
      [1, 0, 1],
      [0, 1, 0],
    ];
    expect(averageLink(3, edgesOf(sim), 0.6)).toEqual([[0, 1], [2]]);
    expect(naiveAverageLink(sim, 0.6)).toEqual([[0, 1], [2]]);
  });

  it('property: with a merge rule, the same groups as the naive loop asking the same rule', () => {
    // Cannot-link pairs, and a cohesion rule of the kind the events use: pure functions of the two groups.
    const rules = fc.record({
      apart: fc.array(fc.tuple(fc.nat(8), fc.nat(8)), { maxLength: 4 }),
      closeness: fc.constantFrom(0, 0.5, 0.8),
    });
    fc.assert(
      fc.property(matrix, threshold, rules, (sim, t, { apart, closeness }) => {
        const rule: MayMerge = (x: Cluster, y: Cluster, s: number) => {
          for (const [p, q] of apart)
            if ((x.members.includes(p) && y.members.includes(q)) || (x.members.includes(q) && y.members.includes(p)))
              return false;
          if (x.members.length < 2 || y.members.length < 2) return true;
          return s >= closeness * Math.min(x.cohesion, y.cohesion);
        };
        expect(averageLink(sim.length, edgesOf(sim), t, rule)).toEqual(naiveAverageLink(sim, t, rule));
      }),
      { numRuns: 600 },
    );
  });

  it('asks a refused pair again once one of its groups has grown', () => {
    // 0–2 is the most alike pair, but the rule refuses two lone items 0 and 2; 0–1 merges
    // next (the tie with 1–2 goes to the smaller items), and {0, 1} may then take 2.
    const sim = [
      [0, 0.75, 1],
      [0.75, 0, 0.75],
      [1, 0.75, 0],
    ];
    const asked: string[] = [];
    const rule: MayMerge = (x, y) => {
      asked.push(
        [x.members, y.members]
          .map((m) => [...m].sort().join(','))
          .sort()
          .join('|'),
      );
      return !(
        x.members.length === 1 &&
        y.members.length === 1 &&
        [x.members[0], y.members[0]].includes(2) &&
        [x.members[0], y.members[0]].includes(0)
      );
    };
    expect(averageLink(3, edgesOf(sim), 0.25, rule)).toEqual([[0, 1, 2]]);
    expect(asked).toEqual(['0|2', '0|1', '0,1|2']);
    expect(naiveAverageLink(sim, 0.25, rule)).toEqual([[0, 1, 2]]);
  });
});

// --- candidate pairs --------------------------------------------------------------------------

/** Invented content words: none is a stopword, each its own stem. */
const WORDS = ['alder', 'birch', 'cedar', 'dogwood', 'elmwood', 'firth', 'ginkgo', 'hazel', 'ilex', 'juniper'];
const article = fc.record({
  title: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
  body: fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 6 }),
  day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }),
});
const corpus = fc.array(article, { minLength: 2, maxLength: 12 }).map((list) =>
  list.map((x, i): GroupInput => ({
    id: `c-${String(i).padStart(2, '0')}`,
    title: x.title.join(' '),
    body: x.body.length > 0 ? [x.body.join(' ')] : [],
    date: x.day === null ? null : `2024-02-${String(x.day).padStart(2, '0')}`,
  })),
);

/** All pairs, `a < b`, that a brute-force comparison finds at least `minSim` alike (cosine). */
function alikePairs(v: Vectors, minSim: number): [number, number][] {
  const out: [number, number][] = [];
  for (let a = 0; a < v.ids.length; a++)
    for (let b = a + 1; b < v.ids.length; b++) if (cosine(v, a, b) >= minSim) out.push([a, b]);
  return out;
}

/**
 * The index's contract, spelled out: an article's index terms are its `indexTerms` heaviest
 * features that another article also has (ties to the lower feature id); a pair `a < b` is
 * proposed when both dated articles are within `windowDays` of each other (an undated one is
 * near every day) and they share at least `minIndexShared` index terms that are not too
 * common around `a`: a term counts only when at most `maxPostings` articles carry it within
 * `a`'s window (every article, when `a` is undated; undated articles always count).
 */
function contractPairs(v: Vectors, o: GroupingOptions): [number, number][] {
  const n = v.ids.length;
  const terms = v.ids.map((ids, a) => {
    const w = v.weights[a]!;
    return new Set(
      [...ids.keys()]
        .filter((i) => v.df[ids[i]!]! > 1)
        .sort((x, y) => w[y]! - w[x]! || ids[x]! - ids[y]!)
        .slice(0, o.indexTerms)
        .map((i) => ids[i]!),
    );
  });
  const near = (a: number, b: number) => {
    const [da, db] = [v.days[a], v.days[b]];
    return da === null || db === null || Math.abs(da! - db!) <= o.windowDays;
  };
  const out: [number, number][] = [];
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      if (!near(a, b)) continue;
      let shared = 0;
      for (const t of terms[a]!) {
        if (!terms[b]!.has(t)) continue;
        let postings = 0;
        for (let c = 0; c < n; c++) if (terms[c]!.has(t) && near(a, c)) postings++;
        if (postings <= o.maxPostings) shared++;
      }
      if (shared >= o.minIndexShared) out.push([a, b]);
    }
  return out;
}

describe('candidate pairs against all pairs', () => {
  it('property: at small sizes the shipped index proposes every pair a brute-force comparison finds alike', () => {
    // Small: every article has fewer features than the index keeps, fewer articles than a
    // feature may have postings, all within the window.
    expect(WORDS.length).toBeLessThanOrEqual(DEFAULT_GROUPING.indexTerms);
    expect(12).toBeLessThanOrEqual(DEFAULT_GROUPING.maxPostings);
    expect(28).toBeLessThanOrEqual(DEFAULT_GROUPING.windowDays);
    fc.assert(
      fc.property(corpus, (inputs) => {
        const v = buildVectors(inputs);
        const proposed = new Set(candidatePairs(v).map(([a, b]) => `${a}:${b}`));
        for (const [a, b] of alikePairs(v, Number.MIN_VALUE)) expect(proposed.has(`${a}:${b}`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('property: with a narrow window, few index terms and few postings, exactly the pairs its contract promises', () => {
    const options = fc.record({
      indexTerms: fc.integer({ min: 1, max: 4 }),
      maxPostings: fc.integer({ min: 1, max: 6 }),
      windowDays: fc.integer({ min: 0, max: 10 }),
      minIndexShared: fc.integer({ min: 1, max: 2 }),
    });
    fc.assert(
      fc.property(corpus, options, (inputs, narrow) => {
        const o = { ...DEFAULT_GROUPING, ...narrow };
        const v = buildVectors(inputs, o);
        expect(candidatePairs(v, o)).toEqual(contractPairs(v, o));
      }),
      { numRuns: 400 },
    );
  });

  it('property: a lossless index (every feature, no postings limit, any distance) proposes exactly the pairs that share a feature', () => {
    const o = { ...DEFAULT_GROUPING, indexTerms: 1e9, maxPostings: 1e9, windowDays: 1e9 };
    fc.assert(
      fc.property(corpus, (inputs) => {
        const v = buildVectors(inputs, o);
        expect(candidatePairs(v, o)).toEqual(alikePairs(v, Number.MIN_VALUE));
      }),
      { numRuns: 300 },
    );
  });

  it('skips a feature too common around the day, and keeps it where it is not', () => {
    // Four articles share "cedar" on 1 February, two more on 20 February; postings limit 2.
    // Six others, each with a word of its own, keep "cedar" under the common-feature cut.
    const others = ['oakum', 'pinion', 'quince', 'rowan', 'sumac', 'tamarack'];
    const inputs: GroupInput[] = [
      ...[1, 1, 1, 1, 20, 20].map((d, i) => ({ title: `cedar ${WORDS[i]!}`, day: d })),
      ...others.map((w) => ({ title: w, day: 10 })),
    ].map((x, i) => ({
      id: `k-${String(i).padStart(2, '0')}`,
      title: x.title,
      body: [],
      date: `2024-02-${String(x.day).padStart(2, '0')}`,
    }));
    const o = { ...DEFAULT_GROUPING, maxPostings: 2, windowDays: 3 };
    const v = buildVectors(inputs, o);
    expect(dayNumber('2024-02-20') - dayNumber('2024-02-01')).toBeGreaterThan(o.windowDays);
    expect(candidatePairs(v, o)).toEqual([[4, 5]]);
    expect(candidatePairs(v, { ...o, maxPostings: 4 })).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 2],
      [1, 3],
      [2, 3],
      [4, 5],
    ]);
  });
});
