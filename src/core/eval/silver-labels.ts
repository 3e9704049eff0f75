/**
 * Silver labels for an article page's title, authors and publication day, read from what
 * the page's HTML states about itself (JSON-LD, meta tags, microdata, `<time datetime>`)
 * rather than from its visible text. They grade text-only extraction where no human labels
 * exist; each label records where it came from, and a page that states nothing has none.
 */
import { addDays } from '../extract/dates';
import { cleanText, metaValues, readHtmlMeta, type HtmlMeta } from './html-meta';
import {
  dayAtOffset,
  dayInUrl,
  hostLabels,
  personNames,
  readIsoDay,
  readLooseDay,
  splitSiteName,
  type DayValue,
} from './label-values';
import { deriveTitle } from './silver-title';

export interface SilverLabels {
  /** What the page calls its site (og:site_name, publisher, …) and the host's name. */
  siteNames: string[];
  title: { value: string; source: string; raw: string } | null;
  /** Person names only: organisations, desks and handles are not authors here. */
  authors: { names: string[]; source: string; raw: string } | null;
  /** The publication day as the page's own time zone prints it, when its data says so. */
  date: { day: string; source: string; raw: string; utc: boolean } | null;
}

/** JSON-LD types of an article (schema.org's Article family and its postings). */
const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/;
/** Types of a page as a whole: their dates and headlines are a weaker stand-in for an article's. */
const PAGE_TYPE = /^(?:WebPage|ItemPage)$/;
const ORGANISATION_TYPE = /Organi[sz]ation$|^(?:WebSite|Corporation|Brand)$/;
/** Meta tags that carry an author's name (or an author page's address). */
const AUTHOR_METAS = [
  'author',
  'article:author',
  'sailthru.author',
  'parsely-author',
  'dc.creator',
  'byl',
  'citation_author',
];
/** Meta tags that carry the publication time, best first; update times are not among them. */
const DATE_METAS = [
  'article:published_time',
  'article:published',
  'og:pubdate',
  'datepublished',
  'pubdate',
  'publish-date',
  'publish_date',
  'pub_date',
  'publishdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'article_date_original',
  'pdate',
  'date',
];
/** Author marks read per page: the article's own byline comes first, teasers' bylines follow. */
const MAX_AUTHOR_MARKS = 3;
/** Nesting followed in JSON-LD: real pages stay far below; a cycle of references cannot loop. */
const JSON_LD_MAX_DEPTH = 12;
/** References followed from an article's author to a Person. */
const AUTHOR_MAX_DEPTH = 4;
const SITE_METAS = ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'twitter:site'];

type Node = Record<string, unknown>;

