/**
 * Structured inputs: one article per line, with the field names of the news-please scraper.
 * A malformed line is reported with its number; the good lines still become articles. An
 * address the views could not link to is left out (and reported): the corpus keeps only absolute
 * http(s) ones.
 */
import { z } from '../zod';
import { toWebUrl } from '../schema';
import { normalizeText, tidyParagraph } from '../text/normalize';

const recordSchema = z
  .object({
    title: z.string().nullish(),
    text: z.string().nullish(),
    maintext: z.string().nullish(),
    body: z.string().nullish(),
    description: z.string().nullish(),
    url: z.string().nullish(),
    source_domain: z.string().nullish(),
    outlet: z.string().nullish(),
    date_publish: z.string().nullish(),
    published: z.string().nullish(),
    authors: z.array(z.string()).nullish(),
  })
  .passthrough();

export interface StructuredArticle {
  /** 1-based line number in the file. */
  line: number;
  title: string;
  subtitle?: string;
  body: string[];
  url?: string;
  outlet?: string;
  published?: string;
  authors: string[];
}

export interface JsonlResult {
  articles: StructuredArticle[];
  problems: string[];
}

/** Paragraphs of a structured body: blank-line or line separated. */
function paragraphs(text: string): string[] {
  return normalizeText(text)
    .split(/\n+/)
    .map(tidyParagraph)
    .filter((p) => p.length > 0);
}

export function parseJsonl(text: string): JsonlResult {
  const articles: StructuredArticle[] = [];
  const problems: string[] = [];
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  rows.forEach((row, i) => {
    const line = i + 1;
    if (row.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(row);
    } catch (e) {
      problems.push(
        `line ${line}: malformed JSON (${e instanceof Error ? e.message.replace(/ in JSON at position \d+.*$/, '') : 'parse error'})`,
      );
      return;
    }
    const parsed = recordSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push(
        `line ${line}: ${issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'not an article record'}`,
      );
      return;
    }
    const r = parsed.data;
    const bodyText = r.text ?? r.maintext ?? r.body ?? '';
    const body = paragraphs(bodyText);
    const title = tidyParagraph(r.title ?? '');
    if (body.length === 0) {
      problems.push(`line ${line}: no article text (fields text, maintext and body are empty)`);
      return;
    }
    const article: StructuredArticle = {
      line,
      title: title || (body[0] ?? '').split(/(?<=[.!?])\s/)[0]!.slice(0, 140),
      body,
      authors: (r.authors ?? []).map(tidyParagraph).filter(Boolean),
    };
    const description = tidyParagraph(r.description ?? '');
    if (description && description !== body[0]) article.subtitle = description;
    if (r.url) {
      const url = toWebUrl(r.url);
      if (url) article.url = url;
      else
        problems.push(
          `line ${line}: url "${r.url}" is not an absolute http(s) address; the article is kept without it`,
        );
    }
    const outlet = r.outlet ?? r.source_domain;
    if (outlet) article.outlet = outlet;
    const published = r.date_publish ?? r.published;
    if (published) article.published = published;
    articles.push(article);
  });
  return { articles, problems };
}
