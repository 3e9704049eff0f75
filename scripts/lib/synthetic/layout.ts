/**
 * Pages as raw whole-page text dumps, laid out after the outlet's template (newspaper,
 * one-line menu bar, byline glued to its date, magazine with author box, broadcaster, wire
 * agency, aggregator carrying another outlet's report), with per-page variation, and a share
 * saved hard-wrapped, with CRLF line ends or a byte-order mark, as scrapers save them. Also
 * the structured form: one news-please record (a line of a .jsonl file).
 */
import type { SyntheticOutlet } from './outlets';
import {
  authorBox,
  hardWrap,
  byline,
  comments,
  documentTitle,
  footer,
  inlineWidget,
  menu,
  newsletter,
  photo,
  promo,
  readTime,
  relatedList,
  shareBar,
  tags,
  teaserCards,
  topBar,
  type Teaser,
} from './page-parts';
import { printDate, printRelative, type PrintedDate } from './print-dates';
import type { Random } from './random';
import type { ArticleText } from './reports';

/** Share of pages saved hard-wrapped (mail archives, `fold`), with CRLF line ends, with a BOM. */
export const HARD_WRAPPED_SHARE = 0.03;
export const CRLF_SHARE = 0.03;
export const BOM_SHARE = 0.01;
/** Share of pages with a widget (advert, related link, photo) between two body paragraphs. */
export const INLINE_WIDGET_SHARE = 0.25;
/**
 * Share of pages whose one-line menu bar ("Home | World | Politics") stands right above the
 * headline; the others print a section label or breadcrumb between them, as most sites do.
 */
export const BARE_MENU_SHARE = 0.05;

export interface PageInput {
  /** The outlet whose page it is. */
  outlet: SyntheticOutlet;
  /** On an aggregator's page: the outlet that published the report it shows. */
  carried?: SyntheticOutlet;
  text: ArticleText;
  authors: string[];
  /** Publication day (YYYY-MM-DD) and time (HH:MM). */
  day: string;
  time: string;
  section: string;
  related: string[];
  teasers: Teaser[];
  /** The page names its outlet in a promo line (for a page the manifest says nothing about). */
  promo: boolean;
  /** No date is printed on the page (the manifest gives it). */
  undated: boolean;
}

export interface RenderedPage {
  text: string;
  /** The day the page was saved, when it prints a relative date. */
  retrieved?: string;
}

type Lines = string[];

function body(paragraphs: readonly string[], related: readonly string[], r: Random, blank = r.chance(0.8)): Lines {
  const out = paragraphs.flatMap((p) => (blank ? [p, ''] : [p]));
  if (paragraphs.length >= 4 && r.chance(INLINE_WIDGET_SHARE)) {
    const at = r.int(2, paragraphs.length - 2) * (blank ? 2 : 1);
    out.splice(at, 0, ...inlineWidget(related, r), ...(blank ? [''] : []));
  }
  return out;
}

/** What stands between a one-line menu bar and the headline: a section label or a breadcrumb. */
function belowMenu(p: PageInput, r: Random): Lines {
  if (r.chance(BARE_MENU_SHARE)) return [];
  return [r.pick([p.section, p.section.toUpperCase(), `Home › ${p.section}`, `News / ${p.section}`])];
}

function dateOf(p: PageInput, r: Random): PrintedDate | null {
  return p.undated ? null : printDate(p.day, p.time, p.outlet.dateStyle, r);
}

function classic(p: PageInput, r: Random, d: PrintedDate | null): Lines {
  const by = byline(p.authors, p.outlet, r);
  return [
    ...(r.chance(0.7) ? documentTitle(p.text.title, p.outlet, r) : []),
    ...(r.chance(0.5) ? topBar(r) : []),
    ...menu(p.outlet, false),
    '',
    ...(r.chance(0.4) ? [p.section] : []),
    p.text.title,
    ...(p.text.subtitle && r.chance(0.8) ? [p.text.subtitle] : []),
    '',
    ...(by ? [by] : []),
    ...(d ? [d.text] : []),
    ...(r.chance(0.3) ? [readTime(r)] : []),
    '',
    ...(r.chance(0.6) ? [...photo(r), ''] : []),
    ...body(p.text.paragraphs, p.related, r),
    ...(p.promo ? [promo(p.outlet, r)] : []),
    ...(r.chance(0.4) ? [tags(p.section, r)] : []),
    ...(r.chance(0.6) ? shareBar(r) : []),
    '',
    ...(r.chance(0.8) ? [...relatedList(p.outlet, p.related, r), ''] : []),
    ...(r.chance(0.4) ? [...newsletter(p.outlet, r), ''] : []),
    ...(r.chance(0.3) ? [...comments(r), ''] : []),
    ...footer(p.outlet, Number(p.day.slice(0, 4)), r),
  ];
}

function bar(p: PageInput, r: Random, d: PrintedDate | null): Lines {
  const by = byline(p.authors, p.outlet, r);
  const meta = by && d && r.chance(0.5) ? [`${by} | ${d.text}`] : [...(by ? [by] : []), ...(d ? [d.text] : [])];
  return [
    ...menu(p.outlet, true),
    ...belowMenu(p, r),
    '',
    p.text.title,
    ...(r.chance(0.6) ? [p.text.title] : []),
    ...meta,
    ...(r.chance(0.5) ? [readTime(r)] : []),
    '',
    ...body(p.text.paragraphs, p.related, r),
    ...(p.promo ? [promo(p.outlet, r)] : []),
    ...shareBar(r),
    '',
    ...(r.chance(0.5) ? [...comments(r), ''] : []),
    ...relatedList(p.outlet, p.related, r),
    '',
    ...footer(p.outlet, Number(p.day.slice(0, 4)), r),
  ];
}

