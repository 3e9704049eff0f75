/**
 * Time marks: the years and months a report names ("in 2008", "last December", "March 3").
 * A report without a date can still be placed by them: reports of one happening name its year
 * and month, two happenings of a kind years apart name others. On ECB+ topics 1–35, of the
 * pairs of reports that both name years, pairs of two happenings of one kind share none in
 * 85% of cases, pairs of one happening in 11%; for months, 85% and 15%. Weekdays ("on
 * Sunday") were measured too and left out: they added nothing on the training halves.
 */

/** A year: four digits from 1950 to 2099, not part of a longer number ("2,008" or "2008.5"). */
const YEAR = /(?<![\d,.])(19[5-9]\d|20\d\d)(?!\d|[,.]\d)/g;
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/**
 * A month named as a date: before a day or a year ("March 3", "May 2013"), after a day
 * ("3 March"), or after a word that places it in time ("in May", "last December"). A
 * capitalised month word elsewhere may be a name (Theresa May) or a verb at a sentence start.
 */
const MONTH_AS_DATE = new RegExp(
  `\\b(?:(?:in|on|since|until|by|from|of|last|next|early|late|mid|this)[\\s-]+${MONTH}(?![\\p{L}])|${MONTH}\\s+(?:\\d{1,2}|\\d{4})\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![\\p{L}]))`,
  'giu',
);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export interface TimeMarks {
  /** Years named, and the year of the date if there is one. */
  years: ReadonlySet<number>;
  /** Months named (0 = January), and the month of the date if there is one. */
  months: ReadonlySet<number>;
}

/** A capitalised month word anywhere: most texts have none, and then the month pattern need not run. */
const ANY_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

/** The first `words` words of the paragraphs, as one text. */
export function leadOf(paragraphs: readonly string[], words: number): string {
  const out: string[] = [];
  let budget = words;
  for (const p of paragraphs) {
    if (budget <= 0) break;
    const w = p.split(/\s+/).filter((x) => x.length > 0);
    out.push(w.length > budget ? w.slice(0, budget).join(' ') : p);
    budget -= w.length;
  }
  return out.join('\n');
}

/** The time marks of a text; `date` (YYYY-MM-DD) adds its year and month. */
export function timeMarks(text: string, date: string | null): TimeMarks {
  const years = new Set<number>();
  const months = new Set<number>();
  for (const m of text.matchAll(YEAR)) years.add(Number(m[1]));
  if (ANY_MONTH.test(text))
    for (const m of text.matchAll(MONTH_AS_DATE)) {
      const word = m[1] ?? m[2] ?? m[3]!;
      // Only a capitalised month is a month ("march" is a verb, "may" a modal).
      if (/^\p{Lu}/u.test(word)) months.add(MONTHS.indexOf(word.slice(0, 3).toLowerCase()));
    }
  if (date) {
    years.add(Number(date.slice(0, 4)));
    months.add(Number(date.slice(5, 7)) - 1);
  }
  return { years, months };
}

/** Both name some, and none in common. */
function disjoint(x: ReadonlySet<number>, y: ReadonlySet<number>): boolean {
  if (x.size === 0 || y.size === 0) return false;
  for (const k of x) if (y.has(k)) return false;
  return true;
}

export interface MarkConflicts {
  /** Factor when two reports name years and none in common. */
  yearConflict: number;
  /** Factor when two reports name months and none in common. */
  monthConflict: number;
}

/**
 * How much the time marks of two reports, at least one of them undated, let them be one
 * happening: 1, times a factor for each kind of mark both name without one in common.
 */
export function marksFactor(x: TimeMarks, y: TimeMarks, o: MarkConflicts): number {
  let f = 1;
  if (disjoint(x.years, y.years)) f *= o.yearConflict;
  if (disjoint(x.months, y.months)) f *= o.monthConflict;
  return f;
}
