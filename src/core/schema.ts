/**
 * The corpus as a zod schema: the contract of `corpus.json`, checked where it is written and
 * where the app loads it, and the one source of the corpus's TypeScript types (inferred below,
 * re-exported by `types.ts`). Field meanings are documented here, beside the rule that checks them.
 */
import { CORPUS_SCHEMA_VERSION, versionProblem } from './schema-version';
import { z } from './zod-mini';

export { CORPUS_SCHEMA_VERSION };

/** A calendar day, YYYY-MM-DD: a real one (no 2025-02-30). */
export const isoDaySchema = z.iso.date();
/** A time of day as printed, HH:MM (24 h), no seconds. */
export const clockTimeSchema = z.iso.time({ precision: -1 });
/** Addresses the views link to: the web's, never `javascript:` or `data:`. */
const WEB_PROTOCOL = /^https?$/;

/** An absolute http(s) address (zod's URL parser), with the message for a value that is not one. */
export function webUrl(error = 'expected an absolute http(s) address') {
  return z.url({ protocol: WEB_PROTOCOL, error });
}

export const webUrlSchema = webUrl();

export function isIsoDay(value: string): boolean {
  return isoDaySchema.safeParse(value).success;
}

export function isClockTime(value: string): boolean {
  return clockTimeSchema.safeParse(value).success;
}

/** The address as the corpus keeps it (trimmed), or null when it is not an absolute http(s) address. */
export function toWebUrl(value: string): string | null {
  const r = webUrlSchema.safeParse(value);
  return r.success ? r.data : null;
}

const articleIdSchema = z.string().check(z.minLength(1)).brand<'ArticleId'>();
const eventIdSchema = z.string().check(z.minLength(1)).brand<'EventId'>();
const outletIdSchema = z.string().check(z.minLength(1)).brand<'OutletId'>();
const storyIdSchema = z.string().check(z.minLength(1)).brand<'StoryId'>();

export type ArticleId = z.output<typeof articleIdSchema>;
export type EventId = z.output<typeof eventIdSchema>;
export type OutletId = z.output<typeof outletIdSchema>;
export type StoryId = z.output<typeof storyIdSchema>;

const outletKindSchema = z.enum([
  'newspaper',
  'broadcaster',
  'news agency',
  'aggregator',
  'magazine',
  'online',
  'unknown',
]);
export type OutletKind = z.output<typeof outletKindSchema>;

export const outletSchema = z.object({
  id: outletIdSchema,
  name: z.string().check(z.minLength(1)),
  /** ISO 3166-1 alpha-2 country code, or null when not known. */
  country: z.nullable(z.string()),
  kind: outletKindSchema,
  /** Owned or controlled by a state. */
  stateOwned: z.optional(z.boolean()),
  homepage: z.nullable(webUrlSchema),
});
export type Outlet = z.output<typeof outletSchema>;

/**
 * Where a published date came from: `text` an absolute date printed on the page near the
 * article; `relative` "a day ago" resolved against the retrieval time; `manifest` stated by the
 * editor in seeds/manifest.json; `structured` a field of a structured (.jsonl) input; `none`.
 */
const dateBasisSchema = z.enum(['text', 'relative', 'manifest', 'structured', 'none']);
export type DateBasis = z.output<typeof dateBasisSchema>;

const publishedSchema = z.object({
  /** Calendar date as printed (the outlet's local date), YYYY-MM-DD; null when nothing supports one. */
  date: z.nullable(isoDaySchema),
  /** Local time as printed, HH:MM (24 h); absent when not stated. */
  time: z.optional(clockTimeSchema),
  /** True when the date was inferred (relative phrase, editor's estimate) rather than printed. */
  estimated: z.boolean(),
  basis: dateBasisSchema,
});
export type Published = z.output<typeof publishedSchema>;

/** A place in an article: `body[paragraph].slice(start, end)`, offsets in UTF-16 code units. */
const textSpanSchema = z.object({
  paragraph: z.int().check(z.nonnegative()),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
});
export type TextSpan = z.output<typeof textSpanSchema>;

/**
 * `direct`: words in quotation marks given as the speaker's own; `partial`: a quoted fragment
 * inside reported speech (He added that "there are no specifics yet"); `paraphrase`: reported
 * speech without quotation marks ("Peskov said that …").
 */
