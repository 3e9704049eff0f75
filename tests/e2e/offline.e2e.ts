import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildCorpus } from '../../scripts/vite-plugin-corpus';
import { CONTENT_SECURITY_POLICY } from '../../scripts/security-headers';
import { launch, SCREENSHOTS, whenLive, shoot } from './browser';
import { freePort, servePreview } from '../../scripts/lib/serve';
import { waitForServiceWorker } from '../../scripts/lib/service-worker';
import { SEEDS } from '../helpers';

const base = inject('baseUrl');
const corpusA = buildCorpus(SEEDS);
const corpusB = buildCorpus(inject('seedsB'));
const contexts: BrowserContext[] = [];
/** What the header says while Parallax cannot reach the network. */
const OFFLINE_MESSAGE = 'Offline: stored events and saved views still open';

beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));
afterAll(async () => {
  for (const c of contexts) await c.close();
});

async function fresh(): Promise<BrowserContext> {
  const c = await launch();
  contexts.push(c);
  return c;
}

/** Waits until the worker has stored `n` event files as read (it stores each after answering with it). */
async function eventsStored(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    async (count) => (await (await caches.open('parallax-events')).keys()).length >= count,
    n,
    { polling: 100 },
  );
}

/** Waits until a service worker is activated and controls the page. */
const controlled = waitForServiceWorker;

