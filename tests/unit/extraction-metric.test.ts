import { describe, expect, it } from 'vitest';
import { aggregateScores, scoreDocument, shingles, tokenize } from '../../src/core/eval/extraction-metric';

describe('tokenize', () => {
  it('splits on non-word characters, keeping Unicode letters and digits', () => {
    expect(tokenize('Peskov said: "necessary" — 2025, naïve!')).toEqual([
      'Peskov',
      'said',
      'necessary',
      '2025',
      'naïve',
    ]);
  });
});

describe('shingles', () => {
  it('counts word 4-grams as a multiset', () => {
    const s = shingles('a b c d a b c d');
    expect(s.get('a b c d')).toBe(2);
    expect(s.get('b c d a')).toBe(1);
    expect([...s.values()].reduce((x, y) => x + y, 0)).toBe(5);
  });
  it('gives one shorter shingle for texts under four tokens', () => {
    expect([...shingles('just two').entries()]).toEqual([['just two', 1]]);
  });
});

describe('scoreDocument', () => {
  it('is perfect for equal token sequences', () => {
    expect(scoreDocument('One two three four five.', '“One” two, three four five')).toMatchObject({ fp: 0, fn: 0 });
    // The benchmark's tokens keep their case.
    expect(scoreDocument('One two three four five.', 'one two three four five').fp).toBeGreaterThan(0);
    expect(scoreDocument('One two three four five.', 'One two three four five').exact).toBe(true);
  });
  it('normalises TP, FP and FN by their sum', () => {
    const d = scoreDocument('a b c d e', 'a b c d x y');
    // gold shingles: abcd, bcde; predicted: abcd, bcdx, cdxy -> tp 1, fp 2, fn 1
    expect(d.tp).toBeCloseTo(0.25);
    expect(d.fp).toBeCloseTo(0.5);
    expect(d.fn).toBeCloseTo(0.25);
  });
});

describe('aggregateScores', () => {
  it('averages per-document precision and recall, then takes F1 of the averages', () => {
    const s = aggregateScores([scoreDocument('a b c d e', 'a b c d x y'), scoreDocument('p q r s', 'p q r s')]);
    expect(s.precision).toBeCloseTo((1 / 3 + 1) / 2);
    expect(s.recall).toBeCloseTo((0.5 + 1) / 2);
    expect(s.f1).toBeCloseTo((2 * s.precision * s.recall) / (s.precision + s.recall));
    expect(s.accuracy).toBe(0.5);
  });
});
