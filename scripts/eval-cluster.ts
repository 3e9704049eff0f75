/**
 * npm run eval:cluster [-- --data <dir>] [--no-write]
 * Scores event grouping against gold labels and writes the figures to docs/benchmarks.md:
 * - Giveme5W1H news_cluster, the 250 "unspecific" articles (55 Google News events), fed as
 *   one .jsonl file through the normal ingest, so extraction, dating and grouping are all
 *   exercised exactly as for any input;
 * - ECB+ topics 1–35 (772 documents, 66 events: each topic two different happenings of the
 *   same kind), given to the grouping directly as their text with the URL line left out and
 *   a date line read as the date (see scripts/lib/ecbplus.ts); the worst merged and split
 *   events are printed for diagnosis;
 * - the UCI News Aggregator sample (4,224 headlines with story ids), headlines only, given
 *   to the grouping directly (the ingest wants an article body; these have none).
 * Each Parallax row is also run without the evidence of names and numbers
 * (`disagreementFloor: 1`), the grouping before that evidence, to show what it changes.
 * Each is compared with a plain TF-IDF average-link baseline at its best threshold (chosen
 * on the gold labels, so the baseline's figure is an upper bound for it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { averageLink, type Edge } from '../src/core/group/cluster';
import { groupArticles } from '../src/core/group/group';
import { DEFAULT_GROUPING, type GroupInput } from '../src/core/group/vectors';
import { scoreClusters, type ClusterScores } from '../src/core/eval/cluster-metric';
import { worstMerges, worstSplits } from '../src/core/eval/cluster-errors';
import { ingest } from '../src/core/ingest/ingest';
import { writeDocsSection } from './lib/docs-section';
import { readEcbPlus } from './lib/ecbplus';

const { values } = parseArgs({ options: { data: { type: 'string' }, 'no-write': { type: 'boolean' } } });
const dataDir = resolve(values.data ?? join(import.meta.dirname, '../../shared/data'));
const g5Path = join(dataDir, 'giveme5w1h-news-cluster/articles.jsonl.gz');
const uciPath = join(dataDir, 'uci-news-aggregator-sample/uci-news-aggregator_sample4224.csv.gz');
const ecbPath = join(dataDir, 'ecbplus-dev/ecbplus_docs_topics_1-35.jsonl.gz');
const missing = [g5Path, uciPath, ecbPath].filter((p) => !existsSync(p));
if (missing.length > 0) {
  console.error(
    `eval:cluster: needs the Giveme5W1H news_cluster, UCI News Aggregator sample and ECB+ topics 1–35 datasets under ${dataDir} (../shared/data); missing:\n${missing.map((p) => `  ${p}`).join('\n')}\npass --data <dir> for the folder holding all three`,
  );
  process.exit(2);
}
/** The grouping as it was before names and numbers could speak against a merge. */
const WITHOUT_EVIDENCE = { disagreementFloor: 1 };

interface G5Record {
  url: string;
  title: string;
  text: string;
  newsCluster: { EventId: number; Topic: string };
}

const fmt = (x: number) => x.toFixed(3);
const row = (name: string, s: ClusterScores, note = '') =>
  `| ${name} | ${fmt(s.b3.precision)} | ${fmt(s.b3.recall)} | **${fmt(s.b3.f1)}** | ${fmt(s.pairs.precision)} | ${fmt(s.pairs.recall)} | ${fmt(s.pairs.f1)} | ${s.predictedClusters} | ${note} |`;

/** Pairs less alike than this are left out of the baseline's graph (to keep 9 million UCI pairs in memory). */
const BASELINE_MIN_EDGE = 0.01;

