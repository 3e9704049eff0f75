/**
 * The Parallax domain: what the pipeline produces and the views read.
 * The serialised corpus's types are inferred from its zod schema (`schema.ts`, the contract of
 * `corpus.json`, docs/corpus.md) and re-exported here; what is written by hand below is not
 * part of the corpus: the editor's input files as the core receives them.
 */
import type { Outlet } from './schema';

export type {
  AppliedCorrection,
  Article,
  ArticleHeader,
  ArticleId,
  ArticleMeta,
  ArticleRole,
  Citation,
  CitationKind,
  Comparison,
  Copy,
  Corpus,
  CorpusIndex,
  Correction,
  DateBasis,
  EventEvidence,
  EventFile,
  EventId,
  EventSummary,
  Fact,
  FactSpan,
  GroupedEvent,
  GroupedStory,
  Naming,
  NewsEvent,
  Outlet,
  OutletId,
  OutletKind,
  PlaceName,
  Provenance,
  Published,
  Quote,
  QuoteGroup,
  QuoteKind,
  Source,
  SourceStatus,
  Story,
  StoryId,
  TextSpan,
} from './schema';

/** An outlet as registered in `seeds/outlets.json`: an outlet plus the names it goes by in text. */
export interface OutletRecord extends Outlet {
  /** Other spellings that identify the outlet in text ("Pravda.Ru", "Kyiv Independent"). */
  aliases: string[];
}

/** One input file as handed to the core: its path relative to the seeds folder and its raw bytes. */
export interface InputFile {
  path: string;
  bytes: Uint8Array;
}

/** Facts about an input file that its text does not state (seeds/manifest.json). */
export interface ManifestEntry {
  outlet?: string;
  url?: string;
  /** YYYY-MM-DD or a full ISO-8601 instant. */
  published?: string;
  /** The published date is the editor's inference, not printed anywhere. */
  publishedEstimated?: boolean;
  /** When the page was scraped: YYYY-MM-DD or a full ISO-8601 instant. */
  retrieved?: string;
  /** The retrieval time is approximate ("on or about"). */
  retrievedEstimated?: boolean;
  note?: string;
}
