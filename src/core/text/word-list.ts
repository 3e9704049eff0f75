/**
 * Word lists written as one space-separated string, as the heuristics' tables are: easy to
 * read and edit, one place that turns them into sets.
 */

/** The words of a space-separated list, as a set. */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/u));
}
