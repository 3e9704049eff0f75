import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSeeds } from '../../scripts/lib/read-seeds';
import { folderSink } from '../../scripts/lib/synthetic/folder-sink';
import { generateFolder, TRUTH_FILE, type FolderSink } from '../../scripts/lib/synthetic/generate';
import { makeOutlets } from '../../scripts/lib/synthetic/outlets';
import { eventSizes, MAX_SPREAD_DAYS, OutletPicker, planEvent } from '../../scripts/lib/synthetic/plan';
import { daysBetween } from '../../scripts/lib/synthetic/print-dates';
import { Random } from '../../scripts/lib/synthetic/random';
import { copyOf, retold, withDateline } from '../../scripts/lib/synthetic/reports';
import type { SourceDoc, TextSource } from '../../scripts/lib/synthetic/text-source';
import { ingest } from '../../src/core/ingest/ingest';
import { normalizeText } from '../../src/core/text/normalize';

/** Invented stories, a few documents each, standing in for the real datasets (tests read neither ../shared nor seeds/). */
const STORIES: Array<{ titles: string[]; sentences: string[] }> = [
  {
    titles: [
      'Bridge over the River Wensley closes after engineers find cracks',
      'Engineers shut Wensley bridge as cracks spread in its main span',
      'Commuters face long detours after the Wensley bridge is closed',
    ],
    sentences: [
      'The Wensley bridge in Harrowgate was closed to all traffic on Tuesday after engineers found cracks in its main span.',
      'Inspectors from the county roads department said the cracks had grown by several centimetres since the spring survey.',
      'About 30,000 vehicles cross the bridge every day, and the council warned that detours could add an hour to journeys.',
      'Council leader Miriam Oakes said the closure would last at least six weeks while a repair plan is drawn up.',
      'Local businesses on the northern bank said they expected to lose customers during the busiest weeks of the year.',
      'The bridge was built in 1962 and was last strengthened in 1998, according to records held by the county.',
    ],
  },
  {
    titles: [
      'Storm Leontine floods coastal towns and cuts power to thousands',
      'Thousands without power as Storm Leontine batters the coast',
      'Flood defences fail in Saltmarsh as Storm Leontine sweeps inland',
    ],
    sentences: [
      'Storm Leontine brought gusts of more than 120 kilometres an hour to the coast on Sunday night, flooding streets in Saltmarsh.',
      'The regional grid operator said about 48,000 homes were left without electricity by Monday morning.',
      'Firefighters rescued a family of four from the roof of their car after it was swept off a road near the harbour.',
      'The weather service had issued a red warning on Saturday and urged residents to stay indoors until the storm passed.',
      'Schools in three districts will stay closed on Tuesday while crews clear fallen trees and check damaged buildings.',
      'Insurers said it was too early to estimate the cost of the damage but that claims were already arriving.',
    ],
  },
  {
    titles: [
      'Parliament approves pension reform after a night of debate',
      'Pension reform passes by eleven votes as unions plan protests',
    ],
    sentences: [
      'Lawmakers approved the pension reform by 171 votes to 160 early on Thursday after a debate that lasted through the night.',
      'The reform raises the retirement age from 63 to 65 over the next ten years and changes how benefits are calculated.',
      'Labour minister Tomasz Brandt said the change was needed to keep the pension fund solvent beyond 2040.',
      'The largest unions said they would hold a general strike next week and called the vote a betrayal of workers.',
      'Opposition parties have promised to challenge the law before the constitutional court in the coming months.',
    ],
  },
  {
    titles: [
      'Drought forces farmers in the Corvale valley to cut their herds',
      'Corvale farmers sell cattle as the drought enters a third month',
      'Water rationing begins in the Corvale valley as rivers run dry',
    ],
    sentences: [
      'Farmers in the Corvale valley have begun selling cattle at auction because there is no longer enough grass to feed them.',
      'Rainfall since June has been less than a third of the usual amount, according to the national weather office.',
      'The water authority introduced rationing on Friday, limiting households to 120 litres a day.',
      'Agriculture minister Ines Valcourt promised emergency payments to farmers who lose more than half of their harvest.',
      'Prices of hay have doubled in two months, and some farmers said they were trucking feed from the north.',
      'Forecasters expect the dry weather to last at least until the end of the month.',
    ],
  },
];

