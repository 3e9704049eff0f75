/**
 * Pages prerendered at build time: they read without script, their address answers with their
 * own HTML, and the app takes them over (hydrates) without a console error, a mismatch or a
 * second render, with the reader's stored state applied right after.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromePath } from '../../scripts/lib/chrome';
import { buildCorpus } from '../../scripts/vite-plugin-corpus';
import { PREFS_KEY } from '../../src/lib/prefs-store';
import { READ_KEY } from '../../src/lib/read-store';
import { SAVED_KEY } from '../../src/lib/saved-store';
import { CORRECTIONS_KEY } from '../../src/lib/corrections-store';
import { SEEDS } from '../helpers';
import { launch, whenLive, shoot } from './browser';

const base = inject('baseUrl');
const corpus = buildCorpus(SEEDS);
const outletOf = (id: string) => corpus.articles.find((a) => a.id === id)!.outletId;
/** The event most outlets report: its page has a headline strip and columns to compare. */
const event = [...corpus.events].sort(
  (a, b) => new Set(b.articleIds.map(outletOf)).size - new Set(a.articleIds.map(outletOf)).size,
)[0]!;
const eventOutlets = [...new Set(event.articleIds.map(outletOf))];
const story = corpus.stories.find((s) => s.eventIds.includes(event.id))!;
const article = corpus.articles.find((a) => a.id === event.articleIds[0])!;
/** An article of the event from an outlet with no other report in it: detaching it takes its outlet off the page. */
const detached = corpus.articles.find(
  (a) => event.articleIds.includes(a.id) && event.articleIds.filter((x) => outletOf(x) === a.outletId).length === 1,
)!;

/** The text of HTML as a browser reads it (the entities React and the prerender write). */
function decodeHtml(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** What the reader keeps in localStorage, as the stores write it. */
const READER_STATE: Record<string, unknown> = {
  [PREFS_KEY]: { state: { theme: 'dark', textSize: 2 }, version: 1 },
  [READ_KEY]: { state: { read: { [article.id]: true } }, version: 1 },
  [SAVED_KEY]: {
    state: {
      views: [{ id: 'v-1', eventId: event.id, search: '', title: event.title, savedAt: '2025-01-01T00:00:00.000Z' }],
    },
    version: 1,
  },
  [CORRECTIONS_KEY]: {
    state: {
      entries: [
        {
          id: 'c-1',
          correction: { kind: 'detach', articleId: detached.id },
          at: '2025-01-01T00:00:00.000Z',
          articleTitle: detached.title,
          fromTitle: event.title,
        },
      ],
    },
    version: 1,
  },
};

/**
 * Puts the reader's state in storage before any script runs, and records what happens to the
 * prerendered page: children of #root taken away (a render from scratch instead of a hydration).
 */
async function withReaderState(page: Page, state: Record<string, unknown> = READER_STATE): Promise<void> {
  await page.addInitScript((state: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(state)) localStorage.setItem(k, JSON.stringify(v));
    const w = window as unknown as { __removed: number };
    w.__removed = 0;
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.getElementById('root');
      if (root)
        new MutationObserver((records) => {
          for (const r of records) w.__removed += r.removedNodes.length;
        }).observe(root, { childList: true });
    });
  }, state);
}

/** Console errors, uncaught errors, and anything said about hydration (React's warnings among them). */
/** The corpus index's address: held back by `holdCorpus`, so the page stays as served meanwhile. */
const CORPUS = /\/assets\/corpus-[\w-]+\.json$/;

