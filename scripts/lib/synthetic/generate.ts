/**
 * A whole synthetic seeds folder, written event by event through a sink (nothing is held but
 * the event being written): page dumps under pages/, structured records under feeds/,
 * outlets.json, manifest.json, and the generator's own truth (which article belongs to which
 * event, which is a copy of which) in .truth.json, a dot-file the ingest skips.
 */
import type { Teaser } from './page-parts';
import { jsonlRecord, renderPage, type PageInput } from './layout';
import { makeOutlets, registryJson, type SyntheticOutlet } from './outlets';
import { defaultDays, eventSizes, maxEventSize, OutletPicker, planEvent, type PlannedArticle } from './plan';
import { hashHex, Random } from './random';
import { copyOf, reportsFrom, withDateline, type ArticleText } from './reports';
import { StoryPicker } from './stories';
import { checkSource, type TextSource } from './text-source';

export interface SyntheticOptions {
  articles: number;
  seed: number;
  /** First day of the period, YYYY-MM-DD. */
  start?: string;
  /** Days the events spread over (default: `defaultDays(articles)`). */
  days?: number;
  /** Outlets in the registry. */
  outlets?: number;
}

export const DEFAULT_START = '2024-01-01';
export const DEFAULT_OUTLETS = 300;
/** Share of articles delivered as structured records (.jsonl) instead of page dumps. */
export const JSONL_SHARE = 0.05;
/** Records per .jsonl file. */
export const JSONL_BATCH = 40;
/** Share of pages the manifest says nothing about: the outlet names itself on the page. */
export const UNLISTED_SHARE = 0.05;
/** Share of pages with no printed date: the manifest gives it. */
export const UNDATED_SHARE = 0.03;
/** Share of pages saved twice under another name (byte-identical). */
export const DUPLICATE_SHARE = 0.005;
/** The generator's truth beside the inputs: a dot-file, which the ingest does not read. */
export const TRUTH_FILE = '.truth.json';

export interface Appender {
  append(text: string): void;
  close(): void;
}

/** Where the folder goes: whole files, and files written piece by piece. */
export interface FolderSink {
  write(path: string, text: string): void;
  open(path: string): Appender;
}

export interface Summary {
  source: string;
  files: number;
  pages: number;
  feeds: number;
  records: number;
  articles: number;
  events: number;
  singleEvents: number;
  largestEvent: number;
  copies: number;
  aggregated: number;
  duplicates: number;
  days: number;
  bytes: number;
}

function slug(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, 8)
    .join('-');
}

function authorsFor(outlet: SyntheticOutlet, r: Random): string[] {
  const n = r.weighted([
    [0, 1],
    [1, 7],
    [2, 2],
  ] as const);
  return r.shuffle(outlet.staff).slice(0, n);
}

