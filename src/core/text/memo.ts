/**
 * A pure function of a string, remembered: a corpus repeats its words and lines, so each is
 * worked out once (the same string always gives the same answer). Two generations: when the
 * young one reaches `limit` strings it becomes the old one, and the strings still in use move
 * back to a new young one as they are met, so a large corpus's rare strings never make it work
 * out its common ones again, and what is kept stays bounded.
 *
 * Keep `limit` to tens of thousands: the strings a corpus repeats most are met again soon. Each
 * extraction worker holds its own memos, and they were most of what it kept live: at 100,000
 * articles, generations of 200,000 words, 50,000 lines and labels and 20,000 paragraphs held the
 * ingest's peak at 2,382–2,414 MB, and 20,000 words, 10,000 lines and labels and 5,000 paragraphs
 * at 2,059–2,075 MB, extraction as fast (two cold runs each, interleaved; at 25,000 articles 24.0–24.8
 * s against 24.3–25.2 s).
 */
export function memoized<T>(compute: (text: string) => T, limit: number): (text: string) => T {
  let young = new Map<string, T>();
  let old = new Map<string, T>();
  return (text) => {
    let value = young.get(text);
    if (value === undefined) {
      // Kept as a string of its own, and worked out from that: a word or a line cut from a
      // page is, to the engine, a view of the whole page, which a key or a value made from it
      // would keep alive (an extraction worker's memos held 120 MB of pages so at 100,000 files).
      const key = ownCopy(text);
      value = old.get(key);
      if (value === undefined) value = compute(key);
      if (young.size >= limit) {
        old = young;
        young = new Map();
      }
      young.set(key, value);
    }
    return value;
  };
}

/** Strings shorter than this are copied when cut from another (V8's `SlicedString::kMinLength`). */
const VIEW_MIN_LENGTH = 13;

/** The same text as a string that shares no other's memory (a fresh copy, for a longer one). */
export function ownCopy(text: string): string {
  return text.length < VIEW_MIN_LENGTH ? text : (JSON.parse(JSON.stringify(text)) as string);
}
