/**
 * Authors from bylines in their common shapes: "By Amy Kuperinsky | NJ Advance Media",
 * "Posted by Michael David Smith on …", "Author`s name Pavel Morozov", a capitalised name glued
 * to the date ("STANISLAV POHORILOVMonday, 5 May 2025, 13:16"), and an author box after the
 * article (a name, then a bio that opens with the same name). Editors are not authors.
 */

/**
 * "By" in the languages Parallax meets most: by, von (German), por (Spanish, Portuguese), door
 * (Dutch), oleh (Indonesian). ("di", "de" and "av" also open ordinary sentences.)
 */
const BY =
  /^(?:(?:posted|written|words|reporting|story|text|geschrieben|publicado)\s+)?(?:by|von|por|door|oleh)[:\s]+(.+)$/i;
const LABELLED =
  /^(?:author(?:['’`]?s)?(?:\s+name)?|written by|reporter|correspondent|autor(?:a)?|par)\s*[:\-–]?\s+(.+)$/i;
const MONTH_WORD = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** What opens a date: a weekday, a day and a month, a numeric date, a year ("TOYOTA RAV4" is no name and date). */
const WEEKDAY_OR_DIGIT = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD}|\\d{1,4}[./-]\\d|(?:19|20)\\d\\d\\b)`;
/** Upper-case name glued to a weekday or a date. */
const CAPS_GLUED = new RegExp(
  `^([\\p{Lu}][\\p{Lu}'’-]+(?:\\s+[\\p{Lu}][\\p{Lu}'’-]+){1,3})(?=\\s*,?\\s*${WEEKDAY_OR_DIGIT})`,
  'u',
);
/**
 * A name and a date with only a separator between ("Dan Goodin - Apr 16, 2015",
 * "Ann Lee | 19 November 2019"): a byline without its "By".
 */
const NAME_THEN_DATE = new RegExp(
  `^([\\p{Lu}][\\p{L}'’.-]+(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]+|${'(?:de|da|del|van|von|der|al|bin|el|la|le|du|di|dos)'})){1,3})\\s*[-–—|•·]\\s*(?:(?:updated|published|posted)\\s*:?\\s*)?(?:${WEEKDAY_OR_DIGIT}|${MONTH_WORD}\\s+\\d)`,
  'iu',
);
/** Lines about editors, who are not authors. */
const EDITOR = /^(?:edited by|editor|editing by|sub-?editor|redaktor)\b/i;
/** Name particles that stay lower case inside a name. */
const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'der',
  'van',
  'von',
  'al',
  'bin',
  'el',
  'la',
  'le',
  'du',
  'di',
  'dos',
  'ibn',
]);
/** Words that look capitalised but are not names. */
const NOT_NAME = new Set([
  'news',
  'staff',
  'editor',
  'reporter',
  'the',
  'and',
  'photo',
  'video',
  'updated',
  'published',
  'posted',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'read',
  'more',
  'share',
  'follow',
  'comments',
  'source',
  'agency',
  'team',
  'desk',
  'online',
  'getty',
  'images',
  // Organisations that stand where a name would in "By Ann Lee, Associated Press".
  'press',
  'associated',
  'reuters',
  'times',
  'post',
  'media',
  'service',
  'wire',
  'writer',
  'correspondent',
  'journal',
  'daily',
  'herald',
  'tribune',
  'network',
  'bureau',
  'newsroom',
  'contributor',
]);