function watchFailures(page: Page): string[] {
  const failures: string[] = [];
  page.on('requestfailed', (r) => {
    // A reload cuts short the connection check of the page it leaves: that is no failure.
    if (r.url().includes('connection-check') && r.failure()?.errorText === 'net::ERR_ABORTED') return;
    failures.push(`failed ${r.url()}: ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => failures.push(`error: ${e.message}`));
  return failures;
}

describe('offline (production build, real Chromium)', () => {
  it('with the server gone, reads the feed, every event read before, an article, saved views and storylines', async () => {
    // A server of its own, stopped below: the worker's own requests must fail too.
    const server = await servePreview('dist', await freePort());
    const context = await fresh();
    const page = await context.newPage();
    try {
      await page.goto(server.base);
      await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
      await controlled(page);
      // Every event but the last is read once: each is kept on the device as it is read.
      const read = corpusA.events.slice(0, -1);
      const unread = corpusA.events.at(-1)!;
      for (const e of read) {
        await page.goto(`${server.base}/events/${e.id}`);
        await whenLive(page);
      }
      await eventsStored(page, read.length);
      await server.stop();
      await page.goto(server.base);
      await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
      expect(await page.locator('.event-feed h2').allTextContents()).toEqual(corpusA.events.map((e) => e.title));
      await shoot(page, 'offline-feed-1280.png', { fullPage: true });
      for (const e of read) {
        await page.goto(`${server.base}/events/${e.id}`);
        await page.getByRole('heading', { level: 1, name: e.title }).waitFor();
        await page.locator('.column').first().waitFor({ state: 'attached' });
      }
      await page.getByText('Stored on this device while there is room').waitFor();
      const article = corpusA.articles.find((a) => read[0]!.articleIds.includes(a.id))!;
      await page.goto(`${server.base}/articles/${article.id}`);
      await page.getByRole('heading', { level: 1, name: article.title }).waitFor();
      // An event never read is not on the device: the page says so, in words.
      await page.goto(`${server.base}/events/${unread.id}`);
      await page
        .getByRole('alert')
        .filter({ hasText: 'The reports of this event are not stored on this device' })
        .waitFor();
      await page.goto(`${server.base}/saved`);
      await page.getByRole('heading', { level: 1, name: 'Saved views' }).waitFor();
      await page.getByText(`${read.length} events are stored`).waitFor();
      const outlet = corpusA.articles[0]!.outletId;
      await page.goto(`${server.base}/?outlet=${outlet}&from=2025-01-01&to=2025-12-31`);
      await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
      expect(await page.locator('.event-feed h2').count()).toBeGreaterThan(0);
      await page.goto(`${server.base}/stories/${corpusA.stories[0]!.id}`);
      await page.getByRole('heading', { level: 1, name: `Storyline: ${corpusA.stories[0]!.title}` }).waitFor();
    } finally {
      await server.stop();
      await page.close();
    }
  });

  it('with the server gone, answers a page it kept with that page (hydrated), and any other address with the shell', async () => {
    // A server of its own, stopped below: the worker's own requests must fail too.
    const server = await servePreview('dist', await freePort());
    const context = await fresh();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(server.base);
      await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
      await controlled(page);
      const [kept, other] = corpusA.events;
      // Visited while the worker controls the page: its prerendered page and its file are kept.
      await page.goto(`${server.base}/events/${kept!.id}`);
      await whenLive(page);
      await eventsStored(page, 1);
      await server.stop();
      const prerenderedFor = () =>
        page.evaluate(() => document.querySelector('meta[name="parallax-page"]')?.getAttribute('content') ?? null);
      await page.goto(`${server.base}/events/${kept!.id}`);
      await page.getByRole('heading', { level: 1, name: kept!.title }).waitFor();
      expect(await prerenderedFor()).toBe(`/events/${kept!.id}`);
      await page.getByRole('button', { name: 'Save this view' }).click();
      await page.getByRole('button', { name: 'Saved view', pressed: true }).waitFor();
      // Saved, the event is kept for good.
      await page.getByText('Kept on this device: this event reads offline.').waitFor();
      await page.goto(`${server.base}/events/${other!.id}`);
      await page.getByRole('alert').filter({ hasText: 'not stored on this device' }).waitFor();
      expect(await prerenderedFor()).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await server.stop();
      await page.close();
    }
  });

  it('after an offline reload the header says offline and what still works; back online it goes away', async () => {
    const context = await fresh();
    const page = await context.newPage();
    await page.goto(base);
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    await controlled(page);
    const indicator = page.locator('header').getByText(OFFLINE_MESSAGE);
    // Online, the page served by the worker checks the network, and nothing is shown.
    const checked = page.waitForRequest(/connection-check/);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    await checked;
    await page.waitForTimeout(500);
    expect(await indicator.count()).toBe(0);
    // Reloaded with the network gone, the page comes from the worker's cache: requests fail,
    // whatever navigator.onLine says.
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    await indicator.waitFor({ timeout: 15_000 });
    expect(await page.locator('header').getByRole('status').filter({ hasText: OFFLINE_MESSAGE }).count()).toBe(1);
    await shoot(page, 'offline-indicator-1280.png');
    await context.setOffline(false);
    await indicator.waitFor({ state: 'detached', timeout: 30_000 });
    await page.close();
  });

  it('keeps an event on request, reads it with the server gone, lists it with its size, and lets it go', async () => {
    // Build C: its index is over the precache limit, so nothing is stored ahead of a visit.
    const server = await servePreview(inject('distC'), await freePort());
    const context = await fresh();
    const page = await context.newPage();
    try {
      // First visit: the event's file is loaded before any worker controls the page.
      const event = corpusA.events[0]!;
      await page.goto(`${server.base}/events/${event.id}`);
      await page.getByRole('heading', { level: 1, name: event.title }).waitFor();
      await page.getByText('Not stored on this device yet.').waitFor();
      await page.getByRole('button', { name: 'Keep offline' }).click();
      await page.getByText('Kept on this device: this event reads offline.').waitFor();
      await controlled(page);
      // Once more through the worker, which keeps the index as it passes: the whole index too,
      // which the page asks for when the browser is idle (/saved reads it).
      await page.reload();
      await page.getByText('Kept on this device: this event reads offline.').waitFor();
      await page.waitForFunction(async () => {
        for (const name of await caches.keys())
          for (const r of await (await caches.open(name)).keys())
            if (/\/assets\/index-[\w-]+\.json$/.test(new URL(r.url).pathname)) return true;
        return false;
      });
      await server.stop();
      await page.goto(`${server.base}/events/${event.id}`);
      await page.getByRole('heading', { level: 1, name: event.title }).waitFor();
      await page.locator('.column').first().waitFor({ state: 'attached' });
      await page.goto(`${server.base}/saved`);
      const stored = page.locator('.device-storage');
      await stored.getByText('1 event is stored').waitFor();
      await stored.getByRole('link', { name: event.title }).waitFor();
      expect(await stored.locator('.device-events .meta').first().textContent()).toMatch(/^\d+ KB · kept$/);
      await shoot(page, 'device-storage-1280.png', { fullPage: true });
      await stored.getByRole('button', { name: `Remove “${event.title}” from this device` }).click();
      // Let go, it stays among the events read while there is room.
      await stored.getByText('0 kept for good').waitFor();
      await stored.getByRole('button', { name: `Keep “${event.title}” on this device` }).waitFor();
    } finally {
      await server.stop();
    }
  });
});

describe('installable app', () => {
  it('links a web app manifest with name, icons in the sizes browsers ask for, colours, start_url and standalone display', async () => {
    const context = await fresh();
    const page = await context.newPage();
    await page.goto(base);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await page.request.get(new URL(href!, base).href)).json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ short_name: 'Parallax', start_url: '/', display: 'standalone' });
    expect(manifest.name).toContain('Parallax');
    expect(manifest.theme_color).toMatch(/^#/);
    expect(manifest.background_color).toMatch(/^#/);
    expect(manifest.icons.map((i) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`)).toEqual([
      '192x192',
      '512x512',
      '512x512 maskable',
    ]);
    for (const icon of manifest.icons) {
      const r = await page.request.get(new URL(icon.src, base).href);
      expect([r.status(), r.headers()['content-type']]).toEqual([200, 'image/png']);
    }
  });
});

