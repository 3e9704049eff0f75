/**
 * Dates as pages print them: ISO, "5 May 2025, 13:16", "Nov 18, 2019 at 9:24 pm ET",
 * "Tuesday, November 19, 2019 08:38 AM", "19.11.2019", "11/19/19 06:56 AM", "2016.12.01",
 * month names in the languages news pages come in ("22 de janeiro de 2018", "30 Maret 2015",
 * "24 сентября 2018"), "2019年11月19日", and relative ones ("a day ago", "21 minutes ago",
 * "yesterday") resolved against a reference day.
 */

/**
 * Month names and abbreviations by month: English, Portuguese, Spanish, Italian, French,
 * German, Dutch, Indonesian, Russian (genitive, as dates print it). Abbreviations that are
 * also common English words ("out", "set") are left out: a false date is worse than none.
 */
const MONTH_NAMES: readonly string[] = [
  'january|jan|janeiro|enero|ene|gennaio|gen|janvier|janv|januar|januari|января|янв',
  'february|feb|fevereiro|fev|febrero|febbraio|février|fevrier|févr|februar|februari|февраля|фев',
  'march|mar|março|marco|marzo|mars|märz|maerz|mär|maart|mrt|maret|марта|мар',
  'april|apr|abril|abr|aprile|avril|avr|апреля|апр',
  'may|maio|mai|mayo|maggio|mag|mei|мая',
  'june|jun|junho|junio|giugno|giu|juin|juni|июня|июн',
  'july|jul|julho|julio|luglio|lug|juillet|juil|juli|июля|июл',
  'august|aug|agosto|ago|août|aout|augustus|agustus|agu|ags|августа|авг',
  'september|sept|sep|setembro|septiembre|settembre|septembre|сентября|сент|сен',
  'october|oct|outubro|octubre|ottobre|ott|octobre|oktober|okt|октября|окт',
  'november|nov|novembro|noviembre|novembre|nopember|ноября|ноя',
  'december|dec|dezembro|dez|diciembre|dic|dicembre|décembre|dezember|desember|des|декабря|дек',
];
/** The month (1–12) a name or abbreviation stands for, 0 when it is none. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTH_NAMES.findIndex((names) => names.split('|').includes(lower)) + 1;
}

/** Every month name, longest first so that "june" is not read as "jun". */
function monthAlternation(): string {
  return MONTH_NAMES.flatMap((names) => names.split('|'))
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/** A day number as printed before a month name: "5", "5th", "5." (German), "5º". */
const DAY = '(\\d{1,2})(?:st|nd|rd|th|\\.|º)?';
/** "de" joins day, month and year in Portuguese and Spanish ("22 de janeiro de 2018"). */
const JOIN = '(?:\\s+de)?';
const TIME = '(?:,?\\s*(?:at\\s+|às\\s+)?(\\d{1,2})[:.](\\d{2})(?:\\s*([ap])\\.?m\\.?)?)?';
/** Not part of a longer number: "2019" in "12019" or "11/19" in "211/19" is no date. */
const NO_DIGIT_BEFORE = '(?<!\\d)';
const NO_DIGIT_AFTER = '(?!\\d)';

type Order = 'iso' | 'ymd' | 'cjk' | 'dMy' | 'Mdy' | 'numeric';
type Pattern = { re: RegExp; order: Order };

/** Absolute date patterns. Groups: see `readMatch`. */
function buildPatterns(): Pattern[] {
  // Any month name, not inside a longer word.
  const month = `(?<!\\p{L})(${monthAlternation()})(?!\\p{L})\\.?`;
  return [
    { re: /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/, order: 'iso' },
    // 2016.12.01 and 2019/11/19: a four-digit year first is never ambiguous.
    {
      re: new RegExp(`${NO_DIGIT_BEFORE}(\\d{4})([./])(\\d{1,2})\\2(\\d{1,2})${NO_DIGIT_AFTER}${TIME}`, 'i'),
      order: 'ymd',
    },
    // East Asian: 2019年11月19日, 2019년 11월 19일.
    { re: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/, order: 'cjk' },
    { re: new RegExp(`${NO_DIGIT_BEFORE}${DAY}${JOIN}\\s+${month}${JOIN},?\\s+(\\d{4})${TIME}`, 'iu'), order: 'dMy' },
    { re: new RegExp(`${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}`, 'iu'), order: 'Mdy' },
    // 19.11.2019, 21/06/2014, 11/19/19: see `readNumeric`.
    {
      re: new RegExp(`${NO_DIGIT_BEFORE}(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})${NO_DIGIT_AFTER}${TIME}`, 'i'),
      order: 'numeric',
    },
  ];
}

/**
 * The patterns, compiled on first use and kept: the app's filters import `addDays` from this
 * module, and a bundle that never reads a date leaves the month table and patterns out.
 */
let patterns: readonly Pattern[] | undefined;
function absolutePatterns(): readonly Pattern[] {
  patterns ??= buildPatterns();
  return patterns;
}

/** A two-digit year is read only in the slash form ("11/19/19"); dotted or dashed, it is more often a version or a score. */
const SHORT_YEAR_SEPARATOR = '/';

/** "a day ago", "21 minutes ago", "3 hrs ago". */
const RELATIVE = /(\d+|an?|one)\s*(second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago\b/i;
const YESTERDAY = /\byesterday\b/i;
const TODAY = /\b(today|just now)\b/i;

export interface FoundDate {
  date: string;
  time?: string;
  /** The phrase was relative ("a day ago") and was resolved against the reference day. */
  relative: boolean;
  /** Where in the text the phrase starts. */
  index: number;
  /** The phrase as printed. */
  match: string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isValidDate(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (days[m - 1] ?? 0);
}

function clock(h?: string, min?: string, ampm?: string): string | undefined {
  if (h === undefined || min === undefined) return undefined;
  let hour = Number(h);
  const minute = Number(min);
  if (ampm) {
    const pm = ampm.toLowerCase() === 'p';
    if (hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
  }
  if (hour > 23 || minute > 59) return undefined;
  return `${pad(hour)}:${pad(minute)}`;
}

/** Shift a YYYY-MM-DD day by whole days (calendar arithmetic in UTC, no clock involved). */
export function addDays(day: string, delta: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + delta));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/**
 * Day and month of an all-digit date: one above 12 is the day ("21/06/2014", "11/19/19",
 * "11.14.2019"). When both could be either, dots and dashes are read day first, as the
 * countries that write them do ("01.02.2019" is 1 February); with slashes, the United States
 * puts the month first and most others the day, so "05/10/2018" gives nothing.
 */
function readNumeric(a: number, b: number, separator: string): [number, number] | null {
  if (a > 12 && b <= 12) return [a, b];
  if (b > 12 && a <= 12) return [b, a];
  if (a === b || separator !== '/') return [a, b];
  return null;
}

/** Year, month, day and time of one pattern's match, or null when it is not a date. */
function readMatch(order: Order, g: readonly (string | undefined)[]): [number, number, number, string?] | null {
  const n = (i: number) => Number(g[i]);
  const month = (i: number) => monthNumber(g[i] ?? '');
  switch (order) {
    case 'iso':
      return [n(0), n(1), n(2), clock(g[3], g[4])];
    case 'ymd':
      return [n(0), n(2), n(3), clock(g[4], g[5], g[6])];
    case 'cjk':
      return [n(0), n(1), n(2)];
    case 'dMy':
      return [n(2), month(1), n(0), clock(g[3], g[4], g[5])];
    case 'Mdy':
      return [n(2), month(0), n(1), clock(g[3], g[4], g[5])];
    case 'numeric': {
      const short = (g[3] ?? '').length === 2;
      if (short && g[1] !== SHORT_YEAR_SEPARATOR) return null;
      const dm = readNumeric(n(0), n(2), g[1] ?? '');
      if (!dm) return null;
      // Two-digit years: 90–99 are the 1990s, the rest this century.
      const year = short ? n(3) + (n(3) >= 90 ? 1900 : 2000) : n(3);
      return [year, dm[1], dm[0], clock(g[4], g[5], g[6])];
    }
  }
}

/** The first absolute date in `text`, or null. */
export function findAbsoluteDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { re, order } of absolutePatterns()) {
    const m = re.exec(text);
    if (!m) continue;
    const read = readMatch(order, m.slice(1));
    if (!read) continue;
    const [y, mo, d, time] = read;
    if (!isValidDate(y, mo, d)) continue;
    const found: FoundDate = { date: `${y}-${pad(mo)}-${pad(d)}`, relative: false, index: m.index, match: m[0] };
    if (time) found.time = time;
    if (!best || found.index < best.index) best = found;
  }
  return best;
}

/** A relative date phrase resolved against `reference` (YYYY-MM-DD), or null. */
export function findRelativeDate(text: string, reference: string | null): FoundDate | null {
  const m = RELATIVE.exec(text);
  if (m) {
    if (!reference) return null;
    const n = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : 1;
    const unit = (m[2] ?? '').toLowerCase();
    const days = unit.startsWith('day')
      ? n
      : unit.startsWith('week')
        ? 7 * n
        : unit.startsWith('month')
          ? 30 * n
          : unit.startsWith('year')
            ? 365 * n
            : 0; // seconds, minutes, hours: the reference day itself
    return { date: addDays(reference, -days), relative: true, index: m.index, match: m[0] };
  }
  const y = YESTERDAY.exec(text);
  if (y && reference) return { date: addDays(reference, -1), relative: true, index: y.index, match: y[0] };
  const t = TODAY.exec(text);
  if (t && reference) return { date: reference, relative: true, index: t.index, match: t[0] };
  return null;
}

/** Phrases that say a date is an update or a copyright year, not the publication. */
const NOT_PUBLICATION = /\b(updated|modified|edited|copyright)\b|©/i;
/** Phrases that say the date after them is the publication ("Updated … / Original Nov. 19, 2019"). */
const PUBLICATION = /\b(published|posted|original(?:ly)?)\b/i;

/**
 * The parts of a line that can state the publication date, best first: what follows
 * "Published", "Posted" or "Original" up to an update phrase ("Updated Nov 19; Posted Nov 18",
 * "Updated … / Original …"), then what stands before the first update or copyright phrase
 * ("Mon 18 Nov 2019 18.54 GMT Last modified on …", "Nov 18, 2019 Posted by …"). None when the
 * line opens with an update and never says "Published".
 */
export function publicationParts(text: string): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = [];
  const published = PUBLICATION.exec(text);
  if (published) {
    const rest = text.slice(published.index);
    const end = NOT_PUBLICATION.exec(rest.slice(published[0].length));
    parts.push({ text: end ? rest.slice(0, published[0].length + end.index) : rest, offset: published.index });
  }
  const other = NOT_PUBLICATION.exec(text);
  const before = other ? text.slice(0, other.index) : text;
  if (before.trim()) parts.push({ text: before, offset: 0 });
  return parts;
}

/** The publication date a short line states, absolute preferred over relative. */
export function findDateInLine(text: string, reference: string | null): FoundDate | null {
  for (const part of publicationParts(text)) {
    const found = findAbsoluteDate(part.text) ?? findRelativeDate(part.text, reference);
    if (found) return { ...found, index: found.index + part.offset };
  }
  return null;
}
