/**
 * Reading the values of a page's structured data as labels: a machine date to the day the
 * page prints, a title without the site's name around it, an author field to person names.
 */
import { addDays, findAbsoluteDate } from '../extract/dates';
import { hostOf } from '../outlets';

export interface DayValue {
  /** YYYY-MM-DD as written (the writer's own time zone when an offset is given). */
  day: string;
  /** The value is in UTC (a `Z` or `+00:00` offset, or an epoch count), which may not be the page's day. */
  utc: boolean;
  /** Minutes since the epoch, when the value states its offset; equal instants compare equal. */
  instant?: number;
  /** The offset from UTC it states, in minutes (-300 for `-05:00`). */
  offset?: number;
}

/** `2019-11-18`, `2019-11-18T21:24:00-05:00`, `2019-11-18 21:24`, `2019/11/18`. */
const ISO_DAY =
  /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?(?![\d/-])/i;
/** `20191118` and `20191118T2124`, as some publishing systems print them. */
const COMPACT_DAY = /^\s*(\d{4})(\d{2})(\d{2})(?:T?\d{4,6})?\s*$/;
/** Seconds (10 digits) or milliseconds (13) since the epoch. */
const EPOCH = /^\s*(\d{10})(\d{3})?\s*$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  // addDays round-trips only real calendar days (31 April comes back as 1 May).
  return addDays(day, 0) === day ? day : null;
}

