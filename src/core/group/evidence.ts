/**
 * Evidence against a merge. Two reports of one happening name the same people, places and
 * numbers; two happenings of the same kind (two earthquakes, two rehab stays, two product
 * launches) share the kind's words but name other people and places, other scores, tolls
 * and years. Each article's key features are the names and numbers of its headline and
 * lead; how much of one's key features the other mentions at all, weighted by rarity, says
 * whether two alike articles are one happening or two of a kind. A brief whose names all
 * stand in a fuller report agrees with it; two reports that each name people and places the
 * other never mentions do not.
 */
import { tokenize } from './features';

/**
 * Body words read for key features: the lead names who, where and how many. Longer leads
 * bring in background names that one report gives and another does not (on ECB+ 120 words
 * and on Giveme5W1H 300 words with names repeated twice did no better).
 */
export const KEY_LEAD_WORDS = 60;
/**
 * A headline in title case capitalises every word, so its capitals say nothing about names:
 * above this share of capitalised words, its words count only when the lead also names them.
 */
const TITLE_CASE_SHARE = 0.6;

/** Names and numbers of an article's headline and lead, as feature keys (see `tokenize`). */
export function keyFeatureKeys(title: string, body: readonly string[], leadWords = KEY_LEAD_WORDS): Set<string> {
  const lead = new Set<string>();
  let budget = leadWords;
  for (const p of body) {
    if (budget <= 0) break;
    for (const t of tokenize(p)) {
      if (budget-- <= 0) break;
      if (t.name || t.number) lead.add(t.key);
    }
  }
  const out = new Set(lead);
  const head = tokenize(title);
  const words = head.filter((t) => !t.number);
  const titleCase = words.length > 0 && words.filter((t) => t.name).length / words.length > TITLE_CASE_SHARE;
  for (const t of head) if (t.number || (t.name && (!titleCase || lead.has(t.key)))) out.add(t.key);
  return out;
}

/** `id` is among the ascending `ids`. */
function contains(ids: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo < ids.length && ids[lo] === id;
}

/**
 * Share (0–1, weighted by inverse document frequency) of the key features of `a` that `b`
 * carries among its features; 1 when `a` has none (no evidence either way).
 */
export function coverage(
  keys: readonly Int32Array[],
  ids: readonly Int32Array[],
  df: readonly number[],
  a: number,
  b: number,
): number {
  const n = ids.length;
  let found = 0;
  let total = 0;
  for (const k of keys[a]!) {
    const w = Math.log(1 + n / df[k]!);
    total += w;
    if (contains(ids[b]!, k)) found += w;
  }
  return total > 0 ? found / total : 1;
}