const SINGLES: Array<{ title: string; sentences: string[] }> = [
  {
    title: 'City library reopens after a two-year renovation',
    sentences: [
      'The central library in Brackenfield reopened its doors on Saturday after a renovation that took more than two years.',
      'The building now has a children’s wing, a recording studio and a rooftop reading garden, the city said.',
      'Hundreds of residents queued before the doors opened, and some had brought books borrowed before the closure.',
      'The work cost 14 million, about a fifth more than planned, because old wiring had to be replaced throughout.',
      'Head librarian Agnes Moreland said lending would return to normal hours from Monday.',
      'The library was first opened in 1908 with money raised by the town’s mill workers.',
      'A new mobile library will also visit villages in the district twice a month from the autumn.',
    ],
  },
  {
    title: 'Regional airline adds routes to three island airports',
    sentences: [
      'The regional airline Skylark said on Wednesday that it would start flying to three island airports next spring.',
      'The new routes will connect the islands with the capital at least twice a day in the summer season.',
      'Island councils have asked for better connections for years, saying that ferries are slow and often cancelled in winter.',
      'The airline will lease four turboprop aircraft to serve the routes and hire about 60 new staff.',
      'Tickets go on sale next month, with one-way fares starting at about 49, the company said.',
      'The transport ministry will pay part of the cost of the winter flights under a public service contract.',
    ],
  },
  {
    title: 'Scientists find rare orchid thought lost for half a century',
    sentences: [
      'Botanists surveying a remote valley have found a small colony of an orchid that had not been recorded for 50 years.',
      'The plant, known for its pale violet flowers, was believed to have died out when its last known meadow was drained.',
      'The team counted 23 flowering plants growing beside a spring on land owned by a family of sheep farmers.',
      'The exact location will be kept secret to protect the plants from collectors, the research institute said.',
      'Seeds will be stored at the national seed bank, and the farmers have agreed to keep sheep away from the spring.',
      'The researchers said the find showed how much remained to be learned about the flora of the uplands.',
    ],
  },
  {
    title: 'Football club sacks its coach after a run of seven defeats',
    sentences: [
      'Rovers dismissed head coach Pavel Lindgren on Sunday after the club lost its seventh league match in a row.',
      'The club is now second from bottom of the table with twelve games left to play this season.',
      'Chairman Oliver Grange thanked Lindgren for his work but said a change was needed to avoid relegation.',
      'Assistant coach Maria Duval will take charge of the team for the next match against United on Saturday.',
      'Supporters had protested outside the stadium after the latest defeat, calling for changes in the boardroom.',
      'Lindgren joined the club two years ago and led it to a cup final in his first season.',
    ],
  },
];

function doc(ref: string, title: string, sentences: readonly string[], shift: number): SourceDoc {
  const rotated = [...sentences.slice(shift), ...sentences.slice(0, shift)];
  const paragraphs: string[] = [];
  for (let i = 0; i < rotated.length; i += 2) paragraphs.push(rotated.slice(i, i + 2).join(' '));
  return { ref, title, paragraphs };
}

const SOURCE: TextSource = {
  name: 'inline test stories',
  clusters: STORIES.map((s, i) => ({
    ref: `story-${i}`,
    docs: s.titles.map((t, k) => doc(`story-${i}-${k}`, t, s.sentences, k)),
  })),
  singles: SINGLES.map((s, i) => doc(`single-${i}`, s.title, s.sentences, 0)),
  headlines: [
    'Museum opens new wing for modern art',
    'Council debates parking charges in the old town',
    'Rail strike called off after late-night talks',
    'Local bakery wins national bread award',
  ],
};

