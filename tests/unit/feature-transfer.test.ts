/**
 * Features sent from two workers with their words as each worker's numbers, each word once,
 * fill the ingest's pool as the features themselves would: the same vectors, evidence and prints.
 */
import { describe, expect, it } from 'vitest';
import { FeaturePool, withPrint, type InternedFeatures } from '../../src/core/group/article-features';
import { buildVectors, DEFAULT_GROUPING, type GroupInput } from '../../src/core/group/vectors';
import { WordMap, WordNumbers } from '../../scripts/lib/feature-transfer';
import { HAPPENINGS } from '../helpers';

const o = DEFAULT_GROUPING;

const INPUTS: GroupInput[] = HAPPENINGS.flatMap((h, k) =>
  [0, 1, 2].map((n) => ({
    id: `a-${k}${n}`,
    title: n === 1 ? h.sentences[1]!.replace(/\.$/, '') : h.title,
    body: h.sentences.slice(n, n + 3),
    date: `2024-04-${String(10 + n * 2 + k).padStart(2, '0')}`,
  })),
).sort((x, y) => (x.id < y.id ? -1 : 1));

/** The vectors as plain lists. */
function plain(pool: FeaturePool) {
  const v = buildVectors(INPUTS, o, pool);
  const list = (xs: readonly (Int32Array | Float64Array)[] | undefined) => xs?.map((x) => Array.from(x));
  return { vocabulary: v.vocabulary, df: v.df, ids: list(v.ids), weights: list(v.weights), keys: list(v.keys) };
}

describe('feature transfer', () => {
  it('fills the pool as the features themselves do, each word sent once per worker', () => {
    const direct = new FeaturePool(o);
    for (const x of INPUTS) direct.add(x.id, withPrint(x, o));
    const pool = new FeaturePool(o);
    const workers = [new WordNumbers(), new WordNumbers()];
    const maps = [new WordMap(pool), new WordMap(pool)];
    let sent = 0;
    // Batches of two articles, to the workers in turn, as messages arrive: words, then features.
    for (let b = 0; b * 2 < INPUTS.length; b++) {
      const w = b % 2;
      const batch = INPUTS.slice(b * 2, b * 2 + 2);
      const numbered: InternedFeatures[] = batch.map((x) => workers[w]!.number(withPrint(x, o)));
      const words = workers[w]!.takeFresh();
      sent += words.length;
      // A message is a copy: nothing shared between the threads.
      const message = structuredClone({ numbered, words });
      maps[w]!.learn(message.words);
      batch.forEach((x, i) => maps[w]!.add(x.id, message.numbered[i]!));
    }
    expect(sent).toBeLessThan(INPUTS.reduce((n, x) => n + withPrint(x, o).keys.length, 0));
    const wanted = plain(direct);
    expect(plain(pool)).toEqual(wanted);
    for (const x of INPUTS) expect(pool.printOf(x.id)).toEqual(direct.printOf(x.id));
  });
});
