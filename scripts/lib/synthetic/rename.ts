/**
 * A second happening of the same kind. The real text holds a few hundred events; a corpus of
 * 100,000 articles needs tens of thousands, so an event's text is used again. Used as it is,
 * two reuses would be the same story twice, which no grouping could (or should) tell apart.
 * Each reuse therefore renames the story's principal names (its people, places and
 * organisations) consistently in every report, the way ECB+ pairs two earthquakes or two
 * rehab stays: same kind of news, different actors.
 */
import type { Random } from './random';
import { PLACE_HEADS, PLACE_TAILS, SURNAMES } from './vocabulary';

/** How many of a story's names a reuse renames (the most frequent ones). */
export const RENAMED_NAMES = 14;
/** A capitalised word inside a sentence: a name, or part of one. */
const CAPITALISED = /(?<=[\p{Ll},;:'’"“)]\s)\p{Lu}[\p{Ll}]{2,}(?:['’]s)?\b/gu;
/** A capitalised word standing alone (not inside another word), captured: where a name may be. */
const NAME_LIKE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}]+)(?![\p{L}\p{N}])/u;
/** Capitalised words that are not names of this story: titles, calendar words, generic places. */
const NOT_A_NAME = new Set(
  (
    'The This That These Those There Their They Then When While What Where Which Who But And For ' +
    'President Prime Minister Secretary Senator Governor Mayor Chief Director General Judge Police ' +
    'Court Government State States United National Department Ministry Office Council Party ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June ' +
    'July August September October November December North South East West New American British ' +
    'English Twitter Facebook Instagram Internet Mr Mrs Ms Dr'
  ).split(' '),
);

/** The story's principal names: capitalised words inside sentences, most documents first. */
export function principalNames(texts: readonly string[], max = RENAMED_NAMES): string[] {
  const docCount = new Map<string, number>();
  for (const t of texts) {
    const seen = new Set<string>();
    for (const m of t.matchAll(CAPITALISED)) {
      const w = m[0].replace(/['’]s$/, '');
      if (!NOT_A_NAME.has(w)) seen.add(w);
    }
    for (const w of seen) docCount.set(w, (docCount.get(w) ?? 0) + 1);
  }
  return [...docCount.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([w]) => w);
}

/** Old name → new name, for one reuse of a story. */
export type Renaming = ReadonlyMap<string, string>;

/** Replacement names drawn for each of `names`: invented surnames and places, none already in use. */
export function makeRenaming(names: readonly string[], r: Random): Renaming {
  const map = new Map<string, string>();
  const used = new Set(names);
  for (const name of names) {
    let next = '';
    for (let attempt = 0; attempt < 20 && (!next || used.has(next)); attempt++)
      next = r.chance(0.5) ? r.pick(SURNAMES) : r.pick(PLACE_HEADS) + r.pick(PLACE_TAILS);
    used.add(next);
    map.set(name, next);
  }
  return map;
}

/**
 * A text cut where its capitalised words are (odd entries), so that renaming it is a lookup
 * per name-like word; sentences are cut once and renamed in every reuse.
 */
export function nameSlots(text: string): string[] {
  return text.split(NAME_LIKE);
}

export function renameSlots(slots: readonly string[], renaming: Renaming): string {
  let out = '';
  for (let i = 0; i < slots.length; i++) out += i % 2 ? (renaming.get(slots[i]!) ?? slots[i]!) : slots[i]!;
  return out;
}

export function renameText(text: string, renaming: Renaming): string {
  return renaming.size ? renameSlots(nameSlots(text), renaming) : text;
}
