/**
 * Reads the real text for the synthetic corpus at run time (nothing of it is committed):
 * - Giveme5W1H news_cluster: articles with their curated event (`newsCluster.EventId`);
 * - ECB+ topics 1–35: documents with their event (`event_cluster`), re-joined from tokens;
 * - PolNeAR: political news articles with no event label (each one an event of its own);
 * - UCI News Aggregator sample: real headlines, for related-story lists.
 * Each is optional; when none is there the seed pages' own articles are used instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ingest } from '../../../src/core/ingest/ingest';
import { readSeeds } from '../read-seeds';
import {
  cleanParagraphs,
  detokenize,
  fitDoc,
  headlineFromLead,
  isHeadline,
  joinSentences,
  tidyText,
  wordCount,
  withoutSameText,
  type SourceCluster,
  type SourceDoc,
  type TextSource,
} from './text-source';

/** Where each dataset lives under the data folder. */
export const DATASETS = {
  giveme: 'giveme5w1h-news-cluster/articles.jsonl.gz',
  ecbplus: 'ecbplus-dev/ecbplus_docs_topics_1-35.jsonl.gz',
  polnear: 'polnear/polnear.jsonl.gz',
  uci: 'uci-news-aggregator-sample/uci-news-aggregator_sample4224.csv.gz',
} as const;

/** A site name after a headline ("… | Site", "… - Site"): the page title's, not the story's. */
const SITE_SUFFIX = /\s+[|–—-]\s+[^|–—-]{2,30}$/;
/** The release's detokenised URLs: "http: / / www. site. com / …". */
const URL_LINE = /^(?:https?:\s*\/\s*\/|www\.\s)/i;
/** A short line of an ECB+ header that is a date or a time ("APR 28", "10: 10 AM PDT 6 / 6 / 2013"). */
const DATE_LINE = /\d|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s/i;

function jsonLines(path: string): unknown[] {
  return gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as unknown);
}

function withoutSiteName(title: string): string {
  const t = tidyText(title);
  const cut = t.replace(SITE_SUFFIX, '');
  return wordCount(cut) >= 4 ? cut : t;
}

function group(docs: ReadonlyArray<{ event: string; doc: SourceDoc }>): {
  clusters: SourceCluster[];
  singles: SourceDoc[];
} {
  const byEvent = new Map<string, SourceDoc[]>();
  for (const { event, doc } of docs) byEvent.set(event, [...(byEvent.get(event) ?? []), doc]);
  const clusters: SourceCluster[] = [];
  const singles: SourceDoc[] = [];
  for (const [ref, all] of byEvent) {
    const ds = withoutSameText(all);
    if (ds.length >= 2) clusters.push({ ref, docs: ds });
    else singles.push(...ds);
  }
  return { clusters, singles };
}

interface GivemeRecord {
  dId: string;
  title: string | null;
  description: string | null;
  text: string | null;
  newsCluster: { EventId: number };
}

function readGiveme(path: string) {
  const docs = (jsonLines(path) as GivemeRecord[]).flatMap((r) => {
    const paragraphs = cleanParagraphs((r.text ?? '').split('\n'));
    const doc: SourceDoc = {
      ref: `giveme5w1h:${r.dId.slice(0, 12)}`,
      title: withoutSiteName(r.title ?? ''),
      paragraphs,
    };
    const description = tidyText(r.description ?? '');
    if (description && wordCount(description) <= 60 && description !== paragraphs[0]) doc.subtitle = description;
    const fitted = fitDoc(doc);
    return fitted ? [{ event: `giveme5w1h:${r.newsCluster.EventId}`, doc: fitted }] : [];
  });
  return group(docs);
}

interface EcbRecord {
  doc_name: string;
  event_cluster: string;
  sentences: string[];
}

