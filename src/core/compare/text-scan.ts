/**
 * Character-level scans shared by the quote modules: the masked paragraph, sentence starts,
 * word tokens, and the short backward reads that replace end-anchored regexes. Each is one
 * pass over the characters it needs, with ASCII read from tables and only other characters
 * tested against Unicode classes.
 */
import type { QuotedSpan } from './quote-marks';
import { wordSet } from '../text/word-list';

/** Stands for a quoted character in the masked paragraph: no letter, no space, no sentence end. */
export const MASK = '\u0001';

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = wordSet(
  'mr mrs ms dr st sen rep gov gen lt col sgt capt maj jr sr inc co corp ltd vs no jan feb mar apr jun jul aug sep sept oct nov dec prof rev u.s u.k u.n d.c e.g i.e',
);

/** One letter or digit (a whole code point). */
const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;
/** Character classes of the word scans, as bits: a letter or digit, an apostrophe or hyphen, a full stop. */
export const LETTER = 1;
export const JOINER = 2;
const STOP = 4;
/** Set on a letter written as a surrogate pair (two code units). */
const WIDE = 8;
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  return /[A-Za-z0-9]/u.test(ch) ? LETTER : ch === "'" || ch === '-' ? JOINER : ch === '.' ? STOP : 0;
});

/** The class bits of the character at `i` (0 for space, punctuation and anything else). */
function charClassAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_CLASS[code]!;
  if (code === 0x2019) return JOINER;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    return LETTER_OR_DIGIT_RE.test(text.slice(i, i + 2)) ? LETTER | WIDE : 0;
  }
  return LETTER_OR_DIGIT_RE.test(text[i]!) ? LETTER : 0;
}

