/**
 * The pipeline's last stage: what every stage decided, put together as the corpus (the contract
 * of `corpus.json`, `schema.ts`). Nothing is computed here; each source ends with the status the
 * last stage to look at it gave.
 */
import { CORPUS_SCHEMA_VERSION } from '../schema';
import type {
  AppliedCorrection,
  Article,
  ArticleId,
  Corpus,
  NewsEvent,
  Outlet,
  PlaceName,
  Source,
  Story,
} from '../types';
import type { ExtractedInput } from './extract-inputs';
import type { SourceRecord } from './sources';

export interface CorpusParts {
  /** The sources stage's record of every input file, in path order. */
  sources: readonly SourceRecord[];
  /** The extract stage's findings, for the files it read. */
  extracted: readonly ExtractedInput[];
  /** The ids of each file's articles, by path (the resolve stage). */
  articleIds: ReadonlyMap<string, ArticleId[]>;
  outlets: Outlet[];
  articles: Article[];
  events: NewsEvent[];
  stories: Story[];
  /** The editor's grouping corrections and what became of each (the group stage). */
  corrections: AppliedCorrection[];
  placeNames: PlaceName[];
}

export function assembleCorpus(parts: CorpusParts): Corpus {
  const found = new Map(parts.extracted.map((x) => [x.path, x]));
  const sources = parts.sources.map((r) => toSource(r, found.get(r.file), parts.articleIds.get(r.file) ?? []));
  const corpus: Corpus = {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    sources,
    outlets: parts.outlets,
    articles: parts.articles,
    events: parts.events,
    stories: parts.stories,
  };
  if (parts.corrections.length > 0) corpus.corrections = parts.corrections;
  if (parts.placeNames.length > 0) corpus.placeNames = parts.placeNames;
  return corpus;
}

/** The fields in the order `corpus.json` has always written them (its bytes are a public interface). */
function toSource(r: SourceRecord, found: ExtractedInput | undefined, articleIds: ArticleId[]): Source {
  const source: Source = {
    file: r.file,
    sha256: r.sha256,
    bytes: r.bytes,
    status: found?.rejection ? 'rejected' : r.status,
    articleIds,
  };
  if (found?.format === 'jsonl' && found.problems.length > 0) source.problems = found.problems;
  if (r.duplicateOf) source.duplicateOf = r.duplicateOf;
  const reason = found?.rejection ?? r.reason;
  if (reason) source.reason = reason;
  return source;
}