/** A folder generated in memory: path → text. */
function inMemory(articles: number, seed: number): Map<string, string> {
  const files = new Map<string, string>();
  const sink: FolderSink = {
    write: (path, text) => void files.set(path, text),
    open: (path) => {
      let text = '';
      return { append: (t) => void (text += t), close: () => void files.set(path, text) };
    },
  };
  generateFolder(SOURCE, { articles, seed }, sink);
  return files;
}

interface TruthItem {
  file: string;
  index: number;
  event: string;
  outlet: string;
  date: string;
  title: string;
  copyOf?: string;
}

describe('event sizes', () => {
  const draw = eventSizes(60);
  const r = new Random(7);
  const sizes = Array.from({ length: 20_000 }, () => draw(r));
  const share = (f: (s: number) => boolean) => sizes.filter(f).length / sizes.length;

  it('are mostly one to three articles', () => {
    expect(share((s) => s === 1)).toBeGreaterThan(0.6);
    expect(share((s) => s <= 3)).toBeGreaterThan(0.85);
  });
  it('fall off with size, with a heavy tail of events of dozens of articles', () => {
    const counts = [1, 2, 3, 4].map((k) => share((s) => s === k));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(share((s) => s >= 24)).toBeGreaterThan(0.002);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(40);
  });
});

describe('an event plan', () => {
  const outlets = makeOutlets(3, 300);
  const pools = {
    reporters: new OutletPicker(outlets.filter((o) => o.kind !== 'aggregator')),
    agencies: new OutletPicker(outlets.filter((o) => o.kind === 'news agency')),
    aggregators: new OutletPicker(outlets.filter((o) => o.kind === 'aggregator')),
  };
  const plans = Array.from({ length: 300 }, (_, i) => planEvent(2 + (i % 30), '2024-01-01', 365, pools, new Random(i)));

  it('has every article from a different outlet', () => {
    for (const p of plans) expect(new Set(p.articles.map((a) => a.outlet.id)).size).toBe(p.articles.length);
  });
  it('dates its articles within a few days of each other', () => {
    // Reports within MAX_SPREAD_DAYS; a copy up to a day after its original, its hours maybe past midnight.
    for (const p of plans)
      for (const a of p.articles) {
        expect(daysBetween(p.day, a.day)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(p.day, a.day)).toBeLessThanOrEqual(MAX_SPREAD_DAYS + 2);
      }
  });
  it('spreads events over the period', () => {
    const months = new Set(plans.map((p) => p.day.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(10);
  });
  it('dates a copy no earlier than its original, and has a news agency break a wire story', () => {
    const copies = plans.flatMap((p) => p.articles.filter((a) => a.copyOf !== undefined).map((a) => [p, a] as const));
    expect(copies.length).toBeGreaterThan(30);
    for (const [p, a] of copies) {
      const original = p.articles[a.copyOf!]!;
      expect(`${a.day}T${a.time}` > `${original.day}T${original.time}`).toBe(true);
    }
    for (const p of plans.filter((x) => x.wire)) expect(p.articles[0]!.outlet.kind).toBe('news agency');
  });
});

describe('report texts', () => {
  const docs = SOURCE.clusters[1]!.docs;
  it('retells a story from its sentences, no more than a third or so of any one document', () => {
    // Documents with no sentence in common, so each sentence of a retelling has one owner.
    const apart = [0, 1, 3].map((i) => doc(`apart-${i}`, STORIES[i]!.titles[0]!, STORIES[i]!.sentences, 0));
    for (let seed = 0; seed < 20; seed++) {
      const text = retold(apart, new Random(seed)).paragraphs.join(' ');
      for (const d of apart) {
        const own = d.paragraphs.join(' ').split(/(?<=\.)\s+/);
        expect(own.filter((s) => text.includes(s)).length).toBeLessThanOrEqual(Math.floor(own.length * 0.35));
      }
    }
  });
  it('gives a copy its original body (a verbatim copy all of it, an edited one its opening)', () => {
    const original = withDateline(
      { title: 'Storm floods the coast', paragraphs: docs[0]!.paragraphs, from: [] },
      'Wire Service',
    );
    expect(original.paragraphs[0]).toMatch(/^\(Wire Service\) — /);
    expect(copyOf(original, false, new Random(1)).paragraphs).toEqual(original.paragraphs);
    const edited = copyOf(original, true, new Random(2));
    expect(original.paragraphs.slice(0, edited.paragraphs.length)).toEqual(edited.paragraphs);
    expect(edited.paragraphs.length).toBeGreaterThanOrEqual(Math.ceil(original.paragraphs.length * 0.7));
  });
});

describe('a generated folder', () => {
  it('is byte-identical for the same article count and seed, and different for another seed', () => {
    const a = inMemory(300, 11);
    const b = inMemory(300, 11);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, text] of a) expect(b.get(path)).toBe(text);
    const c = inMemory(300, 12);
    expect([...c.entries()]).not.toEqual([...a.entries()]);
  });
  it('writes an outlet registry of a few hundred outlets of every kind, and a manifest naming only them', () => {
    const files = inMemory(200, 1);
    const registry = JSON.parse(files.get('outlets.json')!) as { outlets: Array<{ id: string; kind: string }> };
    expect(registry.outlets.length).toBe(300);
    expect(new Set(registry.outlets.map((o) => o.kind))).toEqual(
      new Set(['newspaper', 'online', 'broadcaster', 'magazine', 'news agency', 'aggregator']),
    );
    const ids = new Set(registry.outlets.map((o) => o.id));
    const manifest = JSON.parse(files.get('manifest.json')!) as { files: Record<string, { outlet?: string }> };
    for (const [path, entry] of Object.entries(manifest.files)) {
      expect(files.has(path)).toBe(true);
      if (entry.outlet) expect(ids.has(entry.outlet)).toBe(true);
    }
  });
  it('records as many articles as asked for in its truth, copies in the event of their original', () => {
    const files = inMemory(400, 2);
    const truth = JSON.parse(files.get(TRUTH_FILE)!) as { articles: TruthItem[] };
    expect(truth.articles.length).toBe(400);
    const byPlace = new Map(truth.articles.map((t) => [`${t.file}#${t.index}`, t]));
    const copies = truth.articles.filter((t) => t.copyOf);
    expect(copies.length).toBeGreaterThan(0);
    for (const c of copies) expect(byPlace.get(c.copyOf!)?.event).toBe(c.event);
    for (const t of truth.articles) expect(files.has(t.file)).toBe(true);
  });
});

