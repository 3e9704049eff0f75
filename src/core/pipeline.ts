/**
 * The Parallax pipeline, stage by stage, from the raw input files to the corpus:
 *
 *   sources  → every file hashed, de-duplicated and decoded, or set aside with a reason (ingest/sources)
 *   extract  → the articles each page or record file holds, as found (ingest/extract-inputs)
 *   resolve  → each article's publisher, republishers, date and id; what it quotes and cites (resolve/)
 *   group    → articles into events, events into storylines; the editor's corrections (group/)
 *   compare  → each event's quotes, facts, naming and provenance (compare/)
 *   corpus   → all of it as `corpus.json` describes (ingest/assemble)
 *
 * Pure: the caller reads the files and passes their bytes; the same inputs give the same corpus
 * in any order.
 */
import { compareCorpus, type CompareContext, type CompareMany, type NameMany } from './compare/compare-event';
import type { FeaturePool } from './group/article-features';
import type { DescribeMany } from './group/describe';
import { groupIntoEvents, type GroupRun } from './group/events';
import type { PairScorer } from './group/group';
import type { GroupingOptions } from './group/vectors';
import { assembleCorpus } from './ingest/assemble';
import { extractInputs, type ExtractedInput } from './ingest/extract-inputs';
import { readSources, type SourceRecord } from './ingest/sources';
import { OutletRegistry } from './outlets';
import { resolveArticles, type ResolveStage } from './resolve/resolve';
import type { Article, Corpus, Correction, InputFile, ManifestEntry, OutletRecord, PlaceName } from './types';

export interface PipelineOptions {
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

export function runPipeline(files: readonly InputFile[], options: PipelineOptions = {}, run: CompleteRun = {}): Corpus {
  const registry = new OutletRegistry(options.registry ?? []);
  const manifest = options.manifest ?? {};
  const read = readSources(files);
  const extracted = extractInputs(read.inputs, {
    manifest,
    now: options.now,
    isOutletName: (name) => registry.byExactName(name) !== undefined,
  });
  const resolved = resolveArticles(extracted, { manifest, registry });
  return completeCorpus({ sources: read.sources, extracted, resolved }, options, run);
}

/** What the first three stages leave for the rest: every source, what was found in each file, the articles. */
export interface ResolvedParts {
  sources: readonly SourceRecord[];
  /** Per file read: its format, and its rejection or problems (`assembleCorpus` reads no more of it). */
  extracted: readonly ExtractedInput[];
  resolved: ResolveStage;
}

/** How the stages after resolve run: what the caller lends them and wants told. They never change the corpus. */
export interface CompleteRun {
  /** Told each stage's name as it ends (a caller timing the stages). */
  onStageEnd?: (stage: 'group' | 'compare' | 'corpus') => void;
  /** Compares the grouping's candidate pairs (default: in this thread; the ingest lends both cores). */
  scorePairs?: PairScorer;
  /** Describes the events (default: one after another in this thread; the ingest lends both cores). */
  describeEvents?: DescribeMany;
  /** Compares the events (default: one after another in this thread; the ingest lends both cores). */
  compareEvents?: CompareMany;
  /** Reads each story's naming (default: one after another in this thread; the ingest keeps them in a cache). */
  nameStories?: NameMany;
  /** Told when grouping has compared the candidate pairs and let go of the vectors (`GroupRun`). */
  paired?: () => void;
  /** Told when grouping has clustered the articles and let go of the clustering's memory (`GroupRun`). */
  clustered?: () => void;
  /** The articles' grouping features, worked out where they were extracted (`group/article-features.ts`); read once. */
  features?: FeaturePool;
  /** Clusters the articles, or gives an earlier run's clustering of the same (`GroupRun.cluster`). */
  cluster?: GroupRun['cluster'];
  /** What becomes of each event's comparison as it is made (`CompareContext.keep`). */
  keepComparison?: CompareContext['keep'];
  /** Each article's first paragraph, as much as the search for copies reads, for a caller that keeps the text elsewhere. */
  leadOf?: (article: Article) => string;
  /** Whether a text recurs in the corpus, worked out by a caller that keeps the articles' text elsewhere. */
  recurs?: (text: string) => boolean;
}

/**
 * The stages after resolve: group, compare, corpus. Split from `runPipeline` so that a caller
 * that ran the per-file stages elsewhere (in parallel, or from a cache: `ingest/file-extract.ts`)
 * finishes exactly as the pipeline does.
 */
export function completeCorpus(parts: ResolvedParts, options: PipelineOptions = {}, run: CompleteRun = {}): Corpus {
  const onStageEnd = run.onStageEnd ?? (() => {});
  const records = options.registry ?? [];
  const { resolved } = parts;
  const grouped = groupIntoEvents(resolved.articles, resolved.outlets, options.corrections ?? [], options.grouping, {
    scorePairs: run.scorePairs,
    describeEvents: run.describeEvents,
    paired: run.paired,
    clustered: run.clustered,
    features: run.features,
    cluster: run.cluster,
  });
  onStageEnd('group');
  const placeNames = [...(options.placeNames ?? [])];
  const { events, stories } = compareCorpus(
    grouped.events,
    grouped.stories,
    resolved.articles,
    {
      outlets: resolved.outlets,
      placeNames,
      outletNames: outletNamesOf(records),
      printOf: run.features && ((a) => run.features!.printOf(a.id)),
      ...(run.leadOf ? { leadOf: run.leadOf } : {}),
      ...(run.recurs ? { recurs: run.recurs } : {}),
      keep: run.keepComparison,
    },
    run.compareEvents,
    run.nameStories,
  );
  onStageEnd('compare');
  const corpus = assembleCorpus({
    sources: parts.sources,
    extracted: parts.extracted,
    articleIds: resolved.articleIds,
    outlets: resolved.outlets,
    articles: resolved.articles,
    events,
    stories,
    corrections: grouped.corrections,
    placeNames,
  });
  onStageEnd('corpus');
  return corpus;
}

/** Every registered name and alias, lower-cased, to its outlet's id (for spotting wire copy). */
function outletNamesOf(records: readonly OutletRecord[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const o of records) for (const n of [o.name, ...o.aliases]) names.set(n.toLowerCase(), o.id);
  return names;
}
