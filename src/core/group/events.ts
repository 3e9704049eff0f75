/**
 * The corpus's events and storylines: group the articles, apply the editor's corrections,
 * describe each event, and link related events into stories.
 */
import type {
  AppliedCorrection,
  Article,
  ArticleId,
  Correction,
  EventId,
  GroupedEvent,
  GroupedStory,
  Outlet,
  StoryId,
} from '../types';
import { toGroupInput, type FeaturePool } from './article-features';
import { averageLink, type Edge } from './cluster';
import { chooseDate, describeEach, describeMembers, type DescribeMany, type EventDescription } from './describe';
import { dayNumber, namePhrases, stem, tokenize } from './features';
import { extendGroups } from './extend';
import { groupArticles, groupCohesion, type PairScorer } from './group';
import {
  candidatePairs,
  cosine,
  DEFAULT_GROUPING,
  timeFactor,
  weighFeatures,
  type GroupingOptions,
  type Vectors,
} from './vectors';

export { toGroupInput };

/** Events link into a story when their articles, pooled, are this alike (cosine of pooled features × time factor). */
export const STORY_THRESHOLD = 0.1;
/** A storyline spans weeks: events up to this far apart can link, and time costs little within it. */
const STORY_OPTIONS: GroupingOptions = {
  ...DEFAULT_GROUPING,
  windowDays: 90,
  reportWindowDays: 90,
  sameDays: 45,
  decayDays: 30,
  timeFloor: 0,
  undatedFactor: 0.8,
};

/**
 * Apply corrections in order to groups of article ids. "detach" puts an article in an event
 * of its own; "move" puts it with another article's event. A correction naming an article
 * the corpus does not have is kept, not applied, with the reason.
 */
export function applyCorrections(
  groups: readonly (readonly ArticleId[])[],
  corrections: readonly Correction[],
): { groups: ArticleId[][]; applied: AppliedCorrection[] } {
  const out = groups.map((g) => [...g]);
  const where = new Map<ArticleId, number>();
  out.forEach((g, i) => g.forEach((id) => where.set(id, i)));
  const applied: AppliedCorrection[] = [];
  for (const c of corrections) {
    const from = where.get(c.articleId);
    if (from === undefined) {
      applied.push({ ...c, applied: false, reason: `no article "${c.articleId}" in the corpus` });
      continue;
    }
    let to: number;
    if (c.kind === 'move') {
      const target = where.get(c.withArticleId);
      if (target === undefined) {
        applied.push({ ...c, applied: false, reason: `no article "${c.withArticleId}" in the corpus` });
        continue;
      }
      to = target;
    } else {
      to = out.length;
      out.push([]);
    }
    if (from !== to) {
      out[from] = out[from]!.filter((id) => id !== c.articleId);
      out[to]!.push(c.articleId);
      where.set(c.articleId, to);
    }
    applied.push({ ...c, applied: true });
  }
  return { groups: out.filter((g) => g.length > 0).map((g) => g.sort()), applied };
}

/** An event's id: its first article's, so it stays while that article stays in it. */
export function eventIdFor(articleIds: readonly ArticleId[]): EventId {
  return `e-${[...articleIds].sort()[0]!.slice(2)}` as EventId;
}

/** Builds an event (story left to `linkStories`) from its members. */
export function describeEvent(
  id: EventId,
  members: readonly Article[],
  outletNames: readonly string[],
  storyId: StoryId,
  cohesion?: number,
  description: EventDescription = describeMembers(members, outletNames, cohesion),
): GroupedEvent {
  const { title, from, why } = description;
  const { date, estimated } = chooseDate(members);
  return {
    id,
    title,
    titleFrom: from,
    date,
    dateEstimated: estimated,
    articleIds: members.map((a) => a.id).sort(),
    storyId,
    why,
  };
}

/** Headline words say what the subject is; they count this many times a name. */
const STORY_TITLE_WEIGHT = 2;

/**
 * Each event as the names and words of its articles' headlines and subtitles: a story is the
 * same actors and subject, which headlines state; bodies drift into background that joins
 * unrelated events (on the seeds, adding the lead paragraph linked the Istanbul talks to the
 * summit story). No common-feature cut: the actors a whole corpus is about are exactly what a
 * story shares.
 */
