/**
 * Pins of the vectors grouping compares: TF-IDF weights (common features dropped, rare ones
 * heavier, unit length), which pairs the index proposes (checked against a brute-force
 * reading of the same rule), how far apart in time two reports may be, and how many features
 * a pair must share.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildVectors,
  candidatePairs,
  cosine,
  cosineIfShared,
  DEFAULT_GROUPING,
  requiredShared,
  timeFactor,
  weighFeatures,
  type GroupInput,
  type GroupingOptions,
  type Vectors,
} from '../../src/core/group/vectors';

const o = DEFAULT_GROUPING;
const counts = (...keys: string[][]) => keys.map((k) => new Map(k.map((x) => [x, 1])));

describe('weighFeatures', () => {
  it('gives every article a vector of unit length, and an empty one to an article with no features', () => {
    const w = weighFeatures(counts(['quake', 'chile', 'homes'], ['quake', 'chile'], []), 0.5);
    expect(w.weights.map((x) => Math.hypot(...x))).toEqual([expect.closeTo(1, 9), expect.closeTo(1, 9), 0]);
  });

  it('weighs a feature fewer articles have more than one they all have', () => {
    const w = weighFeatures(counts(['quake', 'antofagasta'], ['quake'], ['quake']), 1);
    const [quake, rare] = [w.vocabulary.indexOf('quake'), w.vocabulary.indexOf('antofagasta')];
    const weightOf = (a: number, id: number) => w.weights[a]![w.ids[a]!.indexOf(id)]!;
    expect(weightOf(0, rare)).toBeGreaterThan(weightOf(0, quake));
  });

  it('weighs a feature counted more often more, less than in proportion', () => {
    const w = weighFeatures(
      [
        new Map([
          ['quake', 4],
          ['chile', 1],
        ]),
        new Map([
          ['quake', 1],
          ['chile', 1],
        ]),
      ],
      1,
    );
    const [q, c] = [w.vocabulary.indexOf('quake'), w.vocabulary.indexOf('chile')];
    const ratio = w.weights[0]![w.ids[0]!.indexOf(q)]! / w.weights[0]![w.ids[0]!.indexOf(c)]!;
    expect(ratio).toBeGreaterThan(1);
    expect(ratio).toBeLessThan(4);
  });

  it('counts in how many articles each feature stands, and lists ids in ascending order', () => {
    const w = weighFeatures(counts(['b', 'a'], ['a'], ['c', 'a']), 1);
    expect(w.vocabulary).toEqual(['b', 'a', 'c']);
    expect(w.df).toEqual([1, 3, 1]);
    expect(w.ids.map((x) => [...x])).toEqual([[0, 1], [1], [1, 2]]);
  });

  it('drops a feature more than maxShare of the articles have, from four articles up', () => {
    const four = weighFeatures(counts(['said', 'quake'], ['said', 'chile'], ['said', 'ferry'], ['paros']), 0.5);
    expect(four.ids.map((x) => [...x].map((i) => four.vocabulary[i]))).toEqual([
      ['quake'],
      ['chile'],
      ['ferry'],
      ['paros'],
    ]);
    const half = weighFeatures(counts(['said', 'quake'], ['said', 'chile'], ['ferry'], ['paros']), 0.5);
    expect(half.vocabulary.filter((_, i) => half.ids[0]!.includes(i))).toContain('said');
    const three = weighFeatures(counts(['said', 'quake'], ['said', 'chile'], ['said', 'ferry']), 0.5);
    expect(three.ids[0]!.includes(three.vocabulary.indexOf('said'))).toBe(true);
  });
});

/** Vectors from feature lists and days, with no text behind them. */
function vectorsOf(features: string[][], days: (number | null)[]): Vectors {
  return {
    ...weighFeatures(counts(...features), 1),
    days,
    dayOfYear: days.map(() => -1),
    mentioned: days.map(() => []),
    estimated: days.map(() => false),
  };
}