const quoteKindSchema = z.enum(['direct', 'partial', 'paraphrase']);
export type QuoteKind = z.output<typeof quoteKindSchema>;

const quoteSchema = z.object({
  /** Unique in the corpus: the article's id, ":q" and the quote's position in it. */
  id: z.string().check(z.minLength(1)),
  /** Exactly `body[paragraph].slice(start, end)`: the quoted words without their quotation marks. */
  text: z.string(),
  /** The person (or body) the article names as saying it, as printed in full in the article; null when nobody can be named. */
  speaker: z.nullable(z.string()),
  kind: quoteKindSchema,
  ...textSpanSchema.shape,
});
export type Quote = z.output<typeof quoteSchema>;

const citationKindSchema = z.enum(['outlet', 'agency', 'person', 'document', 'other']);
export type CitationKind = z.output<typeof citationKindSchema>;

/** A source the article cites. The span covers the citing words as printed, label and name ("Russian propaganda outlet RIA Novosti"). */
const citationSchema = z.object({
  /** The source's name as printed ("RIA Novosti", "Pavel Zarubin"). */
  name: z.string().check(z.minLength(1)),
  /** The registered outlet the name resolves to through outlets.json aliases. */
  outletId: z.optional(outletIdSchema),
  /** The words that introduce the source ("Russian propaganda outlet", "Kremlin propagandist"); "" when it is named bare. */
  label: z.string(),
  kind: citationKindSchema,
  ...textSpanSchema.shape,
});
export type Citation = z.output<typeof citationSchema>;

/** How articles name one thing: a person, a place, a body. */
const namingSchema = z.object({
  /** The thing named, in the most common full form ("Dmitry Peskov", "Kyiv"). */
  referent: z.string().check(z.minLength(1)),
  /** The words used, each with the articles using them; at least two variants. */
  variants: z
    .array(
      z.object({ words: z.string().check(z.minLength(1)), articleIds: z.array(articleIdSchema).check(z.minLength(1)) }),
    )
    .check(z.minLength(2)),
});
export type Naming = z.output<typeof namingSchema>;

const articleRoleSchema = z.enum(['primary', 'embedded']);
export type ArticleRole = z.output<typeof articleRoleSchema>;

const articleSchema = z.object({
  id: articleIdSchema,
  /** Path of the input file relative to the seeds folder. */
  sourceFile: z.string().check(z.minLength(1)),
  url: z.optional(webUrlSchema),
  role: articleRoleSchema,
  /** The original publisher. */
  outletId: outletIdSchema,
  /** Republishers, the one nearest the original first; [] if none. */
  viaOutletIds: z.array(outletIdSchema),
  title: z.string(),
  subtitle: z.optional(z.string()),
  authors: z.array(z.string()),
  published: publishedSchema,
  /** The article's own paragraphs, in order. */
  body: z.array(z.string()).check(z.minLength(1)),
  captions: z.optional(z.array(z.string())),
  warnings: z.optional(z.array(z.string())),
  /** Statements the article attributes to someone, in reading order (src/core/compare/quotes). */
  quotes: z.array(quoteSchema),
  /** Whom the article cites and the words it introduces them with, in reading order. */
  citations: z.array(citationSchema),
});
export type Article = z.output<typeof articleSchema>;

const sourceStatusSchema = z.enum(['ok', 'rejected', 'duplicate']);
export type SourceStatus = z.output<typeof sourceStatusSchema>;

const sourceSchema = z.object({
  file: z.string().check(z.minLength(1)),
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  bytes: z.int().check(z.nonnegative()),
  status: sourceStatusSchema,
  /** Why a file is not `ok`, in words a person understands. */
  reason: z.optional(z.string()),
  /** For a duplicate: the file it repeats. */
  duplicateOf: z.optional(z.string()),
  /** Lines of a structured file that could not be read (the rest were), with their numbers. */
  problems: z.optional(z.array(z.string())),
  articleIds: z.array(articleIdSchema),
});
export type Source = z.output<typeof sourceSchema>;

