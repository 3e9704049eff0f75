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
/** Least slots. */
const MIN_SLOTS = 4;
/** 2^26: a key's hash is cut to its top 26 bits, so that its product with a table's slots stays exact. */
const HASH_RANGE = 67108864;
/** Least slots of an arena's arrays. */
const MIN_ARENA_SLOTS = 1024;
/**
 * The regions in use are moved together within the arena's arrays while, with the room asked
 * for, they fill at most this share of them (each such move frees at least the rest); past it,
 * into arrays `GROWTH` times what they need.
 */
const IN_PLACE_FILL = 0.75;
const GROWTH = 1.5;

/**
 * The slots of many tables in one pair of arrays. A table takes a region at the top; a table
 * that grows takes a new one and leaves its old one unused; when the top reaches the end, the
 * regions still in use are moved together: down, within the same arrays, while they fill at most
 * three quarters of them, else into arrays half as large again as they need. (New arrays at every
 * move would leave the old ones, hundreds of megabytes at 100,000 articles, for the engine to
 * collect; arrays twice what they need would hold as much again unused.)
 */
export class SumArena {
  keys: Int32Array;
  sums: Float64Array;
  private top = 0;
  private tables: SumTable[] = [];
  /** Where `forEach` copies a table's entries before it visits them, one pair per visit under way. */
  private readonly scratch: { keys: Int32Array; sums: Float64Array }[] = [];
  private visiting = 0;

  /**
   * `expected`: the slots its tables will take at first (`SumTable.slotsFor` of each), so that
   * making them moves nothing; room is left for them to grow, as a move would leave.
   */
  constructor(expected = 0) {
    const length = Math.max(MIN_ARENA_SLOTS, Math.ceil(expected * GROWTH));
    this.keys = new Int32Array(length);
    this.sums = new Float64Array(length);
  }

  /** `slots` slots for `table`, emptied: where they start. May move every other table's slots. */
  take(table: SumTable, slots: number): number {
    if (this.top + slots > this.keys.length) this.compact(slots);
    const base = this.top;
    this.top += slots;
    this.keys.fill(EMPTY, base, this.top);
    this.tables.push(table);
    return base;
  }

  /**
   * Calls `visit` with the `size` entries of the region at `base`, copied first: a visit may
   * change any table, and so move every region.
   */
  visit(base: number, slots: number, size: number, visit: (key: number, sum: number) => void): void {
    let copy = this.scratch[this.visiting];
    if (!copy || copy.keys.length < size) {
      let length = MIN_SLOTS;
      while (length < size) length *= 2;
      copy = { keys: new Int32Array(length), sums: new Float64Array(length) };
      this.scratch[this.visiting] = copy;
    }
    const { keys, sums } = this;
    let n = 0;
    for (let i = base; i < base + slots; i++) {
      const k = keys[i]!;
      if (k === EMPTY) continue;
      copy.keys[n] = k;
      copy.sums[n++] = sums[i]!;
    }
    this.visiting++;
    try {
      for (let i = 0; i < n; i++) visit(copy.keys[i]!, copy.sums[i]!);
    } finally {
      this.visiting--;
    }
  }

  /** Moves the tables' regions together, leaving room for `more` slots at the top. */
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
    // Lowest region first: each moves down, never over a region not yet moved.
    live.sort((x, y) => x.base - y.base);
    let keys = this.keys;
    let sums = this.sums;
    if (used + more > keys.length * IN_PLACE_FILL) {
      const length = Math.max(MIN_ARENA_SLOTS, Math.ceil((used + more) * GROWTH));
      keys = new Int32Array(length);
      sums = new Float64Array(length);
    }
    let top = 0;
    for (const t of live) {
      if (keys === this.keys) {
        keys.copyWithin(top, t.base, t.base + t.slots);
        sums.copyWithin(top, t.base, t.base + t.slots);
      } else {
        keys.set(this.keys.subarray(t.base, t.base + t.slots), top);
        sums.set(this.sums.subarray(t.base, t.base + t.slots), top);
      }
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
  /** Where its slots start in the arena, and how many. */
  base: number;
  slots: number;
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
    const slots = SumTable.slotsFor(expected);
    this.arena = arena;
    this.slots = slots;
    this.base = arena.take(this, slots);
  }

  /**
   * The slots a table made for `expected` entries starts with: three quarters full, not a
   * power of two (rounded up to one, a table would be half full on average, and the average
   * link's tables, 16 million entries at 100,000 articles, would take 180 MB more).
   */
  static slotsFor(expected: number): number {
    return Math.max(MIN_SLOTS, Math.ceil((expected * 4) / 3));
  }

  /** Gives its slots back to the arena: the table is not used again. */
  release(): void {
    this.released = true;
  }

  private home(key: number): number {
    // Fibonacci hashing scaled to the table (a multiply, not a modulo).
    return (((Math.imul(key, 0x9e3779b1) >>> 6) * this.slots) / HASH_RANGE) | 0;
  }

  /** The slot (relative to `base`) holding `key`, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const keys = this.arena.keys;
    const base = this.base;
    const slots = this.slots;
    let i = this.home(key);
    for (;;) {
      const k = keys[base + i]!;
      if (k === key || k === EMPTY) return i;
      i = i + 1 === slots ? 0 : i + 1;
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
    const slots = this.slots;
    let i = this.slotOf(key);
    if (keys[base + i] !== key) return;
    this.size--;
    // Backward-shift deletion: later entries of the probe run move up, so no tombstone is left.
    let j = i;
    for (;;) {
      keys[base + i] = EMPTY;
      for (;;) {
        j = j + 1 === slots ? 0 : j + 1;
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

  /** Calls `visit` with every key and its sum (as they were when called: `visit` may change any table). */
  forEach(visit: (key: number, sum: number) => void): void {
    this.arena.visit(this.base, this.slots, this.size, visit);
  }

  /** As `forEach`, without the copy: `visit` must not change any table of the arena. */
  scan(visit: (key: number, sum: number) => void): void {
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
    const { keys, sums } = this.arena;
    const slots = this.slots;
    for (let i = from; i < from + oldSlots; i++) {
      const k = keys[i]!;
      if (k === EMPTY) continue;
      let j = this.home(k);
      while (keys[base + j] !== EMPTY) j = j + 1 === slots ? 0 : j + 1;
      keys[base + j] = k;
      sums[base + j] = sums[i]!;
    }
  }
}
