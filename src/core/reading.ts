/**
 * How the coverage columns present a report: which outlets get a column, a long paragraph cut
 * into readable chunks, and the opening lines the lead comparison shows. Presentation only:
 * every span is an offset into the paragraph the corpus keeps, so marks still land on their words.
 */
import { splitSentences } from './compare/sentences';

/**
 * Columns side by side on the widest screens. More would cost either the reading measure or a
 * sideways scroll; fewer fit on narrower screens (`columnsThatFit`).
 */
export const MAX_COLUMNS = 3;
/**
 * A column's narrowest width, in rem: about 58 characters of the body serif (Georgia averages
 * 0.51 em a character in English news text, measured in Chromium), so no column reads under the
 * 60-character measure by more than a word. Two such columns fit a 1024 px window; three need 1500 px or more.
 */
export const MIN_COLUMN_REM = 29;
/** The gap between columns, in rem (the stylesheet's `--column-gap`). */
export const COLUMN_GAP_REM = 1.25;

/**
 * How many columns of at least `MIN_COLUMN_REM` fit side by side in `widthPx` (with `remPx`
 * pixels to a rem): between 1 and `MAX_COLUMNS`.
 */
export function columnsThatFit(widthPx: number, remPx = 16): number {
  if (!(widthPx > 0) || !(remPx > 0)) return 1;
  const gap = COLUMN_GAP_REM * remPx;
  const fit = Math.floor((widthPx + gap) / (MIN_COLUMN_REM * remPx + gap));
  return Math.max(1, Math.min(MAX_COLUMNS, fit));
}
/**
 * Characters a chunk of a long paragraph aims for: about five lines at the measure. The Yahoo,
 * The Hill and Reuters aggregator items (one paragraph of 400+ words) read as chunks of 3–4 sentences.
 */
export const CHUNK_TARGET_CHARS = 420;
/** Sentences of the first paragraph the lead comparison shows. */
export const LEAD_SENTENCES = 2;

export interface CharSpan {
  start: number;
  end: number;
}

/**
 * A paragraph cut at sentence boundaries into spans of about `targetChars` (a chunk ends at the
 * first sentence end at or past the target). A paragraph no longer than the target, or with one
 * sentence, is one span. Spans are in order, do not overlap, and cover every sentence.
 */
export function chunkParagraph(text: string, targetChars: number = CHUNK_TARGET_CHARS): CharSpan[] {
  if (!(targetChars > 0)) throw new Error(`core/reading: targetChars must be positive, got ${targetChars}`);
  const sentences = splitSentences(text);
  if (sentences.length <= 1 || text.length <= targetChars) {
    return sentences.length ? [{ start: sentences[0]!.start, end: sentences[sentences.length - 1]!.end }] : [];
  }
  const chunks: CharSpan[] = [];
  let current: CharSpan | null = null;
  for (const s of sentences) {
    current = current ? { start: current.start, end: s.end } : { ...s };
    if (current.end - current.start >= targetChars) {
      chunks.push(current);
      current = null;
    }
  }
  if (current) {
    // A short tail joins the chunk before it rather than standing alone as a one-line fragment.
    const last = chunks[chunks.length - 1];
    if (last && current.end - current.start < targetChars / 3) last.end = current.end;
    else chunks.push(current);
  }
  return chunks;
}

/** The spans that fall in `chunk`, clipped to it and shifted so they count from its start. */
export function spansInChunk<S extends CharSpan>(spans: readonly S[], chunk: CharSpan): S[] {
  return spans
    .filter((s) => s.end > chunk.start && s.start < chunk.end)
    .map((s) => ({
      ...s,
      start: Math.max(s.start, chunk.start) - chunk.start,
      end: Math.min(s.end, chunk.end) - chunk.start,
    }));
}

/** The first non-empty paragraph's index and the end of its first `LEAD_SENTENCES` sentences. */
export function leadOf(body: readonly string[]): { paragraph: number; end: number } | null {
  const paragraph = body.findIndex((p) => p.trim().length > 0);
  if (paragraph < 0) return null;
  const sentences = splitSentences(body[paragraph]!);
  const last = sentences[Math.min(LEAD_SENTENCES, sentences.length) - 1];
  return { paragraph, end: last ? last.end : body[paragraph]!.length };
}

/** The outlets given a column: the URL's choice in its order, at most `MAX_COLUMNS`. */
export function columnOutlets<T>(chosen: readonly T[], max: number = MAX_COLUMNS): T[] {
  return chosen.slice(0, max);
}

export interface OutletToggle<T> {
  next: T[];
  /** The outlet a fourth choice took the place of (the one chosen longest ago). */
  replaced: T | null;
}

/**
 * Adds or removes an outlet from the columns. Adding one to a full set replaces the one chosen
 * longest ago (first in the URL), so a choice is never refused; the last column cannot be removed.
 */
export function toggleOutlet<T>(shown: readonly T[], outlet: T, max: number = MAX_COLUMNS): OutletToggle<T> {
  if (shown.includes(outlet)) {
    return { next: shown.length > 1 ? shown.filter((o) => o !== outlet) : [...shown], replaced: null };
  }
  const next = [...shown, outlet];
  const replaced = next.length > max ? next.shift()! : null;
  return { next, replaced };
}
