/**
 * Pins of the group evidence as exact numbers on hand-made features: which names are a group's
 * core (at least CORE_SHARE of its reports) and which count as missing from the other group
 * (mentioned by at most ABSENT_SHARE of its reports), rarer names weighing more, and the merge
 * rule's closeness (similarity over the looser group's cohesion, at most 1) against the agreement.
 */
import { describe, expect, it } from 'vitest';
import {
  ABSENT_SHARE,
  CORE_SHARE,
  coreContrast,
  groupMergeRule,
  type KeyFeatures,
} from '../../src/core/group/evidence';

/** Ten reports: per report the key features it has in headline and lead, and every feature it mentions. */
function features(keys: number[][], mentions: number[][], df: number[]): KeyFeatures {
  const pad = <T>(xs: T[][], n: number) => [...xs, ...Array.from({ length: n - xs.length }, () => [] as T[])];
  return {
    keys: pad(keys, 10).map((k) => Int32Array.from(k)),
    // Each report's ids ascending, as the vectors give them.
    ids: pad(mentions, 10).map((k) => Int32Array.from(k).sort()),
    df,
  };
}
const G = [0, 1, 2, 3, 4];
const H = [5, 6, 7, 8, 9];

describe('coreContrast', () => {
  it('takes a name three of five reports give as core, and not one that two give', () => {
    expect(CORE_SHARE).toBe(0.6);
    // In G, feature 0 is in 3 reports (core), feature 1 in 2 (not); H's core is feature 2, which G never mentions.
    const keys = [[0, 1], [0, 1], [0], [], [], [2], [2], [2], [2], [2]];
    const f = features(keys, keys, [3, 2, 5]);
    expect(coreContrast(f)(G, H)).toBe(1);
    // Feature 0 mentioned in H leaves nothing of G's core missing; feature 1 is no core to miss.
    const mentionedIn = (k: number, n: number) => keys.map((x, i) => (i >= 5 && i < 5 + n ? [...x, k] : x));
    expect(coreContrast(features(keys, mentionedIn(0, 5), [3, 2, 5]))(G, H)).toBe(0);
    expect(coreContrast(features(keys, mentionedIn(1, 5), [3, 2, 5]))(G, H)).toBe(1);
  });

  it('counts a core name as missing when at most one in five of the other group’s reports mention it', () => {
    expect(ABSENT_SHARE).toBe(0.2);
    const keys = [[0], [0], [0], [0], [0], [2], [2], [2], [2], [2]];
    const once = keys.map((x, i) => (i === 9 ? [...x, 0] : x));
    expect(coreContrast(features(keys, once, [5, 1, 5]))(G, H)).toBe(1);
    const twice = keys.map((x, i) => (i >= 8 ? [...x, 0] : x));
    expect(coreContrast(features(keys, twice, [5, 1, 5]))(G, H)).toBe(0);
  });

  it('weighs each core name by its rarity, log(1 + n / df), and takes the smaller of the two shares', () => {
    // G's core: features 0 (df 2) and 1 (df 8); H mentions 1 only. H's core: feature 2, which G never mentions.
    const keys = [[0, 1], [0, 1], [0, 1], [0, 1], [0, 1], [2], [2], [2], [2], [2]];
    const mentions = keys.map((x, i) => (i >= 5 ? [...x, 1] : x));
    const share = Math.log(1 + 10 / 2) / (Math.log(1 + 10 / 2) + Math.log(1 + 10 / 8));
    const c = coreContrast(features(keys, mentions, [2, 8, 5]));
    expect(c(G, H)).toBeCloseTo(share, 12);
    expect(c(H, G)).toBeCloseTo(share, 12);
    // Asked again, it gives the same (what it counted of each group is kept).
    expect(c(G, H)).toBeCloseTo(share, 12);
  });

  it('is 0 when a group has no core at all', () => {
    const keys = [[0], [1], [2], [3], [4], [5], [5], [5], [5], [5]];
    expect(coreContrast(features(keys, keys, [1, 1, 1, 1, 1, 5]))(G, H)).toBe(0);
  });
});

describe('groupMergeRule', () => {
  /** G and H with no core names: no contrast, closeness alone decides. */
  const plain = features([], [], []);
  /** G's core is half missing from H and H's wholly from G: a contrast of exactly 0.5. */
  const half = features(
    [[0, 1], [0, 1], [0, 1], [0, 1], [0, 1], [2], [2], [2], [2], [2]],
    [
      [0, 1],
      [0, 1],
      [0, 1],
      [0, 1],
      [0, 1],
      [1, 2],
      [1, 2],
      [1, 2],
      [1, 2],
      [1, 2],
    ],
    [5, 5, 5],
  );

  it('merges when closeness × (1 − contrast) reaches the agreement, not below it', () => {
    expect(coreContrast(half)(G, H)).toBe(0.5);
    const rule = groupMergeRule(half, 0.5)!;
    expect(rule({ members: G, cohesion: 0.4 }, { members: H, cohesion: 0.4 }, 0.4)).toBe(true);
    expect(groupMergeRule(half, 0.5000001)!({ members: G, cohesion: 0.4 }, { members: H, cohesion: 0.4 }, 0.4)).toBe(
      false,
    );
  });

  it('caps closeness at 1: groups more alike across than within are still refused on their names', () => {
    const rule = groupMergeRule(half, 0.6)!;
    expect(rule({ members: G, cohesion: 0.2 }, { members: H, cohesion: 0.2 }, 0.8)).toBe(false);
  });

  it('measures closeness against the looser group', () => {
    const rule = groupMergeRule(plain, 0.5)!;
    // 0.2 across against cohesions 0.2 and 0.8: as alike as the looser group is within.
    expect(rule({ members: G, cohesion: 0.2 }, { members: H, cohesion: 0.8 }, 0.2)).toBe(true);
    expect(rule({ members: G, cohesion: 0.8 }, { members: H, cohesion: 0.2 }, 0.2)).toBe(true);
    expect(rule({ members: G, cohesion: 0.8 }, { members: H, cohesion: 0.8 }, 0.2)).toBe(false);
    expect(rule({ members: G, cohesion: 0.4 }, { members: H, cohesion: 0.8 }, 0.2)).toBe(true);
    expect(rule({ members: G, cohesion: 0.41 }, { members: H, cohesion: 0.8 }, 0.2)).toBe(false);
  });

  it('counts a group whose pairs have no similarity as fully close', () => {
    const rule = groupMergeRule(plain, 0.5)!;
    expect(rule({ members: G, cohesion: 0 }, { members: H, cohesion: 0.8 }, 0.01)).toBe(true);
  });

  it('leaves a single report on either side to the threshold', () => {
    const rule = groupMergeRule(half, 0.99)!;
    expect(rule({ members: [0], cohesion: 0 }, { members: H, cohesion: 0.9 }, 0.01)).toBe(true);
    expect(rule({ members: G, cohesion: 0.9 }, { members: [5], cohesion: 0 }, 0.01)).toBe(true);
    expect(rule({ members: [0, 1], cohesion: 0.9 }, { members: [5, 6], cohesion: 0.9 }, 0.01)).toBe(false);
  });

  it('is off at an agreement of 0 or less, on at any above', () => {
    expect(groupMergeRule(half, 0)).toBeUndefined();
    expect(groupMergeRule(half, -1)).toBeUndefined();
    expect(groupMergeRule(half, 0.01)).toBeTypeOf('function');
  });
});