/** An ECB+ document: the URL line out, the header (headline, deck, date lines) read apart from the sentences. */
export function ecbDoc(r: EcbRecord): SourceDoc | null {
  const lines = r.sentences.map(detokenize).filter((s) => s && !URL_LINE.test(s));
  const header: string[] = [];
  let k = 0;
  for (; k < lines.length && k < 4 && !/[.!?]["”’)]*$/.test(lines[k]!); k++) header.push(lines[k]!);
  const heads = header.filter((h) => isHeadline(h) && !(wordCount(h) <= 8 && DATE_LINE.test(h)));
  const sentences = lines.slice(k);
  if (sentences.length === 0) return null;
  const title = heads[0] ?? headlineFromLead(sentences[0]!);
  const doc: SourceDoc = { ref: `ecbplus:${r.doc_name}`, title, paragraphs: joinSentences(sentences) };
  if (heads[1]) doc.subtitle = heads[1];
  return fitDoc(doc);
}

function readEcb(path: string) {
  const docs = (jsonLines(path) as EcbRecord[]).flatMap((r) => {
    const doc = ecbDoc(r);
    return doc ? [{ event: `ecbplus:${r.event_cluster}`, doc }] : [];
  });
  return group(docs);
}

interface PolnearRecord {
  filename: string;
  title: string;
  text: string;
}

function readPolnear(path: string): SourceDoc[] {
  const seen = new Set<string>();
  const out: SourceDoc[] = [];
  for (const r of jsonLines(path) as PolnearRecord[]) {
    if (seen.has(r.filename)) continue;
    seen.add(r.filename);
    const title = tidyText(r.title);
    // The text opens with the headline as a sentence of its own.
    const paragraphs = cleanParagraphs(r.text.split(/\n+/)).filter((p) => p.replace(/\.$/, '') !== title);
    const doc = fitDoc({ ref: `polnear:${r.filename}`, title, paragraphs });
    if (doc) out.push(doc);
  }
  return out;
}

/** The fields of one CSV row (RFC 4180 quoting). */
export function csvFields(row: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const ch = row[i]!;
    if (quoted) {
      if (ch === '"' && row[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function readUciHeadlines(path: string): string[] {
  const rows = gunzipSync(readFileSync(path)).toString('utf8').split('\n').slice(1);
  return rows.map((row) => tidyText(csvFields(row)[1] ?? '')).filter((t) => isHeadline(t) && wordCount(t) >= 4);
}

/** The datasets found under `dataDir`, or null when none of the article datasets is there. */
export function loadSharedSource(dataDir: string): TextSource | null {
  const path = (k: keyof typeof DATASETS) => join(dataDir, DATASETS[k]);
  const names: string[] = [];
  const clusters: SourceCluster[] = [];
  const singles: SourceDoc[] = [];
  if (existsSync(path('giveme'))) {
    const g = readGiveme(path('giveme'));
    clusters.push(...g.clusters);
    singles.push(...g.singles);
    names.push('Giveme5W1H');
  }
  if (existsSync(path('ecbplus'))) {
    const e = readEcb(path('ecbplus'));
    clusters.push(...e.clusters);
    singles.push(...e.singles);
    names.push('ECB+');
  }
  if (existsSync(path('polnear'))) {
    singles.push(...readPolnear(path('polnear')));
    names.push('PolNeAR');
  }
  if (names.length === 0) return null;
  // The same article filed twice (PolNeAR holds a few under two dates): one copy is kept.
  const opening = (d: SourceDoc) => `${d.title} ${d.paragraphs.join(' ')}`.split(/\s+/).slice(0, 40).join(' ');
  const seen = new Set(clusters.flatMap((c) => c.docs.map(opening)));
  const distinct = singles.filter((d) => !seen.has(opening(d)) && seen.add(opening(d)));
  singles.splice(0, singles.length, ...distinct);
  const allDocs = [...clusters.flatMap((c) => c.docs), ...singles];
  const headlines = existsSync(path('uci')) ? readUciHeadlines(path('uci')) : allDocs.map((d) => d.title);
  if (existsSync(path('uci'))) names.push('UCI headlines');
  return { name: names.join(', '), clusters, singles, headlines };
}

/** The seed folder's own articles, grouped as the ingest groups them. */
export function loadSeedsSource(seedsDir: string): TextSource {
  const seeds = readSeeds(seedsDir);
  const corpus = ingest(seeds.files, seeds.options);
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const docs = corpus.events.map((e) => ({
    event: `seeds:${e.id}`,
    docs: e.articleIds.flatMap((id) => {
      const a = byId.get(id)!;
      const doc = fitDoc({
        ref: `seeds:${a.sourceFile}`,
        title: a.title,
        paragraphs: a.body,
        ...(a.subtitle ? { subtitle: a.subtitle } : {}),
      });
      return doc ? [doc] : [];
    }),
  }));
  const { clusters, singles } = group(docs.flatMap(({ event, docs: ds }) => ds.map((doc) => ({ event, doc }))));
  return {
    name: `the seed articles in ${seedsDir}`,
    clusters,
    singles,
    headlines: corpus.articles.map((a) => a.title),
  };
}
