/**
 * What an article carries that tells one happening from another: its content words, the
 * names it capitalises, the words it quotes, the numbers it gives, and its day. Plain
 * string work, no model: the same text gives the same features in any runtime.
 */

import { memoized } from '../text/memo';
import { isSpace } from '../text/spaces';

/** Words that say nothing about which happening a text is about (function words and newsroom verbs). */
const STOPWORDS = new Set(
  (
    'a about above after again against all almost also although am among an and another any are around as at ' +
    'be because been before being below between both but by can cannot could did do does doing done down during ' +
    'each either else ever every few for from further get gets getting got had has have having he her here hers ' +
    'herself him himself his how however i if in into is it its itself just least less let like many may me might ' +
    'more most much must my myself near neither never no nor not now of off often on once one only or other ' +
    'others our ours ourselves out over own per quite rather really same several shall she should since so some ' +
    'still such than that the their theirs them themselves then there these they this those though through thus ' +
    'to too toward towards under until up upon us very via was we well were what whatever when where whether ' +
    'which while who whom whose why will with within without would yet you your yours yourself ' +
    // newsroom words: every report has them, whatever it reports
    'said says say saying told tell tells according reported reports report added adding noted stated ' +
    'including new news also according just like would could year years week weeks day days time times ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow ' +
    'mr mrs ms dr st first last next two three'
  ).split(' '),
);

/** A word: letters (any script) with inner apostrophes or hyphens; or a number with its separators. */
export const TOKEN = /\p{L}(?:[\p{L}\p{M}]|['’-](?=\p{L}))*|\p{N}[\p{N},.]*\p{N}|\p{N}/gu;
/** Straight and curly double quotes, and guillemets, around at least a few words. */
const QUOTED = /["“«]([^"”»]{12,400})["”»]/g;
/** Words a quote shares with another outlet's rendering before it counts as the same quote. */
export const QUOTE_SHINGLE = 3;
/** Shortest word that carries content on its own. */
const MIN_WORD = 3;

/** Plural, possessive and common verb endings off, so "talks"/"talk" and "Putin's"/"Putin" meet. Deliberately light. */
export function stem(word: string): string {
  let w = word.replace(/['’]s?$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(sses|shes|ches|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // Inflections: "launched", "launching" and "launches" meet at "launch"; "retire(d)", "retiring" at "retir".
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

export interface Token {
  /** The stemmed, lower-case form that features are keyed by. */
  key: string;
  /** As written. */
  surface: string;
  /** Capitalised where a sentence does not start: a name of a person, place or organisation. */
  name: boolean;
  number: boolean;
  /** Where it starts in the text. */
  index: number;
}

/** A capital letter: ASCII at once, any other script by its case mapping. */
function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Characters that may stand between a sentence's end mark and the next word: an opening quote or bracket. */
const OPENERS = new Set(['"', '“', "'", '‘', '(']);
const END_MARKS = new Set(['.', '!', '?', ':']);

/**
 * Whether `text[from, to)`, the characters between two words, ends a sentence: a full stop,
 * question or exclamation mark or colon (then maybe an opening quote or bracket), or a line
 * break, then only white space; as `/(?:[.!?:]\s*["“'‘(]?|\n)\s*$/` on the slice would say,
 * read backwards in place since tokenizing is the grouping's hottest loop.
 */
function endsSentence(text: string, from: number, to: number): boolean {
  let p = to - 1;
  while (p >= from && isSpace(text.charCodeAt(p))) {
    if (text.charCodeAt(p) === 10) return true;
    p--;
  }
  if (p < from) return false;
  if (END_MARKS.has(text[p]!)) return true;
  if (!OPENERS.has(text[p]!)) return false;
  p--;
  while (p >= from && isSpace(text.charCodeAt(p))) p--;
  return p >= from && END_MARKS.has(text[p]!);
}

/**
 * Stemmed keys of words as written, and '' for words that carry nothing: a corpus repeats its
 * words, so each is worked out once.
 */
const wordKey = memoized((surface: string): string => {
  const lower = surface.toLowerCase();
  return STOPWORDS.has(lower) || lower.length < MIN_WORD ? '' : stem(lower);
}, 20_000);

/** What a code point is to `TOKEN`: a letter (\p{L}), a combining mark (\p{M}), a number (\p{N}), or none. */
const OTHER = 0;
const LETTER = 1;
const MARK = 2;
const NUMBER = 3;
const UNKNOWN = 255;
/** Classes of the code points below 0x10000 as they are first met; others in `astralClasses`. */
const bmpClasses = new Uint8Array(0x10000).fill(UNKNOWN);
const astralClasses = new Map<number, number>();
for (let c = 0; c < 128; c++)
  bmpClasses[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER : c >= 48 && c <= 57 ? NUMBER : OTHER;

function classify(cp: number): number {
  const s = String.fromCodePoint(cp);
  return /\p{L}/u.test(s) ? LETTER : /\p{M}/u.test(s) ? MARK : /\p{N}/u.test(s) ? NUMBER : OTHER;
}

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = bmpClasses[cp]!;
    if (c === UNKNOWN) bmpClasses[cp] = c = classify(cp);
    return c;
  }
  let c = astralClasses.get(cp);
  if (c === undefined) astralClasses.set(cp, (c = classify(cp)));
  return c;
}

/** The code point at `i` (a lone surrogate as itself, as a `u` pattern reads it). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000 : c;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const COMMA = 0x2c;
const FULL_STOP = 0x2e;

/**
 * Where the `TOKEN` match that starts at `start` (a letter or a number) ends: the same
 * match as the pattern's, found by reading the characters once (tokenizing is the grouping's
 * hottest loop, and a pattern makes a match object for every word).
 */
function tokenEnd(text: string, start: number, startClass: number): number {
  const n = text.length;
  let j = start + (text.charCodeAt(start) >= 0xd800 && codePointAt(text, start) > 0xffff ? 2 : 1);
  if (startClass === LETTER) {
    // \p{L}(?:[\p{L}\p{M}]|['’-](?=\p{L}))*
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c < 128) {
        const k = bmpClasses[c]!;
        if (k === LETTER) {
          j++;
          continue;
        }
        if ((c === APOSTROPHE || c === HYPHEN) && j + 1 < n && classOf(codePointAt(text, j + 1)) === LETTER) {
          j++;
          continue;
        }
        return j;
      }
      const cp = codePointAt(text, j);
      const k = classOf(cp);
      if (k === LETTER || k === MARK) j += cp > 0xffff ? 2 : 1;
      else if (c === RIGHT_QUOTE && j + 1 < n && classOf(codePointAt(text, j + 1)) === LETTER) j++;
      else return j;
    }
    return j;
  }
  // \p{N}[\p{N},.]*\p{N}|\p{N}: the longest run of numbers, commas and full stops, up to its last number.
  let end = j;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === COMMA || c === FULL_STOP) {
      j++;
      continue;
    }
    const cp = c < 128 ? c : codePointAt(text, j);
    if ((c < 128 ? bmpClasses[c]! : classOf(cp)) !== NUMBER) break;
    j += cp > 0xffff ? 2 : 1;
    end = j;
  }
  return end;
}