/** What joined an event's articles, for a reader to check: only what at least two of them share. */
const eventEvidenceSchema = z.object({
  /** Names (people, places, organisations) as printed, the most widely shared first. */
  names: z.array(z.string()),
  /** Passages two or more outlets quote alike, as the earliest of them prints it. */
  quotes: z.array(z.string()),
  /** Days they give: published days (YYYY-MM-DD) and days the text mentions (MM-DD). */
  dates: z.array(z.string()),
  /** Other words their headlines and leads share. */
  terms: z.array(z.string()),
  /** Mean similarity of the article pairs (cosine of features × time factor, 0–1); absent for one article. */
  cohesion: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
});
export type EventEvidence = z.output<typeof eventEvidenceSchema>;

/** An event as grouping makes it, before its articles are compared. */
const groupedEventSchema = z.object({
  id: eventIdSchema,
  /** A member headline: the one that covers most of what the members share, cleaned of outlet tags and labels. */
  title: z.string(),
  /** The article whose headline became the title. */
  titleFrom: articleIdSchema,
  /** YYYY-MM-DD: the day most of its articles give (stated dates before estimated ones); null when none does. */
  date: z.nullable(isoDaySchema),
  /** The date rests only on estimated article dates. */
  dateEstimated: z.boolean(),
  articleIds: z.array(articleIdSchema).check(z.minLength(1)),
  storyId: storyIdSchema,
  why: eventEvidenceSchema,
});
export type GroupedEvent = z.output<typeof groupedEventSchema>;

/** One statement as several articles render it. */
const quoteGroupSchema = z.object({
  /** Unique in the event: the event's id, ":q" and a position. */
  id: z.string().check(z.minLength(1)),
  speaker: z.nullable(z.string()),
  /** One rendering per article that carries it, in the order of the event's articles. */
  variants: z
    .array(z.object({ articleId: articleIdSchema, quoteId: z.string().check(z.minLength(1)) }))
    .check(z.minLength(1)),
  /** The event's articles that do not carry it. */
  missingFrom: z.array(articleIdSchema),
});
export type QuoteGroup = z.output<typeof quoteGroupSchema>;

const factSpanSchema = z.object({ articleId: articleIdSchema, ...textSpanSchema.shape });
export type FactSpan = z.output<typeof factSpanSchema>;

/** One claim, in the words of each article that makes it. */
const factSchema = z.object({
  /** Unique in the event: the event's id, ":f" and a position. */
  id: z.string().check(z.minLength(1)),
  /** The claim as the earliest article that carries it words it (one sentence). */
  text: z.string(),
  /** The articles that carry it, earliest first. */
  articleIds: z.array(articleIdSchema).check(z.minLength(1)),
  /** Where each of them says it: one sentence each, in the order of `articleIds`. */
  spans: z.array(factSpanSchema).check(z.minLength(1)),
});
export type Fact = z.output<typeof factSchema>;

/** An article found to republish another's report. */
const copySchema = z.object({
  articleId: articleIdSchema,
  /** The article it copies, or the outlet whose wire report it carries when that report is not in the corpus. */
  of: z.string().check(z.minLength(1)),
  /** Why, in words a reader can check ("near-identical body (92% of word shingles)", "wire dateline \"(Reuters) -\""). */
  basis: z.string().check(z.minLength(1)),
});
export type Copy = z.output<typeof copySchema>;

const provenanceSchema = z.object({
  /** Distinct outlets among the members (original publishers). */
  outlets: z.int().check(z.nonnegative()),
  /** Reports that are not copies of another. */
  independentReports: z.int().check(z.nonnegative()),
  copies: z.array(copySchema),
});
export type Provenance = z.output<typeof provenanceSchema>;

/** How an event's articles compare (src/core/compare). */
const comparisonSchema = z.object({
  /** Statements carried by more than one article (or one attributed to a person others quote), each with every article's rendering. */
  quotes: z.array(quoteGroupSchema),
  /** Every sentence of the members aligned into claims: each sentence is in exactly one fact. */
  facts: z.array(factSchema),
  /** Things the members name differently, only where they differ. */
  naming: z.array(namingSchema),
  provenance: provenanceSchema,
});
export type Comparison = z.output<typeof comparisonSchema>;

const eventSchema = z.extend(groupedEventSchema, comparisonSchema.shape);
export type NewsEvent = z.output<typeof eventSchema>;

