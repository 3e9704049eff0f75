/**
 * What grouping reads of each article that depends on that article alone: its raw feature
 * counts, its key names and numbers, its headline, its time marks and the days its lead
 * mentions. Worked out where the article is extracted (in parallel, and kept in the ingest's
 * cache beside it: `scripts/lib/extract-files.ts`), so that grouping, which must wait for
 * every article, only weighs them (`buildVectors`). A `FeaturePool` holds many articles'
 * features with each feature string kept once.
 */
import { copyPrint } from '../compare/provenance';
import { KEY_LEAD_WORDS, keyFeaturesOf } from './evidence';
import { dayNumber, mentionedDays, tokenize, type Token } from './features';
import { leadOf, timeMarks, type TimeMarks } from './marks';
import type { Article } from '../types';
import type { GroupInput, GroupingOptions } from './vectors';

/** One article's features, as plain lists (they cross threads and go into the cache as JSON). */
export interface ArticleFeatures {
  /** Feature keys in the order first met, and their weighted counts (`countFeatures`). */
  keys: string[];
  counts: number[];
  /** Its key names and numbers (`keyFeaturesOf`) that are among its own features. */
  evidence: string[];
  /** `headlineKey`. */
  headline: string;
  /** Its time marks (`timeMarks`), in the order found. */
  years: number[];
  months: number[];
  /** When undated: the days of the year its lead mentions, once each; else empty. */
  mentioned: number[];
  /**
   * Its body's print for the search for copies (`copyPrint`), read after grouping, by the
   * comparison; worked out with the rest where the article is extracted (`withPrint`).
   */
  print?: number[];
}

/** Paragraphs at the top of a body whose mentioned day stands in for a missing date ("said on May 5"). */
const LEAD_PARAGRAPHS_FOR_DAY = 2;

/** Content words a headline needs before two equal headlines count as one report's (see `sameHeadline`). */
export const SAME_HEADLINE_WORDS = 4;

/** The options an article's features depend on: features worked out under others cannot be used. */
export function featureOptionsKey(o: GroupingOptions): string {
  return JSON.stringify([o.titleWeight, o.numberWeight, o.leadWords, KEY_LEAD_WORDS]);
}

/** One article's tokens as the grouping reads them: headline, subtitle, and the body's first `bodyTokens` tokens. */
interface ReadTokens {
  title: Token[];
  subtitle: Token[];
  body: Token[];
}

function readTokens(input: GroupInput, bodyTokens: number): ReadTokens {
  const body: Token[] = [];
  for (const p of input.body) {
    if (body.length >= bodyTokens) break;
    const tokens = tokenize(p);
    for (let i = 0; i < tokens.length && body.length < bodyTokens; i++) body.push(tokens[i]!);
  }
  return { title: tokenize(input.title), subtitle: input.subtitle ? tokenize(input.subtitle) : [], body };
}

/** Raw weighted counts of one article's features. */
function countFeatures(t: ReadTokens, o: GroupingOptions): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (tokens: readonly Token[], w: number, budget: number) => {
    for (let i = 0; i < tokens.length && i < budget; i++) {
      const k = tokens[i]!;
      counts.set(k.key, (counts.get(k.key) ?? 0) + (k.number ? w * o.numberWeight : w));
    }
  };
  add(t.title, o.titleWeight, Infinity);
  add(t.subtitle, 1, Infinity);
  add(t.body, 1, o.leadWords);
  return counts;
}

/** An article's headline as its content words, sorted and joined; '' when it has too few to tell one report. */
function headlineKey(title: readonly Token[]): string {
  const words = [...new Set(title.map((t) => t.key))].sort();
  return words.length >= SAME_HEADLINE_WORDS ? words.join(' ') : '';
}

/** Day of the year of a month and day ("MM-DD"; 0 = 1 January). */
export function dayOfYear(monthDay: string): number {
  return dayNumber(`2001-${monthDay}`) - dayNumber('2001-01-01');
}

/**
 * What grouping reads of an article. The body is read only when read: grouping with the
 * features worked out beforehand never does, and an article whose text is kept on disk
 * (`scripts/lib/item-texts.ts`) is not read back for it.
 */
export function toGroupInput(a: Article): GroupInput {
  const input: GroupInput = {
    id: a.id,
    title: a.title,
    get body() {
      return a.body;
    },
    date: a.published.date,
    dateEstimated: a.published.estimated,
  };
  if (a.subtitle) input.subtitle = a.subtitle;
  return input;
}

export function articleFeatures(input: GroupInput, o: GroupingOptions): ArticleFeatures {
  // Each article is tokenized once, for its features and for its key names and numbers.
  const t = readTokens(input, Math.max(o.leadWords, KEY_LEAD_WORDS));
  const counts = countFeatures(t, o);
  const marks = timeMarks(leadOf([input.title, input.subtitle ?? '', ...input.body], o.leadWords), input.date);
  return {
    keys: [...counts.keys()],
    counts: [...counts.values()],
    evidence: [...keyFeaturesOf(t.title, t.body)].filter((k) => counts.has(k)),
    headline: headlineKey(t.title),
    years: [...marks.years],
    months: [...marks.months],
    mentioned: input.date
      ? []
      : [
          ...new Set(
            mentionedDays(
              [input.title, input.subtitle ?? '', ...input.body.slice(0, LEAD_PARAGRAPHS_FOR_DAY)].join('\n'),
            ),
          ),
        ].map(dayOfYear),
  };
}