function storyVectors(events: readonly GroupedEvent[], byId: ReadonlyMap<string, Article>): Vectors {
  const counts = events.map((e) => {
    const c = new Map<string, number>();
    for (const id of e.articleIds) {
      const a = byId.get(id)!;
      for (const n of namePhrases(`${a.title}\n${a.subtitle ?? ''}`))
        for (const w of n.toLowerCase().split(' ')) c.set(`@${stem(w)}`, (c.get(`@${stem(w)}`) ?? 0) + 1);
      for (const t of tokenize(a.title)) c.set(t.key, (c.get(t.key) ?? 0) + STORY_TITLE_WEIGHT);
    }
    return c;
  });
  return {
    ...weighFeatures(counts, 1),
    days: events.map((e) => (e.date ? dayNumber(e.date) : null)),
    dayOfYear: events.map(() => -1),
    mentioned: events.map(() => []),
    estimated: events.map((e) => e.dateEstimated),
  };
}

/** Links events into stories (average link over pooled features, weeks-long window); sets each event's storyId. */
export function linkStories(events: GroupedEvent[], byId: ReadonlyMap<string, Article>): GroupedStory[] {
  const ev = storyVectors(events, byId);
  const edges: Edge[] = [];
  for (const [a, b] of candidatePairs(ev, STORY_OPTIONS)) {
    const sim = cosine(ev, a, b) * timeFactor(ev, a, b, STORY_OPTIONS);
    if (sim >= STORY_OPTIONS.minEdge) edges.push({ a, b, sim });
  }
  const stories: GroupedStory[] = averageLink(events.length, edges, STORY_THRESHOLD).map((group) => {
    const key = (e: GroupedEvent) => `${e.date ?? '9999'} ${e.id}`;
    const members = group.map((i) => events[i]!).sort((x, y) => (key(x) < key(y) ? -1 : 1));
    const lead = [...members].sort((x, y) => y.articleIds.length - x.articleIds.length || (x.id < y.id ? -1 : 1))[0]!;
    const id = `s-${[...members.map((m) => m.id)].sort()[0]!.slice(2)}` as StoryId;
    for (const m of members) m.storyId = id;
    return { id, title: lead.title, eventIds: members.map((m) => m.id) };
  });
  return stories.sort((x, y) => (x.id < y.id ? -1 : 1));
}

export interface EventsResult {
  events: GroupedEvent[];
  stories: GroupedStory[];
  corrections: AppliedCorrection[];
}

/**
 * The articles clustered into events, the editor's corrections applied: each event's article
 * ids, the corrections as applied, and each event's cohesion (the mean similarity of its pairs;
 * null for a single article). Plain data, so that a cache can keep it (`GroupRun.cluster`).
 */
export interface Clustering {
  groups: ArticleId[][];
  applied: AppliedCorrection[];
  cohesions: (number | null)[];
}

/** What a clustering reads: the articles, in the order given, the corrections and the options. */
export interface ClusterJob {
  articles: readonly Article[];
  corrections: readonly Correction[];
  options: Partial<GroupingOptions>;
}

/** How grouping runs: what the caller lends it and wants told. They never change the result. */
export interface GroupRun {
  /** Compares the candidate pairs (default: `scorePairs`, in this thread). */
  scorePairs?: PairScorer;
  /** Describes the events (default: `describeEach`, in this thread). */
  describeEvents?: DescribeMany;
  /**
   * Told when the candidate pairs are compared and the articles' vectors let go (at 100,000
   * articles, 160 MB), before the average link makes its tables: a caller that can ask its
   * engine to collect them now keeps them from lying beside the tables.
   */
  paired?: () => void;
  /**
   * Told when the articles are clustered, the clustering's working memory let go (at 100,000
   * articles, most of a gigabyte of tables): a caller that can ask its engine to collect it
   * now, before the events are described and compared, keeps its peak lower.
   */
  clustered?: () => void;
  /** The articles' features, worked out where they were extracted (`article-features.ts`); read once. */
  features?: FeaturePool;
  /**
   * Clusters the job with `work`, or gives the clustering `work` would give without it (a
   * cache of earlier runs' clusterings), or, given an earlier clustering of most of the same
   * articles, has `extend` place the rest into it (`extendClustering`). Default: `work()`.
   */
  cluster?: (job: ClusterJob, work: () => Clustering, extend: ExtendClustering) => Clustering;
}