/** Plain TF-IDF (raw counts × log N/df over lower-case words) with average link over all pairs. */
function baseline(texts: readonly string[], gold: ReadonlyMap<string, string>, ids: readonly string[]) {
  const docs = texts.map((t) => t.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const vecs = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of tf) {
      const w = c * Math.log(n / df.get(t)!);
      if (w > 0) {
        v.set(t, w);
        norm += w * w;
      }
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
  const edges: Edge[] = [];
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      const [x, y] = vecs[a]!.size < vecs[b]!.size ? [vecs[a]!, vecs[b]!] : [vecs[b]!, vecs[a]!];
      let s = 0;
      for (const [t, w] of x) s += w * (y.get(t) ?? 0);
      if (s >= BASELINE_MIN_EDGE) edges.push({ a, b, sim: s });
    }
  let best: { threshold: number; scores: ClusterScores } | null = null;
  for (let i = 1; i <= 30; i++) {
    const threshold = i / 50;
    const pred = new Map<string, string>();
    averageLink(n, edges, threshold).forEach((g, gi) => g.forEach((x) => pred.set(ids[x]!, String(gi))));
    const scores = scoreClusters(gold, pred);
    if (!best || scores.b3.f1 > best.scores.b3.f1) best = { threshold, scores };
  }
  return best!;
}

// --- Giveme5W1H through the ingest -------------------------------------------------------
const g5 = gunzipSync(readFileSync(g5Path))
  .toString('utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as G5Record)
  .filter((r) => r.newsCluster.Topic === 'unspecific');
const g5Gold = new Map(g5.map((r) => [r.url, String(r.newsCluster.EventId)]));

function runGiveme(grouping?: Partial<typeof DEFAULT_GROUPING>) {
  const jsonl = `${g5.map((r) => JSON.stringify(r)).join('\n')}\n`;
  const t0 = performance.now();
  const corpus = ingest([{ path: 'giveme5w1h.jsonl', bytes: new TextEncoder().encode(jsonl) }], {
    ...(grouping === undefined ? {} : { grouping }),
  });
  const ms = performance.now() - t0;
  const urlOf = new Map(corpus.articles.map((a) => [a.id, a.url ?? '']));
  const pred = new Map<string, string>();
  for (const e of corpus.events) for (const id of e.articleIds) pred.set(urlOf.get(id)!, e.id);
  let dropped = 0;
  for (const url of g5Gold.keys())
    if (!pred.has(url)) {
      pred.set(url, `dropped:${url}`);
      dropped++;
    }
  const titleOf = new Map(corpus.articles.map((a) => [a.url ?? '', `${a.published.date ?? 'undated'} ${a.title}`]));
  return { scores: scoreClusters(g5Gold, pred), pred, titleOf, dropped, ms, articles: corpus.articles.length };
}

const shipped = runGiveme();
const g5Without = runGiveme(WITHOUT_EVIDENCE);
const thresholds = [0.8, 0.9, 1.1, 1.2].map((k) => Math.round(DEFAULT_GROUPING.threshold * k * 1000) / 1000);
const sensitivity = thresholds.map((threshold) => ({ threshold, f1: runGiveme({ threshold }).scores.b3.f1 }));
const g5Base = baseline(
  g5.map((r) => `${r.title}\n${r.text}`),
  g5Gold,
  g5.map((r) => r.url),
);

// --- UCI headlines through the grouping ---------------------------------------------------
/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let rowFields: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      rowFields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      rowFields.push(field);
      rows.push(rowFields);
      rowFields = [];
      field = '';
    } else field += ch;
  }
  if (field || rowFields.length) rows.push([...rowFields, field]);
  return rows;
}
const [header, ...uciRows] = parseCsv(gunzipSync(readFileSync(uciPath)).toString('utf8'));
const col = (name: string) => header!.indexOf(name);
const uci = uciRows
  .filter((r) => r.length === header!.length)
  .map((r) => ({
    id: `u-${r[col('ID')]}`,
    title: r[col('TITLE')]!,
    story: r[col('STORY')]!,
    date: new Date(Number(r[col('TIMESTAMP')])).toISOString().slice(0, 10),
  }));
const uciGold = new Map(uci.map((r) => [r.id, r.story]));
const t1 = performance.now();
const uciGrouping = groupArticles(uci.map((r): GroupInput => ({ id: r.id, title: r.title, body: [], date: r.date })));
const uciMs = performance.now() - t1;
const uciPred = new Map<string, string>();
uciGrouping.groups.forEach((g, gi) => g.forEach((i) => uciPred.set(uciGrouping.inputs[i]!.id, String(gi))));
const uciScores = scoreClusters(uciGold, uciPred);
const uciWithoutGrouping = groupArticles(
  uci.map((r): GroupInput => ({ id: r.id, title: r.title, body: [], date: r.date })),
  WITHOUT_EVIDENCE,
);
const uciWithoutPred = new Map<string, string>();
uciWithoutGrouping.groups.forEach((g, gi) =>
  g.forEach((i) => uciWithoutPred.set(uciWithoutGrouping.inputs[i]!.id, String(gi))),
);
const uciWithout = scoreClusters(uciGold, uciWithoutPred);
const uciBase = baseline(
  uci.map((r) => r.title),
  uciGold,
  uci.map((r) => r.id),
);

