/**
 * Where a clustering goes wrong, for diagnosis: predicted clusters that join items of
 * several gold clusters (merges), and gold clusters spread over several predicted ones
 * (splits), worst first.
 */

export interface MergeError {
  predicted: string;
  /** Items per gold cluster inside the predicted one, largest first. */
  parts: { gold: string; items: string[] }[];
  /** Items outside the predicted cluster's largest gold part. */
  wrong: number;
}

export interface SplitError {
  gold: string;
  /** Items per predicted cluster the gold one is spread over, largest first. */
  parts: { predicted: string; items: string[] }[];
  /** Items outside the gold cluster's largest predicted part. */
  missing: number;
}

function partsBy(items: readonly string[], key: ReadonlyMap<string, string>): { key: string; items: string[] }[] {
  const by = new Map<string, string[]>();
  for (const i of items) {
    const k = key.get(i)!;
    const list = by.get(k);
    if (list) list.push(i);
    else by.set(k, [i]);
  }
  return [...by]
    .map(([k, list]) => ({ key: k, items: list.sort() }))
    .sort((x, y) => y.items.length - x.items.length || (x.key < y.key ? -1 : 1));
}

function invert(m: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [item, c] of m) {
    const list = out.get(c);
    if (list) list.push(item);
    else out.set(c, [item]);
  }
  return out;
}

/** The `limit` predicted clusters with the most items outside their largest gold part. */
export function worstMerges(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
  limit: number,
): MergeError[] {
  const out: MergeError[] = [];
  for (const [p, items] of invert(predicted)) {
    const parts = partsBy(
      items.filter((i) => gold.has(i)),
      gold,
    );
    if (parts.length < 2) continue;
    const wrong = parts.slice(1).reduce((s, x) => s + x.items.length, 0);
    out.push({ predicted: p, parts: parts.map((x) => ({ gold: x.key, items: x.items })), wrong });
  }
  return out.sort((x, y) => y.wrong - x.wrong || (x.predicted < y.predicted ? -1 : 1)).slice(0, limit);
}

/** The `limit` gold clusters with the most items outside their largest predicted part. */
export function worstSplits(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
  limit: number,
): SplitError[] {
  const out: SplitError[] = [];
  for (const [g, items] of invert(gold)) {
    const parts = partsBy(items, predicted);
    if (parts.length < 2) continue;
    const missing = parts.slice(1).reduce((s, x) => s + x.items.length, 0);
    out.push({ gold: g, parts: parts.map((x) => ({ predicted: x.key, items: x.items })), missing });
  }
  return out.sort((x, y) => y.missing - x.missing || (x.gold < y.gold ? -1 : 1)).slice(0, limit);
}