function offsetMinutes(zone: string): number {
  if (/^(?:Z|UTC|GMT)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** A machine-readable date (ISO 8601 and its common variants, compact digits, epoch), or null. */
export function readIsoDay(raw: string): DayValue | null {
  const iso = ISO_DAY.exec(raw);
  if (iso) {
    const day = validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!day) return null;
    const zone = iso[6];
    if (!zone || iso[4] === undefined) return { day, utc: false };
    const offset = offsetMinutes(zone);
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const instant = Date.UTC(y, m - 1, d, Number(iso[4]), Number(iso[5])) / 60000 - offset;
    return { day, utc: offset === 0, instant, offset };
  }
  const compact = COMPACT_DAY.exec(raw);
  if (compact) {
    const day = validDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
    return day ? { day, utc: false } : null;
  }
  const epoch = EPOCH.exec(raw);
  if (epoch) {
    const ms = Number(epoch[1]) * 1000 + Number(epoch[2] ?? 0);
    const t = new Date(ms);
    const day = validDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
    return day ? { day, utc: true, instant: Math.floor(ms / 60000), offset: 0 } : null;
  }
  return null;
}

/** The calendar day of an instant (minutes since the epoch) at an offset from UTC. */
export function dayAtOffset(instant: number, offset: number): string {
  const t = new Date((instant + offset) * 60000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** A date in a page's address (/2019/11/18/, /2019-11-18/), or null. */
export function dayInUrl(url: string): string | null {
  const m = /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?=[/-]|\.\w+$|$)/.exec(url);
  return m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A time zone named as UTC: "GMT", "UTC", "GMT+0000", "+00:00". */
const UTC_WORD = /\b(?:GMT|UTC)\b(?!\s*[+-]\s*0*[1-9])|[+-]00:?00(?!\d)/;

/** A date written for people ("November 18, 2019", "Mon, 18 Nov 2019 21:24:00 -0500"): the day as written. */
export function readLooseDay(raw: string): DayValue | null {
  const found = findAbsoluteDate(raw);
  return found ? { day: found.date, utc: UTC_WORD.test(raw) } : null;
}

/** Lower-case letters and digits only, diacritics and a leading "the" dropped: "The Hill" ~ "TheHill" ~ "thehill". */
export function compactName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Host labels that also name a site: "nytimes" and "nytimescom" for www.nytimes.com. */
export function hostLabels(url: string): string[] {
  const host = hostOf(url);
  if (!host) return [];
  const parts = host.split('.').filter((p) => !/^(?:www\d?|m|amp|mobile)$/.test(p));
  // The registrable name sits before the public suffix ("bbc" of bbc.co.uk, "lemonde" of lemonde.fr).
  let k = parts.length - 1;
  if (k > 1 && /^(?:co|com|org|net|gov|ac|edu|or|ne|go)$/.test(parts[k - 1]!)) k--;
  const name = parts[k - 1] ?? parts[0]!;
  return [...new Set([compactName(name), compactName(parts.join('.'))])];
}

/** Separators between a page's title and its site's name, kept when the pieces are joined again. */
const TITLE_SEPARATOR = /(\s*\|\s*|\s+[-–—·•»~/]\s+|\s*::?\s+)/;

/** A site name and its pieces: "LinkNaija | Nigeria's news platform" names the site as "LinkNaija" too. */
export function splitSiteName(name: string): string[] {
  const host = /^https?:\/\//i.test(name) ? hostLabels(name) : [];
  const pieces = name.split(TITLE_SEPARATOR).filter((_, i) => i % 2 === 0);
  return [name, ...pieces, ...host].map((s) => s.trim()).filter((s) => s.length > 0);
}

function initials(words: readonly string[]): string {
  return words.map((w) => compactName(w)[0] ?? '').join('');
}

/**
 * Whether a title segment is the site's name: one of the names the page gives, its host's
 * name, or the host as initials ("Wall Street Journal" on wsj.com, "Los Angeles Times" on
 * latimes.com: the initials of all words, or of all but the last with the last word whole).
 */
export function namesSite(segment: string, siteNames: readonly string[], hosts: readonly string[]): boolean {
  // "The Space Review" on thespacereview.com: a leading "the" counts neither way.
  const bare = (x: string) => x.replace(/^the(?=...)/, '');
  const c = bare(compactName(segment));
  if (c.length < 2) return false;
  if (siteNames.some((s) => bare(compactName(s)) === c) || hosts.some((h) => bare(h) === c)) return true;
  const words = segment
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < 2) return false;
  const all = initials(words);
  const head = initials(words.slice(0, -1)) + compactName(words.at(-1)!);
  return hosts.some((h) => h === all || h === head);
}

/** The title without the site's name before or after it ("Headline | Site", "Site - Headline"). */
export function stripSiteAffixes(title: string, siteNames: readonly string[], hosts: readonly string[]): string {
  const parts = title.split(TITLE_SEPARATOR);
  // parts alternates text, separator, text, …
  while (parts.length > 1 && namesSite(parts.at(-1)!, siteNames, hosts)) parts.splice(-2, 2);
  while (parts.length > 1 && namesSite(parts[0]!, siteNames, hosts)) parts.splice(0, 2);
  if (parts.length === 1 && namesSite(parts[0]!, siteNames, hosts)) return '';
  return parts.join('').trim();
}

/** Path segments before an author's own page: /author/jane-doe, /profile/jane-doe, /people/jane-doe. */
const AUTHOR_PATH =
  /^(?:authors?|people|profiles?|by|staff|writers?|contributors?|journalists?|reporters?|columnists?|autor(?:es)?|autore|penulis)$/i;
/** Social networks whose profile addresses are handles, not names. */
const SOCIAL_HOST = /(?:^|\.)(?:facebook|twitter|x|linkedin|instagram|plus\.google)\.com$/i;
/** Words that make an author field a desk, an agency, an outlet or a job title rather than a person. */
const NOT_A_PERSON =
  /\b(?:staff|desk|team|editors?|editorial|board|news|newsroom|press|agency|agencies|wire|reporters?|correspondents?|contributors?|writers?|columnists?|producers?|photographers?|analysts?|media|online|digital|magazine|network|group|international|institute|university|foundation|association|company|inc|ltd|llc|service|bureau|admin|administrator|webmaster|redaksi|redazione|reda[cç][aã]o|redacci[oó]n)\b/i;
/**
 * Words that introduce a byline: "By", after a label or not ("Analysis by …"), and its
 * equivalents in other languages at the start. "di" and "von" are left out: they also begin
 * surnames ("Di Maria", "Von Miller").
 */
const BY_WORD = /^(?:(?:[\p{L}-]+\s+){1,2}by|by|por|par|oleh|door|av)(?:\s*:)?\s+/iu;
/**
 * Between the names of co-authors, or a name and its outlet: commas, "and" in several
 * languages, and a full stop after a word longer than an initial ("Jane Doe. Example News").
 */
const NAME_LIST = /\s*(?:[,;|/&]|(?<=\p{L}{2})\.\s|\s(?:and|und|e|y|et|dan|en|och)\s)\s*/iu;

/** The name an author page's address spells ("…/author/jane-doe/" gives "Jane Doe"), or null. */
function nameFromAuthorUrl(url: string): string | null {
  const m = /^https?:\/\/([^/?#]+)([^?#]*)/i.exec(url.trim());
  if (!m || SOCIAL_HOST.test(m[1]!)) return null;
  const segments = m[2]!.split('/').filter(Boolean);
  const at = segments.findIndex((s) => AUTHOR_PATH.test(s));
  const slug = at >= 0 ? segments[at + 1] : undefined;
  if (!slug) return null;
  const words = decodeURIComponentSafe(slug)
    .replace(/\.\w+$/, '')
    .split(/[-_.+\s]+/)
    .filter((w) => w && !/\d/.test(w));
  return words.length >= 2 ? words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ') : null;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The person names an author field holds: "By Jane Doe and John Roe" gives two; an author
 * page's address gives the name it spells; a handle, an outlet or a desk gives none.
 */
export function personNames(raw: string, siteNames: readonly string[], hosts: readonly string[]): string[] {
  if (/^https?:\/\//i.test(raw.trim())) {
    const name = nameFromAuthorUrl(raw);
    return name ? [name] : [];
  }
  return raw
    .replace(BY_WORD, '')
    .split(NAME_LIST)
    .map((part) =>
      part
        .replace(BY_WORD, '')
        .replace(/\s*\([^)]*\)\s*/g, ' ')
        .replace(/^[\s\-–—:·•]+|[\s\-–—:·•.,]+$/g, '')
        .replace(/\s+/g, ' '),
    )
    .filter((name) => isPersonName(name, siteNames, hosts));
}

function isPersonName(name: string, siteNames: readonly string[], hosts: readonly string[]): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 5 || name.length > 60) return false;
  if (/[\d@#]/.test(name) || NOT_A_PERSON.test(name)) return false;
  if (!words.every((w) => /^\p{L}/u.test(w))) return false;
  // "CNN Business", "Reuters Staff": a word of the name is the site's own name.
  if (words.some((w) => namesSite(w, siteNames, hosts))) return false;
  return !namesSite(name, siteNames, hosts);
}