// --- ECB+ topics 1–35 through the grouping ---------------------------------------------------
const ecb = readEcbPlus(ecbPath);
function runEcb(grouping: Partial<typeof DEFAULT_GROUPING> = {}) {
  const t = performance.now();
  const g = groupArticles(ecb.inputs, grouping);
  const ms = performance.now() - t;
  const pred = new Map<string, string>();
  g.groups.forEach((grp, gi) => grp.forEach((i) => pred.set(g.inputs[i]!.id, String(gi))));
  return { scores: scoreClusters(ecb.gold, pred), pred, ms };
}
const ecbShipped = runEcb();
const ecbWithout = runEcb(WITHOUT_EVIDENCE);
const ecbSensitivity = thresholds.map((threshold) => ({ threshold, f1: runEcb({ threshold }).scores.b3.f1 }));
const ecbBase = baseline(
  ecb.inputs.map((i) => [i.title, ...i.body].join('\n')),
  ecb.gold,
  ecb.inputs.map((i) => i.id),
);
const ecbTitle = new Map(ecb.inputs.map((i) => [i.id, `${i.date ?? 'undated'} ${i.title}`]));

/** The worst merged and split events, as lines of text for the console and the page. */
function diagnose(
  gold: ReadonlyMap<string, string>,
  pred: ReadonlyMap<string, string>,
  title: ReadonlyMap<string, string>,
  limit: number,
): string[] {
  const cut = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s).replace(/\|/g, '/');
  const lines: string[] = [];
  for (const m of worstMerges(gold, pred, limit))
    lines.push(
      `- merged (${m.wrong} of another event): ${m.parts.map((p) => `${p.gold} ×${p.items.length} “${cut(title.get(p.items[0]!) ?? p.items[0]!)}”`).join(' + ')}`,
    );
  for (const s of worstSplits(gold, pred, limit))
    lines.push(
      `- split (${s.missing} apart): ${s.gold} as ${s.parts.map((p) => `×${p.items.length} “${cut(title.get(p.items[0]!) ?? p.items[0]!)}”`).join(' / ')}`,
    );
  return lines;
}
const ecbDiagnosis = diagnose(ecb.gold, ecbShipped.pred, ecbTitle, 5);
const g5Diagnosis = diagnose(g5Gold, shipped.pred, shipped.titleOf, 3);
console.log(['ECB+ worst cases (all):', ...diagnose(ecb.gold, ecbShipped.pred, ecbTitle, 15)].join('\n'));
console.log(['Giveme5W1H worst cases (all):', ...diagnose(g5Gold, shipped.pred, shipped.titleOf, 10)].join('\n'));