/** Related events (same actors and subject over weeks), oldest first. */
const groupedStorySchema = z.object({
  id: storyIdSchema,
  /** The title of its most covered event. */
  title: z.string(),
  eventIds: z.array(eventIdSchema).check(z.minLength(1)),
});
export type GroupedStory = z.output<typeof groupedStorySchema>;

const storySchema = z.extend(groupedStorySchema, {
  /** How the story's articles name the same things differently, across its events. */
  naming: z.array(namingSchema),
});
export type Story = z.output<typeof storySchema>;

/** A reader's or editor's correction to the grouping, keyed by articles so it survives re-ingest. */
export const correctionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('detach'), articleId: articleIdSchema }),
  z.object({ kind: z.literal('move'), articleId: articleIdSchema, withArticleId: articleIdSchema }),
]);
export type Correction = z.output<typeof correctionSchema>;

const appliedCorrectionSchema = z.intersection(
  correctionSchema,
  z.object({ applied: z.boolean(), reason: z.optional(z.string()) }),
);
export type AppliedCorrection = z.output<typeof appliedCorrectionSchema>;

/** Spellings of one place as outlets write it (seeds/place-names.json): "Kyiv" / "Kiev". */
const placeNameSchema = z.object({
  /** The form Parallax names the place by. */
  referent: z.string().check(z.minLength(1)),
  /** Every spelling, the referent included. */
  spellings: z.array(z.string().check(z.minLength(1))),
  note: z.optional(z.string()),
});
export type PlaceName = z.output<typeof placeNameSchema>;

/** The parts of a corpus that refer to each other, checked alike in a whole corpus and in its index. */
interface Linked {
  outlets: readonly { id: string }[];
  articles: readonly { id: string; outletId: string; viaOutletIds: readonly string[] }[];
  events: readonly { id: string; articleIds: readonly string[]; storyId: string }[];
  stories: readonly { id: string; eventIds: readonly string[] }[];
}

/** Every article of a known outlet and in exactly one event, every event in its story. */
function checkLinks(c: Linked, ctx: { addIssue: (issue: { code: 'custom'; message: string }) => void }): void {
  const outletIds = new Set<string>(c.outlets.map((o) => o.id));
  const articleIds = new Set<string>();
  for (const a of c.articles) {
    if (articleIds.has(a.id)) ctx.addIssue({ code: 'custom', message: `duplicate article id "${a.id}"` });
    articleIds.add(a.id);
    for (const o of [a.outletId, ...a.viaOutletIds]) {
      if (!outletIds.has(o)) ctx.addIssue({ code: 'custom', message: `article "${a.id}" names unknown outlet "${o}"` });
    }
  }
  const grouped = new Set<string>();
  const storyOf = new Map<string, string>();
  for (const s of c.stories) for (const id of s.eventIds) storyOf.set(id, s.id);
  for (const e of c.events) {
    for (const id of e.articleIds) {
      if (!articleIds.has(id))
        ctx.addIssue({ code: 'custom', message: `event "${e.id}" names unknown article "${id}"` });
      if (grouped.has(id)) ctx.addIssue({ code: 'custom', message: `article "${id}" is in more than one event` });
      grouped.add(id);
    }
    if (storyOf.get(e.id) !== e.storyId)
      ctx.addIssue({ code: 'custom', message: `event "${e.id}" is not listed in its story "${e.storyId}"` });
  }
  for (const id of articleIds)
    if (!grouped.has(id)) ctx.addIssue({ code: 'custom', message: `article "${id}" is in no event` });
}

/** The corpus's lists, each by the schema of its items (`checkCorpus` checks them one at a time). */
const corpusLists = {
  sources: sourceSchema,
  outlets: outletSchema,
  articles: articleSchema,
  events: eventSchema,
  stories: storySchema,
  /** Grouping corrections from the seeds folder (grouping.json) and what became of each. */
  corrections: appliedCorrectionSchema,
  /** The place-name table the naming comparison used (seeds/place-names.json), so events regrouped in the browser compare alike. */
  placeNames: placeNameSchema,
};
/** The lists a corpus may leave out. */
const OPTIONAL_LISTS = new Set(['corrections', 'placeNames']);

