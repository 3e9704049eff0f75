/**
 * An article's grouping features worked out beforehand (where it is extracted, or from the
 * cache) give the vectors grouping gives without them: the same vocabulary in the same order,
 * the same weights to the bit, the same evidence, headlines, time marks and mentioned days.
 */
import { describe, expect, it } from 'vitest';
import { copyPrint } from '../../src/core/compare/provenance';
import { articleFeatures, FeaturePool, withPrint } from '../../src/core/group/article-features';
import { groupArticles } from '../../src/core/group/group';
import { buildVectors, DEFAULT_GROUPING, type GroupInput, type Vectors } from '../../src/core/group/vectors';
import { HAPPENINGS } from '../helpers';

const o = DEFAULT_GROUPING;

/** Reports of four happenings, some undated (one names a day and a year), one a bare headline. */
const INPUTS: GroupInput[] = HAPPENINGS.flatMap((h, k) =>
  [0, 1, 2].map((n) => ({
    id: `a-${k}${n}`,
    title: n === 1 ? h.sentences[1]!.replace(/\.$/, '') : h.title,
    subtitle: n === 0 ? h.sentences[2] : undefined,
    body:
      n === 2
        ? []
        : k === 3 && n === 0
          ? [`It happened on April 9, 2023.`, ...h.sentences.slice(0, 3)]
          : h.sentences.slice(n, n + 3),
    date: k === 3 && n === 0 ? null : `2024-04-${String(10 + n * 2 + k).padStart(2, '0')}`,
  })),
).sort((x, y) => (x.id < y.id ? -1 : 1));

/** Everything of the vectors, typed arrays as plain lists. */
function plain(v: Vectors) {
  const list = (xs: readonly (Int32Array | Float64Array)[] | undefined) => xs?.map((x) => Array.from(x));
  return {
    vocabulary: v.vocabulary,
    df: v.df,
    ids: list(v.ids),
    weights: list(v.weights),
    keys: list(v.keys),
    headlines: v.headlines,
    marks: v.marks?.map((m) => [[...m.years], [...m.months]]),
    days: v.days,
    dayOfYear: v.dayOfYear,
    mentioned: v.mentioned,
    estimated: v.estimated,
  };
}

/** A pool filled with the inputs' features in the order given, each through JSON as the cache keeps it. */
function poolOf(inputs: readonly GroupInput[], options = o): FeaturePool {
  const pool = new FeaturePool(options);
  for (const x of inputs) pool.add(x.id, JSON.parse(JSON.stringify(articleFeatures(x, options))));
  return pool;
}

describe('FeaturePool: prints for the search for copies', () => {
  it('keeps the print features came with, through the release of the counts, and none for features without', () => {
    const pool = new FeaturePool(o);
    pool.add('a-00', withPrint(INPUTS[0]!, o));
    pool.add('a-01', articleFeatures(INPUTS[1]!, o));
    buildVectors(INPUTS.slice(0, 2), o, pool);
    expect(Array.from(pool.printOf('a-00')!)).toEqual(copyPrint(INPUTS[0]!.body));
    expect(pool.printOf('a-00')!.length).toBeGreaterThan(0);
    expect(pool.printOf('a-01')).toBeUndefined();
    expect(pool.printOf('a-99')).toBeUndefined();
  });
});

describe('buildVectors with the features worked out beforehand', () => {
  it('gives the vectors it gives without them, whatever order the pool was filled in', () => {
    const direct = plain(buildVectors(INPUTS));
    expect(direct.keys!.some((k) => k.length > 0)).toBe(true);
    expect(direct.mentioned.some((m) => m.length > 0)).toBe(true);
    expect(plain(buildVectors(INPUTS, o, poolOf([...INPUTS].reverse())))).toEqual(direct);
    expect(plain(buildVectors(INPUTS, o, poolOf(INPUTS)))).toEqual(direct);
  });

  it('works out the articles the pool lacks', () => {
    const pool = poolOf(INPUTS.filter((_, i) => i % 2 === 0));
    expect(plain(buildVectors(INPUTS, o, pool))).toEqual(plain(buildVectors(INPUTS)));
  });

  it('does not use features worked out under other options', () => {
    const heavier = { ...o, titleWeight: 7 };
    const pool = poolOf(INPUTS, heavier);
    expect(pool.fits(heavier)).toBe(true);
    expect(pool.fits(o)).toBe(false);
    expect(plain(buildVectors(INPUTS, o, pool))).toEqual(plain(buildVectors(INPUTS)));
    expect(plain(buildVectors(INPUTS, o, pool))).not.toEqual(plain(buildVectors(INPUTS, heavier)));
  });

  it('reads the features from the pool, not the articles again', () => {
    // The reports of the first two happenings given the features of the first report: one happening.
    const pool = new FeaturePool(o);
    const first = articleFeatures(INPUTS[0]!, o);
    for (const x of INPUTS) pool.add(x.id, /^a-[01]/.test(x.id) ? first : articleFeatures(x, o));
    const ids = (groups: number[][]) => groups.map((g) => g.map((i) => INPUTS[i]!.id));
    expect(ids(groupArticles(INPUTS).groups)).not.toContainEqual(['a-00', 'a-01', 'a-02', 'a-10', 'a-11', 'a-12']);
    expect(ids(groupArticles(INPUTS, {}, undefined, pool).groups)).toContainEqual([
      'a-00',
      'a-01',
      'a-02',
      'a-10',
      'a-11',
      'a-12',
    ]);
  });
});