/** Two to four capitalised words, as a person's name is written. */
export function isPersonName(text: string): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 50 || /[\d@#:|/()]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => PARTICLES.has(w) || (/^[\p{Lu}][\p{L}'’.-]*$/u.test(w) && !NOT_NAME.has(w.toLowerCase())));
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Where a date starts after a name: "JEFFREY GETTLEMAN JAN. 13, 2017", "Mike Wall 2019-11-18". */
const DATE_AFTER_NAME =
  /\s+(?=(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s|\d)/iu;

/**
 * The name a byline part opens with: its capitalised words (and particles), up to the first
 * word that is neither ("Moritz Bachmann publiziert am …" gives "Moritz Bachmann"); a name
 * printed twice over ("Sean Martin Sean Martin", a link and its text) counts once.
 */
function leadingName(part: string): string {
  const words: string[] = [];
  for (const w of part.trim().split(/\s+/)) {
    const bare = w.replace(/[.,;]$/, '');
    if (!(PARTICLES.has(bare) || (/^[\p{Lu}][\p{L}'’.-]*$/u.test(bare) && !NOT_NAME.has(bare.toLowerCase())))) break;
    words.push(bare);
  }
  while (words.length && PARTICLES.has(words.at(-1)!)) words.pop();
  const half = words.length / 2;
  if (words.length >= 4 && words.length % 2 === 0 && words.slice(0, half).join(' ') === words.slice(half).join(' '))
    words.splice(half);
  return words.join(' ');
}

/** Names in a byline's tail: "A, B and C | Outlet" gives A, B, C. */
export function splitNames(tail: string): string[] {
  const head = tail.split(/\s+[|•·]\s+|\s+[-–—]\s+|\s+for\s+|\s+on\s+(?=\w+\s+\d|\d)|,\s*(?=\p{Lu}{2,}|\d)/u)[0] ?? '';
  return head
    .split(DATE_AFTER_NAME)[0]!
    .split(/\s*,\s*|\s+and\s+|\s+und\s+|\s+e\s+|\s+y\s+|\s*&\s*/)
    .map((n) => n.trim().replace(/[.,;]$/, ''))
    .map((n) => (n === n.toUpperCase() ? titleCase(n) : n))
    .map(leadingName)
    .filter(isPersonName);
}

/** Authors named on one line, or [] when the line is no byline. */
export function authorsInLine(line: string): string[] {
  const text = line.trim();
  if (!text || text.length > 160 || EDITOR.test(text)) return [];
  const by = BY.exec(text) ?? LABELLED.exec(text);
  if (by?.[1]) return splitNames(by[1]);
  const dated = NAME_THEN_DATE.exec(text);
  if (dated?.[1]) {
    const name = dated[1] === dated[1].toUpperCase() ? titleCase(dated[1]) : dated[1];
    if (isPersonName(name)) return [name];
  }
  const glued = CAPS_GLUED.exec(text);
  if (glued?.[1] && glued[1] === glued[1].toUpperCase()) {
    const name = titleCase(glued[1]);
    return isPersonName(name) ? [name] : [];
  }
  return [];
}

/** Lines after a name in which its bio may start. */
export const BIO_WINDOW = 6;

/** An author box: a name line followed within a few lines by a bio that starts with that name. */
export function authorsFromBio(lines: readonly string[]): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    const name = line.trim();
    if (!isPersonName(name)) return;
    for (let j = i + 1; j <= Math.min(lines.length - 1, i + BIO_WINDOW); j++) {
      const next = (lines[j] ?? '').trim();
      if (next.startsWith(`${name} is `) || next.startsWith(`${name} was `) || next.startsWith(`${name} has `)) {
        out.push(name);
        return;
      }
    }
  });
  return out;
}

/** Every author named in the header and footer lines of an article, in order, without repeats. */
export function findAuthors(header: readonly string[], footer: readonly string[]): string[] {
  const names = [
    ...header.flatMap(authorsInLine),
    ...footer.flatMap(authorsInLine),
    ...authorsFromBio(footer),
    ...authorsFromBio(header),
  ];
  return [...new Set(names)];
}

/** Closing paragraphs checked for a note about the author. */
export const AUTHOR_NOTE_MAX_PARAGRAPHS = 2;
/** Fewest paragraphs a body keeps: a short piece may well end on its author's name. */
export const AUTHOR_NOTE_MIN_BODY = 4;

/**
 * How many closing paragraphs of a body are a note about its author: they name one of the
 * authors of the byline in full ("Als Inbound Sales Manager bildet Moritz Bachmann …", "Jeff
 * Foust is the editor …"). An article's text rarely names its own reporter; an author box does.
 */
export function trailingAuthorNote(body: readonly string[], authors: readonly string[]): number {
  if (authors.length === 0 || body.length < AUTHOR_NOTE_MIN_BODY) return 0;
  let n = 0;
  while (n < AUTHOR_NOTE_MAX_PARAGRAPHS && authors.some((a) => body[body.length - 1 - n]!.includes(a))) n++;
  return n;
}
