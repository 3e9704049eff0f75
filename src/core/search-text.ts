/**
 * How search reads words, shared by the index (src/core/search.ts) and the result lines that mark
 * what matched; this part carries no index code, so a page showing results does not load it.
 */

/**
 * Lower case and without diacritics, so "Peskov" finds "peskov" and "Zelensky" finds
 * "Zelenský"; letters of every script are kept as they are otherwise.
 */
export function searchTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** `text` cut into plain and matched runs; a word matches when it is one of the matched index `terms`. */
export function highlight(text: string, terms: readonly string[]): { text: string; match: boolean }[] {
  if (!terms.length) return [{ text, match: false }];
  const out: { text: string; match: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = searchTerm(m[0]);
    if (!terms.includes(word)) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), match: false });
    out.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), match: false });
  return out;
}

/** Characters a passage around a match shows. */
export const PASSAGE_CHARS = 240;

/**
 * The passage of `paragraphs` where the first matched word stands, cut at word boundaries to
 * about `PASSAGE_CHARS`, with an ellipsis where text was left out; null when no word matches.
 */
export function matchedPassage(paragraphs: readonly string[], terms: readonly string[]): string | null {
  for (const p of paragraphs) {
    for (const m of p.matchAll(/[\p{L}\p{N}]+/gu)) {
      if (!terms.includes(searchTerm(m[0]))) continue;
      if (p.length <= PASSAGE_CHARS) return p;
      let start = Math.max(0, m.index - PASSAGE_CHARS / 3);
      let end = Math.min(p.length, start + PASSAGE_CHARS);
      start = Math.max(0, end - PASSAGE_CHARS);
      if (start > 0) start = p.indexOf(' ', start) + 1 || start;
      if (end < p.length) end = p.lastIndexOf(' ', end) > m.index ? p.lastIndexOf(' ', end) : end;
      return `${start > 0 ? '…' : ''}${p.slice(start, end)}${end < p.length ? '…' : ''}`;
    }
  }
  return null;
}