/** `articleFeatures` and the article's print for the search for copies (`copyPrint`). */
export function withPrint(input: GroupInput, o: GroupingOptions): ArticleFeatures {
  return { ...articleFeatures(input, o), print: copyPrint(input.body) };
}

/** An article's features with their words as numbers (a pool's ids, `FeaturePool.wordId`), not strings. */
export type InternedFeatures = Omit<ArticleFeatures, 'keys' | 'evidence'> & {
  keys: ArrayLike<number>;
  evidence: ArrayLike<number>;
};

const NO_DAYS: readonly number[] = [];

/**
 * Many articles' features, by article id, each feature string kept once: every article's
 * counts in one pair of growing arrays (article slot `s`'s from `start[s]`), not a map, nor
 * two small typed arrays, per article: 100,000 articles fit, and the engine is not made to
 * collect its whole heap for 200,000 small buffers outside it. Read once, by `buildVectors`,
 * which lets the arrays go.
 */
export class FeaturePool {
  /** `featureOptionsKey` of the options the features were worked out under. */
  readonly options: string;
  /** Feature strings by pool id (not the vectors' ids: those follow the articles' canonical order). */
  readonly words: string[] = [];
  private readonly vocab = new Map<string, number>();
  private readonly slots = new Map<string, number>();
  private ids = new Int32Array(1024);
  private counts = new Float64Array(1024);
  private readonly start: number[] = [0];
  private readonly evidenceIds: number[][] = [];
  readonly headlines: string[] = [];
  readonly marks: TimeMarks[] = [];
  readonly mentioned: (readonly number[])[] = [];
  /** Every slot's print in one growing array, slot `s`'s from `printStart[s]` (kept by `release`). */
  private prints = new Int32Array(1024);
  private readonly printStart: number[] = [0];
  /** The slots whose features came with a print. */
  private readonly printed = new Set<number>();

  constructor(o: GroupingOptions) {
    this.options = featureOptionsKey(o);
  }

  /** Whether features worked out under `o` are what this pool holds. */
  fits(o: GroupingOptions): boolean {
    return featureOptionsKey(o) === this.options;
  }

  slotOf(articleId: string): number | undefined {
    return this.slots.get(articleId);
  }

  /** The pool's number for a word (`InternedFeatures`), given it when first asked. */
  wordId(word: string): number {
    let id = this.vocab.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.vocab.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  /** Adds an article's features; an article already in the pool keeps its first. */
  add(articleId: string, f: ArticleFeatures): void {
    if (!this.slots.has(articleId)) this.slots.set(articleId, this.push(f));
  }

  /** As `add`, the words already the pool's numbers. */
  addInterned(articleId: string, f: InternedFeatures): void {
    if (!this.slots.has(articleId)) this.slots.set(articleId, this.pushInterned(f));
  }

  /** Adds features of no article id; returns their slot. */
  push(f: ArticleFeatures): number {
    return this.pushInterned({
      ...f,
      keys: f.keys.map((w) => this.wordId(w)),
      evidence: f.evidence.map((w) => this.wordId(w)),
    });
  }

  private pushInterned(f: InternedFeatures): number {
    const slot = this.start.length - 1;
    let k = this.start[this.start.length - 1]!;
    if (k + f.keys.length > this.ids.length) {
      const size = Math.max(this.ids.length * 2, k + f.keys.length);
      const ids = new Int32Array(size);
      const counts = new Float64Array(size);
      ids.set(this.ids.subarray(0, k));
      counts.set(this.counts.subarray(0, k));
      this.ids = ids;
      this.counts = counts;
    }
    for (let i = 0; i < f.keys.length; i++) {
      this.ids[k] = f.keys[i]!;
      this.counts[k++] = f.counts[i]!;
    }
    this.start.push(k);
    this.evidenceIds.push(Array.from(f.evidence));
    this.headlines.push(f.headline);
    this.marks.push({ years: new Set(f.years), months: new Set(f.months) });
    this.mentioned.push(f.mentioned.length === 0 ? NO_DAYS : f.mentioned);
    const print = f.print ?? [];
    let p = this.printStart[this.printStart.length - 1]!;
    if (p + print.length > this.prints.length) {
      const prints = new Int32Array(Math.max(this.prints.length * 2, p + print.length));
      prints.set(this.prints.subarray(0, p));
      this.prints = prints;
    }
    for (const h of print) this.prints[p++] = h;
    this.printStart.push(p);
    if (f.print) this.printed.add(slot);
    return slot;
  }

  /** Slot `s`'s features: pool ids and counts at `from` up to `to` of `ids` and `counts`. */
  span(s: number): { from: number; to: number } {
    return { from: this.start[s]!, to: this.start[s + 1]! };
  }

  /** The arrays `span` indexes (valid until `release`). */
  get raw(): { ids: Int32Array; counts: Float64Array } {
    return { ids: this.ids, counts: this.counts };
  }

  evidenceOf(s: number): readonly number[] {
    return this.evidenceIds[s]!;
  }

  /** The print of an article in the pool (`ArticleFeatures.print`), as a view of the pool's array. */
  printOf(articleId: string): Int32Array | undefined {
    const s = this.slots.get(articleId);
    if (s === undefined || !this.printed.has(s)) return undefined;
    return this.prints.subarray(this.printStart[s]!, this.printStart[s + 1]!);
  }

  /** Lets the counts go: they are read once. The prints stay, for the comparison. */
  release(): void {
    this.ids = new Int32Array(0);
    this.counts = new Float64Array(0);
    this.vocab.clear();
  }
}