/** The index rule read plainly: top features shared, within the window, features not too common there. */
function bruteForcePairs(v: Vectors, opts: GroupingOptions): [number, number][] {
  const n = v.ids.length;
  const terms = v.ids.map((ids, a) =>
    [...ids.keys()]
      .filter((i) => v.df[ids[i]!]! > 1)
      .sort((x, y) => v.weights[a]![y]! - v.weights[a]![x]! || ids[x]! - ids[y]!)
      .slice(0, opts.indexTerms)
      .map((i) => ids[i]!),
  );
  const near = (a: number, b: number) =>
    v.days[a] === null || v.days[b] === null || Math.abs(v.days[a]! - v.days[b]!) <= opts.windowDays;
  const out: [number, number][] = [];
  for (let a = 0; a < n; a++) {
    const hits = new Map<number, number>();
    for (const t of terms[a]!) {
      const postings = [...Array(n).keys()].filter(
        (b) => terms[b]!.includes(t) && (v.days[b] === null || v.days[a] === null || near(a, b)),
      );
      if (postings.length > opts.maxPostings) continue;
      for (const b of postings) if (b > a) hits.set(b, (hits.get(b) ?? 0) + 1);
    }
    for (const b of [...hits.keys()].sort((x, y) => x - y)) if (hits.get(b)! >= opts.minIndexShared) out.push([a, b]);
  }
  return out;
}

describe('candidatePairs', () => {
  it('proposes the same pairs as a brute-force reading of the rule', () => {
    const article = fc.record({
      features: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 5 }),
      day: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
    });
    const settings = fc.record({
      indexTerms: fc.integer({ min: 1, max: 4 }),
      minIndexShared: fc.integer({ min: 1, max: 2 }),
      maxPostings: fc.integer({ min: 1, max: 6 }),
      windowDays: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(article, { maxLength: 9 }), settings, (articles, s) => {
        const v = vectorsOf(
          articles.map((x) => x.features),
          articles.map((x) => x.day),
        );
        const opts = { ...o, ...s };
        expect(candidatePairs(v, opts)).toEqual(bruteForcePairs(v, opts));
      }),
      { numRuns: 400, seed: 3 },
    );
  });

  it('proposes every pair of a dozen reports of one happening on one day', () => {
    const features = Array.from({ length: 12 }, (_, i) => ['ferry', 'paros', 'aground', 'coast', `own${i}`]);
    expect(
      candidatePairs(
        vectorsOf(
          features,
          features.map(() => 100),
        ),
      ),
    ).toHaveLength((12 * 11) / 2);
  });

  it('proposes no pair further apart than the window, and one just inside it', () => {
    const two = [
      ['ferry', 'paros'],
      ['ferry', 'paros'],
    ];
    expect(candidatePairs(vectorsOf(two, [100, 100 + o.windowDays]))).toEqual([[0, 1]]);
    expect(candidatePairs(vectorsOf(two, [100, 101 + o.windowDays]))).toEqual([]);
    expect(candidatePairs(vectorsOf(two, [100, null]))).toEqual([[0, 1]]);
  });

  it('proposes two full reports up to the report window, but a full report and a brief only within the window', () => {
    const full = Array.from({ length: o.shortFeatures }, (_, i) => `word${i}`);
    const brief = full.slice(0, o.shortFeatures - 1);
    const at = (x: string[], y: string[], apart: number) => candidatePairs(vectorsOf([x, y], [100, 100 + apart]));
    expect(at(full, full, o.reportWindowDays)).toEqual([[0, 1]]);
    expect(at(full, full, o.reportWindowDays + 1)).toEqual([]);
    expect(at(full, brief, o.windowDays)).toEqual([[0, 1]]);
    expect(at(full, brief, o.windowDays + 1)).toEqual([]);
    expect(at(brief, full, o.windowDays + 1)).toEqual([]);
  });
});

