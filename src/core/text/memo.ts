/**
 * A pure function of a string, remembered: a corpus repeats its words and lines, so each is
 * worked out once (the same string always gives the same answer). Two generations: when the
 * young one reaches `limit` strings it becomes the old one, and the strings still in use move
 * back to a new young one as they are met, so a large corpus's rare strings never make it work
 * out its common ones again, and what is kept stays bounded.
 */
export function memoized<T>(compute: (text: string) => T, limit: number): (text: string) => T {
  let young = new Map<string, T>();
  let old = new Map<string, T>();
  return (text) => {
    let value = young.get(text);
    if (value === undefined) {
      value = old.get(text);
      if (value === undefined) value = compute(text);
      if (young.size >= limit) {
        old = young;
        young = new Map();
      }
      young.set(text, value);
    }
    return value;
  };
}
