/**
 * A cluster's neighbours and the sum of its similarities with each: a hash table of
 * non-negative integer keys to numbers, open addressing with linear probing, in two arrays of
 * plain numbers. The average link keeps one per cluster, millions of entries at 100,000
 * articles: a `Map` per cluster costs several times the memory and the time (garbage
 * collection included). Not typed arrays either: each holds its memory outside the engine's
 * heap, and 100,000 of them, made and regrown as clusters merge, make the engine collect the
 * whole heap again and again (the average link of the ingest at 100,000 articles, its heap
 * holding every article: 34.7 s with typed arrays, 23.8 s with these).
 * Iteration order is the slots' order, not insertion order: callers must not depend on it.
 */

const EMPTY = -1;
/** Least slots: a power of two. */
const MIN_SLOTS = 4;

/**
 * An array of `n` numbers the engine stores unboxed: filled with a fraction, so that it holds
 * floating-point numbers from the start, not small integers it would convert on the first sum.
 */
function doubles(n: number): number[] {
  return new Array<number>(n).fill(0.5);
}

export class SumTable {
  private keys: number[];
  private sums: number[];
  private shift: number;
  /** Entries held. */
  size = 0;

  /** `expected`: entries it will likely hold, so that it need not grow while they arrive. */
  constructor(expected = 0) {
    let slots = MIN_SLOTS;
    while (slots < expected * 2) slots *= 2;
    this.keys = new Array<number>(slots).fill(EMPTY);
    this.sums = doubles(slots);
    this.shift = 32 - Math.log2(slots);
  }

  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    let i = this.home(key);
    for (;;) {
      const k = this.keys[i]!;
      if (k === key || k === EMPTY) return i;
      i = (i + 1) & mask;
    }
  }

  get(key: number): number | undefined {
    const i = this.slotOf(key);
    return this.keys[i] === key ? this.sums[i] : undefined;
  }

  set(key: number, sum: number): void {
    let i = this.slotOf(key);
    if (this.keys[i] !== key) {
      if ((this.size + 1) * 4 > this.keys.length * 3) {
        this.grow();
        i = this.slotOf(key);
      }
      this.keys[i] = key;
      this.size++;
    }
    this.sums[i] = sum;
  }

  /** Adds `value` to the sum of `key` (absent: 0), as `set(key, (get(key) ?? 0) + value)`. */
  add(key: number, value: number): void {
    this.set(key, (this.get(key) ?? 0) + value);
  }

  delete(key: number): void {
    const mask = this.keys.length - 1;
    let i = this.slotOf(key);
    if (this.keys[i] !== key) return;
    this.size--;
    // Backward-shift deletion: later entries of the probe run move up, so no tombstone is left.
    let j = i;
    for (;;) {
      this.keys[i] = EMPTY;
      for (;;) {
        j = (j + 1) & mask;
        const k = this.keys[j]!;
        if (k === EMPTY) return;
        const h = this.home(k);
        // The entry at j may fill the hole at i only when its home is not in (i, j] (cyclically).
        if (i <= j ? i < h && h <= j : i < h || h <= j) continue;
        break;
      }
      this.keys[i] = this.keys[j]!;
      this.sums[i] = this.sums[j]!;
      i = j;
    }
  }

  /** Calls `visit` with every key and its sum; the table must not change meanwhile. */
  forEach(visit: (key: number, sum: number) => void): void {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (k !== EMPTY) visit(k, this.sums[i]!);
    }
  }

  private grow(): void {
    const keys = this.keys;
    const sums = this.sums;
    this.keys = new Array<number>(keys.length * 2).fill(EMPTY);
    this.sums = doubles(keys.length * 2);
    this.shift--;
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (k === EMPTY) continue;
      let j = this.home(k);
      while (this.keys[j] !== EMPTY) j = (j + 1) & mask;
      this.keys[j] = k;
      this.sums[j] = sums[i]!;
    }
  }
}
