/**
 * The pipeline's third stage: the articles as found to the corpus's articles. Each gets its
 * publisher and republishers (`outlets.ts`), its publication date (`dates.ts`), an id, and the
 * statements and sources it cites read from its text, with the names of those sources resolved
 * to registered outlets.
 */
import { extractCitations } from '../compare/citations';
import { extractQuotes, type ParagraphMemo } from '../compare/quotes';
import type { DraftArticle } from '../extract/page';
import type { ExtractedInput } from '../ingest/extract-inputs';
import type { StructuredArticle } from '../ingest/jsonl';
import { hashText } from '../ingest/sources';
import type { OutletRegistry } from '../outlets';
import type { Article, ArticleId, ManifestEntry, Outlet, OutletRecord } from '../types';
import { resolvePublished, structuredPublished } from './dates';
import { OutletTable, pageOutletOf, resolveOutlet } from './outlets';

export interface ResolveOptions {
  /** Facts per input file, keyed by path relative to the seeds folder. */
  manifest: Readonly<Record<string, ManifestEntry>>;
  registry: OutletRegistry;
  /**
   * Paragraphs already read by the quote extractor, shared with other calls (a worker resolving
   * one file at a time); the result is the same without it. Default: one for this call.
   */
  paragraphs?: ParagraphMemo;
}

export interface ResolveStage {
  /** Every article, in input path order and, within a file, in the order found. */
  articles: Article[];
  /** The ids of each input's articles, by path. */
  articleIds: Map<string, ArticleId[]>;
  /** The corpus's outlets, by id. */
  outlets: Outlet[];
}

/** An article with its publisher and date, before it has an id and what its text cites is read. */
type Resolved = Omit<Article, 'id' | 'quotes' | 'citations'>;

export function resolveArticles(extracted: readonly ExtractedInput[], options: ResolveOptions): ResolveStage {
  const table = new OutletTable(options.registry);
  const paragraphs: ParagraphMemo = options.paragraphs ?? new Map();
  const articles: Article[] = [];
  const articleIds = new Map<string, ArticleId[]>();
  for (const input of extracted) {
    const entry = options.manifest[input.path] ?? {};
    const resolved =
      input.format === 'jsonl'
        ? input.records.map((s) => fromRecord(s, input.path, entry, table))
        : fromDrafts(input.drafts, input.path, entry, options.registry);
    const ids = resolved.map((article, index) => {
      const id = articleIdFor(input.sha256, index);
      articles.push({
        id,
        ...article,
        quotes: extractQuotes(article.body, id, paragraphs),
        citations: extractCitations(article.body, options.registry),
      });
      return id;
    });
    articleIds.set(input.path, ids);
  }
  const used = new Set<string>(articles.flatMap((a) => [a.outletId, ...a.viaOutletIds]));
  return { articles, articleIds, outlets: table.outlets(used) };
}

/** The id of a file's `index`-th article: stable while the file's bytes are. */
export function articleIdFor(fileSha256: string, index: number): ArticleId {
  return `a-${hashText(`${fileSha256}:${index}`).slice(0, 12)}` as ArticleId;
}

function fromDrafts(
  drafts: readonly DraftArticle[],
  path: string,
  entry: ManifestEntry,
  registry: OutletRegistry,
): Resolved[] {
  const pageOutlet = pageOutletOf(entry, registry);
  return drafts.map((d) => fromDraft(d, path, entry, pageOutlet, registry));
}

function fromDraft(
  d: DraftArticle,
  path: string,
  entry: ManifestEntry,
  pageOutlet: OutletRecord | undefined,
  registry: OutletRegistry,
): Resolved {
  const outlet = resolveOutlet(d, pageOutlet, registry);
  const warnings = [...d.warnings, ...outlet.warnings];
  let title = d.title;
  if (!title) {
    title = (d.body[0] ?? '').split(/(?<=[.!?])\s/)[0]!.slice(0, 140);
    warnings.push('no headline found on the page; the title is the first sentence');
  }
  const article: Resolved = {
    sourceFile: path,
    role: d.role,
    outletId: outlet.outletId,
    viaOutletIds: outlet.viaOutletIds,
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

function fromRecord(s: StructuredArticle, path: string, entry: ManifestEntry, table: OutletTable): Resolved {
  const outletId = table.structuredOutlet(s, entry);
  const article: Resolved = {
    sourceFile: path,
    role: 'primary',
    outletId,
    viaOutletIds: [],
    title: s.title,
    authors: s.authors,
    published: structuredPublished(s.published),
    body: s.body,
  };
  if (s.url) article.url = s.url;
  if (s.subtitle) article.subtitle = s.subtitle;
  return article;
}
