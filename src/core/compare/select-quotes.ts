/**
 * The quotes view's selector: each statement once, with every article's rendering and the words
 * it changes against the earliest, through the `diff` library's word diff.
 */
import type { ArticleSet } from '../select';
import { diffWords } from 'diff';
import { findArticle } from '../select';
import type { Article, ArticleId, NewsEvent, OutletId, Quote, QuoteGroup } from '../types';

/**
 * Below this share of shared words, two renderings of a statement are worded differently
 * throughout (a translation, a paraphrase of a direct quote): marking every word as changed
 * says less than showing the two side by side. "The meeting is clearly on the radar" against
 * "The meeting is clearly being discussed publicly" shares 4 of 7 words and is marked.
 */
export const DIFF_MIN_SHARED = 0.3;

/** Words, for the shared-words share: letters and digits, case folded. */
const WORD = /[\p{L}\p{N}]+/gu;

export interface WordChange {
  text: string;
  change: 'same' | 'added' | 'removed';
}

/** How one article renders a statement. */
export interface Rendering {
  articleId: ArticleId;
  outletId: OutletId;
  quote: Quote;
  /** The rendering the others are compared with: the earliest published. */
  reference: boolean;
  /**
   * Its words against the reference's: `added` words are its own, `removed` the reference's
   * words it does not have. Null for the reference itself and when the two are worded
   * differently throughout (below DIFF_MIN_SHARED).
   */
  changes: WordChange[] | null;
  /** Worded exactly as the reference (case aside). */
  same: boolean;
}

export interface QuoteComparison {
  group: QuoteGroup;
  renderings: Rendering[];
  /** The articles that leave it out, with their outlets. */
  missing: { articleId: ArticleId; outletId: OutletId }[];
}

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** The share of the longer text's words the two have in common (as multisets). */
export function sharedWordShare(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  const longer = Math.max(wa.length, wb.length);
  if (longer === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return common / longer;
}

/** `text`'s words against `reference`'s, through the `diff` library's word diff. */
export function diffRendering(reference: string, text: string): WordChange[] {
  return diffWords(reference, text, { ignoreCase: true }).map((c) => ({
    text: c.value,
    change: c.added ? 'added' : c.removed ? 'removed' : 'same',
  }));
}

function publishedKey(a: Article): string {
  return `${a.published.date ?? '9999-99-99'}T${a.published.time ?? '99:99'}`;
}

/** Each statement once, with every article's rendering and what it changes against the earliest. */
export function compareQuotes(corpus: ArticleSet<Article>, event: NewsEvent): QuoteComparison[] {
  return event.quotes.map((group) => {
    const found = group.variants.flatMap((v) => {
      const article = findArticle(corpus, v.articleId);
      const quote = article?.quotes.find((q) => q.id === v.quoteId);
      return article && quote ? [{ article, quote }] : [];
    });
    // The earliest published rendering is the reference; ties keep the event's order.
    let ref = 0;
    found.forEach((f, i) => {
      if (publishedKey(f.article) < publishedKey(found[ref]!.article)) ref = i;
    });
    const reference = found[ref]?.quote.text ?? '';
    const renderings: Rendering[] = found.map(({ article, quote }, i) => {
      const isRef = i === ref;
      const same = !isRef && quote.text.toLowerCase() === reference.toLowerCase();
      const changes =
        isRef || same || sharedWordShare(reference, quote.text) < DIFF_MIN_SHARED
          ? null
          : diffRendering(reference, quote.text);
      return { articleId: article.id, outletId: article.outletId, quote, reference: isRef, changes, same };
    });
    const missing = group.missingFrom.flatMap((id) => {
      const a = findArticle(corpus, id);
      return a ? [{ articleId: a.id, outletId: a.outletId }] : [];
    });
    return { group, renderings, missing };
  });
}
