/**
 * Which real story tells each synthetic event. An event of two or more articles is told from
 * a real event cluster: the least-told one with as many documents as the event has articles
 * (the smallest such first, so big real events are kept for big events, whose reports can
 * then each be written apart); a single report from a document of no labelled event. A story
 * told again is a reuse: its principal names are changed (see rename.ts).
 */
import { hashSeed, Random } from './random';
import { makeRenaming, principalNames, type Renaming } from './rename';
import type { SourceCluster, TextSource } from './text-source';

export interface Story {
  cluster: SourceCluster;
  /** How often the story was told before (0: first time, its documents used as written). */
  round: number;
  /** Its new names when it is a reuse. */
  renaming: Renaming | null;
}

/** Hands out a pool's items in seeded rounds: every item once in a shuffled order, then again. */
class Rounds<T> {
  private n = 0;
  private order: number[] = [];

  constructor(
    private readonly items: readonly T[],
    private readonly seed: number,
    private readonly name: string,
  ) {}

  next(): T {
    const len = this.items.length;
    if (this.n % len === 0)
      this.order = Random.of(this.seed, this.name, Math.floor(this.n / len)).shuffle(this.items.map((_, i) => i));
    return this.items[this.order[this.n++ % len]!]!;
  }
}

export class StoryPicker {
  private readonly clusters: readonly SourceCluster[];
  private readonly singles: Rounds<SourceCluster>;
  private readonly largest: number;
  private readonly uses = new Map<string, number>();
  private readonly names = new Map<string, string[]>();

  constructor(
    source: TextSource,
    private readonly seed: number,
  ) {
    const alone = (docs: TextSource['singles']) => docs.map((d) => ({ ref: d.ref, docs: [d] }));
    // Without labelled events every document is a story of its own; without unlabelled ones,
    // single reports come from the events' documents.
    this.clusters = source.clusters.length ? source.clusters : alone(source.singles);
    this.largest = Math.max(...this.clusters.map((c) => c.docs.length));
    const singles = source.singles.length ? source.singles : source.clusters.flatMap((c) => c.docs);
    this.singles = new Rounds(alone(singles), seed, 'singles');
  }

  /** The story for an event of `size` articles. */
  next(size: number): Story {
    const cluster = size >= 2 ? this.leastTold(Math.min(size, this.largest)) : this.singles.next();
    const round = this.uses.get(cluster.ref) ?? 0;
    this.uses.set(cluster.ref, round + 1);
    if (round === 0) return { cluster, round, renaming: null };
    let names = this.names.get(cluster.ref);
    if (!names) {
      names = principalNames(cluster.docs.map((d) => `${d.title}. ${d.paragraphs.join(' ')}`));
      this.names.set(cluster.ref, names);
    }
    return { cluster, round, renaming: makeRenaming(names, Random.of(this.seed, 'rename', cluster.ref, round)) };
  }

  private leastTold(need: number): SourceCluster {
    let best = this.clusters[0]!;
    let key = [Infinity, Infinity, Infinity];
    for (const c of this.clusters) {
      if (c.docs.length < need) continue;
      const used = this.uses.get(c.ref) ?? 0;
      const k = [used, c.docs.length, hashSeed(this.seed, c.ref, used)];
      if (k[0]! < key[0]! || (k[0] === key[0] && (k[1]! < key[1]! || (k[1] === key[1] && k[2]! < key[2]!)))) {
        best = c;
        key = k;
      }
    }
    return best;
  }
}
