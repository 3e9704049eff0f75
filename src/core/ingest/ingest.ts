/**
 * The ingest: every input file to sources, articles and outlets of one corpus. Pure: the
 * caller reads the files and passes their bytes; the same inputs give the same corpus in
 * any order.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { extractCitations } from '../compare/citations';
import { compareCorpus } from '../compare/compare-event';
import { extractQuotes, type ParagraphMemo } from '../compare/quotes';
import { countWords } from '../extract/lines';
import { extractArticles, type DraftArticle } from '../extract/page';
import { groupIntoEvents } from '../group/events';
import type { GroupingOptions } from '../group/vectors';
import { OutletRegistry, UNKNOWN_OUTLET, hostOf, type EvidenceKind } from '../outlets';
import { comparisonKey, normalizeText } from '../text/normalize';
import type {
  Article,
  ArticleId,
  Corpus,
  Correction,
  InputFile,
  ManifestEntry,
  Outlet,
  OutletId,
  OutletRecord,
  PlaceName,
  Published,
  Source,
} from '../types';
import { decodeInput } from './decode';
import { parseJsonl, type StructuredArticle } from './jsonl';

export interface IngestOptions {
  /** Facts per input file, keyed by path relative to the seeds folder. */
  manifest?: Record<string, ManifestEntry>;
  registry?: readonly OutletRecord[];
  /** Grouping settings other than the defaults (for evaluation; the app ships the defaults). */
  grouping?: Partial<GroupingOptions>;
  /** Grouping corrections (seeds/grouping.json), applied in order after grouping. */
  corrections?: readonly Correction[];
  /** "Today" for relative dates when the manifest gives no retrieval time (ISO-8601). */
  now?: string;
  /** Spellings of the same place (seeds/place-names.json), for the naming comparison. */
  placeNames?: readonly PlaceName[];
}

/** Fewest words of body for a page to hold an article. */
export const MIN_ARTICLE_WORDS = 30;
/** Files the ingest reads as articles, by extension. */
const PAGE_EXT = /\.txt$/i;
const JSONL_EXT = /\.jsonl$/i;
const HTML_EXT = /\.html?$/i;
/** Cues too weak to name a publisher without a word of doubt ("told Reuters" is also how others cite it). */
const WEAK_EVIDENCE = new Set<EvidenceKind>(['told', 'copyright']);
/** The editor's files, read by the caller, not articles. */
export const CONFIG_FILES = new Set(['manifest.json', 'outlets.json', 'grouping.json', 'place-names.json']);

function hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

function textHash(text: string): string {
  return hex(new TextEncoderLite().encode(text));
}

/** UTF-8 encoding without the TextEncoder global (the core has no DOM or Node types). */
class TextEncoderLite {
  encode(text: string): Uint8Array {
    const out: number[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x80) out.push(cp);
      else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
      else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
      else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    }
    return Uint8Array.from(out);
  }
}