describe('generated pages through the real ingest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-synthetic-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ARTICLES = 60;
  generateFolder(SOURCE, { articles: ARTICLES, seed: 4 }, folderSink(dir));
  const seeds = readSeeds(dir);
  const corpus = ingest(seeds.files, { ...seeds.options, now: '2024-06-01' });
  const truth = JSON.parse(readFileSync(join(dir, TRUTH_FILE), 'utf8')) as { articles: TruthItem[] };
  const written: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else written.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);

  it('accounts for every input file, none rejected, and reads neither the truth nor the editor files as inputs', () => {
    const inputs = written.filter((p) => !['manifest.json', 'outlets.json', TRUTH_FILE].includes(p)).sort();
    expect(corpus.sources.map((s) => s.file).sort()).toEqual(inputs);
    expect(corpus.sources.filter((s) => s.status === 'rejected')).toEqual([]);
  });
  it('extracts at least 90% of the generated articles with their generated titles', () => {
    const bySource = new Map(corpus.sources.map((s) => [s.file, s]));
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    const tidy = (t: string) => normalizeText(t).replace(/\s+/g, ' ').trim();
    let same = 0;
    for (const t of truth.articles) {
      let source = bySource.get(t.file);
      if (source?.status === 'duplicate') source = bySource.get(source.duplicateOf!);
      const articles = (source?.articleIds ?? []).map((id) => byId.get(id)!);
      const a = t.file.endsWith('.jsonl') ? articles[t.index] : articles.find((x) => x.role === 'primary');
      if (a && tidy(a.title) === tidy(t.title)) same++;
    }
    expect(truth.articles.length).toBe(ARTICLES);
    expect(same / ARTICLES).toBeGreaterThanOrEqual(0.9);
  });
});
