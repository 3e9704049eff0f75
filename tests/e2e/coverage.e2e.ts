/**
 * The coverage columns with five outlets: a build of the app from tests/fixtures/five-outlets,
 * served on its own port. The headlines and views on the first screen, as many columns as fit
 * at a reading measure, no sideways scroll at any width, sticky column headers, phone tabs with
 * swipes, axe clean in both themes.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, freePort, ROOT, servePreview, type Served } from '../../scripts/lib/serve';
import { buildCorpus } from '../../scripts/vite-plugin-corpus';
import { READ_DWELL_MS } from '../../src/features/events/use-read-when-seen';
import { axe, charsPerLine, inFirstViewport, launch, SCREENSHOTS, SIZES, whenLive, shoot } from './browser';

const SEEDS = join(ROOT, 'tests/fixtures/five-outlets');
const DIST = join(ROOT, 'reports/dist-five');
const corpus = buildCorpus(SEEDS);
const ferry = corpus.events.find((e) => e.articleIds.length === 5)!;
const WIDTHS = [390, 768, 1024, 1280, 1920] as const;
const HEIGHTS: Record<number, number> = { 390: 844, 1920: 1080 };
/** Columns side by side at each width: as many as hold a line of 60 characters or about. */
const COLUMNS: Record<number, number> = { 768: 1, 1024: 2, 1280: 2, 1920: 3 };
const contexts = new Map<number, BrowserContext>();
let served: Served;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  buildApp({ PARALLAX_SEEDS: SEEDS, PARALLAX_OUT: DIST });
  served = await servePreview(DIST, await freePort());
  for (const width of WIDTHS) contexts.set(width, await launch({ width, height: HEIGHTS[width] ?? 900 }));
});
afterAll(async () => {
  for (const c of contexts.values()) await c.close();
  await served?.stop();
});

async function open(width: number, path = `/events/${ferry.id}`): Promise<Page> {
  const page = await contexts.get(width)!.newPage();
  await page.goto(`${served.base}${path}`);
  await page.getByRole('heading', { level: 1, name: ferry.title }).waitFor();
  await whenLive(page);
  return page;
}