// --- report ---------------------------------------------------------------------------------
const o = DEFAULT_GROUPING;
const md = `## Event grouping (\`npm run eval:cluster\`)

One configuration for every corpus (\`DEFAULT_GROUPING\` in \`src/core/group/vectors.ts\`), the
same one the seeds are grouped with: headline words ×${o.titleWeight}, the first ${o.leadWords} body words,
numbers ×${o.numberWeight}, features in more than ${o.maxShare * 100}% of articles dropped, sublinear TF × smoothed IDF,
cosine × time factor (1 within ${o.sameDays} days, then falling by e every ${o.decayDays} days to a floor of
${o.timeFloor}; ${o.undatedFactor} when a date is missing) × agreement of names and numbers below a similarity of
${o.clearSimilarity} (the key names and numbers of each headline and its lead's first 60 words: when one article
mentions ${o.keyAgreement} of the other's, by rarity, the similarity is kept whole, else it falls linearly to
×${o.disagreementFloor} when neither mentions any; src/core/group/evidence.ts), candidate pairs from an inverted index of each
article's ${o.indexTerms} strongest shared features within ±${o.windowDays} days, average link at ${o.threshold}; a pair must share at least ${o.minShared} features to be compared (${o.minShared + 1} when either has fewer than ${o.shortFeatures}: a headline or a brief).
The threshold was set on the plateau of the Giveme5W1H authors' *training* split
(\`sampling.json\`), not on the full set.

B³ is B-cubed (per-article precision and recall, averaged); "pairs" counts same-event pairs.
Articles the ingest dropped count as singletons (${shipped.dropped} here).

| run | B³ P | B³ R | B³ F1 | pair P | pair R | pair F1 | clusters | note |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${row('Giveme5W1H, Parallax', shipped.scores, `${shipped.articles} articles via ingest, ${shipped.dropped} dropped, gold ${shipped.scores.goldClusters} events`)}
${row('Giveme5W1H, Parallax without names and numbers (before)', g5Without.scores, 'disagreementFloor 1')}
${row('Giveme5W1H, TF-IDF average link (baseline)', g5Base.scores, `best threshold ${g5Base.threshold} chosen on gold`)}
${row('ECB+ topics 1–35, Parallax', ecbShipped.scores, `${ecb.inputs.length} documents (${ecb.inputs.filter((i) => i.date).length} with a date line), gold ${ecbShipped.scores.goldClusters} events`)}
${row('ECB+ topics 1–35, Parallax without names and numbers (before)', ecbWithout.scores, 'disagreementFloor 1')}
${row('ECB+ topics 1–35, TF-IDF average link (baseline)', ecbBase.scores, `best threshold ${ecbBase.threshold} chosen on gold`)}
${row('UCI headlines, Parallax', uciScores, `${uci.length} headlines, gold ${uciScores.goldClusters} stories`)}
${row('UCI headlines, Parallax without names and numbers (before)', uciWithout, 'disagreementFloor 1')}
${row('UCI headlines, TF-IDF average link (baseline)', uciBase.scores, `best threshold ${uciBase.threshold} chosen on gold`)}

Sensitivity of the B³ F1 to the threshold (shipped ${o.threshold}): Giveme5W1H
${sensitivity.map((s) => `${s.threshold} → ${fmt(s.f1)}`).join(' · ')}; ECB+ ${ecbSensitivity.map((s) => `${s.threshold} → ${fmt(s.f1)}`).join(' · ')}.

Worst ECB+ cases (event = topic_subtopic; ×n documents, the first one's date and headline):

${ecbDiagnosis.join('\n')}

Worst Giveme5W1H cases (gold event ids):

${g5Diagnosis.join('\n')}

Variants measured while choosing the configuration, not shipped (Giveme5W1H B³ F1 at the best
threshold near 0.1): capitalised names weighted ×1.5–4: at most 0.933; quoted word triples as
features: at most 0.93 (they dilute the vectors; quotes are used as evidence instead); headline
and name similarities blended in: at most 0.949; a second pass merging by centroid: at most
0.947; no time factor: 0.928; time without a floor: 0.877; similarity shrunk for pairs sharing
few features, n/(n+1): 0.947 here but 0.792 on UCI headlines. Headlines alone are the hard
case: with only a handful of words, a shared name is often all two unrelated headlines have in
common; asking one more shared feature of short articles raised UCI from 0.770 to 0.800 and
left Giveme5W1H unchanged.

Names and numbers as evidence against a merge (this round; B³ F1 Giveme5W1H / ECB+): the
smaller of the two shares instead of the larger: 0.928 / 0.879, but it split the seeds' two
reports of the Istanbul talks (an analysis naming none of the delegates); a first pass at a
high threshold, then the key names a group keeps repeating compared between groups: at most
0.937 / 0.87; key names from 120 or 300 lead words, or only names printed twice: no better.
No setting tried reached the targets (0.96 / 0.93): every penalty that lifts ECB+ precision
also splits Giveme5W1H events whose reports name different people.

Time: the whole ingest of the 250 Giveme5W1H records took ${Math.round(shipped.ms)} ms; grouping the
${ecb.inputs.length} ECB+ documents took ${Math.round(ecbShipped.ms)} ms and the ${uci.length} UCI headlines ${Math.round(uciMs)} ms (Node ${process.version}, one run).
`;
console.log(md);
if (!values['no-write']) writeDocsSection('cluster', md);