/** The feature key of a number as written ("#3000" for "3,000"), or '' for a single digit. */
function numberKey(surface: string): string {
  const digits = surface.length < 4 ? surface : surface.replace(/[,.](?=\d{3}\b)/g, '');
  return digits.length >= 2 ? `#${digits}` : '';
}

/**
 * The words and numbers of a text as `tokenize` reads them, without making a token of each:
 * `visit` gets each one's span and whether it is a number, stopwords and short words included.
 * For a caller that needs only what the words are, not which are names.
 */
export function forEachWord(text: string, visit: (start: number, end: number, number: boolean) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cp = c < 128 ? c : codePointAt(text, i);
    const k = c < 128 ? bmpClasses[c]! : classOf(cp);
    if (k !== LETTER && k !== NUMBER) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i = tokenEnd(text, start, k);
    const code = text.charCodeAt(start);
    visit(start, i, code < 128 ? code >= 48 && code <= 57 : /\p{N}/u.test(text[start]!));
  }
}

/** A word's feature key as `tokenize` gives it ('' for a stopword or a short word), and a number's ('' for one digit). */
export function wordOrNumberKey(surface: string, number: boolean): string {
  return number ? numberKey(surface) : wordKey(surface);
}

/**
 * Content tokens of one paragraph, with stopwords dropped and names marked; from `namesFrom`
 * on, only the names (what `namePhrasesOf` reads of a long text, without working out a key for
 * each of its other words).
 */
export function tokenize(text: string, namesFrom = Infinity): Token[] {
  const out: Token[] = [];
  let sentenceStart = true;
  let last = 0;
  forEachWord(text, (index, end, isNumber) => {
    if (last === 0 || endsSentence(text, last, index)) sentenceStart = true;
    last = end;
    if (index >= namesFrom && (isNumber || sentenceStart || !isUpper(text[index]!))) {
      sentenceStart = false;
      return;
    }
    const surface = text.slice(index, end);
    const name = !isNumber && !sentenceStart && isUpper(surface[0]!);
    sentenceStart = false;
    const key = isNumber ? numberKey(surface) : wordKey(surface);
    if (key !== '') out.push({ key, surface, name, number: isNumber, index });
  });
  return out;
}

/** Overlapping word triples of each quoted passage: the same quote in two outlets shares them. */
export function quoteShingles(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const words = (m[1] ?? '').toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? [];
    for (let i = 0; i + QUOTE_SHINGLE <= words.length; i++) out.push(`"${words.slice(i, i + QUOTE_SHINGLE).join(' ')}`);
  }
  return out;
}

/** Days since 1970-01-01 for a YYYY-MM-DD day (UTC calendar arithmetic, no clock). */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

const MONTH_INDEX: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** "May 5", "5 May", "on 13 April": a day the text mentions, with or without its year. */
const MENTIONED_DAY = new RegExp(
  `\\b(?:${MONTH}\\s+(\\d{1,2})(?!\\d)|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH})`,
  'gi',
);

/** Month-day keys ("05-05") of the days a text mentions; two reports of one happening name its day. */
export function mentionedDays(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(MENTIONED_DAY)) {
    const month = MONTH_INDEX[(m[1] ?? m[4] ?? '').slice(0, 3).toLowerCase()];
    const day = Number(m[2] ?? m[3]);
    if (month && day >= 1 && day <= 31) out.push(`${month}-${String(day).padStart(2, '0')}`);
  }
  return out;
}

/** Names as printed, runs of capitalised words kept together ("Dmitry Peskov", "Ciragan Palace"). */
export function namePhrases(text: string): string[] {
  return namePhrasesOf(text, tokenize(text));
}

/** `namePhrases` of a text already tokenized (`tokens` is `tokenize(text)`). */
export function namePhrasesOf(text: string, tokens: readonly Token[]): string[] {
  const out: string[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length > 0) out.push(run.map((t) => t.surface.replace(/['’]s$/, '')).join(' '));
    run = [];
  };
  for (const t of tokens) {
    const last = run[run.length - 1];
    if (t.name && last && /^\s+$/.test(text.slice(last.index + last.surface.length, t.index))) run.push(t);
    else {
      flush();
      if (t.name) run.push(t);
    }
  }
  flush();
  return out;
}