describe('cosine and the features a pair must share', () => {
  const v = vectorsOf(
    [
      ['quake', 'chile', 'homes'],
      ['quake', 'chile', 'mines'],
      ['quake', 'ferry', 'paros'],
    ],
    [1, 1, 1],
  );

  it('is 1 for an article with itself and between 0 and 1 for two that share some features', () => {
    expect(cosine(v, 0, 0)).toBeCloseTo(1, 9);
    expect(cosine(v, 0, 1)).toBeGreaterThan(0);
    expect(cosine(v, 0, 1)).toBeLessThan(1);
    expect(cosine(v, 0, 1)).toBeGreaterThan(cosine(v, 0, 2));
  });

  it('is 0 when the pair shares fewer features than required, and the cosine when it shares as many', () => {
    expect(cosineIfShared(v, 0, 2, 2)).toBe(0);
    expect(cosineIfShared(v, 0, 2, 1)).toBeCloseTo(cosine(v, 0, 2), 12);
    expect(cosineIfShared(v, 0, 1, 2)).toBeCloseTo(cosine(v, 0, 1), 12);
  });

  it('asks one shared feature more of a pair with a short article (a headline or a brief)', () => {
    const longOne = Array.from({ length: o.shortFeatures }, (_, i) => `w${i}`);
    const short = vectorsOf([longOne, longOne.slice(0, o.shortFeatures - 1), longOne], [1, 1, 1]);
    expect(requiredShared(short, 0, 2, o)).toBe(o.minShared);
    expect(requiredShared(short, 0, 1, o)).toBe(o.minShared + 1);
    expect(requiredShared(short, 1, 0, o)).toBe(o.minShared + 1);
  });
});

describe('timeFactor', () => {
  const article = (
    id: string,
    date: string | null,
    body = 'The ferry ran aground near Paros.',
    estimated = false,
  ): GroupInput => ({
    id,
    title: 'Ferry runs aground',
    body: [body],
    date,
    dateEstimated: estimated,
  });
  const factor = (x: GroupInput, y: GroupInput) => timeFactor(buildVectors([x, y]), 0, 1);

  it('costs nothing within sameDays and falls after', () => {
    expect(factor(article('a', '2024-04-15'), article('b', '2024-04-15'))).toBe(1);
    expect(factor(article('a', '2024-04-15'), article('b', `2024-04-${15 + o.sameDays}`))).toBe(1);
    const later = factor(article('a', '2024-04-15'), article('b', `2024-04-${16 + o.sameDays}`));
    expect(later).toBeLessThan(1);
    expect(later).toBeGreaterThan(o.timeFloor);
  });

  it('falls further the further apart, never below the floor', () => {
    const apart = (d: string) => factor(article('a', '2024-04-01'), article('b', d));
    expect(apart('2024-04-10')).toBeLessThan(apart('2024-04-06'));
    expect(apart('2025-04-01')).toBeCloseTo(o.timeFloor, 6);
    expect(apart('2025-04-01')).toBeGreaterThanOrEqual(o.timeFloor);
  });

  it('allows an estimated date a day of slack', () => {
    const firm = factor(article('a', '2024-04-15'), article('b', `2024-04-${16 + o.sameDays}`));
    const estimated = factor(article('a', '2024-04-15'), article('b', `2024-04-${16 + o.sameDays}`, undefined, true));
    expect(firm).toBeLessThan(1);
    expect(estimated).toBe(1);
  });

  it('gives a pair with an undated article the undated factor, either way round', () => {
    expect(factor(article('a', null), article('b', '2024-04-15'))).toBe(o.undatedFactor);
    expect(factor(article('a', '2024-04-15'), article('b', null))).toBe(o.undatedFactor);
    expect(factor(article('a', null), article('b', null))).toBe(o.undatedFactor);
  });

  it('places an undated article by the day its lead mentions, within the year', () => {
    const mentions = (day: string) => article('b', null, `The ferry ran aground near Paros on ${day}.`);
    expect(factor(article('a', '2024-04-15'), mentions('April 14'))).toBe(1);
    expect(factor(mentions('April 14'), article('a', '2024-04-15'))).toBe(1);
    expect(factor(article('a', '2024-04-15'), mentions('September 14'))).toBeLessThan(0.6);
    // Across the turn of the year, December 31 is two days before January 2, not a year.
    expect(factor(article('a', '2024-01-02'), mentions('December 31'))).toBeGreaterThan(
      factor(article('a', '2024-01-02'), mentions('June 30')),
    );
  });
});
