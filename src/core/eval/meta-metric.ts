/**
 * Scores for an article's title, authors and date against labels: exact title after
 * normalisation and word-level F1, set precision and recall of person names, and the
 * distance in days between two dates.
 */
import { addDays } from '../extract/dates';

/** Single quotes, apostrophes and primes to ', double quotes and guillemets to ". */
const SINGLE_QUOTES = /[‘’‚‛′`´]/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;
/** Hyphens and dashes of every width to "-". */
const DASHES = /[‐‑‒–—―−]/g;
/** Initials ("E." in "Sarah E. Needleman") are often left out of one of two spellings. */
const INITIAL = /^\p{L}$/u;

/** A title as compared: compatibility forms, case, quotes, dashes and spacing folded. */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function titleWords(title: string): string[] {
  return normalizeTitle(title).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** F1 of the two titles' word multisets (0 when either has no word). */
export function titleTokenF1(predicted: string, label: string): number {
  const p = titleWords(predicted);
  const l = titleWords(label);
  if (p.length === 0 || l.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of l) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of p) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  if (shared === 0) return 0;
  const precision = shared / p.length;
  const recall = shared / l.length;
  return (2 * precision * recall) / (precision + recall);
}

/** A person's name as compared: no diacritics, case, punctuation, "By" or middle initials. */
export function normalizePersonName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^by\s+/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const full = words.filter((w) => !INITIAL.test(w));
  return (full.length >= 2 ? full : words).join(' ');
}

export interface AuthorScore {
  /** Predicted names that are labelled names. */
  matched: number;
  predicted: number;
  labelled: number;
}

/** Set overlap of predicted and labelled names, each side normalised and deduplicated. */
export function scoreAuthors(predicted: readonly string[], labelled: readonly string[]): AuthorScore {
  const p = new Set(predicted.map(normalizePersonName).filter(Boolean));
  const l = new Set(labelled.map(normalizePersonName).filter(Boolean));
  return { matched: [...p].filter((n) => l.has(n)).length, predicted: p.size, labelled: l.size };
}

/** Whole days between two YYYY-MM-DD days, up to `limit` (larger gaps report `limit + 1`). */
export function daysApart(a: string, b: string, limit = 1): number {
  for (let d = 0; d <= limit; d++) if (addDays(a, d) === b || addDays(a, -d) === b) return d;
  return limit + 1;
}
