/**
 * The oracle for "extraction never invents": every word of an extracted body appears in the
 * page it came from, in the same order (the body's words are a subsequence of the page's).
 * Extraction may leave words out; it may not add, change or reorder any.
 */
import { normalizeText } from '../text/normalize';

/** A word: a run of letters, digits and combining marks (punctuation and spacing do not count). */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export interface WordOrderViolation {
  /** Index of the first body word that the page does not have at that point. */
  wordIndex: number;
  word: string;
  /** The body words just before it, for a report. */
  context: string;
}

/** Words of a text after the ingest's own normalisation. */
export function pageWords(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}

/**
 * The first word of `body` that does not follow, in order, in `page` (both as raw text), or
 * null when every body word does. Greedy matching is exact for subsequences.
 */
export function findWordOrderViolation(page: string, body: readonly string[]): WordOrderViolation | null {
  const have = pageWords(page);
  const want = pageWords(body.join('\n'));
  let j = 0;
  for (let i = 0; i < want.length; i++) {
    while (j < have.length && have[j] !== want[i]) j++;
    if (j === have.length) {
      return { wordIndex: i, word: want[i]!, context: want.slice(Math.max(0, i - 8), i).join(' ') };
    }
    j++;
  }
  return null;
}
