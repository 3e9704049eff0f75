/**
 * Evidence for and against a merge of two groups of reports. Two reports of one happening
 * name the same people, places and numbers; two happenings of the same kind (two
 * earthquakes, two rehab stays, two product launches) share the kind's words and often its
 * names (Watergate, the Saints, Internet Explorer) but each has a subject of its own (Mark
 * Felt dies, Fred LaRue dies). One report cannot tell its subject from an incidental name (a
 * witness, a spokesman, a background fact); a group can: an event's core names recur in its
 * reports' headlines and leads, incidental ones do not. So the names speak only between
 * groups of two reports or more: when each group has core names the other's reports hardly
 * ever mention, they are two happenings, however alike their words. A group whose core names all
 * stand in the other's reports (briefs beside full reports, or a later report that recalls
 * the earlier one) gives no evidence against.
 */
import type { MayMerge } from './cluster';
import { binarySearch } from './binary-search';
import { tokenize, type Token } from './features';

/**
 * Body words read for key features: the lead names who, where and how many. Longer leads
 * bring in background names that one report gives and another does not.
 */
export const KEY_LEAD_WORDS = 60;
/**
 * A headline in title case capitalises every word, so its capitals say nothing about names:
 * above this share of capitalised words, its words count only when the lead also names them.
 */
const TITLE_CASE_SHARE = 0.6;
/**
 * A key feature is part of a group's core when at least this share of the group's reports
 * have it in headline or lead: the subject of a happening recurs in nearly every report of
 * it (Felt in 13 of 13 ECB+ reports of his death, LaRue in 12 of 12 of his).
 */
export const CORE_SHARE = 0.6;
/**
 * A core feature is missing from the other group when at most this share of that group's
 * reports mention it anywhere in what is read: one report in five may recall the other
 * happening without making it the same.
 */
export const ABSENT_SHARE = 0.2;

/** Names and numbers of an article's headline and lead, as feature keys (see `tokenize`). */
export function keyFeatureKeys(title: string, body: readonly string[], leadWords = KEY_LEAD_WORDS): Set<string> {
  const lead: Token[] = [];
  for (const p of body) {
    if (lead.length >= leadWords) break;
    for (const t of tokenize(p)) {
      if (lead.length >= leadWords) break;
      lead.push(t);
    }
  }
  return keyFeaturesOf(tokenize(title), lead, leadWords);
}

/** `keyFeatureKeys` of an article already tokenized: its headline's tokens and its body's first tokens. */
export function keyFeaturesOf(head: readonly Token[], body: readonly Token[], leadWords = KEY_LEAD_WORDS): Set<string> {
  const lead = new Set<string>();
  for (let i = 0; i < body.length && i < leadWords; i++) {
    const t = body[i]!;
    if (t.name || t.number) lead.add(t.key);
  }
  const out = new Set(lead);
  const words = head.filter((t) => !t.number);
  const titleCase = words.length > 0 && words.filter((t) => t.name).length / words.length > TITLE_CASE_SHARE;
  for (const t of head) if (t.number || (t.name && (!titleCase || lead.has(t.key)))) out.add(t.key);
  return out;
}

/** What the group evidence reads of each article, all as feature ids of one vocabulary. */
export interface KeyFeatures {
  /** Per article: ids of the names and numbers of its headline and lead. */
  keys: readonly Int32Array[];
  /** Per article: ids of every feature read (headline, subtitle, lead), but those in more than half the articles, ascending. */
  ids: readonly Int32Array[];
  /** Articles that carry each feature. */
  df: readonly number[];
}

/** How many of `members` carry each feature of `sets`. */
function countIn(members: readonly number[], sets: readonly Int32Array[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const i of members) for (const k of sets[i]!) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/**
 * How far two groups name different happenings, 0–1: the smaller of the two shares
 * (weighted by rarity) of one group's core features that the other group's reports leave
 * unmentioned. High only when each group has core names of its own.
 */
export function coreContrast(f: KeyFeatures): (x: readonly number[], y: readonly number[]) => number {
  const n = f.ids.length;
  // A group asks again after each refused merge: count its key features once.
  const keyCounts = new WeakMap<readonly number[], Map<number, number>>();
  const counted = (members: readonly number[]) => {
    let c = keyCounts.get(members);
    if (!c) keyCounts.set(members, (c = countIn(members, f.keys)));
    return c;
  };
  /**
   * How many of `members` read feature `k` (each one's ids are ascending): only `g`'s core is
   * looked up in `h`, not every feature of `h` counted.
   */
  const carrying = (members: readonly number[], k: number) => {
    let c = 0;
    for (const i of members) if (binarySearch(f.ids[i]!, k) >= 0) c++;
    return c;
  };
  /** Share of `g`'s core that `h` leaves unmentioned. */
  const unmentioned = (g: readonly number[], h: readonly number[]) => {
    let total = 0;
    let missing = 0;
    for (const [k, c] of counted(g)) {
      if (c < CORE_SHARE * g.length) continue;
      const w = Math.log(1 + n / f.df[k]!);
      total += w;
      if (carrying(h, k) <= ABSENT_SHARE * h.length) missing += w;
    }
    return total > 0 ? missing / total : 0;
  };
  return (x, y) => Math.min(unmentioned(x, y), unmentioned(y, x));
}

/**
 * Groups smaller than this have no core to read: one report's names may all be incidental.
 * Asking the rule of a single report against a group too did worse on both training halves.
 */
export const MIN_GROUP_FOR_EVIDENCE = 2;

/**
 * The merge rule for events: two groups of at least `MIN_GROUP_FOR_EVIDENCE` reports merge
 * only when closeness × (1 − core contrast) reaches `agreement`. Closeness is their average
 * similarity over the cohesion of the looser group (capped at 1): two reports of one
 * happening are as alike across the two groups as within them, two happenings of a kind are
 * alike across only in the kind's words. Smaller groups are left to the threshold alone.
 */
export function groupMergeRule(f: KeyFeatures, agreement: number): MayMerge | undefined {
  if (agreement <= 0) return undefined;
  const contrast = coreContrast(f);
  return (x, y, similarity) => {
    if (x.members.length < MIN_GROUP_FOR_EVIDENCE || y.members.length < MIN_GROUP_FOR_EVIDENCE) return true;
    const looser = Math.min(x.cohesion, y.cohesion);
    const closeness = looser > 0 ? Math.min(1, similarity / looser) : 1;
    return closeness * (1 - contrast(x.members, y.members)) >= agreement;
  };
}
