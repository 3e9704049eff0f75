/**
 * A cluster's neighbours and the sum of its similarities with each: a hash table of
 * non-negative integer keys to numbers, open addressing with linear probing. The average link
 * keeps one per cluster, millions of entries at 100,000 articles: a `Map` per cluster costs
 * several times the memory and the time (garbage collection included). Nor does each table
 * own two typed arrays: each holds its memory outside the engine's heap, and 100,000 of them,
 * made and regrown as clusters merge, make the engine collect the whole heap again and again
 * (the average link of the ingest at 100,000 articles, its heap holding every article: 34.7 s).
 * The tables of one clustering share an arena (`SumArena`): one pair of typed arrays, each
 * table a region of it.
 * Iteration order is the slots' order, not insertion order: callers must not depend on it.
 */

const EMPTY = -1;
/** Least slots: a power of two. */
const MIN_SLOTS = 4;
/** Least slots of an arena's arrays. */
const MIN_ARENA_SLOTS = 1024;

/**
 * The slots of many tables in one pair of arrays. A table takes a region at the top; a table
 * that grows takes a new one and leaves its old one unused; when the top reaches the end, the
 * regions still in use are moved together into arrays twice their size.
 */
export class SumArena {
  keys = new Int32Array(MIN_ARENA_SLOTS);
  sums = new Float64Array(MIN_ARENA_SLOTS);
  private top = 0;
  private tables: SumTable[] = [];

  /** `slots` slots for `table`, emptied: where they start. May move every other table's slots. */
  take(table: SumTable, slots: number): number {
    if (this.top + slots > this.keys.length) this.compact(slots);
    const base = this.top;
    this.top += slots;
    this.keys.fill(EMPTY, base, this.top);
    this.tables.push(table);
    return base;
  }

  /** Moves the tables' regions together, into arrays with room for `more` slots and as many again. */
  private compact(more: number): void {
    const live: SumTable[] = [];
    const seen = new Set<SumTable>();
    let used = 0;
    for (const t of this.tables)
      if (!t.released && !seen.has(t)) {
        seen.add(t);
        live.push(t);
        used += t.slots;
      }
    let length = MIN_ARENA_SLOTS;
    while (length < 2 * (used + more)) length *= 2;
    const keys = new Int32Array(length);
    const sums = new Float64Array(length);
    let top = 0;
    for (const t of live) {
      keys.set(this.keys.subarray(t.base, t.base + t.slots), top);
      sums.set(this.sums.subarray(t.base, t.base + t.slots), top);
      t.base = top;
      top += t.slots;
    }
    this.keys = keys;
    this.sums = sums;
    this.top = top;
    this.tables = live;
  }
}

export class SumTable {
  /** Where its slots start in the arena, and how many (a power of two). */
  base: number;
  slots: number;
  private shift: number;
  /** Entries held. */
  size = 0;
  /** Its slots are free for others (`release`). */
  released = false;
  private readonly arena: SumArena;

  /**
   * `expected`: entries it will likely hold, so that it need not grow while they arrive;
   * `arena`: where its slots are (default: an arena of its own).
   */
  constructor(expected = 0, arena: SumArena = new SumArena()) {
    let slots = MIN_SLOTS;
    while (slots * 3 < expected * 4) slots *= 2;
    this.arena = arena;
    this.slots = slots;
    this.shift = 32 - Math.log2(slots);
    this.base = arena.take(this, slots);
  }

  /** Gives its slots back to the arena: the table is not used again. */
  release(): void {
    this.released = true;
  }

  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The slot (relative to `base`) holding `key`, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const keys = this.arena.keys;
    const base = this.base;
    const mask = this.slots - 1;
    let i = this.home(key);
    for (;;) {
      const k = keys[base + i]!;
      if (k === key || k === EMPTY) return i;
      i = (i + 1) & mask;
    }
  }

  get(key: number): number | undefined {
    const i = this.slotOf(key);
    return this.arena.keys[this.base + i] === key ? this.arena.sums[this.base + i] : undefined;
  }

  set(key: number, sum: number): void {
    let i = this.slotOf(key);
    if (this.arena.keys[this.base + i] !== key) {
      if ((this.size + 1) * 4 > this.slots * 3) {
        this.grow();
        i = this.slotOf(key);
      }
      this.arena.keys[this.base + i] = key;
      this.size++;
    }
    this.arena.sums[this.base + i] = sum;
  }

  /** Adds `value` to the sum of `key` (absent: 0), as `set(key, (get(key) ?? 0) + value)`. */
  add(key: number, value: number): void {
    this.set(key, (this.get(key) ?? 0) + value);
  }

  delete(key: number): void {
    const { keys, sums } = this.arena;
    const base = this.base;
    const mask = this.slots - 1;
    let i = this.slotOf(key);
    if (keys[base + i] !== key) return;
    this.size--;
    // Backward-shift deletion: later entries of the probe run move up, so no tombstone is left.
    let j = i;
    for (;;) {
      keys[base + i] = EMPTY;
      for (;;) {
        j = (j + 1) & mask;
        const k = keys[base + j]!;
        if (k === EMPTY) return;
        const h = this.home(k);
        // The entry at j may fill the hole at i only when its home is not in (i, j] (cyclically).
        if (i <= j ? i < h && h <= j : i < h || h <= j) continue;
        break;
      }
      keys[base + i] = keys[base + j]!;
      sums[base + i] = sums[base + j]!;
      i = j;
    }
  }

  /** Calls `visit` with every key and its sum; the table must not change meanwhile. */
  forEach(visit: (key: number, sum: number) => void): void {
    const { keys, sums } = this.arena;
    const end = this.base + this.slots;
    for (let i = this.base; i < end; i++) {
      const k = keys[i]!;
      if (k !== EMPTY) visit(k, sums[i]!);
    }
  }

  private grow(): void {
    const oldSlots = this.slots;
    // Taking the new region may move the old one (`SumArena.compact`), so `base` is read after;
    // the old region stays as it is until the next take.
    const base = this.arena.take(this, oldSlots * 2);
    const from = this.base;
    this.base = base;
    this.slots = oldSlots * 2;
    this.shift--;
    const { keys, sums } = this.arena;
    const mask = this.slots - 1;
    for (let i = from; i < from + oldSlots; i++) {
      const k = keys[i]!;
      if (k === EMPTY) continue;
      let j = this.home(k);
      while (keys[base + j] !== EMPTY) j = (j + 1) & mask;
      keys[base + j] = k;
      sums[base + j] = sums[i]!;
    }
  }
}