function typesOf(node: Node): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function isNode(x: unknown): x is Node {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Every object in the JSON-LD blocks, in document order, with whether it stands at the top (itself or in `@graph`). */
function flattenJsonLd(blocks: readonly unknown[]): { node: Node; top: boolean }[] {
  const out: { node: Node; top: boolean }[] = [];
  const walk = (x: unknown, top: boolean, depth: number) => {
    if (depth > JSON_LD_MAX_DEPTH) return;
    if (Array.isArray(x)) {
      for (const y of x) walk(y, top, depth + 1);
      return;
    }
    if (!isNode(x)) return;
    out.push({ node: x, top });
    for (const [k, v] of Object.entries(x)) walk(v, top && k === '@graph', depth + 1);
  };
  for (const b of blocks) walk(b, true, 0);
  return out;
}

function firstString(x: unknown): string | undefined {
  if (typeof x === 'string') return x.trim() || undefined;
  if (Array.isArray(x)) return x.map(firstString).find((s) => s !== undefined);
  return undefined;
}

function siteNamesOf(meta: HtmlMeta, nodes: readonly { node: Node }[], article: Node | undefined): string[] {
  const names = metaValues(meta.metas, SITE_METAS).map((m) => m.value.replace(/^@/, ''));
  const publisher = article?.['publisher'];
  if (isNode(publisher) && typeof publisher['name'] === 'string') names.push(publisher['name']);
  for (const { node } of nodes)
    if (typesOf(node).some((t) => ORGANISATION_TYPE.test(t)) && typeof node['name'] === 'string')
      names.push(node['name']);
  return [...new Set(names.flatMap(splitSiteName))];
}

/** An author value of JSON-LD: a name, a Person, a reference to one, or a list of them. */
function jsonLdAuthors(x: unknown, byId: Map<string, Node>, depth = 0): string[] {
  if (depth > AUTHOR_MAX_DEPTH) return [];
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap((y) => jsonLdAuthors(y, byId, depth + 1));
  if (!isNode(x)) return [];
  const ref = typeof x['@id'] === 'string' ? byId.get(x['@id']) : undefined;
  const node = ref && ref !== x && x['name'] === undefined ? ref : x;
  if (typesOf(node).some((t) => ORGANISATION_TYPE.test(t))) return [];
  const name = firstString(node['name']);
  if (name) return [name];
  const url = firstString(node['url']) ?? firstString(node['sameAs']);
  return url ? [url] : [];
}

export function deriveSilverLabels(html: string, url: string): SilverLabels {
  const meta = readHtmlMeta(html);
  const nodes = flattenJsonLd(meta.jsonLd);
  const byId = new Map<string, Node>();
  // A reference ({"@id": …} alone) may come before the node it names: only typed nodes count.
  for (const { node } of nodes)
    if (typeof node['@id'] === 'string' && node['@type'] !== undefined && !byId.has(node['@id']))
      byId.set(node['@id'], node);
  const isArticle = (n: Node) => typesOf(n).some((t) => ARTICLE_TYPE.test(t));
  // An article at the top of a block is the page's own; one nested in a list is a teaser.
  const article = (nodes.find((n) => n.top && isArticle(n.node)) ?? nodes.find((n) => isArticle(n.node)))?.node;
  const page = nodes.find((n) => typesOf(n.node).some((t) => PAGE_TYPE.test(t)))?.node;
  const siteNames = siteNamesOf(meta, nodes, article);
  const hosts = hostLabels(url);
  return {
    siteNames,
    title: deriveTitle(
      meta,
      article ? (firstString(article['headline']) ?? firstString(article['name'])) : undefined,
      siteNames,
      hosts,
    ),
    authors: deriveAuthors(meta, article, byId, siteNames, hosts),
    date: deriveDate(meta, article, page, url),
  };
}

function deriveAuthors(
  meta: HtmlMeta,
  article: Node | undefined,
  byId: Map<string, Node>,
  siteNames: readonly string[],
  hosts: readonly string[],
): SilverLabels['authors'] {
  const sources: { source: string; raws: string[] }[] = [];
  if (article)
    sources.push({ source: 'json-ld author', raws: jsonLdAuthors(article['author'] ?? article['creator'], byId) });
  for (const key of AUTHOR_METAS)
    sources.push({ source: `meta ${key}`, raws: metaValues(meta.metas, [key]).map((m) => m.value) });
  sources.push({
    source: 'microdata author',
    raws: meta.microdata.filter((m) => m.key === 'author').map((m) => m.content),
  });
  // The weakest: the text of an author link or of an element marked as the author.
  sources.push({ source: 'author markup', raws: meta.authorMarks.slice(0, MAX_AUTHOR_MARKS) });
  for (const s of sources) {
    const names = [...new Set(s.raws.flatMap((r) => personNames(cleanText(r), siteNames, hosts)))];
    if (names.length > 0) return { names, source: s.source, raw: s.raws.join(' ; ') };
  }
  return null;
}

function deriveDate(
  meta: HtmlMeta,
  article: Node | undefined,
  page: Node | undefined,
  url: string,
): SilverLabels['date'] {
  const candidates: { source: string; raw: string; value: DayValue }[] = [];
  const add = (source: string, raw: string | undefined) => {
    if (!raw) return;
    const value = readIsoDay(raw) ?? readLooseDay(raw);
    if (value) candidates.push({ source, raw, value });
  };
  add('json-ld datePublished', firstString(article?.['datePublished']));
  add('json-ld dateCreated', firstString(article?.['dateCreated']));
  for (const m of metaValues(meta.metas, DATE_METAS)) add(`meta ${m.key}`, m.value);
  for (const m of meta.microdata) if (m.key === 'datepublished') add('microdata datePublished', m.content);
  add('json-ld page datePublished', firstString(page?.['datePublished']));
  // A <time> is the weakest: marked as the publication time, or alone in the article.
  const marked = meta.times.find((t) => t.published && !t.updated);
  if (marked) add(`<time> ${marked.inArticle ? 'in article, ' : ''}marked published`, marked.datetime);
  const inArticle = meta.times.filter((t) => t.inArticle && !t.updated);
  const days = new Set(inArticle.map((t) => readIsoDay(t.datetime)?.day));
  if (inArticle.length > 0 && days.size === 1) add('<time> in article', inArticle[0]!.datetime);
  const best = candidates[0];
  if (!best) return null;
  const label = { day: best.value.day, source: best.source, raw: best.raw, utc: best.value.utc };
  if (!best.value.utc) return label;
  // A UTC stamp may fall on another day than the page prints (an evening in America is the
  // next morning in UTC). The page's own offset, stated by any other time in its data, gives
  // the local day; failing that, a date in its address within a day of the UTC one.
  const offset = pageOffset(meta, [article, page]);
  if (offset !== null && best.value.instant !== undefined) {
    const sign = offset < 0 ? '-' : '+';
    const hhmm = `${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
    return {
      ...label,
      day: dayAtOffset(best.value.instant, offset),
      source: `${best.source}, at the page's UTC${sign}${hhmm}`,
      utc: false,
    };
  }
  const fromUrl = dayInUrl(url);
  if (fromUrl && [-1, 1].some((d) => addDays(best.value.day, d) === fromUrl)) {
    return { ...label, day: fromUrl, source: `${best.source}, day from the address`, utc: false };
  }
  return label;
}

/** Date fields of the article's and the page's JSON-LD, any of which shows the site's offset from UTC. */
const JSON_LD_TIME_FIELDS = ['datePublished', 'dateModified', 'dateCreated'];

/**
 * The offset from UTC that the page's own times state most often, other than zero, or null
 * when they are all UTC or state no offset. Only the page's and its article's times count:
 * an event or a video elsewhere in the data may be in another zone.
 */
function pageOffset(meta: HtmlMeta, own: readonly (Node | undefined)[]): number | null {
  const raws = [
    ...meta.metas.map((m) => m.content),
    ...meta.microdata.map((m) => m.content),
    ...meta.times.filter((t) => t.inArticle || t.published || t.updated).map((t) => t.datetime),
    ...own.flatMap((node) => JSON_LD_TIME_FIELDS.map((f) => firstString(node?.[f]) ?? '')),
  ];
  const counts = new Map<number, number>();
  for (const raw of raws) {
    const offset = raw.length <= 40 ? readIsoDay(raw)?.offset : undefined;
    if (offset) counts.set(offset, (counts.get(offset) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  return top ? top[0] : null;
}