/** Holds the corpus's index back until the returned function is called. */
async function holdCorpus(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(CORPUS, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /hydrat/i.test(m.text())) problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

describe('prerendered pages without script (production build, real Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: await chromePath(), args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the feed’s events and an event’s headline strip, its outlets’ headlines and its columns, with real links', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await page.goto(base);
      await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor({ timeout: 5_000 });
      expect(await page.locator('.event-feed h2').allTextContents()).toEqual(corpus.events.map((e) => e.title));
      await page.getByRole('link', { name: event.title, exact: true }).click();
      await page.waitForURL(`${base}/events/${event.id}`);
      await page.getByRole('heading', { level: 1, name: event.title }).waitFor({ timeout: 5_000 });
      const strip = page.getByRole('region', { name: 'Headlines' });
      expect(await strip.getByRole('listitem').count()).toBe(eventOutlets.length);
      const headlines = await strip.getByRole('heading', { level: 3 }).allTextContents();
      for (const outlet of eventOutlets)
        expect(
          corpus.articles.some(
            (a) => a.outletId === outlet && event.articleIds.includes(a.id) && headlines.includes(a.title),
          ),
          String(outlet),
        ).toBe(true);
      // The default view: the reports side by side, and the other views as links.
      await page.getByRole('heading', { level: 2, name: 'Coverage side by side' }).waitFor({ timeout: 5_000 });
      expect(await page.locator('.coverage .column').count()).toBeGreaterThan(1);
      expect(
        await page.getByRole('navigation', { name: 'Compare the coverage' }).getByRole('link').count(),
      ).toBeGreaterThan(1);
      await shoot(page, 'prerendered-event-no-script-390.png', { fullPage: true });
      const first = strip.getByRole('heading', { level: 3 }).first().getByRole('link');
      const href = await first.getAttribute('href');
      expect(href).toMatch(/^\/articles\//);
      await first.click();
      await page.waitForURL(`${base}${href}`);
      await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 5_000 });
    } finally {
      await context.close();
    }
  });

  it('answers an event’s address with its own HTML: the title in the page and in <title>', async () => {
    const response = await fetch(`${base}/events/${event.id}`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    const h1 = /<h1[^>]*id="event-title"[^>]*>([\s\S]*?)<\/h1>/.exec(html);
    expect(h1 && decodeHtml(h1[1]!)).toBe(event.title);
    expect(decodeHtml(/<title>([^<]*)<\/title>/.exec(html)![1]!)).toBe(`${event.title} · Parallax`);
    expect(html).toContain(`<meta name="parallax-page" content="/events/${event.id}" />`);
    // Its event's file, which the page loads with the index's head before it hydrates.
    expect(html).toMatch(/<meta name="parallax-event-file" content="events\/[0-9a-f]{16}\.json" \/>/);
    // An address with no page of its own is the shell: nothing rendered, the app renders it.
    const shell = await (await fetch(`${base}/saved`, { headers: { accept: 'text/html' } })).text();
    expect(shell).toContain('<div id="root"></div>');
  });
});

