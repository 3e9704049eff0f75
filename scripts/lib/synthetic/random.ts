/**
 * Seeded randomness for the synthetic corpus. Every part of the folder (an event, an outlet,
 * a page) draws from its own stream, seeded by a hash of the run's seed and the part's name,
 * so a part comes out the same whatever was generated before it, and a whole run is
 * byte-identical for the same `--articles` and `--seed`.
 */
import { rng } from '../rng';

/** FNV-1a (32 bit) over the parts, joined: a stable seed for a named stream. */
export function hashSeed(...parts: ReadonlyArray<string | number>): number {
  let h = 0x811c9dc5;
  const text = parts.join('\u0001');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** 16 hex digits naming the parts (two differently salted hashes), for file names. */
export function hashHex(...parts: ReadonlyArray<string | number>): string {
  const a = hashSeed('a', ...parts)
    .toString(16)
    .padStart(8, '0');
  const b = hashSeed('b', ...parts)
    .toString(16)
    .padStart(8, '0');
  return a + b;
}

export class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = rng(seed);
  }

  /** The stream named by these parts (the run's seed first). */
  static of(...parts: ReadonlyArray<string | number>): Random {
    return new Random(hashSeed(...parts));
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Uniform integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('synthetic/random: pick from an empty list');
    return xs[Math.floor(this.next() * xs.length)]!;
  }

  /** One of the items, each as likely as its weight. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [item, w] of items) {
      x -= w;
      if (x < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let k = out.length - 1; k > 0; k--) {
      const j = Math.floor(this.next() * (k + 1));
      [out[k], out[j]] = [out[j]!, out[k]!];
    }
    return out;
  }

  /** Failures before the first success of a trial that succeeds with probability p, at most `max`. */
  geometric(p: number, max: number): number {
    let n = 0;
    while (n < max && this.next() >= p) n++;
    return n;
  }
}
