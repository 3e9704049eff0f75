/**
 * npm run bench:web: Lighthouse mobile on the feed and the largest event page, side by side in
 * the same run with the bare page (scripts/bench-web/bare: react, react-dom, react-router,
 * zustand and vite-plugin-pwa, nothing else), built here from its template. Runs interleave
 * (bare, feed, event, bare, …) so a slower minute of the machine hits all three alike; the
 * medians and their ratios to the bare page go to docs/benchmarks.md.
 *
 *   npm run bench:web [-- --runs 5] [-- --no-write]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { chromePath } from './lib/chrome';
import { writeDocsSection } from './lib/docs-section';
import { buildApp, freePort, ROOT } from './lib/serve';
import { serveStatic } from './lib/static-server';

const { values } = parseArgs({
  options: { runs: { type: 'string' }, 'no-write': { type: 'boolean' } },
});
const RUNS = Math.max(3, Number(values.runs ?? 3));
/** The issue's bar: the app's page against the bare page. */
const TARGETS = { performance: 0.98, lcpRatio: 1.05, scriptRatio: 1.15 };

const bareOut = mkdtempSync(join(tmpdir(), 'parallax-bare-'));
const appOut = mkdtempSync(join(tmpdir(), 'parallax-bench-web-'));

async function buildBare(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(ROOT, 'scripts/bench-web/bare'),
    plugins: [react(), VitePWA({ injectRegister: false, manifest: false })],
    build: { target: 'es2022', outDir: bareOut, emptyOutDir: true },
  });
}

interface Sample {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcp: number;
  lcp: number;
  tbt: number;
  /** Gzip bytes of the scripts the page loaded before its largest paint. */
  scriptBeforeLcp: number;
  requests: number;
}

/** Gzip size of each script file the page fetched, read from the build it was served from. */
function scriptBytes(dir: string, urls: string[]): number {
  return urls.reduce((sum, url) => {
    const path = new URL(url).pathname;
    return sum + gzipSync(readFileSync(join(dir, path)), { level: 9 }).length;
  }, 0);
}

interface NetworkItem {
  url: string;
  resourceType?: string;
  networkRequestTime?: number;
}

async function measure(port: number, url: string, dir: string): Promise<Sample> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    formFactor: 'mobile',
    screenEmulation: { mobile: true, width: 390, height: 844, deviceScaleFactor: 3, disabled: false },
  });
  const lhr = result!.lhr;
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const requests = ((lhr.audits['network-requests']?.details as { items?: NetworkItem[] })?.items ??
    []) as NetworkItem[];
  // The first view's scripts: those requested before the largest paint as observed in the
  // trace. Chunks preloaded while the page sits idle afterwards are not part of it.
  const observed = (lhr.audits['metrics']?.details as { items?: { observedLargestContentfulPaint?: number }[] })
    ?.items?.[0]?.observedLargestContentfulPaint;
  const scripts = requests.filter(
    (r) =>
      r.resourceType === 'Script' &&
      r.url.startsWith('http://127.0.0.1') &&
      (observed === undefined || (r.networkRequestTime ?? 0) <= observed),
  );
  return {
    performance: lhr.categories.performance?.score ?? 0,
    accessibility: lhr.categories.accessibility?.score ?? 0,
    bestPractices: lhr.categories['best-practices']?.score ?? 0,
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    scriptBeforeLcp: scriptBytes(dir, [...new Set(scripts.map((s) => s.url))]),
    requests: requests.length,
  };
}

/**
 * The scripts a page needs to be working: every script it requests until it is live. A
 * prerendered page of the app is on screen before any script runs; it is live once the app has
 * hydrated it (#root is marked `data-live`, src/app/start.tsx); chunks it preloads while idle
 * after that are not counted. The bare page renders on the client: it is live once its root has
 * content and the network is quiet. Measured once per page in a separate Chromium (no
 * throttling: which files load does not depend on speed), gzip sizes read from the build.
 */
