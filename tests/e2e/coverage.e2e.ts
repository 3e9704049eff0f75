/**
 * The coverage columns with five outlets: a build of the app from tests/fixtures/five-outlets,
 * served on its own port. No sideways scroll at any width, sticky column headers, phone tabs
 * with swipes, axe clean in both themes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, ROOT, servePreview, VITE, type Served } from '../../scripts/lib/serve';
import { buildCorpusJson } from '../../scripts/vite-plugin-corpus';
import type { Corpus } from '../../src/core/types';
import { axe, launch, SCREENSHOTS } from './browser';

const SEEDS = join(ROOT, 'tests/fixtures/five-outlets');
const DIST = join(ROOT, 'reports/dist-five');
const corpus = JSON.parse(buildCorpusJson(SEEDS)) as Corpus;
const ferry = corpus.events.find((e) => e.articleIds.length === 5)!;
const WIDTHS = [390, 768, 1024, 1280] as const;
const contexts = new Map<number, BrowserContext>();
let served: Served;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  execFileSync(process.execPath, [VITE, 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', PARALLAX_SEEDS: SEEDS, PARALLAX_OUT: DIST },
  });
  served = await servePreview(DIST, await freePort());
  for (const width of WIDTHS) contexts.set(width, await launch({ width, height: width === 390 ? 844 : 900 }));
});
afterAll(async () => {
  for (const c of contexts.values()) await c.close();
  await served?.stop();
});

async function open(width: number, path = `/events/${ferry.id}`): Promise<Page> {
  const page = await contexts.get(width)!.newPage();
  await page.goto(`${served.base}${path}`);
  await page.getByRole('heading', { level: 1, name: ferry.title }).waitFor();
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
      if (width > 600) expect(await page.locator('.coverage .column').count()).toBe(3);
      await page.getByRole('heading', { level: 2, name: 'Coverage side by side' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, `coverage-width-${width}.png`) });
      await page.close();
    });

  it('keeps each column’s header in view while that column is read', async () => {
    const page = await open(1280, `/events/${ferry.id}?outlets=news-digest,lake-courier,wire-north`);
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
    await page.screenshot({ path: join(SCREENSHOTS, 'coverage-sticky-1280.png') });
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
    await page.screenshot({ path: join(SCREENSHOTS, 'coverage-swiped-390.png') });
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
        await page.screenshot({ path: join(SCREENSHOTS, `coverage-${width}-${scheme}.png`), fullPage: true });
        await page.close();
      });
});
