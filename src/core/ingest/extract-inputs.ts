/**
 * The pipeline's second stage: each readable input to the articles it holds, as found: drafts
 * of the articles on a page dump, records of a structured file. Who published them and when
 * is the next stage's (resolve); this one only finds them, and says why when there are none.
 */
import { hasWords } from '../extract/lines';
import { extractArticles, type DraftArticle } from '../extract/page';
import { retrievalDay } from '../resolve/dates';
import { normalizeText } from '../text/normalize';
import type { ManifestEntry } from '../types';
import { parseJsonl, type StructuredArticle } from './jsonl';
import type { ReadableInput } from './sources';

/** Fewest words of body for a page to hold an article. */
export const MIN_ARTICLE_WORDS = 30;

interface Found {
  path: string;
  sha256: string;
  /** Why the input holds no article (the source is rejected with it); absent when it holds some. */
  rejection?: string;
}

export type ExtractedInput =
  | (Found & { format: 'page'; drafts: DraftArticle[] })
  | (Found & {
      format: 'jsonl';
      records: StructuredArticle[];
      /** Lines that could not be read, or were read in part, with their numbers. */
      problems: string[];
    });

export interface ExtractOptions {
  /** Facts per input file, keyed by path relative to the seeds folder. */
  manifest: Readonly<Record<string, ManifestEntry>>;
  /** "Today" for relative dates when the manifest gives no retrieval time (ISO-8601). */
  now: string | undefined;
  /** Whether a name printed alone on a line is a known outlet's (see `PageOptions`). */
  isOutletName: (name: string) => boolean;
}

export function extractInputs(inputs: readonly ReadableInput[], options: ExtractOptions): ExtractedInput[] {
  return inputs.map((input) => (input.format === 'jsonl' ? fromJsonl(input) : fromPage(input, options)));
}

function fromPage(input: ReadableInput, options: ExtractOptions): ExtractedInput {
  const referenceDay = retrievalDay(options.manifest[input.path], options.now);
  const drafts = extractArticles(normalizeText(input.text), {
    isOutletName: options.isOutletName,
    referenceDay,
  }).filter((d) => hasWords(d.body, MIN_ARTICLE_WORDS));
  const found: ExtractedInput = { path: input.path, sha256: input.sha256, format: 'page', drafts };
  if (drafts.length === 0) found.rejection = 'no article found on the page: no run of prose of two sentences or more';
  return found;
}

function fromJsonl(input: ReadableInput): ExtractedInput {
  const { articles, problems } = parseJsonl(input.text);
  const found: ExtractedInput = {
    path: input.path,
    sha256: input.sha256,
    format: 'jsonl',
    records: articles,
    problems,
  };
  if (articles.length === 0)
    found.rejection = problems.length ? `no usable line: ${problems[0]}` : 'no article records in the file';
  return found;
}
