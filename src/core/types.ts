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
  /** Statements the article attributes to someone, in reading order (src/core/compare/quotes). */
  quotes: Quote[];
  /** Whom the article cites and the words it introduces them with, in reading order. */
  citations: Citation[];
}

/**
 * `direct`: words in quotation marks given as the speaker's own; `partial`: a quoted fragment
 * inside reported speech (He added that "there are no specifics yet"); `paraphrase`: reported
 * speech without quotation marks ("Peskov said that …").
 */
export type QuoteKind = 'direct' | 'partial' | 'paraphrase';

/** A place in an article: `body[paragraph].slice(start, end)`, offsets in UTF-16 code units. */
export interface TextSpan {
  paragraph: number;
  start: number;
  end: number;
}

export interface Quote extends TextSpan {
  /** Unique in the corpus: the article's id, ":q" and the quote's position in it. */
  id: string;
  /** Exactly `body[paragraph].slice(start, end)`: the quoted words without their quotation marks. */
  text: string;
  /** The person (or body) the article names as saying it, as printed in full in the article; null when nobody can be named. */
  speaker: string | null;
  kind: QuoteKind;
}

export type CitationKind = 'outlet' | 'agency' | 'person' | 'document' | 'other';

/** A source the article cites. The span covers the citing words as printed, label and name ("Russian propaganda outlet RIA Novosti"). */
export interface Citation extends TextSpan {
  /** The source's name as printed ("RIA Novosti", "Pavel Zarubin"). */
  name: string;
  /** The registered outlet the name resolves to through outlets.json aliases. */
  outletId?: OutletId;
  /** The words that introduce the source ("Russian propaganda outlet", "Kremlin propagandist"); "" when it is named bare. */
  label: string;
  kind: CitationKind;
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

/** An event as grouping makes it, before its articles are compared. */
export interface GroupedEvent {
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

/** How an event's articles compare (src/core/compare). */
export interface Comparison {
  /** Statements carried by more than one article (or one attributed to a person others quote), each with every article's rendering. */
  quotes: QuoteGroup[];
  /** Every sentence of the members aligned into claims: each sentence is in exactly one fact. */
  facts: Fact[];
  /** Things the members name differently, only where they differ. */
  naming: Naming[];
  provenance: Provenance;
}

export interface NewsEvent extends GroupedEvent, Comparison {}

/** One statement as several articles render it. */
export interface QuoteGroup {
  /** Unique in the event: the event's id, ":q" and a position. */
  id: string;
  speaker: string | null;
  /** One rendering per article that carries it, in the order of the event's articles. */
  variants: { articleId: ArticleId; quoteId: string }[];
  /** The event's articles that do not carry it. */
  missingFrom: ArticleId[];
}

export interface FactSpan extends TextSpan {
  articleId: ArticleId;
}

/** One claim, in the words of each article that makes it. */
export interface Fact {
  /** Unique in the event: the event's id, ":f" and a position. */
  id: string;
  /** The claim as the earliest article that carries it words it (one sentence). */
  text: string;
  /** The articles that carry it, earliest first. */
  articleIds: ArticleId[];
  /** Where each of them says it: one sentence each, in the order of `articleIds`. */
  spans: FactSpan[];
}

/** How articles name one thing: a person, a place, a body. */
export interface Naming {
  /** The thing named, in the most common full form ("Dmitry Peskov", "Kyiv"). */
  referent: string;
  /** The words used, each with the articles using them; at least two variants. */
  variants: { words: string; articleIds: ArticleId[] }[];
}

/** An article found to republish another's report. */
export interface Copy {
  articleId: ArticleId;
  /** The article it copies, or the outlet whose wire report it carries when that report is not in the corpus. */
  of: string;
  /** Why, in words a reader can check ("near-identical body (92% of word shingles)", "wire dateline \"(Reuters) -\""). */
  basis: string;
}

export interface Provenance {
  /** Distinct outlets among the members (original publishers). */
  outlets: number;
  /** Reports that are not copies of another. */
  independentReports: number;
  copies: Copy[];
}

/** Related events (same actors and subject over weeks), oldest first. */
export interface GroupedStory {
  id: StoryId;
  /** The title of its most covered event. */
  title: string;
  eventIds: EventId[];
}

export interface Story extends GroupedStory {
  /** How the story's articles name the same things differently, across its events. */
  naming: Naming[];
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
  /** The place-name table the naming comparison used (seeds/place-names.json), so events regrouped in the browser compare alike. */
  placeNames?: PlaceName[];
}

/** A reader's or editor's correction to the grouping, keyed by articles so it survives re-ingest. */
export type Correction =
  { kind: 'detach'; articleId: ArticleId } | { kind: 'move'; articleId: ArticleId; withArticleId: ArticleId };

export type AppliedCorrection = Correction & { applied: boolean; reason?: string };

/** Spellings of one place as outlets write it (seeds/place-names.json): "Kyiv" / "Kiev". */
export interface PlaceName {
  /** The form Parallax names the place by. */
  referent: string;
  /** Every spelling, the referent included. */
  spellings: string[];
  note?: string;
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
