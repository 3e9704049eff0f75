/**
 * The naive quote extractor the quote benchmark compares against: a bare quotation-mark
 * regex per paragraph, and for the speaker the "X said" / "said X" phrase of the paragraph
 * nearest to the quote. No pronoun, title or surname resolution.
 */
import type { PredictedQuote } from './quote-metric';

/** Text between a pair of double quotation marks, straight or curly, within one paragraph. */
const QUOTE_RE = /["“]([^"“”]+)["”]/gu;
/** A capitalised name before or after a reporting verb. */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*`;
const SAID_RE = new RegExp(
  String.raw`(${NAME})\s+(?:said|says|told|added|wrote)\b|\b(?:said|says|added|wrote)\s+(${NAME})`,
  'gu',
);

export function baselineQuotes(paragraphs: readonly string[]): PredictedQuote[] {
  const out: PredictedQuote[] = [];
  paragraphs.forEach((text, paragraph) => {
    const names: { at: number; name: string }[] = [];
    for (const m of text.matchAll(SAID_RE)) names.push({ at: m.index, name: (m[1] ?? m[2])! });
    for (const m of text.matchAll(QUOTE_RE)) {
      const start = m.index + 1;
      const end = start + m[1]!.length;
      let best: { at: number; name: string } | null = null;
      for (const n of names) {
        const d = n.at < start ? start - n.at : n.at - end;
        if (!best || d < (best.at < start ? start - best.at : best.at - end)) best = n;
      }
      out.push({ paragraph, start, end, speaker: best?.name ?? null });
    }
  });
  return out;
}