async function scriptUntilLive(url: string, dir: string, live: string): Promise<{ bytes: number; files: string[] }> {
  const browser = await chromium.launch({
    executablePath: await chromePath(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    // The moment the page turns live, taken in the page itself: the app preloads other chunks
    // right after, faster than a test could look.
    await page.addInitScript((selector) => {
      const w = window as unknown as { liveAt?: number };
      new MutationObserver((_, observer) => {
        if (!document.querySelector(selector)) return;
        w.liveAt = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-live'] });
    }, live);
    await page.goto(url);
    await page.locator(live).waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    const urls = await page.evaluate(() => {
      const at = (window as unknown as { liveAt?: number }).liveAt ?? Infinity;
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= at && new URL(e.name).pathname.endsWith('.js'))
        .map((e) => e.name);
    });
    const files = [...new Set(urls)];
    return { bytes: scriptBytes(dir, files), files: files.map((u) => new URL(u).pathname) };
  } finally {
    await browser.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function largestEvent(dir: string): string {
  const index = readdirSync(join(dir, 'assets')).find((f) => /^corpus-.*\.json$/.test(f));
  if (!index) throw new Error(`bench:web: no corpus-*.json in ${dir}/assets`);
  const { events } = JSON.parse(readFileSync(join(dir, 'assets', index), 'utf8')) as {
    events: { id: string; articleIds: string[] }[];
  };
  return [...events].sort((a, b) => b.articleIds.length - a.articleIds.length)[0]!.id;
}

buildApp({ PARALLAX_OUT: appOut });
await buildBare();
const bare = await serveStatic(bareOut, await freePort());
const app = await serveStatic(appOut, await freePort());
const chrome = await chromeLauncher.launch({
  chromePath: await chromePath(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const APP_LIVE = '#root[data-live]';
const pages = [
  { name: 'bare page', url: `${bare.base}/`, dir: bareOut, live: '#root > *' },
  { name: 'feed `/`', url: `${app.base}/`, dir: appOut, live: APP_LIVE },
  { name: 'event page (largest)', url: `${app.base}/events/${largestEvent(appOut)}`, dir: appOut, live: APP_LIVE },
];
/** Gzip bytes of the scripts each page needs to be live (the same every run). */
const liveScript = new Map<string, number>();
const failed: string[] = [];
const samples = new Map<string, Sample[]>(pages.map((p) => [p.name, []]));
try {
  for (const p of pages) {
    const { bytes, files } = await scriptUntilLive(p.url, p.dir, p.live);
    liveScript.set(p.name, bytes);
    console.log(`${p.name}: ${(bytes / 1024).toFixed(1)} KB of script until live (${files.join(', ')})`);
  }
  for (let run = 1; run <= RUNS; run++) {
    for (const p of pages) {
      const s = await measure(chrome.port, p.url, p.dir);
      // A run Lighthouse could not time (no paint recorded) is reported, not averaged in.
      if (Number.isNaN(s.lcp)) {
        failed.push(`${p.name} (run ${run})`);
        continue;
      }
      samples.get(p.name)!.push(s);
      console.log(
        `run ${run} ${p.name}: perf ${s.performance.toFixed(2)}, LCP ${Math.round(s.lcp)} ms, script before LCP ${(s.scriptBeforeLcp / 1024).toFixed(1)} KB`,
      );
    }
  }
} finally {
  chrome.kill();
  await bare.stop();
  await app.stop();
  rmSync(bareOut, { recursive: true, force: true });
  rmSync(appOut, { recursive: true, force: true });
}

const med = (name: string, key: keyof Sample) => median(samples.get(name)!.map((s) => s[key]));
const base = pages[0]!.name;
const rows = pages.map((p) => {
  const lcpRatio = med(p.name, 'lcp') / med(base, 'lcp');
  const script = liveScript.get(p.name)!;
  const scriptRatio = script / liveScript.get(base)!;
  const meets =
    p.name === base
      ? '—'
      : med(p.name, 'performance') >= TARGETS.performance &&
          med(p.name, 'accessibility') === 1 &&
          med(p.name, 'bestPractices') === 1 &&
          lcpRatio <= TARGETS.lcpRatio &&
          scriptRatio <= TARGETS.scriptRatio
        ? 'yes'
        : 'no';
  return `| ${p.name} | ${med(p.name, 'performance').toFixed(2)} | ${med(p.name, 'accessibility').toFixed(2)} | ${med(p.name, 'bestPractices').toFixed(2)} | ${Math.round(med(p.name, 'fcp'))} | ${Math.round(med(p.name, 'lcp'))} (×${lcpRatio.toFixed(2)}) | ${Math.round(med(p.name, 'tbt'))} | ${(med(p.name, 'scriptBeforeLcp') / 1024).toFixed(1)} | ${(script / 1024).toFixed(1)} (×${scriptRatio.toFixed(2)}) | ${meets} |`;
});
const md = `## The first view against the bare page (\`npm run bench:web\`)

Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} mobile (390×844, simulated slow 4G, 4× CPU slowdown), ${RUNS} runs of each page
interleaved (bare, feed, event, bare, …) in one Chromium, medians. Both builds are served by
the same small static host (\`scripts/lib/static-server.ts\`: gzip, the security headers of
docs/deploy.md), as a CDN would serve them. The bare page is built in the run from
\`scripts/bench-web/bare\`: react, react-dom, react-router, zustand and vite-plugin-pwa, a heading
and three paragraphs. Two script figures, gzip: what each page requested before its largest paint
(Lighthouse's trace), and what it needs to be working, every script requested until it is live (the
app's prerendered pages once hydrated, when #root is marked \`data-live\`; the bare page once
rendered; chunks preloaded while idle afterwards are not counted; measured once per page in
Chromium). The ratio is of the second. Targets: performance
≥ ${TARGETS.performance}, accessibility and best practices 1, LCP ≤ ${TARGETS.lcpRatio}× and script ≤ ${TARGETS.scriptRatio}× the bare page's.

| page | performance | accessibility | best practices | FCP ms | LCP ms (× bare) | TBT ms | script before LCP KB | script until live KB (× bare) | meets targets |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
${failed.length ? `\nRuns Lighthouse could not time (no largest paint recorded), left out of the medians: ${failed.join(', ')}.\n` : ''}`;
console.log(md);
if (!values['no-write']) writeDocsSection('bench-web', md);
