/**
 * The Parallax domain: what the pipeline produces and the views read.
 * Field names of the serialised corpus follow the corpus contract (docs/corpus-contract.md).
 */

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ArticleId = Brand<string, 'ArticleId'>;
export type EventId = Brand<string, 'EventId'>;
export type OutletId = Brand<string, 'OutletId'>;

export type OutletKind = 'newspaper' | 'broadcaster' | 'news agency' | 'aggregator' | 'magazine' | 'online' | 'unknown';

export interface Outlet {
  id: OutletId;
  name: string;
  /** ISO 3166-1 alpha-2 country code, or null when not known. */
  country: string | null;
  kind: OutletKind;
  /** Owned or controlled by a state. */
  stateOwned?: boolean;
  homepage: string | null;
}

/** An outlet as registered in `seeds/outlets.json`: an outlet plus the names it goes by in text. */
export interface OutletRecord extends Outlet {
  /** Other spellings that identify the outlet in text ("Pravda.Ru", "Kyiv Independent"). */
  aliases: string[];
}

/** Where a published date came from. */
export type DateBasis =
  | 'text' // an absolute date printed on the page near the article
  | 'relative' // "a day ago" resolved against the retrieval time
  | 'manifest' // stated by the editor in seeds/manifest.json
  | 'structured' // a field of a structured (.jsonl) input
  | 'none';

export interface Published {
  /** Calendar date as printed (the outlet's local date), YYYY-MM-DD; null when nothing supports one. */
  date: string | null;
  /** Local time as printed, HH:MM (24 h); absent when not stated. */
  time?: string;
  /** True when the date was inferred (relative phrase, editor's estimate) rather than printed. */
  estimated: boolean;
  basis: DateBasis;
}

export type ArticleRole = 'primary' | 'embedded';

export interface Article {
  id: ArticleId;
  /** Path of the input file relative to the seeds folder. */
  sourceFile: string;
  url?: string;
  role: ArticleRole;
  /** The original publisher. */
  outletId: OutletId;
  /** Republishers, the one nearest the original first; [] if none. */
  viaOutletIds: OutletId[];
  title: string;
  subtitle?: string;
  authors: string[];
  published: Published;
  /** The article's own paragraphs, in order. */
  body: string[];
  captions?: string[];
  warnings?: string[];
}

export type SourceStatus = 'ok' | 'rejected' | 'duplicate';

export interface Source {
  file: string;
  sha256: string;
  bytes: number;
  status: SourceStatus;
  /** Why a file is not `ok`, in words a person understands. */
  reason?: string;
  /** For a duplicate: the file it repeats. */
  duplicateOf?: string;
  /** Lines of a structured file that could not be read (the rest were), with their numbers. */
  problems?: string[];
  articleIds: ArticleId[];
}

export type StoryId = Brand<string, 'StoryId'>;

/** What joined an event's articles, for a reader to check: only what at least two of them share. */
export interface EventEvidence {
  /** Names (people, places, organisations) as printed, the most widely shared first. */
  names: string[];
  /** Passages two or more outlets quote alike, as the earliest of them prints it. */
  quotes: string[];
  /** Days they give: published days (YYYY-MM-DD) and days the text mentions (MM-DD). */
  dates: string[];
  /** Other words their headlines and leads share. */
  terms: string[];
  /** Mean similarity of the article pairs (cosine of features × time factor, 0–1); absent for one article. */
  cohesion?: number;
}

export interface NewsEvent {
  id: EventId;
  /** A member headline: the one that covers most of what the members share, cleaned of outlet tags and labels. */
  title: string;
  /** The article whose headline became the title. */
  titleFrom: ArticleId;
  /** YYYY-MM-DD: the day most of its articles give (stated dates before estimated ones); null when none does. */
  date: string | null;
  /** The date rests only on estimated article dates. */
  dateEstimated: boolean;
  articleIds: ArticleId[];
  storyId: StoryId;
  why: EventEvidence;
}

/** Related events (same actors and subject over weeks), oldest first. */
export interface Story {
  id: StoryId;
  /** The title of its most covered event. */
  title: string;
  eventIds: EventId[];
}

export interface Corpus {
  schemaVersion: 1;
  sources: Source[];
  outlets: Outlet[];
  articles: Article[];
  events: NewsEvent[];
  stories: Story[];
  /** Grouping corrections from the seeds folder (grouping.json) and what became of each. */
  corrections?: AppliedCorrection[];
}

/** A reader's or editor's correction to the grouping, keyed by articles so it survives re-ingest. */
export type Correction =
  { kind: 'detach'; articleId: ArticleId } | { kind: 'move'; articleId: ArticleId; withArticleId: ArticleId };

export type AppliedCorrection = Correction & { applied: boolean; reason?: string };

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
