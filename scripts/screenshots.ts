/**
 * npm run screenshots [-- --no-build]: builds the app (or uses the existing dist/), serves it as
 * `npm start` does, and photographs the main pages, full page, at a desktop and a phone size in
 * the light and the dark theme: reports/screenshots/<page>-<width>-<theme>.png. The theme comes
 * from the system colour scheme, which Parallax follows unless the reader chose one.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { chromePath } from './lib/chrome';
import { buildApp, freePort, ROOT, servePreview } from './lib/serve';
import { waitForServiceWorker } from './lib/service-worker';

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean' } } });
const OUT = join(ROOT, 'reports/screenshots');
const DIST = join(ROOT, 'dist');
const SIZES = [
  { width: 1280, height: 900, mobile: false },
  { width: 390, height: 844, mobile: true },
] as const;
const THEMES = ['light', 'dark'] as const;
/** How long a page may take to show its heading before the run gives up on it. */
const PAGE_TIMEOUT_MS = 20_000;

interface CorpusShape {
  articles: { id: string; outletId: string }[];
  events: { id: string; articleIds: string[] }[];
  stories: { id: string }[];
}

function readCorpus(): CorpusShape {
  const name = readdirSync(join(DIST, 'assets')).find((f) => /^corpus-.*\.json$/.test(f));
  if (!name) throw new Error('screenshots: no corpus in dist/assets; build first (drop --no-build)');
  return JSON.parse(readFileSync(join(DIST, 'assets', name), 'utf8')) as CorpusShape;
}

/** The pages worth looking at, from the corpus: the event shown is the one with the most outlets. */
function pagesOf(corpus: CorpusShape): { name: string; path: string; prepare?: (page: Page) => Promise<void> }[] {
  const outletOf = new Map(corpus.articles.map((a) => [a.id, a.outletId]));
  const outletCount = (e: CorpusShape['events'][number]) => new Set(e.articleIds.map((id) => outletOf.get(id))).size;
  const event = [...corpus.events].sort((a, b) => outletCount(b) - outletCount(a))[0];
  if (!event) throw new Error('screenshots: the corpus has no events');
  const article = corpus.articles.find((a) => a.id === event.articleIds[0]) ?? corpus.articles[0]!;
  const story = corpus.stories[0];
  return [
    { name: 'feed', path: '/' },
    { name: 'event-coverage', path: `/events/${event.id}` },
    { name: 'event-quotes', path: `/events/${event.id}?view=quotes` },
    { name: 'event-facts', path: `/events/${event.id}?view=facts` },
    { name: 'event-sources', path: `/events/${event.id}?view=sources` },
    ...(story ? [{ name: 'storyline', path: `/stories/${story.id}` }] : []),
    { name: 'article', path: `/articles/${article.id}` },
    { name: 'outlet', path: `/outlets/${article.outletId}` },
    {
      name: 'saved',
      path: '/saved',
      // A saved page with something on it: save the event's view first, as a reader would.
      prepare: async (page) => {
        await page.goto(`/events/${event.id}`);
        await page.locator('h1').first().waitFor({ timeout: PAGE_TIMEOUT_MS });
        const save = page.getByRole('button', { name: /^Save/ });
        if ((await save.count()) > 0) await save.first().click();
      },
    },
    { name: 'corrections', path: '/corrections' },
  ];
}

/**
 * Opens the app once and waits until its service worker controls the page, so that every page
 * is shown as a returning reader sees it (stored for offline reading, no first-visit notices).
 */
async function installed(page: Page): Promise<void> {
  await page.goto('/');
  await page.locator('h1').first().waitFor({ timeout: PAGE_TIMEOUT_MS });
  await waitForServiceWorker(page);
}

if (!values['no-build'] || !existsSync(join(DIST, 'index.html'))) buildApp();
const pages = pagesOf(readCorpus());
mkdirSync(OUT, { recursive: true });
const served = await servePreview(DIST, await freePort());
const browser = await chromium.launch({
  executablePath: await chromePath(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--no-first-run'],
});
const written: string[] = [];
const failed: string[] = [];
try {
  for (const size of SIZES) {
    for (const theme of THEMES) {
      const context = await browser.newContext({
        baseURL: served.base,
        viewport: { width: size.width, height: size.height },
        isMobile: size.mobile,
        hasTouch: size.mobile,
        colorScheme: theme,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await installed(page);
      for (const p of pages) {
        const file = join(OUT, `${p.name}-${size.width}-${theme}.png`);
        try {
          await p.prepare?.(page);
          await page.goto(p.path);
          await page.locator('h1').first().waitFor({ timeout: PAGE_TIMEOUT_MS });
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({ path: file, fullPage: true });
          // The first screen alone: what a reader sees before scrolling.
          const first = file.replace(/\.png$/, '-first.png');
          await page.screenshot({ path: first });
          written.push(relative(ROOT, file), relative(ROOT, first));
        } catch (e) {
          failed.push(`${p.name} at ${size.width} (${theme}): ${e instanceof Error ? e.message.split('\n')[0] : e}`);
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await served.stop();
}
console.log(written.join('\n'));
console.log(`\n${written.length} screenshots (full pages and first screens) in ${relative(ROOT, OUT)}/`);
if (failed.length) {
  console.error(`${failed.length} failed:\n${failed.join('\n')}`);
  process.exitCode = 1;
}
