/**
 * npm run bench:browser [-- --sizes 1000,10000] [-- --no-write]
 * The reader's side of a large corpus. For each size a seeds folder is generated
 * (`corpus:synthetic`, seed 1), built into the app (`PARALLAX_SEEDS`), served gzip by the small
 * static host, and opened in Chromium with the CPU slowed 4× (CDP): time until the feed is on
 * screen and until the page is live, the main thread's long tasks while the feed is scrolled, the
 * time an outlet filter and a search take to show their result, the JS heap at its largest, and
 * the data sizes (all data files, and what the first view fetches). Figures go to
 * docs/benchmarks.md. A size whose build fails is reported with the reason.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { chromePath } from './lib/chrome';
import { writeDocsSection } from './lib/docs-section';
import { buildApp, freePort, ROOT } from './lib/serve';
import { EVENT_FOLDER } from './vite-plugin-corpus';
import { SHARD_FOLDER } from '../src/core/search-shards';
import { serveStatic } from './lib/static-server';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    'no-write': { type: 'boolean' },
    // N=DIR: the size N is measured on a build made apart (a build too large for this run's
    // patience or Node's default heap), with a line saying how it was made (--note).
    built: { type: 'string', multiple: true },
    note: { type: 'string', multiple: true },
  },
});
const BUILT = new Map(
  (values.built ?? []).map((b) => {
    const m = /^(\d+)=(.+)$/.exec(b);
    if (!m) throw new Error(`bench:browser: --built wants N=DIR, e.g. 100000=/tmp/dist (got "${b}")`);
    return [Number(m[1]), m[2]!] as const;
  }),
);
const SIZES = (values.sizes ?? '1000,10000,100000').split(',').map(Number);
if (SIZES.some((n) => !Number.isInteger(n) || n < 10))
  throw new Error(`bench:browser: --sizes wants whole numbers of articles, e.g. 1000,10000 (got "${values.sizes}")`);
const CPU_SLOWDOWN = 4;
/** A task of the main thread longer than this is one a reader can feel (RAIL's 50 ms). */
const LONG_TASK_MS = 50;
/** Scrolling the feed: this many wheel turns of this many pixels, one per frame or so. */
const SCROLL_STEPS = 40;
const SCROLL_PX = 600;

interface Figures {
  articles: number;
  /** Seconds, or null for a build made apart (--built). */
  buildS: number | null;
  dataBytes: number;
  firstViewDataGzip: number;
  feedMs: number;
  liveMs: number;
  /** From the reader nearing the end of the head's events until the whole index has replaced the head. */
  wholeMs: number;
  /** The longest main-thread task between live and then (reading the whole index). */
  wholeLongestMs: number;
  scrollLongTasks: number;
  scrollLongestMs: number;
  filterMs: number;
  filterLongestMs: number;
  searchMs: number;
  heapMb: number;
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((sum, d) => sum + statSync(join(d.parentPath, d.name)).size, 0);
}

/**
 * The data files of a build (the corpus's index, each event's file, the search index's head and shards), bytes on
 * disk, and the gzip of what the feed loads (the index).
 */
function dataSizes(out: string): { all: number; firstView: number } {
  const files = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.json'));
  const all =
    files.reduce((sum, f) => sum + statSync(join(out, 'assets', f)).size, 0) +
    folderBytes(join(out, 'assets', EVENT_FOLDER)) +
    folderBytes(join(out, 'assets', SHARD_FOLDER));
  const corpus = files.filter((f) => f.startsWith('corpus-'));
  const firstView = corpus.reduce((sum, f) => sum + gzipSync(readFileSync(join(out, 'assets', f))).length, 0);
  return { all, firstView };
}