/** The author's name in capitals glued to the date ("JANE DOETuesday, 5 March 2024, 13:16"). */
function glued(p: PageInput, r: Random, d: PrintedDate | null): Lines {
  const author = p.authors[0];
  const meta = author && d ? [`${author.toUpperCase()}${d.text}`] : d ? [d.text] : [];
  return [
    p.outlet.name,
    ...menu(p.outlet, true),
    ...belowMenu(p, r),
    p.text.title,
    '',
    ...meta,
    p.text.title,
    ...(r.chance(0.7) ? photo(r) : []),
    '',
    ...body(p.text.paragraphs, p.related, r, false),
    '',
    ...(p.promo ? [promo(p.outlet, r)] : []),
    ...relatedList(p.outlet, p.related, r),
    '',
    ...footer(p.outlet, Number(p.day.slice(0, 4)), r),
  ];
}

function magazine(p: PageInput, r: Random, d: PrintedDate | null): Lines {
  const by = byline(p.authors, p.outlet, r);
  const author = p.authors[0];
  return [
    ...documentTitle(p.text.title, p.outlet, r),
    ...menu(p.outlet, false),
    '',
    p.section,
    p.text.title,
    ...(p.text.subtitle ? [p.text.subtitle] : []),
    '',
    ...(by ? [by] : []),
    ...(d ? [d.text] : []),
    '',
    ...(r.chance(0.7) ? [...photo(r), ''] : []),
    ...body(p.text.paragraphs, p.related, r),
    ...(p.promo ? [promo(p.outlet, r), ''] : []),
    ...(author && r.chance(0.7) ? [...authorBox(author, p.outlet, r), ''] : []),
    ...teaserCards(p.teasers, r),
    ...footer(p.outlet, Number(p.day.slice(0, 4)), r),
  ];
}

function broadcast(p: PageInput, r: Random, d: PrintedDate | null): Lines {
  const by = byline(p.authors, p.outlet, r);
  return [
    p.outlet.name,
    ...r.shuffle(['Live TV', 'Watch', 'Listen', 'Schedule']).slice(0, 2),
    ...(r.chance(0.5) ? [...menu(p.outlet, true), ...belowMenu(p, r)] : menu(p.outlet, false)),
    '',
    p.text.title,
    '',
    ...(d ? [d.text] : []),
    ...(by ? [by] : []),
    '',
    ...(r.chance(0.6) ? [...photo(r), ''] : []),
    ...body(p.text.paragraphs, p.related, r),
    ...(p.promo ? [promo(p.outlet, r)] : []),
    '',
    `More from ${p.outlet.name}`,
    ...p.related,
    '',
    ...footer(p.outlet, Number(p.day.slice(0, 4)), r),
  ];
}

function wire(p: PageInput, r: Random, d: PrintedDate | null): Lines {
  const by = byline(p.authors, p.outlet, r);
  return [
    ...(r.chance(0.5) ? [p.outlet.name] : []),
    ...menu(p.outlet, true),
    ...belowMenu(p, r),
    '',
    p.text.title,
    ...(by ? [by] : []),
    ...(d ? [d.text] : []),
    '',
    ...body(p.text.paragraphs, p.related, r),
    ...(p.promo ? [promo(p.outlet, r)] : []),
    ...(p.authors[0] && r.chance(0.5) ? [`Reporting by ${p.authors[0]}; editing by ${p.outlet.staff[0]}`] : []),
    '',
    ...footer(p.outlet, Number(p.day.slice(0, 4)), r),
  ];
}

/** An aggregator's page: the original outlet named on its own line with the age of the item. */
function aggregator(p: PageInput, r: Random): { lines: Lines; date: PrintedDate } {
  const date = printRelative(p.day, p.time, r);
  const source = p.carried ?? p.outlet;
  const carrier = r.chance(0.5) ? [`${source.name}${date.text}`] : [source.name, '', date.text];
  return {
    date,
    lines: [
      p.outlet.name,
      '',
      p.text.title,
      '',
      p.text.title,
      '',
      ...carrier,
      '',
      ...body(p.text.paragraphs, p.related, r),
      '',
      ...comments(r),
      '',
      'Related Articles',
      '',
      ...p.teasers.flatMap((t) => [t.title, t.title, '', `${t.lead.split(/\s+/).slice(0, 20).join(' ')}…`, '']),
      ...footer(p.outlet, Number(p.day.slice(0, 4)), r),
    ],
  };
}

export function renderPage(p: PageInput, r: Random): RenderedPage {
  let lines: Lines;
  let date: PrintedDate | null;
  if (p.outlet.template === 'aggregator') ({ lines, date } = aggregator(p, r));
  else {
    date = dateOf(p, r);
    const template = { classic, bar, glued, magazine, broadcast, wire }[p.outlet.template];
    lines = template(p, r, date);
  }
  if (r.chance(HARD_WRAPPED_SHARE)) lines = hardWrap(lines, r.pick([72, 80]));
  let text = `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
  if (r.chance(CRLF_SHARE)) text = text.replace(/\n/g, '\r\n');
  if (r.chance(BOM_SHARE)) text = `\uFEFF${text}`;
  return date?.retrieved ? { text, retrieved: date.retrieved } : { text };
}

/** One structured record (news-please field names), as a line of a .jsonl file. */
export function jsonlRecord(p: PageInput, url: string, r: Random): string {
  const record: Record<string, unknown> = {
    title: p.text.title,
    description: p.text.subtitle ?? null,
    [r.chance(0.5) ? 'maintext' : 'text']: p.text.paragraphs.join('\n'),
    url,
    source_domain: p.outlet.domain,
    date_publish: `${p.day} ${p.time}:00`,
    authors: p.authors,
    language: 'en',
  };
  return JSON.stringify(record);
}
