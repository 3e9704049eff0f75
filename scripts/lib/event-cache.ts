/**
 * The ingest's cache of each event's comparison and description, and each story's naming,
 * beside the per-file cache (`extract-cache.ts`): an event whose articles are the same as in an
 * earlier run, read by the same code with the same place names, is not compared or described
 * again. Adding a few pages to a large corpus then compares only the events they join or change.
 *
 * An entry's key is a SHA-256 over the cache's format, the version of the code that made it
 * (`codeVersion`: the source of every module it runs), what else it reads (place names and the
 * copies among the event's articles for a comparison; the outlet names its headlines hold and
 * the cohesion for a description; place names for a story's naming), the event's id and every
 * member article as JSON, in order. A member changed in any way, an article added or taken away,
 * or a rule edited, and the key is another. One JSON file per entry,
 * `<dir>/events/<compare|describe|naming>/<version[0..16]>/<key[0..2]>/<key>.json`, written to a
 * temporary name and renamed; an entry that cannot be read or is of another shape is a miss,
 * said once per run. Opening the cache deletes the entries of other versions of the code.
 */
import { existsSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { basename, join } from 'node:path';
import { kept, type CompareMany, type NameMany } from '../../src/core/compare/compare-event';
import type { Comparison } from '../../src/core/schema';
import { withCohesion, type DescribeMany } from '../../src/core/group/describe';
import type { Clustering, ClusterJob, ExtendClustering } from '../../src/core/group/events';
import {
  ANY_ENTRIES,
  articleHash,
  codeVersion,
  generationFolder,
  pruneGenerations,
  parseEntryText,
  readEntryFile,
  readEntryText,
  sha256Hex,
  writeEntryFile,
  writeEntryText,
  type Pruning,
} from './extract-cache';

/** The layout of an entry; bump when `EventEntry` changes shape. */
export const EVENT_CACHE_FORMAT = 1;

/** The modules whose imports, followed transitively, are the comparison and the description. */
const CODE = {
  cluster: ['src/core/group/events.ts'],
  compare: ['src/core/compare/compare-event.ts'],
  describe: ['src/core/group/describe.ts'],
  naming: ['src/core/compare/naming.ts'],
} as const;

type Kind = keyof typeof CODE;
const KINDS = Object.keys(CODE) as Kind[];

interface EventEntry {
  format: typeof EVENT_CACHE_FORMAT;
  key: string;
  /** The length of the value's JSON, by which a comparison's text is taken as it is (`adoptable`; absent in entries made before). */
  chars?: number;
  value: unknown;
}

/**
 * An event entry's text, its value's JSON after its length: a comparison is taken as it stands,
 * never parsed, when that length is the length of what follows (`adoptable`; an entry cut short
 * is parsed, found unreadable, and worked out again).
 */
function entryText(key: string, value: unknown): string {
  const json = JSON.stringify(value);
  return `{"format":${EVENT_CACHE_FORMAT},"key":${JSON.stringify(key)},"chars":${json.length},"value":${json}}`;
}

/** The JSON of the value of the entry `text` of `key`, when it is laid out as `entryText` lays it out and whole. */
function adoptable(text: string, key: string): string | undefined {
  const head = `{"format":${EVENT_CACHE_FORMAT},"key":${JSON.stringify(key)},"chars":`;
  if (!text.startsWith(head)) return undefined;
  const at = text.indexOf(',"value":', head.length);
  if (at < 0) return undefined;
  const start = at + ',"value":'.length;
  const chars = Number(text.slice(head.length, at));
  if (!Number.isInteger(chars) || text.length - 1 - start !== chars || !text.endsWith('}')) return undefined;
  return text[start] === '{' ? text.slice(start, -1) : undefined;
}

/** How many events each cached stage took from the cache, and how many it worked out. */
export interface EventCacheStats {
  /** The corpus's clustering into events (one a run). */
  clustered: { cached: number; done: number };
  compared: { cached: number; done: number };
  described: { cached: number; done: number };
  /** Stories whose naming across their events was read. */
  named: { cached: number; done: number };
  /**
   * When the clustering was an earlier one with articles placed into it: the articles new to it,
   * changed since and gone, and the articles placed or taken out since the last clustering made
   * afresh.
   */
  placed?: { added: number; changed: number; removed: number; since: number };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const hasFields =
  (...fields: string[]) =>
  (v: unknown): boolean =>
    isObject(v) && fields.every((f) => v[f] !== undefined);

/** The shape each kind's value must have to be used: a comparison's four parts, a description's three, a naming list. */
const VALID: Record<Kind, (value: unknown) => boolean> = {
  cluster: (v) =>
    isObject(v) &&
    Array.isArray(v.groups) &&
    v.groups.every((g) => Array.isArray(g) && g.every((id) => typeof id === 'string')) &&
    Array.isArray(v.applied) &&
    v.applied.every(isObject) &&
    Array.isArray(v.cohesions) &&
    v.cohesions.length === v.groups.length &&
    v.cohesions.every((c) => c === null || typeof c === 'number'),
  compare: hasFields('quotes', 'facts', 'naming', 'provenance'),
  describe: hasFields('title', 'from', 'why'),
  naming: (v) => Array.isArray(v) && v.every(isObject),
};

function isEntry(x: unknown, kind: Kind, key: string): x is EventEntry {
  return isObject(x) && x.format === EVENT_CACHE_FORMAT && x.key === key && VALID[kind](x.value);
}

/**
 * The outlet names a description of these members can read: a headline loses an outlet's tag
 * (" – Name") only if it has a dash and holds the name (`cleanHeadline`, case-insensitive), so
 * a new outlet elsewhere in the corpus leaves every other event's entry as it was.
 */
function namesIn(outletNames: readonly string[], members: readonly { title: string }[]): string[] {
  const titles = members.filter((m) => DASH.test(m.title)).map((m) => m.title.toUpperCase());
  if (titles.length === 0) return [];
  return outletNames.filter((name) => {
    const upper = name.toUpperCase();
    return titles.some((t) => t.includes(upper));
  });
}

const DASH = /[-–—]/;

/** Clusterings kept: one per corpus, each a few megabytes at 100,000 articles. */
export const KEPT_CLUSTERINGS = 3;

/** The entries under `folder` (in its `<key[0..2]>` folders), the newest first; none when it is missing. */
function newestFirst(folder: string): string[] {
  const entries: { path: string; time: number }[] = [];
  if (!existsSync(folder)) return [];
  for (const sub of readdirSync(folder, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const name of readdirSync(join(folder, sub.name))) {
      if (!name.endsWith('.json')) continue;
      const path = join(folder, sub.name, name);
      entries.push({ path, time: statSync(path).mtimeMs });
    }
  }
  return entries.sort((x, y) => y.time - x.time).map((e) => e.path);
}

/** Deletes all but the `keep` newest entries under `folder`. */
function keepNewest(folder: string, keep: number): void {
  for (const path of newestFirst(folder).slice(keep)) rmSync(path, { force: true });
}

/**
 * Articles placed into earlier clusterings (`ExtendClustering`) or taken out of them since the
 * last one made afresh, at most this share of the corpus: past it, the articles are clustered afresh. Placing keeps
 * the earlier events as they were; clustering afresh may join or part them as the new reports
 * show.
 */
export const EXTEND_SHARE = 0.05;

/** Characters of each article's hash a clustering keeps, to tell which articles changed since. */
const ARTICLE_HASH_CHARS = 16;

/**
 * A clustering's entry: besides the clustering, what the next run needs to place new articles
 * into it: its options and corrections (`basis`), each article's id and hash, and how many
 * articles were placed into earlier clusterings since the last one made afresh.
 */
interface ClusterEntry extends EventEntry {
  value: Clustering;
  basis: string;
  articles: string[];
  placed: number;
}

function isClusterEntry(x: unknown, key: string): x is ClusterEntry {
  return (
    isEntry(x, 'cluster', key) &&
    typeof (x as Partial<ClusterEntry>).basis === 'string' &&
    Array.isArray((x as Partial<ClusterEntry>).articles) &&
    (x as ClusterEntry).articles.every((a) => typeof a === 'string' && a.includes(' ')) &&
    typeof (x as Partial<ClusterEntry>).placed === 'number'
  );
}

export class EventCache {
  readonly stats: EventCacheStats = {
    clustered: { cached: 0, done: 0 },
    compared: { cached: 0, done: 0 },
    described: { cached: 0, done: 0 },
    named: { cached: 0, done: 0 },
  };
  /** Each article's hash, worked out once though both stages read it. */
  private readonly hashes = new WeakMap<object, string>();
  private readonly versions: Record<Kind, string>;
  /** The folders of entries of other versions of the code, deleted as the cache is opened. */
  readonly pruning: Pruning;

  /**
   * @param dir the ingest's cache folder (entries go to `<dir>/events/`)
   * @param warn told of an entry that cannot be used
   * @param versions for tests: the code's version in keys (default: the hash of its source)
   */
  constructor(
    private readonly dir: string,
    private readonly warn: (message: string) => void,
    versions: Partial<Record<Kind, string>> = {},
    /** Cluster the articles afresh, never place them into an earlier clustering. */
    private readonly regroup = false,
  ) {
    this.versions = {
      cluster: versions.cluster ?? codeVersion(CODE.cluster),
      compare: versions.compare ?? codeVersion(CODE.compare),
      describe: versions.describe ?? codeVersion(CODE.describe),
      naming: versions.naming ?? codeVersion(CODE.naming),
    };
    // Entries of another version of the code can never be read again (nor those kept before
    // entries were kept by version).
    const prunings = KINDS.map((kind) => pruneGenerations(this.kindFolder(kind), this.versions[kind], ANY_ENTRIES));
    this.pruning = {
      folders: prunings.reduce((n, p) => n + p.folders, 0),
      done: Promise.all(prunings.map((p) => p.done)).then(() => undefined),
    };
  }

  /**
   * Whether an earlier run of this clustering code kept a clustering here, which this run's may
   * come from or be placed into (`cluster`): then most events are an earlier run's.
   */
  hasClusterings(): boolean {
    if (this.regroup) return false;
    try {
      return readdirSync(generationFolder(this.kindFolder('cluster'), this.versions.cluster)).length > 0;
    } catch {
      return false;
    }
  }

  /**
   * A `GroupRun.cluster`: the clustering an earlier run made of the same articles (in the same
   * order), corrections and options, or `work`'s. Each corpus has its own entry; the
   * `KEPT_CLUSTERINGS` newest are kept, for an editor who goes back and forth between folders.
   */
  readonly cluster = (job: ClusterJob, work: () => Clustering, extend: ExtendClustering): Clustering => {
    const basis = JSON.stringify([job.options, job.corrections]);
    const key = this.key('cluster', basis, '', job.articles, '');
    const path = this.path('cluster', key);
    const found = this.readClustering(path, key);
    // With `regroup`, only a clustering made afresh will do.
    if (found && !(this.regroup && found.placed > 0)) {
      this.stats.clustered.cached++;
      // Read now: the newest, kept the longest.
      const now = new Date();
      utimesSync(path, now, now);
      return found.value;
    }
    const articles = job.articles.map((a) => `${a.id} ${this.articleHash(a).slice(0, ARTICLE_HASH_CHARS)}`);
    const made = (!this.regroup && this.extended(job, basis, articles, extend)) || { value: work(), placed: 0 };
    const entry: ClusterEntry = {
      format: EVENT_CACHE_FORMAT,
      key,
      value: made.value,
      basis,
      articles,
      placed: made.placed,
    };
    writeEntryFile(path, entry);
    this.stats.clustered.done++;
    keepNewest(generationFolder(this.kindFolder('cluster'), this.versions.cluster), KEPT_CLUSTERINGS);
    return made.value;
  };

  /** A cluster entry at `path`, if it is one (a corrupt one said, unless `quiet`). */
  private readClustering(path: string, key: string, quiet = false): ClusterEntry | undefined {
    const read = readEntryFile(path, 'working it out again');
    if ('value' in read && isClusterEntry(read.value, key)) return read.value;
    if (!('miss' in read) && !quiet)
      this.warn('corrupt' in read ? read.corrupt : `${path}: cache entry of an unexpected shape; working it out again`);
    return undefined;
  }

  /**
   * The newest kept clustering of the same options and corrections with the job's new and
   * changed articles placed into it and its missing ones taken out, when the articles placed or
   * taken out so since the last clustering made afresh stay within `EXTEND_SHARE` of the corpus.
   */
  private extended(
    job: ClusterJob,
    basis: string,
    articles: readonly string[],
    extend: ExtendClustering,
  ): { value: Clustering; placed: number } | undefined {
    const folder = generationFolder(this.kindFolder('cluster'), this.versions.cluster);
    // The first kept clustering of the same options and corrections (one that cannot be read is passed over).
    let earlier: ClusterEntry | undefined;
    for (const p of newestFirst(folder)) {
      earlier = this.readClustering(p, basename(p, '.json'), true);
      if (earlier?.basis === basis) break;
      earlier = undefined;
    }
    if (!earlier) return undefined;
    const hashOf = new Map(earlier.articles.map((line) => line.split(' ') as [string, string]));
    let added = 0;
    const changed = new Set<string>();
    const now = new Set<string>();
    for (const line of articles) {
      const [id, hash] = line.split(' ') as [string, string];
      now.add(id);
      const before = hashOf.get(id);
      if (before === undefined) added++;
      else if (before !== hash) changed.add(id);
    }
    let removed = 0;
    for (const id of hashOf.keys()) if (!now.has(id)) removed++;
    const placed = earlier.placed + added + changed.size + removed;
    if (placed > EXTEND_SHARE * articles.length) return undefined;
    const value = extend(earlier.value, changed);
    if (!value) return undefined;
    this.stats.placed = { added, changed: changed.size, removed, since: placed };
    return { value, placed };
  }

  /**
   * `inner`, asked only for the events the cache does not have; the results as `inner` gives them.
   * `adopt`: makes a comparison of the text of one in the cache (a `Spill`'s record, `spill.ts`),
   * which is then neither parsed nor written out again here; `path` names the entry it came from.
   */
  compare(inner: CompareMany, adopt?: (json: string, path: string) => Comparison): CompareMany {
    return (jobs, context) => {
      // Not the outlets: comparing an event reads none (were it to, its code's version would change).
      const run = JSON.stringify(context.placeNames);
      const keys = jobs.map((j) => {
        const copies = j.members.map((a) => JSON.stringify(context.copies.get(a.id) ?? null)).join('\0');
        return this.key('compare', run, j.eventId, j.members, copies);
      });
      return this.through(
        'compare',
        jobs,
        keys,
        (missed) => inner(missed, context),
        this.stats.compared,
        (c) => kept(c, context),
        adopt,
      );
    };
  }

  /** `inner`, asked only for the events the cache does not have; the results as `inner` gives them. */
  describe(inner: DescribeMany): DescribeMany {
    return (jobs, outletNames) => {
      // Described without the cohesion, which is laid on after (`withCohesion`): it moves with
      // every article added anywhere, and nothing else in a description reads it.
      const plain = jobs.map((j) => ({ members: j.members }));
      const keys = jobs.map((j) =>
        this.key('describe', JSON.stringify(namesIn(outletNames, j.members)), '', j.members, ''),
      );
      const described = this.through(
        'describe',
        plain,
        keys,
        (missed) => inner(missed, outletNames),
        this.stats.described,
      );
      return described.map((d, i) => ({ ...d, why: withCohesion(d.why, jobs[i]!.members, jobs[i]!.cohesion) }));
    };
  }

  /** `inner`, asked only for the stories the cache does not have; the results as `inner` gives them. */
  name(inner: NameMany): NameMany {
    return (jobs, placeNames, memo) => {
      const run = JSON.stringify(placeNames);
      const keys = jobs.map((j) => this.key('naming', run, '', j.members, ''));
      return this.through('naming', jobs, keys, (missed) => inner(missed, placeNames, memo), this.stats.named);
    };
  }

  /** Takes `hash` as the `articleHash` of `article` (worked out where it was extracted), which must not change after. */
  knowHash(article: object, hash: string): void {
    this.hashes.set(article, hash);
  }

  private articleHash(article: object): string {
    let hash = this.hashes.get(article);
    if (hash === undefined) {
      hash = articleHash(article);
      this.hashes.set(article, hash);
    }
    return hash;
  }

  private key(kind: Kind, run: string, id: string, members: readonly object[], more: string): string {
    const articles = members.map((a) => this.articleHash(a)).join(' ');
    return sha256Hex(`${EVENT_CACHE_FORMAT}\0${this.versions[kind]}\0${run}\0${id}\0${articles}\0${more}`);
  }

  private kindFolder(kind: Kind): string {
    return join(this.dir, 'events', kind);
  }

  private path(kind: Kind, key: string): string {
    return join(generationFolder(this.kindFolder(kind), this.versions[kind]), key.slice(0, 2), `${key}.json`);
  }

  private through<J, R>(
    kind: Kind,
    jobs: readonly J[],
    keys: readonly string[],
    work: (missed: J[]) => R[],
    counts: { cached: number; done: number },
    keep: (result: R) => R = (r) => r,
    adopt?: (json: string, path: string) => R,
  ): R[] {
    const results: R[] = new Array<R>(jobs.length);
    const missed: number[] = [];
    let corrupt = 0;
    let first = '';
    keys.forEach((key, i) => {
      const path = this.path(kind, key);
      const text = readEntryText(path);
      const json = adopt && text !== undefined ? adoptable(text, key) : undefined;
      if (json !== undefined) {
        results[i] = adopt!(json, path);
        return;
      }
      const read = text === undefined ? ({ miss: true } as const) : parseEntryText(path, text, 'working it out again');
      if ('value' in read && isEntry(read.value, kind, key)) {
        results[i] = keep(read.value.value as R);
        // Laid out as before its length was kept: again as it is now, to be taken as it is next time.
        if (adopt) writeEntryText(path, entryText(key, read.value.value));
        return;
      }
      if (!('miss' in read)) {
        corrupt++;
        first ||=
          'corrupt' in read ? read.corrupt : `${path}: cache entry of an unexpected shape; working it out again`;
      }
      missed.push(i);
    });
    if (corrupt > 0) this.warn(corrupt === 1 ? first : `${first} (and ${corrupt - 1} more entries like it)`);
    const done = work(missed.map((i) => jobs[i]!));
    missed.forEach((i, k) => {
      results[i] = done[k]!;
      writeEntryText(this.path(kind, keys[i]!), entryText(keys[i]!, done[k]));
    });
    counts.cached += jobs.length - missed.length;
    counts.done += missed.length;
    return results;
  }
}
