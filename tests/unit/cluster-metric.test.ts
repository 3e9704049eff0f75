import { describe, expect, it } from 'vitest';
import { scoreClusters } from '../../src/core/eval/cluster-metric';
import { worstMerges, worstSplits } from '../../src/core/eval/cluster-errors';

const map = (o: Record<string, string>) => new Map(Object.entries(o));

describe('scoreClusters', () => {
  it('scores a perfect clustering 1', () => {
    const s = scoreClusters(map({ a: 'x', b: 'x', c: 'y' }), map({ a: '1', b: '1', c: '2' }));
    expect(s.b3).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(s.pairs.f1).toBe(1);
  });

  it('computes B-cubed by hand: gold {a,b,c}{d}, predicted {a,b}{c,d}', () => {
    const s = scoreClusters(map({ a: 'x', b: 'x', c: 'x', d: 'y' }), map({ a: '1', b: '1', c: '2', d: '2' }));
    // precision per item: a 1, b 1, c 1/2, d 1/2 -> 0.75; recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3
    expect(s.b3.precision).toBeCloseTo(0.75, 10);
    expect(s.b3.recall).toBeCloseTo(2 / 3, 10);
    // pairs: predicted {ab},{cd}; gold {ab,ac,bc}; together {ab}
    expect(s.pairs.precision).toBeCloseTo(0.5, 10);
    expect(s.pairs.recall).toBeCloseTo(1 / 3, 10);
  });

  it('refuses an item with no predicted cluster', () => {
    expect(() => scoreClusters(map({ a: 'x' }), map({}))).toThrow('core/eval: item "a" has no predicted cluster');
  });
});

describe('worstMerges and worstSplits', () => {
  const gold = map({ a: 'x', b: 'x', c: 'x', d: 'y', e: 'y', f: 'z' });
  const pred = map({ a: '1', b: '1', c: '2', d: '1', e: '3', f: '3' });

  it('lists predicted clusters that join gold events, most wrong items first', () => {
    expect(worstMerges(gold, pred, 5)).toEqual([
      {
        predicted: '1',
        parts: [
          { gold: 'x', items: ['a', 'b'] },
          { gold: 'y', items: ['d'] },
        ],
        wrong: 1,
      },
      {
        predicted: '3',
        parts: [
          { gold: 'y', items: ['e'] },
          { gold: 'z', items: ['f'] },
        ],
        wrong: 1,
      },
    ]);
    expect(worstMerges(gold, pred, 1)).toHaveLength(1);
  });

  it('lists gold events spread over predicted clusters, most missing items first', () => {
    expect(worstSplits(gold, pred, 5)).toEqual([
      {
        gold: 'x',
        parts: [
          { predicted: '1', items: ['a', 'b'] },
          { predicted: '2', items: ['c'] },
        ],
        missing: 1,
      },
      {
        gold: 'y',
        parts: [
          { predicted: '1', items: ['d'] },
          { predicted: '3', items: ['e'] },
        ],
        missing: 1,
      },
    ]);
  });
});