describe('updates and security', () => {
  it('keeps an open tab working across a new deployment, offers the update, and shows the new data after it', async () => {
    const port = await freePort();
    let server = await servePreview('dist', port);
    const context = await fresh();
    const page = await context.newPage();
    try {
      await page.goto(server.base);
      await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
      await controlled(page);
      const oldCorpus = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((r) => new URL(r.name).pathname)
          .find((p) => p.includes('/corpus-')),
      );
      expect(oldCorpus).toBeTruthy();
      const failures = watchFailures(page);
      await server.stop();
      server = await servePreview(inject('distB'), port);
      // The browser's own update check (the app also runs it every 30 minutes, on focus and when back online).
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      await page.getByText('A new version is available.').waitFor({ timeout: 30_000 });
      // The open tab keeps working on its build: navigation, and its own data file is still served.
      await page.getByRole('link', { name: corpusA.events[0]!.title }).click();
      await page.getByRole('heading', { level: 1, name: corpusA.events[0]!.title }).waitFor();
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
      expect(await page.evaluate(async (u) => (await fetch(u!)).status, oldCorpus)).toBe(200);
      expect(await page.locator('.event-feed h2').count()).toBe(corpusA.events.length);
      await page.getByRole('button', { name: 'Reload to update' }).click();
      await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
      await page.locator('.event-feed h2').first().waitFor();
      expect(await page.locator('.event-feed h2').allTextContents()).toEqual(corpusB.events.map((e) => e.title));
      expect(failures).toEqual([]);
      // A tab opened after the update gets the new version at once.
      const other = await context.newPage();
      await other.goto(server.base);
      await other.locator('.event-feed h2').first().waitFor();
      expect(await other.locator('.event-feed h2').count()).toBe(corpusB.events.length);
    } finally {
      await server.stop();
    }
  });

  it('reports no CSP violation on any route, and article markup runs nothing', async () => {
    const port = await freePort();
    const server = await servePreview(inject('distB'), port);
    const context = await fresh();
    const page = await context.newPage();
    const violations: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|TrustedScriptURL|Trusted Type/i.test(m.text())) violations.push(m.text());
    });
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
      (window as unknown as { __csp: string[] }).__csp = [];
    });
    try {
      const response = await page.goto(server.base);
      expect(response!.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response!.headers()['x-content-type-options']).toBe('nosniff');
      await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
      const xss = corpusB.articles.find((a) => a.title.startsWith('Harbour council'))!;
      const xssEvent = corpusB.events.find((e) => e.articleIds.includes(xss.id))!;
      const routes = [
        '/',
        '/?view=articles',
        ...corpusB.events.map((e) => `/events/${e.id}`),
        `/articles/${xss.id}`,
        `/outlets/${corpusB.outlets[0]!.id}`,
        `/stories/${corpusB.stories[0]!.id}`,
        '/saved',
        '/corrections',
        '/nowhere',
      ];
      for (const r of routes) {
        await page.goto(`${server.base}${r}`);
        await page.locator('h1').first().waitFor();
        expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      }
      for (const r of [`/articles/${xss.id}`, `/events/${xssEvent.id}`]) {
        await page.goto(`${server.base}${r}`);
        await page
          .getByText(/<script>window.__xss = 'script';<\/script>/)
          .first()
          .waitFor();
        await page
          .getByText(/javascript:window.__xss='link'/)
          .first()
          .waitFor();
        expect(await page.locator('main img, main script, main a[href^="javascript:"]').count()).toBe(0);
        await page.waitForTimeout(200);
        expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
      }
      expect(violations).toEqual([]);
      expect(dialogs).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