describe('the coverage columns with five outlets (production build, real Chromium)', () => {
  for (const width of WIDTHS)
    it(`never scrolls sideways at ${width} px`, async () => {
      const page = await open(width);
      await page
        .locator(width === 390 ? '[role="tabpanel"]' : '.coverage .column')
        .first()
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      if (width > 600) expect(await page.locator('.coverage .column').count()).toBe(COLUMNS[width]);
      await page.getByRole('heading', { level: 2, name: 'Coverage side by side' }).scrollIntoViewIfNeeded();
      await shoot(page, `coverage-width-${width}.png`);
      await page.close();
    });

  for (const size of SIZES)
    for (const scheme of ['light', 'dark'] as const)
      it(`shows the first headline and the views on the first screen at ${size.width}×${size.height}, ${scheme}`, async () => {
        const page = await contexts.get(size.width)!.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${served.base}/events/${ferry.id}`);
        await page.getByRole('heading', { level: 1, name: ferry.title }).waitFor();
        const rows = page.getByRole('region', { name: 'Headlines' }).getByRole('listitem');
        expect(await rows.count()).toBe(5);
        expect(await inFirstViewport(rows.first(), size.height)).toBe(true);
        const tabs = page.getByRole('navigation', { name: 'Compare the coverage' });
        expect(await inFirstViewport(tabs, size.height)).toBe(true);
        await shoot(page, `five-outlets-first-${size.width}-${scheme}.png`);
        await page.close();
      });

  for (const width of [1280, 1920] as const)
    it(`sets the columns at a reading measure of 60–75 characters at ${width} px`, async () => {
      const page = await open(width);
      await page.locator('.coverage .column').first().waitFor();
      expect(await page.locator('.coverage .column').count()).toBe(COLUMNS[width]);
      const measures = await charsPerLine(page, '.coverage .column > p');
      expect(measures.length).toBeGreaterThan(3);
      for (const m of measures) {
        expect(m).toBeGreaterThanOrEqual(60);
        expect(m).toBeLessThanOrEqual(75);
      }
      await page.close();
    });

  it('keeps each column’s header in view while that column is read', async () => {
    const page = await open(1920, `/events/${ferry.id}?outlets=news-digest,lake-courier,wire-north`);
    const columns = page.locator('.coverage .column');
    expect(await columns.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const column = columns.nth(i);
      // Scroll so the top of the viewport is inside the column, past its header.
      await column.evaluate((c) => {
        const box = c.getBoundingClientRect();
        window.scrollTo(0, window.scrollY + box.top + Math.min(box.height / 2, box.height - 200));
      });
      const head = await column.locator('.column-head').boundingBox();
      expect(head).not.toBeNull();
      expect(head!.y).toBeGreaterThanOrEqual(-1);
      expect(head!.y).toBeLessThan(10);
      expect(await column.locator('.column-head h3').isVisible()).toBe(true);
    }
    await shoot(page, 'coverage-sticky-1920.png');
    await page.close();
  });

  it('shows "2 of 5" after a swipe on a phone, and keeps the tabs in view', async () => {
    const page = await open(390);
    const count = page.locator('.tab-count');
    expect(await count.textContent()).toBe('1 of 5');
    // Half-way down the screen, inside the report, after reading into it.
    await page.evaluate(() => window.scrollBy(0, 1200));
    const y = 500;
    await page.mouse.move(330, y);
    await page.mouse.down();
    await page.mouse.move(200, y + 5, { steps: 5 });
    await page.mouse.move(60, y + 8, { steps: 5 });
    await page.mouse.up();
    await page.getByText('2 of 5').waitFor();
    const selected = page.getByRole('tab', { selected: true });
    expect(await selected.textContent()).toBe(await page.getByRole('tabpanel').locator('h3').textContent());
    // The new report starts at its beginning, just under the tabs.
    const panelTop = (await page.getByRole('tabpanel').boundingBox())!.y;
    expect(panelTop).toBeGreaterThan(0);
    expect(panelTop).toBeLessThan(120);
    await page.evaluate(() => window.scrollBy(0, 300));
    const bar = (await page.getByRole('tablist', { name: 'Reports' }).boundingBox())!;
    expect(bar.y).toBeGreaterThanOrEqual(-1);
    expect(bar.y).toBeLessThan(20);
    expect(await count.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(page, 'coverage-swiped-390.png');
    await page.close();
  });

  it('steps between columns with h and l, opens the original with o, and switches views with 1–4', async () => {
    const page = await open(1280, `/events/${ferry.id}?outlets=wire-north,lake-courier`);
    const context = page.context();
    // The originals live on other sites: answer them here, so the test needs no network.
    await context.route(/\.example\//, (route) => route.fulfill({ body: 'original', contentType: 'text/plain' }));
    const focused = () => page.evaluate(() => document.activeElement?.closest<HTMLElement>('.column')?.dataset.article);
    const ids = await page
      .locator('.coverage .column')
      .evaluateAll((cs) => cs.map((c) => (c as HTMLElement).dataset.article));
    expect(ids).toHaveLength(2);
    await page.keyboard.press('l');
    expect(await focused()).toBe(ids[0]);
    await page.keyboard.press('l');
    expect(await focused()).toBe(ids[1]);
    await page.keyboard.press('h');
    expect(await focused()).toBe(ids[0]);
    const popup = page.waitForEvent('popup');
    await page.keyboard.press('o');
    const original = await popup;
    await original.waitForLoadState();
    expect(original.url()).toBe('https://wire-north.example/marren-ferry');
    await original.close();
    await page.keyboard.press('3');
    await page.waitForURL(/view=facts/);
    expect(new URL(page.url()).searchParams.get('outlets')).toBe('wire-north,lake-courier');
    await page.getByRole('heading', { level: 2, name: /facts/i }).first().waitFor();
    await page.keyboard.press('1');
    await page.waitForURL((u) => !u.searchParams.has('view'));
    await page.locator('.coverage .column').first().waitFor();
    await context.unroute(/\.example\//);
    await page.close();
  });

  it('marks a report read once its column has been read on screen, and keeps the mark', async () => {
    const page = await open(1280, `/events/${ferry.id}?outlets=wire-north`);
    const column = page.getByRole('article', { name: 'Wire North', exact: true });
    expect(await column.locator('.read-mark').count()).toBe(0);
    // Read down the column: each stretch stays in view longer than a paragraph's dwell.
    const paragraphs = column.locator('[data-chars]');
    for (let i = 0; i < (await paragraphs.count()); i++) {
      await paragraphs.nth(i).scrollIntoViewIfNeeded();
      await page.waitForTimeout(READ_DWELL_MS / 2);
    }
    await column.locator('.read-mark').waitFor({ timeout: READ_DWELL_MS * 4 });
    await page.reload();
    await column.locator('.read-mark').waitFor();
    await page.goto(`${served.base}/`);
    await whenLive(page);
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: ferry.title }) });
    expect(await item.textContent()).toContain('1 of 5 reports read');
    await page.close();
  });

  for (const width of [1280, 390] as const)
    for (const scheme of ['light', 'dark'] as const)
      it(`has no axe violations at ${width} px, ${scheme}`, async () => {
        const page = await contexts.get(width)!.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${served.base}/events/${ferry.id}`);
        await page.getByRole('heading', { level: 1, name: ferry.title }).waitFor();
        expect(await axe(page)).toEqual([]);
        await page.getByRole('button', { name: 'Opening lines only' }).click();
        await page.waitForURL(/lead=1/);
        expect(await axe(page)).toEqual([]);
        await page.getByRole('button', { name: 'Opening lines only' }).click();
        await shoot(page, `coverage-${width}-${scheme}.png`, { fullPage: true });
        await page.close();
      });
});