export const corpusSchema = z
  .object({
    schemaVersion: z.literal(CORPUS_SCHEMA_VERSION),
    sources: z.array(corpusLists.sources),
    outlets: z.array(corpusLists.outlets),
    articles: z.array(corpusLists.articles),
    events: z.array(corpusLists.events),
    stories: z.array(corpusLists.stories),
    corrections: z.optional(z.array(corpusLists.corrections)),
    placeNames: z.optional(z.array(corpusLists.placeNames)),
  })
  .check(z.superRefine(checkLinks));
export type Corpus = z.output<typeof corpusSchema>;

/*
 * The corpus as the app loads it, in parts (core/corpus-parts.ts): an index that every page reads
 * (the events without their comparison, the articles without their text) and one file per event
 * (the event compared, its articles whole), loaded by the pages that show it. The first view's
 * data then does not grow with the articles' text, and an event can be kept offline on its own.
 */

/** An article as the index holds it: all but its text (body, captions), what was read from it, and its input file. */
const articleHeaderSchema = z.extend(
  z.omit(articleSchema, {
    sourceFile: true,
    body: true,
    captions: true,
    warnings: true,
    quotes: true,
    citations: true,
  }),
  {
    /** The opening of its first paragraph: whole when short, else cut at a word, with an ellipsis (core/corpus-parts.ts). */
    teaser: z.string(),
  },
);
export type ArticleHeader = z.output<typeof articleHeaderSchema>;
/** What an article and its header share: everything but the text. */
export type ArticleMeta = Omit<Article, 'sourceFile' | 'body' | 'captions' | 'warnings' | 'quotes' | 'citations'>;

/**
 * An event as the index holds it: grouped, with its provenance; without the comparison of its
 * texts and the evidence that grouped them (`why`), which only its page shows.
 */
const eventSummarySchema = z.extend(z.omit(groupedEventSchema, { why: true }), { provenance: provenanceSchema });
export type EventSummary = z.output<typeof eventSummarySchema>;

export const corpusIndexSchema = z
  .object({
    schemaVersion: z.literal(CORPUS_SCHEMA_VERSION),
    outlets: z.array(outletSchema),
    articles: z.array(articleHeaderSchema),
    events: z.array(eventSummarySchema),
    stories: z.array(storySchema),
    corrections: z.optional(z.array(appliedCorrectionSchema)),
    placeNames: z.optional(z.array(placeNameSchema)),
    /** How many input files the corpus was made from. */
    sourceCount: z.int().check(z.nonnegative()),
    /** The input files that gave no article of their own (rejected or duplicates), with why. */
    setAside: z.array(sourceSchema),
    /** By event id: its file, relative to the index's address. */
    eventFiles: z.record(z.string(), z.string().check(z.minLength(1))),
    /**
     * Present on the index's head (core/corpus-parts.ts `corpusHead`): what the first view reads
     * of a corpus of any size, the newest events only, with the counts of the whole; the whole
     * index is in `file`, loaded once the first view is up.
     */
    rest: z.optional(
      z.object({
        /** The whole index, relative to the head's address. */
        file: z.string().check(z.minLength(1)),
        /** Its size in bytes, uncompressed: a small one is loaded ahead, a large one when a view needs it. */
        bytes: z.int().check(z.nonnegative()),
        /** How many events and articles the whole index holds. */
        events: z.int().check(z.nonnegative()),
        articles: z.int().check(z.nonnegative()),
        /** By outlet id: how many of all the events it reports. */
        outletEvents: z.record(z.string(), z.int().check(z.nonnegative())),
        /** The newest event's day in the whole index (the date presets count back from it). */
        newest: z.nullable(isoDaySchema),
      }),
    ),
  })
  .check(
    z.superRefine((c, ctx) => {
      checkLinks(c, ctx);
      for (const e of c.events)
        if (!Object.hasOwn(c.eventFiles, e.id))
          ctx.addIssue({ code: 'custom', message: `event "${e.id}" has no file` });
    }),
  );
export type CorpusIndex = z.output<typeof corpusIndexSchema>;