function dayOf(instant: string | undefined): string | null {
  const m = instant ? /^(\d{4}-\d{2}-\d{2})/.exec(instant) : null;
  return m?.[1] ?? null;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** An article as read from its input, before it has an id and is annotated. */
type Built = Omit<Article, 'id' | 'quotes' | 'citations'>;

export function ingest(files: readonly InputFile[], options: IngestOptions = {}): Corpus {
  const registry = new OutletRegistry(options.registry ?? []);
  const manifest = options.manifest ?? {};
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const paths = new Set<string>();
  for (const f of sorted) {
    if (paths.has(f.path)) throw new Error(`core/ingest: duplicate input path "${f.path}"`);
    paths.add(f.path);
  }
  const extraOutlets = new Map<string, Outlet>();
  const byHash = new Map<string, string>();
  const byText = new Map<string, string>();
  const sources: Source[] = [];
  const articles: Article[] = [];
  const paragraphs: ParagraphMemo = new Map();

  for (const file of sorted) {
    const sha = hex(file.bytes);
    const source: Source = { file: file.path, sha256: sha, bytes: file.bytes.length, status: 'ok', articleIds: [] };
    sources.push(source);
    const reject = (reason: string) => {
      source.status = 'rejected';
      source.reason = reason;
    };
    const original = byHash.get(sha);
    if (original) {
      source.status = 'duplicate';
      source.duplicateOf = original;
      source.reason = `byte-identical to ${original}`;
      continue;
    }
    byHash.set(sha, file.path);
    if (!PAGE_EXT.test(file.path) && !JSONL_EXT.test(file.path)) {
      reject(
        HTML_EXT.test(file.path)
          ? 'saved HTML pages are not read yet; save the page as plain text (.txt)'
          : `unsupported file type "${/\.[^./]+$/.exec(file.path)?.[0] ?? '(none)'}": Parallax reads .txt page dumps and .jsonl article records`,
      );
      continue;
    }
    const decoded = decodeInput(file.bytes);
    if (!decoded.ok) {
      reject(decoded.reason);
      continue;
    }
    const key = textHash(comparisonKey(decoded.text));
    const same = byText.get(key);
    if (same) {
      source.status = 'duplicate';
      source.duplicateOf = same;
      source.reason = `same text as ${same} once line ends, spacing and case are normalised`;
      continue;
    }
    byText.set(key, file.path);
    const entry = manifest[file.path] ?? {};
    const built = JSONL_EXT.test(file.path)
      ? fromJsonl(decoded.text, file.path, entry, registry, extraOutlets, source)
      : fromPage(decoded.text, file.path, entry, registry, options.now, reject);
    built.forEach((article, index) => {
      const id = `a-${textHash(`${sha}:${index}`).slice(0, 12)}` as ArticleId;
      articles.push({
        id,
        ...article,
        quotes: extractQuotes(article.body, id, paragraphs),
        citations: extractCitations(article.body, registry),
      });
      source.articleIds.push(id);
    });
  }

  const usedOutlets = new Set(articles.flatMap((a) => [a.outletId, ...a.viaOutletIds]));
  const outlets: Outlet[] = [
    ...registry.outlets.map(({ aliases: _aliases, ...o }) => o),
    ...extraOutlets.values(),
    ...(usedOutlets.has(UNKNOWN_OUTLET.id) ? [UNKNOWN_OUTLET] : []),
  ].sort((a, b) => (a.id < b.id ? -1 : 1));
  const grouped = groupIntoEvents(articles, outlets, options.corrections ?? [], options.grouping);
  const placeNames = [...(options.placeNames ?? [])];
  const outletNames = new Map<string, string>();
  for (const o of options.registry ?? [])
    for (const n of [o.name, ...o.aliases]) outletNames.set(n.toLowerCase(), o.id);
  const { events, stories } = compareCorpus(grouped.events, grouped.stories, articles, {
    outlets,
    placeNames,
    outletNames,
  });
  const corpus: Corpus = { schemaVersion: 1, sources, outlets, articles, events, stories };
  if (grouped.corrections.length > 0) corpus.corrections = grouped.corrections;
  if (placeNames.length > 0) corpus.placeNames = placeNames;
  return corpus;
}

function fromPage(
  raw: string,
  path: string,
  entry: ManifestEntry,
  registry: OutletRegistry,
  now: string | undefined,
  reject: (reason: string) => void,
): Built[] {
  const text = normalizeText(raw);
  const referenceDay = dayOf(entry.retrieved) ?? dayOf(now);
  const drafts = extractArticles(text, { registry, referenceDay }).filter(
    (d) => countWords(d.body.join(' ')) >= MIN_ARTICLE_WORDS,
  );
  if (drafts.length === 0) {
    reject('no article found on the page: no run of prose of two sentences or more');
    return [];
  }
  const pageOutlet = entry.outlet ? registry.get(entry.outlet) : entry.url ? registry.byUrl(entry.url) : undefined;
  return drafts.map((d) => toArticle(d, path, entry, pageOutlet));
}

function toArticle(d: DraftArticle, path: string, entry: ManifestEntry, pageOutlet: OutletRecord | undefined): Built {
  const warnings = [...d.warnings];
  const { outletId, viaOutletIds } = resolveOutlet(d, pageOutlet);
  if (outletId === UNKNOWN_OUTLET.id) warnings.push('no outlet named in the manifest or recognised in the text');
  const cue = d.evidence[0];
  if (cue && cue.outletId === outletId && WEAK_EVIDENCE.has(cue.kind)) {
    warnings.push(`outlet inferred only from "${cue.phrase}" in the text; confirm it in the manifest`);
  }
  let title = d.title;
  if (!title) {
    title = (d.body[0] ?? '').split(/(?<=[.!?])\s/)[0]!.slice(0, 140);
    warnings.push('no headline found on the page; the title is the first sentence');
  }
  const article: Built = {
    sourceFile: path,
    role: d.role,
    outletId,
    viaOutletIds,
    title,
    authors: d.authors,
    published: resolvePublished(d, entry, warnings),
    body: d.body,
  };
  if (d.role === 'primary' && entry.url) article.url = entry.url;
  if (d.subtitle) article.subtitle = d.subtitle;
  if (d.captions.length) article.captions = d.captions;
  if (warnings.length) article.warnings = warnings;
  return article;
}

/**
 * Who wrote it and who passed it on. The manifest names the page's outlet; on an aggregator's
 * page, or for a further article on any page, the text decides: a dateline or a promo names the
 * original, and an outlet named on its own line above the article is the one that carried it.
 */
function resolveOutlet(
  d: DraftArticle,
  pageOutlet: OutletRecord | undefined,
): { outletId: OutletId; viaOutletIds: OutletId[] } {
  const pageIsAggregator = pageOutlet?.kind === 'aggregator';
  const evidence = d.evidence[0]?.outletId;
  if (pageOutlet && !pageIsAggregator && d.role === 'primary') {
    return { outletId: pageOutlet.id, viaOutletIds: [] };
  }
  const carriers = d.carriers.filter((c) => c !== evidence);
  let outletId = evidence ?? carriers[0] ?? (pageIsAggregator ? undefined : pageOutlet?.id);
  const via = evidence ? carriers : carriers.slice(1);
  if (pageOutlet && pageOutlet.id !== outletId && !via.includes(pageOutlet.id)) via.push(pageOutlet.id);
  if (!outletId && pageIsAggregator) {
    outletId = via.shift();
  }
  return { outletId: outletId ?? UNKNOWN_OUTLET.id, viaOutletIds: via.filter((v) => v !== outletId) };
}

function resolvePublished(d: DraftArticle, entry: ManifestEntry, warnings: string[]): Published {
  if (d.date && !d.date.relative) {
    const p: Published = { date: d.date.date, estimated: false, basis: 'text' };
    if (d.date.time) p.time = d.date.time;
    return p;
  }
  if (d.role === 'primary' && entry.published) {
    const p: Published = {
      date: dayOf(entry.published),
      estimated: entry.publishedEstimated ?? false,
      basis: 'manifest',
    };
    const time = /T(\d{2}:\d{2})/.exec(entry.published)?.[1];
    if (time) p.time = time;
    return p;
  }
  if (d.date?.relative) return { date: d.date.date, estimated: true, basis: 'relative' };
  warnings.push('no publication date on the page or in the manifest');
  return { date: null, estimated: false, basis: 'none' };
}

function fromJsonl(
  text: string,
  path: string,
  entry: ManifestEntry,
  registry: OutletRegistry,
  extraOutlets: Map<string, Outlet>,
  source: Source,
): Built[] {
  const { articles, problems } = parseJsonl(text);
  if (problems.length) source.problems = problems;
  if (articles.length === 0) {
    source.status = 'rejected';
    source.reason = problems.length ? `no usable line: ${problems[0]}` : 'no article records in the file';
    return [];
  }
  return articles.map((s) => structuredToArticle(s, path, entry, registry, extraOutlets));
}

function structuredToArticle(
  s: StructuredArticle,
  path: string,
  entry: ManifestEntry,
  registry: OutletRegistry,
  extraOutlets: Map<string, Outlet>,
): Built {
  const outletId = structuredOutlet(s, entry, registry, extraOutlets);
  const day = dayOf(s.published);
  const published: Published = day
    ? { date: day, estimated: false, basis: 'structured' }
    : { date: null, estimated: false, basis: 'none' };
  const time = s.published ? /[T ](\d{2}:\d{2})/.exec(s.published)?.[1] : undefined;
  if (day && time) published.time = time;
  const article: Built = {
    sourceFile: path,
    role: 'primary',
    outletId,
    viaOutletIds: [],
    title: s.title,
    authors: s.authors,
    published,
    body: s.body,
  };
  if (s.url) article.url = s.url;
  if (s.subtitle) article.subtitle = s.subtitle;
  return article;
}

function structuredOutlet(
  s: StructuredArticle,
  entry: ManifestEntry,
  registry: OutletRegistry,
  extraOutlets: Map<string, Outlet>,
): OutletId {
  const known =
    (entry.outlet ? registry.get(entry.outlet) : undefined) ??
    (s.outlet
      ? (registry.get(s.outlet) ?? registry.byExactName(s.outlet) ?? registry.byUrl(`https://${s.outlet}`))
      : undefined) ??
    (s.url ? registry.byUrl(s.url) : undefined);
  if (known) return known.id;
  const domain = s.outlet ?? (s.url ? hostOf(s.url) : null);
  if (!domain) return UNKNOWN_OUTLET.id;
  const id = slug(domain) as OutletId;
  if (!extraOutlets.has(id)) {
    const host = hostOf(`https://${domain}`);
    extraOutlets.set(id, {
      id,
      name: domain.replace(/^www\./, ''),
      country: null,
      kind: 'unknown',
      homepage: host ? `https://${host}` : null,
    });
  }
  return id;
}