export function generateFolder(source: TextSource, options: SyntheticOptions, sink: FolderSink): Summary {
  checkSource(source);
  const { articles: total, seed } = options;
  if (!Number.isInteger(total) || total < 1)
    throw new Error(`synthetic/generate: --articles must be a positive integer, got ${total}`);
  const start = options.start ?? DEFAULT_START;
  const days = options.days ?? defaultDays(total);
  const outlets = makeOutlets(seed, options.outlets ?? DEFAULT_OUTLETS);
  const pools = {
    reporters: new OutletPicker(outlets.filter((o) => o.kind !== 'aggregator')),
    agencies: new OutletPicker(outlets.filter((o) => o.kind === 'news agency')),
    aggregators: new OutletPicker(outlets.filter((o) => o.kind === 'aggregator')),
  };
  const allDocs = [...source.clusters.flatMap((c) => c.docs), ...source.singles];
  const stories = new StoryPicker(source, seed);
  const sizeOf = eventSizes(maxEventSize(total));

  let bytes = 0;
  const count = (text: string) => (bytes += Buffer.byteLength(text, 'utf8'));
  const write = (path: string, text: string) => {
    count(text);
    sink.write(path, text);
  };
  const stream = (path: string) => {
    const s = sink.open(path);
    return { append: (t: string) => (count(t), s.append(t)), close: () => s.close() };
  };
  const summary: Summary = {
    source: source.name,
    files: 3,
    pages: 0,
    feeds: 0,
    records: 0,
    articles: 0,
    events: 0,
    singleEvents: 0,
    largestEvent: 0,
    copies: 0,
    aggregated: 0,
    duplicates: 0,
    days,
    bytes: 0,
  };

  write('outlets.json', registryJson(outlets));
  const manifest = stream('manifest.json');
  manifest.append('{\n  "schemaVersion": 1,\n  "files": {');
  let manifestEntries = 0;
  const addEntry = (path: string, entry: Record<string, string>) => {
    manifest.append(`${manifestEntries++ ? ',' : ''}\n    ${JSON.stringify(path)}: ${JSON.stringify(entry)}`);
  };
  const truth = stream(TRUTH_FILE);
  truth.append(`{\n  "schemaVersion": 1,\n  "seed": ${seed},\n  "articles": [`);
  let truthItems = 0;
  const events: string[] = [];
  const duplicates: string[] = [];

  let feed: string[] = [];
  let feedPath = '';
  const flushFeed = () => {
    if (feed.length === 0) return;
    write(feedPath, `${feed.join('\n')}\n`);
    summary.feeds++;
    feed = [];
  };

  for (let e = 0; summary.articles < total; e++) {
    const r = Random.of(seed, 'event', e);
    const size = Math.min(sizeOf(r), total - summary.articles);
    const plan = planEvent(size, start, days, pools, r);
    const eventId = `ev-${String(e).padStart(6, '0')}`;
    const story = stories.next(size);
    const reports = plan.articles.filter((a) => a.copyOf === undefined).length;
    const texts = reportsFrom(story.cluster.docs, reports, story.round, r, story.renaming);
    const written: ArticleText[] = [];
    const places: string[] = [];
    let nextReport = 0;
    plan.articles.forEach((a: PlannedArticle, k) => {
      const n = summary.articles++;
      let text: ArticleText;
      if (a.copyOf !== undefined) {
        text = copyOf(written[a.copyOf]!, r.chance(0.5), r);
        summary.copies++;
      } else {
        text = texts[nextReport++]!;
        if (k === 0 && plan.wire && r.chance(0.8)) text = withDateline(text, a.outlet.name);
      }
      written.push(text);
      const pageOutlet = a.via ?? a.outlet;
      const section = r.pick(pageOutlet.sections);
      const related = Array.from({ length: r.int(3, 6) }, () => r.pick(source.headlines));
      const teasers: Teaser[] = Array.from({ length: r.int(2, 4) }, () => r.pick(allDocs)).map((d) => ({
        title: d.title,
        lead: d.paragraphs[0] ?? '',
      }));
      const unlisted = !a.via && a.copyOf === undefined && r.chance(UNLISTED_SHARE);
      const page: PageInput = {
        outlet: pageOutlet,
        text,
        authors: a.copyOf !== undefined && r.chance(0.5) ? [] : authorsFor(a.outlet, r),
        day: a.day,
        time: a.time,
        section,
        related,
        teasers,
        promo: unlisted,
        undated: !unlisted && !a.via && r.chance(UNDATED_SHARE),
      };
      if (a.via) {
        page.carried = a.outlet;
        summary.aggregated++;
      }
      const hex = hashHex(seed, 'article', n);
      const url = `${pageOutlet.homepage}/${section.toLowerCase()}/${a.day.replace(/-/g, '/')}/${slug(text.title)}-${hex.slice(0, 6)}`;
      let file: string;
      let index = 0;
      if (!a.via && r.chance(JSONL_SHARE)) {
        if (feed.length === 0) feedPath = `feeds/feed-${String(summary.feeds).padStart(5, '0')}.jsonl`;
        file = feedPath;
        index = feed.length;
        feed.push(jsonlRecord(page, url, r));
        summary.records++;
        if (feed.length >= JSONL_BATCH) flushFeed();
      } else {
        const rendered = renderPage(page, r);
        // Named as scrapers name pages (a number and a hash), in 256 folders; the number keeps names unique.
        file = `pages/${hex.slice(0, 2)}/${String(n).padStart(6, '0')}_${hex}.txt`;
        write(file, rendered.text);
        summary.pages++;
        const entry: Record<string, string> = {};
        if (!unlisted) entry.outlet = pageOutlet.id;
        if (!unlisted && r.chance(0.8)) entry.url = url;
        if (rendered.retrieved) entry.retrieved = rendered.retrieved;
        if (page.undated) entry.published = `${a.day}T${a.time}`;
        if (Object.keys(entry).length) addEntry(file, entry);
        if (r.chance(DUPLICATE_SHARE)) {
          const again = `pages/${hex.slice(0, 2)}/${String(n).padStart(6, '0')}_${hashHex(seed, 'again', n)}.txt`;
          write(again, rendered.text);
          if (Object.keys(entry).length) addEntry(again, entry);
          duplicates.push(`    ${JSON.stringify({ file: again, of: file })}`);
          summary.duplicates++;
        }
      }
      places.push(`${file}#${index}`);
      const item: Record<string, unknown> = { file, index, event: eventId, outlet: a.outlet.id };
      if (a.via) item.via = a.via.id;
      item.date = a.day;
      item.title = text.title;
      if (a.copyOf !== undefined) item.copyOf = places[a.copyOf];
      else item.text = text.from;
      truth.append(`${truthItems++ ? ',' : ''}\n    ${JSON.stringify(item)}`);
    });
    summary.events++;
    if (size === 1) summary.singleEvents++;
    summary.largestEvent = Math.max(summary.largestEvent, size);
    events.push(
      `    ${JSON.stringify({ id: eventId, size, day: plan.day, story: story.cluster.ref, round: story.round, wire: plan.wire })}`,
    );
  }
  flushFeed();
  manifest.append('\n  }\n}\n');
  manifest.close();
  truth.append(
    `\n  ],\n  "events": [\n${events.join(',\n')}\n  ],\n  "duplicates": [\n${duplicates.join(',\n')}\n  ]\n}\n`,
  );
  truth.close();
  summary.files += summary.pages + summary.feeds + summary.duplicates;
  summary.bytes = bytes;
  return summary;
}
