/**
 * Average-link agglomerative clustering on a sparse similarity graph. Only the pairs the
 * candidate index proposes carry a similarity; every other pair counts as 0, so two groups
 * merge only when their members are, on average, alike. Deterministic: ties go to the lower
 * item numbers, and items are numbered by the caller in a canonical order.
 */

export interface Edge {
  a: number;
  b: number;
  sim: number;
}

interface Entry {
  avg: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

/** `x` comes out of the heap before `y`. */
function before(x: Entry, y: Entry): boolean {
  if (x.avg !== y.avg) return x.avg > y.avg;
  if (x.a !== y.a) return x.a < y.a;
  return x.b < y.b;
}

class Heap {
  private readonly items: Entry[] = [];
  get size(): number {
    return this.items.length;
  }
  push(e: Entry): void {
    const h = this.items;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): Entry | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Groups of items `0..count-1`, each sorted, the groups ordered by their first item.
 * `threshold`: the least average similarity at which two groups still merge.
 */
export function averageLink(count: number, edges: readonly Edge[], threshold: number): number[][] {
  const size = new Int32Array(count).fill(1);
  const version = new Int32Array(count);
  const alive = new Uint8Array(count).fill(1);
  const members: number[][] = Array.from({ length: count }, (_, i) => [i]);
  const links: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  for (const { a, b, sim } of edges) {
    if (a === b) continue;
    links[a]!.set(b, (links[a]!.get(b) ?? 0) + sim);
    links[b]!.set(a, (links[b]!.get(a) ?? 0) + sim);
  }
  const heap = new Heap();
  const offer = (x: number, y: number, sum: number) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const avg = sum / (size[a]! * size[b]!);
    if (avg >= threshold) heap.push({ avg, a, b, va: version[a]!, vb: version[b]! });
  };
  for (let a = 0; a < count; a++) for (const [b, sum] of links[a]!) if (a < b) offer(a, b, sum);

  while (heap.size > 0) {
    const e = heap.pop()!;
    if (!alive[e.a] || !alive[e.b] || version[e.a] !== e.va || version[e.b] !== e.vb) continue;
    const { a, b } = e; // a < b: a absorbs b
    alive[b] = 0;
    const la = links[a]!;
    la.delete(b);
    for (const [c, sum] of links[b]!) {
      if (c === a) continue;
      const lc = links[c]!;
      lc.delete(b);
      const merged = (la.get(c) ?? 0) + sum;
      la.set(c, merged);
      lc.set(a, merged);
    }
    links[b] = new Map();
    size[a] = size[a]! + size[b]!;
    members[a] = members[a]!.concat(members[b]!);
    members[b] = [];
    version[a] = version[a]! + 1;
    for (const [c, sum] of la) offer(a, c, sum);
  }
  const groups: number[][] = [];
  for (let i = 0; i < count; i++) if (alive[i]) groups.push(members[i]!.sort((x, y) => x - y));
  return groups;
}