/**
 * An earlier clustering with the job's new articles placed into it and its missing ones taken
 * out; `changed`: the ids of articles the earlier clustering had in another version (placed
 * again). Undefined when a correction names an article that came, went or changed: the
 * corrections are then applied to a clustering made afresh.
 */
export type ExtendClustering = (earlier: Clustering, changed: ReadonlySet<string>) => Clustering | undefined;

/** `ExtendClustering` for a job (see `extend.ts`). */
export function extendClustering(
  job: ClusterJob,
  earlier: Clustering,
  changed: ReadonlySet<string>,
  run: GroupRun = {},
): Clustering | undefined {
  const inputs = job.articles.map(toGroupInput).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const at = new Map(inputs.map((x, i) => [x.id, i]));
  const before = new Set<string>(earlier.groups.flat());
  const moved = (id: string) => changed.has(id) || at.has(id) !== before.has(id);
  if (job.corrections.some((c) => moved(c.articleId) || (c.kind === 'move' && moved(c.withArticleId))))
    return undefined;
  const kept = earlier.groups.map((ids) => ids.filter((id) => at.has(id) && !changed.has(id)).map((id) => at.get(id)!));
  const placed = new Uint8Array(inputs.length);
  for (const g of kept) for (const i of g) placed[i] = 1;
  const fresh = inputs.map((_, i) => i).filter((i) => placed[i] === 0);
  const { groups, cohesions } = extendGroups(
    inputs,
    { groups: kept, cohesions: earlier.cohesions, shrunk: kept.map((g, gi) => g.length < earlier.groups[gi]!.length) },
    fresh,
    job.options,
    run.features,
  );
  return { groups: groups.map((g) => g.map((i) => inputs[i]!.id as ArticleId)), applied: earlier.applied, cohesions };
}

/** The articles clustered into events and the corrections applied (`Clustering`). */
export function clusterArticles(job: ClusterJob, run: GroupRun = {}): Clustering {
  const grouping = groupArticles(job.articles.map(toGroupInput), job.options, run.scorePairs, run.features, run.paired);
  const index = new Map(grouping.inputs.map((x, i) => [x.id, i]));
  const { groups, applied } = applyCorrections(
    grouping.groups.map((g) => g.map((i) => grouping.inputs[i]!.id as ArticleId)),
    job.corrections,
  );
  const cohesions = groupCohesion(
    groups.map((ids) => ids.map((id) => index.get(id)!)),
    grouping.inputs.length,
    grouping.pairs,
  );
  return { groups, applied, cohesions: cohesions.map((c) => c ?? null) };
}

/** Events and stories of a corpus's articles; deterministic and independent of article order. */
export function groupIntoEvents(
  articles: readonly Article[],
  outlets: readonly Outlet[],
  corrections: readonly Correction[] = [],
  options: Partial<GroupingOptions> = {},
  run: GroupRun = {},
): EventsResult {
  const describeMany = run.describeEvents ?? describeEach;
  const job: ClusterJob = { articles, corrections, options };
  const work = () => clusterArticles(job, run);
  const extend: ExtendClustering = (earlier, changed) => extendClustering(job, earlier, changed, run);
  const { groups, applied, cohesions } = run.cluster ? run.cluster(job, work, extend) : work();
  // Read by the clustering or not needed (a clustering from a cache): let the features go.
  run.features?.release();
  run.clustered?.();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const outletNames = outlets.map((o) => o.name);
  const memberLists = groups.map((ids) => ids.map((id) => byId.get(id)!));
  const descriptions = describeMany(
    memberLists.map((members, gi) => (cohesions[gi] === null ? { members } : { members, cohesion: cohesions[gi]! })),
    outletNames,
  );
  const events = memberLists
    .map((members, gi) =>
      describeEvent(
        eventIdFor(groups[gi]!),
        members,
        outletNames,
        '' as StoryId,
        cohesions[gi] ?? undefined,
        descriptions[gi],
      ),
    )
    .sort((x, y) =>
      (x.date ?? '') > (y.date ?? '') ? -1 : (x.date ?? '') < (y.date ?? '') ? 1 : x.id < y.id ? -1 : 1,
    );
  const stories = linkStories(events, byId);
  return { events, stories, corrections: applied };
}