/** Installed before the page's own scripts: when the feed appears, when the page is live, long tasks. */
function watchPage(): void {
  const w = window as unknown as {
    bench: { feed?: number; live?: number; tasks: { start: number; duration: number }[] };
  };
  w.bench = { tasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.bench.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, observer) => {
    if (w.bench.feed === undefined && document.querySelector('.event-feed li')) w.bench.feed = performance.now();
    if (w.bench.live === undefined && document.querySelector('#root[data-live]')) {
      w.bench.live = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-live'] });
}

const now = (page: Page) => page.evaluate(() => performance.now());
const longTasks = (page: Page, from: number) =>
  page.evaluate(
    (t) =>
      (window as unknown as { bench: { tasks: { start: number; duration: number }[] } }).bench.tasks
        .filter((x) => x.start >= t)
        .map((x) => x.duration),
    from,
  );

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/** Clicks, then waits until the feed's status line says something else; the time between, in the page. */
async function timeUntilFeedChanges(page: Page, click: () => Promise<void>): Promise<number> {
  const before = await page.locator('.feed-lede').textContent();
  const t0 = await now(page);
  await click();
  await page.waitForFunction((text) => document.querySelector('.feed-lede')?.textContent !== text, before);
  await page.evaluate(() => new Promise(requestAnimationFrame));
  return (await now(page)) - t0;
}

async function measure(
  base: string,
): Promise<Omit<Figures, 'articles' | 'buildS' | 'dataBytes' | 'firstViewDataGzip'>> {
  const browser = await chromium.launch({
    executablePath: await chromePath(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(watchPage);
    await page.goto(`${base}/`);
    await page.locator('#root[data-live]').waitFor({ state: 'attached', timeout: 120_000 });
    const { feed, live } = await page.evaluate(
      () => (window as unknown as { bench: { feed: number; live: number } }).bench,
    );
    // The whole index: asked for as the reader nears the end of the head's events (at once when
    // idle, for a small one); it replaces the head, and the feed lists every event.
    const askedAt = await now(page);
    // Not there (or gone meanwhile) when the whole index was loaded ahead.
    await page.evaluate(() => document.querySelector('.feed-rest')?.scrollIntoView());
    await page.waitForFunction(() => !document.querySelector('.feed-rest'), null, { timeout: 300_000 });
    const wholeMs = (await now(page)) - askedAt;
    const reading = await longTasks(page, askedAt);
    await page.evaluate(() => window.scrollTo({ top: 0 }));
    let heap = await heapMb(page);

    const scrollFrom = await now(page);
    await page.mouse.move(640, 600);
    for (let i = 0; i < SCROLL_STEPS; i++) {
      await page.mouse.wheel(0, SCROLL_PX);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(300);
    const scrolled = await page.evaluate(() => window.scrollY);
    if (scrolled < SCROLL_PX) throw new Error(`bench:browser: the feed did not scroll (scrollY ${scrolled})`);
    const scrolling = await longTasks(page, scrollFrom);
    heap = Math.max(heap, await heapMb(page));
    await page.evaluate(() => window.scrollTo({ top: 0 }));

    const outlets = page.getByRole('group', { name: 'Outlets' }).getByRole('checkbox');
    const filterFrom = await now(page);
    const filterMs = await timeUntilFeedChanges(page, () => outlets.first().click());
    const filtering = await longTasks(page, filterFrom);
    heap = Math.max(heap, await heapMb(page));
    await timeUntilFeedChanges(page, () => outlets.first().click());

    const box = page.getByRole('searchbox', { name: 'Search articles' });
    await box.fill('government');
    const t0 = await now(page);
    await box.press('Enter');
    await page.getByRole('list', { name: 'Search results' }).waitFor({ timeout: 120_000 });
    const searchMs = (await now(page)) - t0;
    heap = Math.max(heap, await heapMb(page));
    return {
      feedMs: feed,
      liveMs: live,
      wholeMs,
      wholeLongestMs: Math.max(0, ...reading),
      scrollLongTasks: scrolling.filter((d) => d > LONG_TASK_MS).length,
      scrollLongestMs: Math.max(0, ...scrolling),
      filterMs,
      filterLongestMs: Math.max(0, ...filtering),
      searchMs,
      heapMb: heap,
    };
  } finally {
    await browser.close();
  }
}

/** Why a build failed, in words: Node aborts (SIGABRT) when its heap is full. */
function buildFailure(e: unknown): string {
  const { signal, status } = e as { signal?: string | null; status?: number | null };
  if (signal === 'SIGABRT' || status === 134)
    return 'out of memory: Node stopped at its JavaScript heap limit of about 4 GB';
  return e instanceof Error ? e.message.split('\n')[0]! : String(e);
}

const rows: string[] = [];
const failures: string[] = [];
for (const n of SIZES) {
  const prebuilt = BUILT.get(n);
  const seeds = mkdtempSync(join(tmpdir(), 'parallax-bench-seeds-'));
  const out = prebuilt ?? mkdtempSync(join(tmpdir(), 'parallax-bench-app-'));
  try {
    if (!prebuilt)
      execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          join(ROOT, 'scripts/corpus-synthetic.ts'),
          '--articles',
          String(n),
          '--out',
          seeds,
          '--seed',
          '1',
        ],
        { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
      );
    const t = performance.now();
    try {
      if (!prebuilt) buildApp({ PARALLAX_SEEDS: seeds, PARALLAX_OUT: out });
    } catch (e) {
      failures.push(`${n.toLocaleString('en')} articles: the build failed (${buildFailure(e)})`);
      continue;
    }
    const buildS = prebuilt ? null : (performance.now() - t) / 1000;
    const data = dataSizes(out);
    const served = await serveStatic(out, await freePort());
    let f;
    try {
      f = await measure(served.base);
    } finally {
      await served.stop();
    }
    const figures: Figures = { articles: n, buildS, dataBytes: data.all, firstViewDataGzip: data.firstView, ...f };
    console.log(
      `bench:browser ${n}: ${JSON.stringify(figures)} (build folder ${(folderBytes(out) / 2 ** 20).toFixed(0)} MB)`,
    );
    const ms = (x: number) => Math.round(x).toLocaleString('en');
    rows.push(
      `| ${n.toLocaleString('en')} | ${buildS === null ? 'apart' : `${buildS.toFixed(0)} s`} | ${(data.all / 2 ** 20).toFixed(1)} MB | ${(data.firstView / 1024).toFixed(0)} KB | ${ms(f.feedMs)} | ${ms(f.liveMs)} | ${ms(f.wholeMs)} (longest task ${ms(f.wholeLongestMs)}) | ${f.scrollLongTasks} (longest ${ms(f.scrollLongestMs)}) | ${ms(f.filterMs)} (longest task ${ms(f.filterLongestMs)}) | ${ms(f.searchMs)} | ${f.heapMb.toFixed(0)} MB |`,
    );
  } finally {
    rmSync(seeds, { recursive: true, force: true });
    if (!prebuilt) rmSync(out, { recursive: true, force: true });
  }
}

const md = `## The reader's side at scale (\`npm run bench:browser\`)

Each size is a seeds folder from \`npm run corpus:synthetic -- --articles N --seed 1\`, built into
the app (\`PARALLAX_SEEDS\`; the build time includes the ingest and the prerendering of every
page), served gzip by \`scripts/lib/static-server.ts\` and opened in Chromium at 1280×900 with the
CPU slowed ${CPU_SLOWDOWN}× (DevTools protocol) and no service worker. Feed: when the first event is in the page;
live: when the app has taken it over (\`#root[data-live]\`), both from navigation start. Scrolling:
${SCROLL_STEPS} wheel turns of ${SCROLL_PX} px down the feed, main-thread tasks over ${LONG_TASK_MS} ms (Long Tasks API).
Filter: from a click on the first outlet to the feed's status line changing (and the next frame).
Search: "government" filled into the search box (going to the box starts loading the search
index's head; the query then reads the shards its words fall in and the parts of the result
lines of the first 20 results, \`src/core/search-shards.ts\`), from Enter to the results list. Heap: the largest JS heap measured
(after loading, scrolling, filtering and searching). Data: every data file of the build (the
index's head, the whole index, each event's file, the search index's head and shards) on disk; first view: the
index's head gzip, which every page loads first (an event's page adds its own file, a few KB).
Whole index: once the page is live, the feed is scrolled to the end of the head's events, which
asks for the whole index (a whole index of at most 2 MB is asked for anyway when the browser is
idle); the time from then until it has replaced the head (the feed lists every event), and the
longest main-thread task meanwhile. The scrolling, filtering and searching are measured after it.

| articles | build | data | first-view data (gzip) | feed ms | live ms | whole index ms | long tasks scrolling | filter ms | search ms | JS heap |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
${failures.length + (values.note?.length ?? 0) ? `\n${[...failures, ...(values.note ?? [])].map((f) => `- ${f}`).join('\n')}\n` : ''}`;
console.log(md);
if (!values['no-write']) writeDocsSection('bench-browser', md);
