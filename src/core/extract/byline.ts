/**
 * Authors from bylines in their common shapes: "By Amy Kuperinsky | NJ Advance Media",
 * "Posted by Michael David Smith on …", "Author`s name Pavel Morozov", a capitalised name glued
 * to the date ("STANISLAV POHORILOVMonday, 5 May 2025, 13:16"), and an author box after the
 * article (a name, then a bio that opens with the same name). Editors are not authors.
 */

const BY = /^(?:(?:posted|written|words|reporting|story|text)\s+)?by[:\s]+(.+)$/i;
const LABELLED =
  /^(?:author(?:['’`]?s)?(?:\s+name)?|written by|reporter|correspondent|autor(?:a)?|par)\s*[:\-–]?\s+(.+)$/i;
const WEEKDAY_OR_DIGIT = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\\d)';
/** Upper-case name glued to a weekday or a date. */
const CAPS_GLUED = new RegExp(
  `^([\\p{Lu}][\\p{Lu}'’-]+(?:\\s+[\\p{Lu}][\\p{Lu}'’-]+){1,3})(?=\\s*,?\\s*${WEEKDAY_OR_DIGIT})`,
  'u',
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

/** Names in a byline's tail: "A, B and C | Outlet" gives A, B, C. */
export function splitNames(tail: string): string[] {
  const head = tail.split(/\s+[|•·]\s+|\s+[-–—]\s+|\s+for\s+|\s+on\s+(?=\w+\s+\d|\d)|,\s*(?=\p{Lu}{2,}|\d)/u)[0] ?? '';
  return head
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
    .map((n) => n.trim().replace(/[.,;]$/, ''))
    .map((n) => (n === n.toUpperCase() ? titleCase(n) : n))
    .filter(isPersonName);
}

/** Authors named on one line, or [] when the line is no byline. */
export function authorsInLine(line: string): string[] {
  const text = line.trim();
  if (!text || text.length > 160 || EDITOR.test(text)) return [];
  const by = BY.exec(text) ?? LABELLED.exec(text);
  if (by?.[1]) return splitNames(by[1]);
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