/** End of the run of characters of class `mask` that starts at `i`, stopping at `to`. */
export function runEnd(text: string, i: number, to: number, mask: number): number {
  let j = i;
  while (j < to) {
    const c = charClassAt(text, j);
    if ((c & mask) === 0) break;
    j += c & WIDE ? 2 : 1;
  }
  return Math.min(j, to);
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** The paragraph with every quoted character (between the marks) replaced by MASK; offsets unchanged. */
export function maskQuotes(text: string, spans: readonly QuotedSpan[]): string {
  if (spans.length === 0) return text;
  // Joined from parts, the result is one flat string: character reads on it stay fast.
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    const end = s.close === -1 ? text.length : s.close;
    parts.push(text.slice(at, s.open + 1), MASK.repeat(end - s.open - 1));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Whether the full stop at `at` closes an abbreviation or an initial ("Mr.", "U.S.", "J.J. MacNab"), not a sentence. */
export function closesAbbreviation(text: string, at: number): boolean {
  const word = text.slice(runStartBefore(text, Math.max(0, at - 12), at, ASCII_LETTER_DOT), at).toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/** Offsets at which sentences start, read from the masked paragraph (a quote ending in "." counts). */
export function sentenceStarts(masked: string, original: string): number[] {
  const starts = [0];
  const re = /([.!?…]|[.!?][”"’'»]{1,2})(\s+)(?=[\p{Lu}\p{N}"“‘'„«(•])/gu;
  for (let m = re.exec(original); m; m = re.exec(original)) {
    const at = m.index;
    // Punctuation inside a quote ends a sentence only when the closing mark follows it.
    if (masked[at] === MASK && m[1]!.length === 1) continue;
    if (m[1] === '.' && closesAbbreviation(original, at)) continue;
    starts.push(at + m[0].length);
  }
  return starts;
}

/** Whitespace as `\s` reads it (one code unit: `\s` has no character outside the BMP). */
const SPACE_RE = /\s/u;

/**
 * The character of `text` that ends `text.slice(from, to)` once trailing whitespace is dropped,
 * or '' when there is none: `/,\s*$/` on a long slice is a scan from every offset, this a few steps back.
 */
export function lastVisible(text: string, from: number, to: number): string {
  let i = to - 1;
  while (i >= from && SPACE_RE.test(text[i]!)) i--;
  return i >= from ? text[i]! : '';
}

/** ASCII letters and a full stop: the word before a sentence-ending full stop ("Mr.", "U.S."). */
const ASCII_LETTER_DOT = Uint8Array.from({ length: 128 }, (_, c) =>
  /[A-Za-z.]/u.test(String.fromCharCode(c)) ? 1 : 0,
);
/** ASCII letters and a comma: the word or comma before a participle ("by saying", ", adding"). */
const ASCII_LETTER_COMMA = Uint8Array.from({ length: 128 }, (_, c) =>
  /[A-Za-z,]/u.test(String.fromCharCode(c)) ? 1 : 0,
);
/** One letter (a whole code point). */
const LETTER_RE = /^\p{L}$/u;

/**
 * Where the run of letters (and the ASCII characters `ascii` admits) that ends at `end` starts,
 * not before `floor`; read backwards one code point at a time, where an end-anchored regex
 * would be tried from every offset.
 */
function runStartBefore(text: string, floor: number, end: number, ascii: Uint8Array): number {
  let j = end;
  while (j > floor) {
    const code = text.charCodeAt(j - 1);
    if (code < 128) {
      if (ascii[code] === 0) break;
      j--;
      continue;
    }
    const high = j - 2 >= floor ? text.charCodeAt(j - 2) : 0;
    const pair = code >= 0xdc00 && code <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
    const width = pair ? 2 : 1;
    if (!LETTER_RE.test(text.slice(j - width, j))) break;
    j -= width;
  }
  return j;
}

/**
 * The letters and commas that end `text.slice(floor, end)` before its trailing spaces: the word
 * before a participle ("by saying", "while noting") or the comma (", adding").
 */
export function wordBefore(text: string, floor: number, end: number): string {
  let wordEnd = end;
  while (wordEnd > floor && SPACE_RE.test(text[wordEnd - 1]!)) wordEnd--;
  return text.slice(runStartBefore(text, floor, wordEnd, ASCII_LETTER_COMMA), wordEnd);
}

/** The start of the sentence holding `offset`. */
export function sentenceStartOf(starts: readonly number[], offset: number): number {
  let best = 0;
  for (const s of starts) {
    if (s > offset) break;
    best = s;
  }
  return best;
}

/** The words between `from` and `to` (cut at `to`): a letter or digit, then letters, digits, apostrophes, hyphens, full stops. */
export function tokensIn(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  // Like a Unicode regex, a start inside a surrogate pair starts at the pair.
  const low = text.charCodeAt(from);
  const high = from > 0 ? text.charCodeAt(from - 1) : 0;
  let i = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? from - 1 : from;
  while (i < to) {
    if ((charClassAt(text, i) & LETTER) === 0) {
      i++;
      continue;
    }
    const end = runEnd(text, i, to, LETTER | JOINER | STOP);
    let t = text.slice(i, end);
    // A trailing full stop is sentence punctuation unless it closes an abbreviation or initial.
    if (t.endsWith('.') && !/^(\p{L}\.)+$/u.test(t) && !ABBREVIATIONS.has(t.slice(0, -1).toLowerCase())) {
      t = t.slice(0, -1);
    }
    out.push({ text: t, start: i, end: i + t.length });
    i = end;
  }
  return out;
}

/** A character that makes a whitespace-separated chunk a word. */
const LETTER_OR_DIGIT_CHAR_RE = /[\p{L}\p{N}]/u;

/** How many whitespace-separated chunks of `s` hold a letter or digit, counting no further than `limit`. */
export function countWords(s: string, limit = Infinity): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let space: boolean;
    let letter: boolean;
    if (code < 128) {
      space = code === 32 || (code >= 9 && code <= 13);
      letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
    } else {
      const point = s.codePointAt(i)!;
      const ch = String.fromCodePoint(point);
      if (point > 0xffff) i++;
      space = SPACE_RE.test(ch);
      letter = !space && LETTER_OR_DIGIT_CHAR_RE.test(ch);
    }
    if (space) counted = false;
    else if (letter && !counted) {
      counted = true;
      if (++count >= limit) return count;
    }
  }
  return count;
}
