/**
 * Pins of average-link clustering: checked against a plain implementation that recomputes
 * every average from scratch (the heap, the per-component split and the neighbour bookkeeping
 * must not change which groups come out), plus the tie-break and threshold boundaries.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naiveAverageLink, smallGraphs } from '../average-link-oracle';
import { averageLink } from '../../src/core/group/cluster';

/** Small graphs whose similarities are eighths, so that averages tie often and exactly. */
const graphs = smallGraphs(1);

describe('averageLink against a plain implementation', () => {
  it('gives the same groups on any small graph, ties included', () => {
    fc.assert(
      fc.property(graphs, ({ count, edges, threshold }) => {
        expect(averageLink(count, edges, threshold)).toEqual(naiveAverageLink(count, edges, threshold));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('does not depend on the order the edges come in or which end is named first', () => {
    fc.assert(
      fc.property(graphs, ({ count, edges, threshold }) => {
        const flipped = [...edges].reverse().map((e) => ({ a: e.b, b: e.a, sim: e.sim }));
        expect(averageLink(count, flipped, threshold)).toEqual(averageLink(count, edges, threshold));
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});

describe('averageLink', () => {
  it('merges two items whose similarity equals the threshold, not one just below it', () => {
    expect(averageLink(2, [{ a: 0, b: 1, sim: 0.5 }], 0.5)).toEqual([[0, 1]]);
    expect(averageLink(2, [{ a: 0, b: 1, sim: 0.5 }], 0.5000001)).toEqual([[0], [1]]);
  });

  it('breaks a tie between equally alike pairs toward the smaller items', () => {
    // 1 is as alike to 0 as to 2; whichever pair merges first keeps the third out.
    const edges = [
      { a: 1, b: 2, sim: 0.5 },
      { a: 0, b: 1, sim: 0.5 },
    ];
    expect(averageLink(3, edges, 0.3)).toEqual([[0, 1], [2]]);
    const later = [
      { a: 2, b: 3, sim: 0.5 },
      { a: 1, b: 2, sim: 0.5 },
    ];
    expect(averageLink(4, later, 0.3)).toEqual([[0], [1, 2], [3]]);
  });

  it('breaks a tie on the second item when the first is shared', () => {
    const edges = [
      { a: 0, b: 2, sim: 0.5 },
      { a: 0, b: 1, sim: 0.5 },
    ];
    expect(averageLink(3, edges, 0.3)).toEqual([[0, 1], [2]]);
  });

  it('lets the strongest pair merge first, whatever the item numbers', () => {
    const edges = [
      { a: 0, b: 1, sim: 0.4 },
      { a: 1, b: 2, sim: 0.9 },
    ];
    expect(averageLink(3, edges, 0.3)).toEqual([[0], [1, 2]]);
  });

  it('ignores an item paired with itself', () => {
    expect(averageLink(2, [{ a: 0, b: 0, sim: 1 }], 0.1)).toEqual([[0], [1]]);
    expect(
      averageLink(
        3,
        [
          { a: 1, b: 1, sim: 1 },
          { a: 1, b: 2, sim: 0.5 },
        ],
        0.1,
      ),
    ).toEqual([[0], [1, 2]]);
  });

  it('keeps items of different components apart however the groups inside grow', () => {
    const edges = [
      { a: 0, b: 2, sim: 0.8 },
      { a: 2, b: 4, sim: 0.8 },
      { a: 1, b: 3, sim: 0.8 },
      { a: 0, b: 4, sim: 0.8 },
    ];
    expect(averageLink(5, edges, 0.5)).toEqual([
      [0, 2, 4],
      [1, 3],
    ]);
  });

  it('gives every item its own group without edges, and nothing for no items', () => {
    expect(averageLink(3, [], 0.1)).toEqual([[0], [1], [2]]);
    expect(averageLink(0, [], 0.1)).toEqual([]);
  });
});
