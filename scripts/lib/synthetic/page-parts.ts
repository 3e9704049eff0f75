/**
 * The pieces of a news page as a scraper's whole-page text dump shows them: menus, bylines,
 * photo captions and credits, share bars, related-story lists, newsletter boxes, comment
 * threads, author boxes and footers. Each returns its lines ('' is a blank line); the
 * templates in layout.ts put them together.
 */
import type { SyntheticOutlet } from './outlets';
import type { Random } from './random';
import { BEATS, COMMENTS, GIVEN_NAMES, PHOTO_AGENCIES, PHOTO_SUBJECTS, SURNAMES } from './vocabulary';

/** Words a teaser keeps before it is cut off with an ellipsis. */
export const TEASER_WORDS = 24;

export interface Teaser {
  title: string;
  lead: string;
}

export function names(authors: readonly string[]): string {
  if (authors.length <= 1) return authors[0] ?? '';
  return `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}

/** The document title a browser tab shows: "Headline - Outlet". */
export function documentTitle(title: string, outlet: SyntheticOutlet, r: Random): string[] {
  return [`${title}${r.pick([' - ', ' | ', ' – '])}${outlet.name}`, ''];
}

export function topBar(r: Random): string[] {
  const items = ['Skip to main content', 'Menu', 'Search', 'Subscribe', 'Log in', 'Sign in', 'Newsletters'];
  return r.shuffle(items).slice(0, r.int(2, 4));
}

/** The section menu, one entry a line or all on one line. */
export function menu(outlet: SyntheticOutlet, oneLine: boolean): string[] {
  const entries = ['Home', ...outlet.sections];
  return oneLine ? [entries.join(' | ')] : entries;
}

/** A byline in one of the shapes sites print, or null for an article without one. */
export function byline(authors: readonly string[], outlet: SyntheticOutlet, r: Random): string | null {
  if (authors.length === 0) return null;
  const who = names(authors);
  return r.weighted([
    [`By ${who}`, 5],
    [`By ${who} | ${outlet.name}`, 2],
    [`BY ${who.toUpperCase()}`, 1],
    [`Words by ${who}`, 1],
    [`Author: ${who}`, 1],
    [`By ${who}, ${outlet.name}`, 1],
  ]);
}

/** A photo: its caption with the credit at the end, or the caption above a credit line. */
export function photo(r: Random): string[] {
  const subject = r.pick(PHOTO_SUBJECTS);
  const agency = r.pick(PHOTO_AGENCIES);
  const photographer = `${r.pick(GIVEN_NAMES)} ${r.pick(SURNAMES)}`;
  return r.weighted([
    [[`${subject}. (Photo: ${photographer} / ${agency})`], 3],
    [[`${subject} (${photographer}/${agency})`], 2],
    [[`${subject}.`, `Photo: ${agency}`], 2],
    [[`${subject}. Photo: ${photographer}/${agency}`], 1],
  ]);
}

/** A widget inside the body: an advert, a link to another story, a photo. */
export function inlineWidget(related: readonly string[], r: Random): string[] {
  const other = related[0] ?? 'More news from our reporters';
  return r.weighted([
    [['Advertisement'], 3],
    [[`Related: ${other}`], 2],
    [[`READ MORE: ${other}`], 1],
    [photo(r), 2],
  ]);
}

export function shareBar(r: Random): string[] {
  return r.weighted([
    [['Share', 'Tweet', 'Email', 'Print'], 3],
    [['Share this article'], 2],
    [['Share on Facebook', 'Share on X', 'Copy link'], 2],
  ]);
}

export function readTime(r: Random): string {
  return `${r.int(2, 9)} min read`;
}

export function tags(section: string, r: Random): string {
  return `Tags: ${[section, ...r.shuffle(['News', 'Analysis', 'Live', 'Top Stories', 'Daily Briefing']).slice(0, 2)].join(', ')}`;
}

/** A list of links to other stories under a heading. */
export function relatedList(outlet: SyntheticOutlet, headlines: readonly string[], r: Random): string[] {
  const heading = r.pick([
    'Related',
    'Related stories',
    'More stories',
    `More from ${outlet.name}`,
    'Most read',
    'You may also like',
  ]);
  return [heading, ...headlines];
}

/** Teaser cards: another story's headline and its first words, cut off. */
export function teaserCards(teasers: readonly Teaser[], r: Random): string[] {
  const heading = r.pick(['Recommended', 'Latest news', 'Read more', 'Trending now']);
  return [
    heading,
    '',
    ...teasers.flatMap((t) => [
      t.title,
      `${t.lead
        .split(/\s+/)
        .slice(0, TEASER_WORDS)
        .join(' ')
        .replace(/[.,;:]$/, '')}…`,
      '',
    ]),
  ];
}

export function newsletter(outlet: SyntheticOutlet, r: Random): string[] {
  return r.pick([
    ['Sign up for our newsletter', `The best of ${outlet.name}, in your inbox every morning.`],
    ['Get our newsletter', 'Email address', 'Subscribe'],
    [`Subscribe to the ${outlet.name} daily briefing newsletter`],
  ]);
}

/** A reader comment thread, or its empty state. */
export function comments(r: Random): string[] {
  const n = r.int(0, 4);
  if (n === 0) return ['Comments', 'No comments yet...', 'Leave a comment'];
  const thread = Array.from({ length: n }, () => [
    `${r.pick(GIVEN_NAMES).toLowerCase()}${r.int(1, 99)} says:`,
    r.pick(COMMENTS),
    '',
  ]).flat();
  return [`${n} Comment${n === 1 ? '' : 's'}`, '', ...thread];
}

/** The box after an article about its author: the name, then a short bio. */
export function authorBox(author: string, outlet: SyntheticOutlet, r: Random): string[] {
  const role = r.pick(['reporter', 'senior reporter', 'correspondent', 'news editor', 'staff writer']);
  return [author, `${author} is a ${role} at ${outlet.name} covering ${r.pick(BEATS)}.`];
}

/** A line through which a page names its own outlet ("Follow X on Facebook"). */
export function promo(outlet: SyntheticOutlet, r: Random): string {
  return r.pick([
    `Follow ${outlet.name} on Facebook`,
    `Subscribe to ${outlet.name} on Telegram`,
    `Support ${outlet.name} on Patreon!`,
  ]);
}

export function footer(outlet: SyntheticOutlet, year: number, r: Random): string[] {
  return [
    ...r.shuffle(['About us', 'Contact', 'Advertise', 'Careers', 'Corrections']).slice(0, r.int(1, 3)),
    'Privacy Policy | Terms of Use | Cookie settings',
    `© ${year} ${outlet.name}. All rights reserved.`,
  ];
}

/** Every line longer than `width` broken at spaces (greedy), as mail archives and `fold` save text. */
export function hardWrap(lines: readonly string[], width: number): string[] {
  return lines.flatMap((line) => {
    if (line.length <= width) return [line];
    const out: string[] = [];
    let cur = '';
    for (const word of line.split(/ +/).filter(Boolean)) {
      if (cur && cur.length + 1 + word.length > width) {
        out.push(cur);
        cur = word;
      } else cur = cur ? `${cur} ${word}` : word;
    }
    if (cur) out.push(cur);
    return out;
  });
}
