/**
 * What two renderings of one claim share across outlets and translations: content words cut
 * to a short root, names, numbers and days. Outlets translating the same Russian sentence
 * write "continuation of contacts" and "continued contacts", "prepared" and "preparation": a
 * five-letter root meets them where an English stemmer would not.
 */
import type { Article, ArticleId } from '../types';
import { forEachWord, mentionedDays, wordOrNumberKey } from '../group/features';
import { memoized } from '../text/memo';
import { splitSentences, type SentenceSpan } from './sentences';

/** Letters a content word is cut to: "continuation"/"continued" → "conti", "preparation"/"prepared" → "prepa". */
export const ROOT_LENGTH = 5;

/**
 * Roots of words as written, '' for a word the grouping's tokens leave out (a stopword or a
 * short word): a corpus repeats its words, so each is cut once (and kept as one string,
 * however many sentences carry it).
 */
const rootOf = memoized(
  (surface: string): string =>
    wordOrNumberKey(surface, false) === ''
      ? ''
      : surface
          .toLowerCase()
          .replace(/['’]s$/, '')
          .slice(0, ROOT_LENGTH),
  20_000,
);

/**
 * The comparison keys of a text: word roots, numbers ("#2025") and mentioned days ("@05-05"),
 * each once. The words are those `tokenize` keeps, read without making tokens (names do not
 * matter here).
 */
export function textKeys(text: string): string[] {
  const keys = new Set<string>();
  forEachWord(text, (start, end, number) => {
    const surface = text.slice(start, end);
    const key = number ? wordOrNumberKey(surface, true) : rootOf(surface);
    if (key !== '') keys.add(key);
  });
  for (const d of mentionedDays(text)) keys.add(`@${d}`);
  return [...keys];
}

/**
 * Sentences and keys of texts seen before: republished reports repeat paragraphs word for word
 * across events, and splitting and keying them again is most of the comparison's cost. `keep`
 * says which paragraphs are worth keeping (a run keeps those that recur in its corpus: every
 * paragraph's sentences and keys, kept for a whole run, would grow with the corpus for
 * texts read only once); the others are read afresh each time, with the same result.
 */
export class TextMemo {
  private readonly sentences = new Map<string, SentenceSpan[]>();
  private readonly keys = new Map<string, string[]>();

  constructor(private readonly keep: (paragraph: string) => boolean = () => true) {}

  sentencesOf(paragraph: string): SentenceSpan[] {
    if (!this.keep(paragraph)) return splitSentences(paragraph);
    let spans = this.sentences.get(paragraph);
    if (!spans) this.sentences.set(paragraph, (spans = splitSentences(paragraph)));
    return spans;
  }

  /** The keys of `text`, a part of `paragraph`. */
  keysOf(text: string, paragraph: string = text): string[] {
    if (!this.keep(paragraph)) return textKeys(text);
    let keys = this.keys.get(text);
    if (!keys) this.keys.set(text, (keys = textKeys(text)));
    return keys;
  }
}

/** The texts (headline, subtitle, paragraph) that more than one article carries, or one article more than once. */
export function repeatedTexts(articles: readonly Article[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const note = (text: string) => {
    if (seen.has(text)) repeated.add(text);
    else seen.add(text);
  };
  for (const a of articles) {
    note(a.title);
    if (a.subtitle) note(a.subtitle);
    for (const p of a.body) note(p);
  }
  return repeated;
}

/** The surname a speaker is known by across outlets: "Dmitry Peskov", "Peskov" and "Mr. Peskov" meet. */
export function speakerKey(speaker: string | null): string | null {
  if (!speaker) return null;
  const words = speaker.match(/\p{L}[\p{L}'’-]*/gu);
  const last = words?.[words.length - 1];
  return last ? last.toLowerCase() : null;
}

/** An event's articles oldest first (by published date and time; undated last), ties by id: the order every comparison uses. */
export function byPublication(articles: readonly Article[]): Article[] {
  const key = (a: Article) => `${a.published.date ?? '9999-99-99'}T${a.published.time ?? '99:99'}`;
  return [...articles].sort((x, y) => {
    const kx = key(x);
    const ky = key(y);
    return kx !== ky ? (kx < ky ? -1 : 1) : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  });
}

/** A union-find over items (each carried by one or more articles) whose groups may hold at most one item per article. */
export class ArticleUnion {
  private readonly parent: number[];
  private readonly articles: Set<ArticleId>[];

  constructor(owners: readonly (readonly ArticleId[])[]) {
    this.parent = owners.map((_, i) => i);
    this.articles = owners.map((a) => new Set(a));
  }

  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }

  /** Joins the groups of i and j unless they share an article; true when joined. */
  union(i: number, j: number): boolean {
    const a = this.find(i);
    const b = this.find(j);
    if (a === b) return false;
    const [sa, sb] =
      this.articles[a]!.size >= this.articles[b]!.size
        ? [this.articles[a]!, this.articles[b]!]
        : [this.articles[b]!, this.articles[a]!];
    for (const x of sb) if (sa.has(x)) return false;
    const [root, child] = a < b ? [a, b] : [b, a];
    this.parent[child] = root;
    for (const x of sb) sa.add(x);
    this.articles[root] = sa;
    this.articles[child] = new Set();
    return true;
  }

  /** The articles of i's group. */
  articlesOf(i: number): ReadonlySet<ArticleId> {
    return this.articles[this.find(i)]!;
  }

  groups(): number[][] {
    const out = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      const list = out.get(r);
      if (list) list.push(i);
      else out.set(r, [i]);
    }
    return [...out.values()];
  }
}
