/**
 * The sources view's selector: whom each report cites, how the outlets name things, why some
 * reports are not independent, and who the outlets are (by country and kind, state-owned marked).
 */
import type { ArticleSet } from '../select';
import { findArticle, findOutlet, outletName } from '../select';
import type {
  Article,
  ArticleId,
  Citation,
  Naming,
  NewsEvent,
  Outlet,
  OutletId,
  OutletKind,
  Provenance,
} from '../types';
import { citationId, eventArticles } from './select-comparison';
import { outletColumns } from './select-facts';

export interface CitedSource {
  id: string;
  citation: Citation;
}

/** Whom each report cites, and with which words, in page order. */
export function citationsByArticle(
  corpus: ArticleSet<Article>,
  event: NewsEvent,
): { article: Article; citations: CitedSource[] }[] {
  return eventArticles(corpus, event).map((article) => ({
    article,
    citations: article.citations.map((citation, i) => ({ id: citationId(article.id, i), citation })),
  }));
}

export interface NamingRow {
  referent: string;
  variants: { words: string; outlets: { outletId: OutletId; name: string }[] }[];
}

/** An event's or a storyline's naming with outlets in place of article ids (each outlet once per variant). */
export function namingRows(corpus: ArticleSet, naming: readonly Naming[]): NamingRow[] {
  return naming.map((n) => ({
    referent: n.referent,
    variants: n.variants.map((v) => {
      const ids = [
        ...new Set(v.articleIds.map((id) => findArticle(corpus, id)?.outletId).filter((o) => o !== undefined)),
      ];
      return { words: v.words, outlets: ids.map((o) => ({ outletId: o, name: outletName(corpus, o) })) };
    }),
  }));
}

/** "3 outlets, 2 independent reports". */
export function provenanceSummary(p: Provenance): string {
  const outlets = `${p.outlets} ${p.outlets === 1 ? 'outlet' : 'outlets'}`;
  const reports = `${p.independentReports} independent ${p.independentReports === 1 ? 'report' : 'reports'}`;
  return `${outlets}, ${reports}`;
}

export interface CopyLine {
  articleId: ArticleId;
  outletId: OutletId | null;
  outlet: string;
  /** What it copies, in words: an outlet's report in the event, or an outlet's wire report. */
  of: string;
  /** The copied article when it is in the corpus. */
  ofArticleId: ArticleId | null;
  basis: string;
}

/** Why some reports are not independent: each copy, what it copies, and the evidence. */
export function describeCopies(corpus: ArticleSet, event: Pick<NewsEvent, 'provenance'>): CopyLine[] {
  return event.provenance.copies.map((c) => {
    const article = findArticle(corpus, c.articleId);
    const original = findArticle(corpus, c.of);
    const outletId = article?.outletId ?? null;
    return {
      articleId: c.articleId,
      outletId,
      outlet: outletId ? outletName(corpus, outletId) : c.articleId,
      of: original
        ? `${outletName(corpus, original.outletId)}’s report`
        : `a ${outletName(corpus, c.of)} report not in this collection`,
      ofArticleId: original?.id ?? null,
      basis: c.basis,
    };
  });
}

export interface Perspective {
  /** Countries (ISO codes, null when unknown) with their outlets, the most outlets first. */
  countries: { country: string | null; outlets: Outlet[] }[];
  kinds: { kind: OutletKind; outlets: Outlet[] }[];
  stateOwned: Outlet[];
}

function groupBy<K>(outlets: readonly Outlet[], key: (o: Outlet) => K): { key: K; outlets: Outlet[] }[] {
  const groups: { key: K; outlets: Outlet[] }[] = [];
  for (const o of outlets) {
    const g = groups.find((x) => x.key === key(o));
    if (g) g.outlets.push(o);
    else groups.push({ key: key(o), outlets: [o] });
  }
  return groups.sort((x, y) => y.outlets.length - x.outlets.length);
}

/** Who reports the event: its outlets by country and by kind, state-owned ones marked. */
export function perspective(corpus: ArticleSet, event: Pick<NewsEvent, 'articleIds'>): Perspective {
  const outlets = outletColumns(corpus, event).map(
    (c) =>
      findOutlet(corpus, c.outletId) ?? {
        id: c.outletId,
        name: c.name,
        country: null,
        kind: 'unknown' as const,
        homepage: null,
      },
  );
  return {
    countries: groupBy(outlets, (o) => o.country).map((g) => ({ country: g.key, outlets: g.outlets })),
    kinds: groupBy(outlets, (o) => o.kind).map((g) => ({ kind: g.key, outlets: g.outlets })),
    stateOwned: outlets.filter((o) => o.stateOwned),
  };
}