describe('prerendered pages with script (production build, real Chromium)', () => {
  it('hydrate without a console error or a second render, and show the reader’s stored state after load', async () => {
    const context = await launch({ width: 390, height: 844 });
    try {
      const page = await context.newPage();
      const problems = watchConsole(page);
      await withReaderState(page);
      const removed = () => page.evaluate(() => (window as unknown as { __removed: number }).__removed);

      await page.goto(base);
      // The correction made the detached report an event of its own; the read mark is on its event.
      await page.getByText(`All ${corpus.events.length + 1}, from ${corpus.articles.length} articles.`).waitFor();
      await page.locator('.read-mark').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await removed()).toBe(0);

      await page.goto(`${base}/events/${event.id}`);
      await page.getByRole('button', { name: 'Saved view', pressed: true }).waitFor();
      const strip = page.getByRole('region', { name: 'Headlines' });
      await expect.poll(() => strip.getByRole('listitem').count()).toBe(eventOutlets.length - 1);
      expect(await removed()).toBe(0);
      await shoot(page, 'prerendered-event-reader-state-390.png');

      for (const [path, heading] of [
        [`/stories/${story.id}`, `Storyline: ${story.title}`],
        [`/articles/${article.id}`, article.title],
      ] as const) {
        await page.goto(`${base}${path}`);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await whenLive(page);
        expect(await removed(), path).toBe(0);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('start the feed from the index’s head and an event’s page from the head and its own file; the whole index comes after', async () => {
    // No service worker: every request reaches the network, where it is seen.
    const context = await launch({ width: 1280, height: 900 }, 'block');
    try {
      const page = await context.newPage();
      const problems = watchConsole(page);
      const data: string[] = [];
      const workers: string[] = [];
      page.on('worker', (w) => workers.push(w.url()));
      page.on('request', (r) => {
        const m = /\/assets\/((?:corpus|index)-[\w-]+\.json|events\/\w+\.json)$/.exec(new URL(r.url()).pathname);
        if (m) data.push(m[1]!.replace(/-[\w-]+\.json$/, '').replace(/^events\/.*/, 'event'));
      });
      for (const path of ['/', `/events/${event.id}`]) {
        data.length = 0;
        // The whole index is held back: the page is live without it.
        let release!: () => void;
        const held = new Promise<void>((r) => (release = r));
        await page.route(/\/assets\/index-[\w-]+\.json$/, async (route) => {
          await held;
          // The page may have gone on meanwhile (the request is then cancelled).
          await route.continue().catch(() => {});
        });
        await page.goto(`${base}${path}`);
        await whenLive(page);
        expect(data.slice(0, path === '/' ? 1 : 2), path).toEqual(path === '/' ? ['corpus'] : ['corpus', 'event']);
        expect(
          data.filter((d) => d === 'event'),
          path,
        ).toHaveLength(path === '/' ? 0 : 1);
        // Asked for once the page is up, and read when it comes.
        await expect.poll(() => data.includes('index'), { timeout: 10_000 }).toBe(true);
        release();
        await page.unroute(/\/assets\/index-[\w-]+\.json$/);
      }
      // The whole index was checked against its schema off the page's thread.
      await expect
        .poll(() => workers.some((u) => /\/assets\/index-check-worker-[\w-]+\.js$/.test(u)), { timeout: 10_000 })
        .toBe(true);
      // A filter in the address reads the whole index before the page shows.
      data.length = 0;
      await page.goto(`${base}/?outlet=${eventOutlets[0]}`);
      await page.getByText(/ of \d+ shown\./).waitFor();
      expect(data.slice(0, 2)).toEqual(['corpus', 'index']);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const moment of ['waiting for its data', 'hydrating'] as const)
    it(`answers a tap on the Display button and on a feed link made while the page is ${moment}`, async () => {
      // No service worker: every request reaches the network, where the corpus is held back.
      const context = await launch({ width: 1280, height: 900 }, 'block');
      try {
        const page = await context.newPage();
        const problems = watchConsole(page);
        // A slow phone's processor: hydration takes long enough to be tapped in.
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
        for (const target of ['menu', 'link'] as const) {
          const release = await holdCorpus(page);
          await page.goto(base);
          await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
          if (moment === 'hydrating') release();
          if (target === 'menu') await page.getByRole('button', { name: 'Display' }).click();
          else await page.getByRole('link', { name: event.title }).first().click();
          release();
          if (target === 'menu') await page.getByRole('menu').waitFor({ timeout: 15_000 });
          else await page.getByRole('heading', { level: 1, name: event.title }).waitFor({ timeout: 15_000 });
          await whenLive(page);
          await page.unroute(CORPUS);
        }
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });

  it('checks the files its first view read once it is live, and says what is wrong with one that fails', async () => {
    const context = await launch({ width: 1280, height: 900 }, 'block');
    try {
      const page = await context.newPage();
      // A head of this version that its schema rejects (its events have no files): the page
      // hydrates from it as served, and the check that follows finds it out.
      await page.route(CORPUS, async (route) => {
        const head = (await (await route.fetch()).json()) as Record<string, unknown>;
        await route.fulfill({ json: { ...head, eventFiles: {} } });
      });
      await page.goto(`${base}/`);
      await whenLive(page);
      await expect
        .poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 })
        .toMatch(/^The articles file does not match this version of Parallax: .*has no file\.$/);
      await expect(page.getByRole('button', { name: 'Try again' }).isVisible()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });

  it('puts the stored theme on before the page is live, and keeps a tap made before then', async () => {
    // No service worker: every request reaches the network, where the corpus is held back.
    const context = await launch({ width: 390, height: 844 }, 'block');
    try {
      const page = await context.newPage();
      const problems = watchConsole(page);
      // The theme alone: with corrections stored, the page's content waits for the app (another test).
      await withReaderState(page, { [PREFS_KEY]: READER_STATE[PREFS_KEY] });
      const release = await holdCorpus(page);
      await page.goto(base);
      await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      const toggle = page.getByRole('button', { name: 'Filter' });
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      release();
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
      await page.getByRole('form', { name: 'Filters' }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
