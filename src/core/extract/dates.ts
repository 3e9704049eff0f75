/**
 * Dates as pages print them: ISO, "5 May 2025, 13:16", "Nov 18, 2019 at 9:24 pm ET",
 * "Tuesday, November 19, 2019 08:38 AM", "19.11.2019", and relative ones ("a day ago",
 * "21 minutes ago", "yesterday") resolved against a reference day.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const TIME = '(?:,?\\s*(?:at\\s+)?(\\d{1,2})[:.](\\d{2})(?:\\s*([ap])\\.?m\\.?)?)?';

/** Absolute date patterns, most specific first. Groups: see `readMatch`. */
const ABSOLUTE: ReadonlyArray<{ re: RegExp; order: 'ymd' | 'dmy' | 'mdy' | 'dMy' | 'Mdy' }> = [
  { re: new RegExp(`(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?`), order: 'ymd' },
  { re: new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})${TIME}`, 'i'), order: 'dMy' },
  { re: new RegExp(`${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}`, 'i'), order: 'Mdy' },
  { re: new RegExp(`(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${TIME}`), order: 'dmy' },
];

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

/** The first absolute date in `text`, or null. */
export function findAbsoluteDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { re, order } of ABSOLUTE) {
    const m = re.exec(text);
    if (!m) continue;
    let y: number;
    let mo: number;
    let d: number;
    let time: string | undefined;
    const g = m.slice(1);
    if (order === 'ymd') {
      [y, mo, d] = [Number(g[0]), Number(g[1]), Number(g[2])];
      time = clock(g[3], g[4]);
    } else if (order === 'dMy') {
      [d, mo, y] = [Number(g[0]), MONTHS[(g[1] ?? '').toLowerCase()] ?? 0, Number(g[2])];
      time = clock(g[3], g[4], g[5]);
    } else if (order === 'Mdy') {
      [mo, d, y] = [MONTHS[(g[0] ?? '').toLowerCase()] ?? 0, Number(g[1]), Number(g[2])];
      time = clock(g[3], g[4], g[5]);
    } else {
      [d, mo, y] = [Number(g[0]), Number(g[1]), Number(g[2])];
      time = clock(g[3], g[4], g[5]);
    }
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
const NOT_PUBLICATION = /\b(updated|modified|edited|copyright|©)\b/i;

/** The publication date a short line states, absolute preferred over relative. */
export function findDateInLine(text: string, reference: string | null): FoundDate | null {
  if (NOT_PUBLICATION.test(text) && !/\b(published|posted)\b/i.test(text)) return null;
  return findAbsoluteDate(text) ?? findRelativeDate(text, reference);
}
