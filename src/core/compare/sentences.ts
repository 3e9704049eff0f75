/**
 * Sentences of a paragraph, as character spans. `Intl.Segmenter` finds the boundaries (every
 * runtime Parallax targets has it); news text then needs two repairs it does not make: a
 * full stop after an abbreviation ("U.S. President", "Feb. 28", "Gen. Lee") ends no sentence,
 * and a quotation that runs over several sentences stays one sentence with its attribution.
 */
import { wordSet } from '../text/word-list';

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Abbreviations news text writes with a full stop before a name or a number: no sentence ends there. */
const ABBREVIATIONS = wordSet(
  'mr mrs ms dr prof gen lt col maj capt cmdr adm sgt sen rep gov pres st mt ft jr sr rev hon ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc corp co ltd approx est dept univ',
);
/** Initials and dotted abbreviations: "U.S.", "U.K.", "a.m.", "J." */
const INITIALS = /(?:^|[\s(])(?:\p{L}\.){1,4}$/u;
/** Characters at the end of a segment that can hold an abbreviation and its full stop. */
const ABBREVIATION_TAIL = 12;
/** Double quotation marks of any style: an odd count means a quotation is still open. */
const DOUBLE_QUOTES = /["“”„«»]/g;
/** How many following segments an open quotation may absorb (a runaway mark must not swallow a paragraph). */
const MAX_QUOTE_JOIN = 4;

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });

function endsWithAbbreviation(text: string): boolean {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  const tail = trimmed.slice(-ABBREVIATION_TAIL);
  if (INITIALS.test(tail)) return true;
  const word = /(\p{L}+)\.$/u.exec(tail)?.[1];
  if (word === undefined || !ABBREVIATIONS.has(word.toLowerCase())) return false;
  // The whole word, not the end of a longer one ("Gen." but not "oxygen.").
  const before = trimmed.length - 1 - word.length - 1;
  return before < 0 || !/\p{L}/u.test(trimmed[before]!);
}

function quoteOpen(text: string): boolean {
  return ((text.match(DOUBLE_QUOTES)?.length ?? 0) & 1) === 1;
}

/** Sentence spans of one paragraph, whitespace trimmed, covering every non-space character once, in order. */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const raw: SentenceSpan[] = [];
  for (const s of SEGMENTER.segment(paragraph)) raw.push({ start: s.index, end: s.index + s.segment.length });
  const merged: SentenceSpan[] = [];
  let joins = 0;
  for (const seg of raw) {
    const prev = merged[merged.length - 1];
    if (prev) {
      const prevText = paragraph.slice(prev.start, prev.end);
      const next = paragraph.slice(seg.start, seg.end).trimStart();
      const lowerNext = /^\p{Ll}/u.test(next);
      const abbreviation = endsWithAbbreviation(prevText) && /^[\p{Lu}\p{N}]/u.test(next);
      const inQuote = quoteOpen(prevText) && joins < MAX_QUOTE_JOIN;
      if (lowerNext || abbreviation || inQuote) {
        prev.end = seg.end;
        joins = inQuote ? joins + 1 : joins;
        continue;
      }
    }
    joins = 0;
    merged.push({ ...seg });
  }
  const out: SentenceSpan[] = [];
  for (const s of merged) {
    const text = paragraph.slice(s.start, s.end);
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    if (s.end - trail > s.start + lead) out.push({ start: s.start + lead, end: s.end - trail });
  }
  return out;
}