/** One event's file: the event compared, and its articles whole, in the event's order. */
export const eventFileSchema = z
  .object({
    schemaVersion: z.literal(CORPUS_SCHEMA_VERSION),
    event: eventSchema,
    articles: z.array(articleSchema),
    /** The event's storyline, so that its page can place it before the whole index is here. */
    story: z.optional(storySchema),
  })
  .check(
    z.superRefine((f, ctx) => {
      if (f.articles.map((a) => a.id).join('\n') !== f.event.articleIds.join('\n'))
        ctx.addIssue({ code: 'custom', message: `the articles are not those of event "${f.event.id}"` });
    }),
  );
export type EventFile = z.output<typeof eventFileSchema>;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

function check<T>(
  schema: {
    safeParse: (
      v: unknown,
    ) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  what: string,
  value: unknown,
): Checked<T> {
  const version = versionProblem(what, value);
  if (version !== null) return { ok: false, error: version };
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0];
  return {
    ok: false,
    error: issue ? `${issue.path.map(String).join('.') || what}: ${issue.message}` : `invalid ${what}`,
  };
}

export type CorpusCheck = { ok: true; corpus: Corpus } | { ok: false; error: string };

/** The schema of each item of a corpus list, by the list's key. */
type ItemSchema = {
  safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
};

/**
 * The problem of item `index` of the corpus's list `key`, where `checkCorpus` names it; null when
 * it is valid or `key` is not one of the corpus's lists.
 */
export function checkCorpusItem(key: string, index: number, item: unknown): string | null {
  if (!Object.hasOwn(corpusLists, key)) return null;
  const r = (corpusLists[key as keyof typeof corpusLists] as ItemSchema).safeParse(item);
  return r.success
    ? null
    : `${[key, index, ...r.error!.issues[0]!.path].map(String).join('.')}: ${r.error!.issues[0]!.message}`;
}

/**
 * What `parseCorpus` says of a value, without the parsed copy a parse makes (at 100,000 articles,
 * a gigabyte beside the corpus itself, for a build or an ingest that only wants to know): each
 * item of each list is checked on its own and let go, then the links between them. null when
 * the value is a corpus; else its first problem and where, as `parseCorpus` gives it.
 * `itemsChecked`: the items of its lists have been checked already (`checkCorpusItem`, as the
 * ingest writes them), and only the rest is.
 */
export function checkCorpus(value: unknown, itemsChecked = false): string | null {
  const what = 'corpus';
  const version = versionProblem(what, value);
  if (version !== null) return version;
  const at = (path: PropertyKey[], message: string) => `${path.map(String).join('.') || what}: ${message}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const r = corpusSchema.safeParse(value);
    return r.success ? null : at(r.error.issues[0]?.path ?? [], r.error.issues[0]?.message ?? `invalid ${what}`);
  }
  const record = value as Record<string, unknown>;
  const head = z.object({ schemaVersion: z.literal(CORPUS_SCHEMA_VERSION) }).safeParse(record);
  if (!head.success) return at(head.error.issues[0]!.path, head.error.issues[0]!.message);
  for (const [key, item] of Object.entries(corpusLists)) {
    const list = record[key];
    if (list === undefined && OPTIONAL_LISTS.has(key)) continue;
    if (!Array.isArray(list)) {
      const r = z.array(item).safeParse(list);
      if (!r.success) return at([key, ...r.error.issues[0]!.path], r.error.issues[0]!.message);
      continue;
    }
    if (itemsChecked) continue;
    for (let i = 0; i < list.length; i++) {
      const problem = checkCorpusItem(key, i, list[i]);
      if (problem !== null) return problem;
    }
  }
  let problem: string | null = null;
  checkLinks(record as unknown as Linked, { addIssue: (issue) => void (problem ??= at([], issue.message)) });
  return problem;
}

/** Validates an unknown value as a corpus; the error names the first problem and where. */
export function parseCorpus(value: unknown): CorpusCheck {
  const r = check<Corpus>(corpusSchema, 'corpus', value);
  return r.ok ? { ok: true, corpus: r.value } : r;
}

/** Validates an unknown value as a corpus index. */
export function parseCorpusIndex(value: unknown): Checked<CorpusIndex> {
  return check<CorpusIndex>(corpusIndexSchema, 'corpus index', value);
}

/** Validates an unknown value as an event's file. */
export function parseEventFile(value: unknown): Checked<EventFile> {
  return check<EventFile>(eventFileSchema, 'event file', value);
}
