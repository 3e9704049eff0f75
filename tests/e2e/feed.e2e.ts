import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axe, browsersPerSize, inFirstViewport, launch, SIZES, whenLive, shoot } from './browser';

const base = inject('baseUrl');
const contexts = browsersPerSize();

async function openFeed(page: Page, path = '/'): Promise<void> {
  await page.goto(`${base}${path}`);
  await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
  await page.locator('.event-feed article').first().waitFor();
  await whenLive(page);
}

describe('the feed (production build, real Chromium)', () => {
  for (const size of SIZES)
    for (const scheme of ['light', 'dark'] as const)
      it(`shows news on the first screen, never scrolls sideways and passes axe at ${size.width}×${size.height}, ${scheme}`, async () => {
        const page = await contexts.get(size.width)!.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await openFeed(page);
        const first = page.locator('.event-feed article').first();
        if (size.width === 390) expect(await inFirstViewport(first, size.height)).toBe(true);
        else expect(await inFirstViewport(first.getByRole('heading', { level: 2 }), size.height)).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
        expect(await axe(page)).toEqual([]);
        await shoot(page, `feed-first-${size.width}-${scheme}.png`);
        // Opened, the filters (styled date inputs included) still fit and pass axe.
        const toggle = page.getByRole('button', { name: 'Filter' });
        if (size.width === 390) {
          await toggle.click();
          await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
        }
        const form = page.getByRole('form', { name: 'Filters' });
        // The URL holds the filter; the box follows it a moment after the click.
        await form.getByRole('checkbox').nth(1).click();
        await page.getByRole('list', { name: 'Active filters' }).waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
        expect(await axe(page)).toEqual([]);
        await shoot(page, `feed-filters-${size.width}-${scheme}.png`, { fullPage: true });
        await page.close();
      });

  it('loads the menus after the first screen, and a click before that still opens them', async () => {
    const context = await launch({ width: 390, height: 844 }, 'block');
    try {
      const page = await context.newPage();
      // Hold back the menus' code: the first screen must not wait for it, and must not need it.
      let release!: () => void;
      let held = new Promise<void>((r) => (release = r));
      const asked: string[] = [];
      await page.route(/\/assets\/(display-menu|filter-popover)-[\w-]+\.js$/, async (route) => {
        asked.push(new URL(route.request().url()).pathname);
        await held;
        await route.continue();
      });
      await openFeed(page);
      expect(await page.getByRole('menuitemradio').count()).toBe(0);
      // By key: the menu opens with its first item focused, as the menu's own button does it.
      await page.getByRole('button', { name: 'Display' }).focus();
      await page.keyboard.press('Enter');
      release();
      await page.getByRole('menuitemradio', { name: 'Dark' }).waitFor();
      expect(asked.some((p) => p.includes('display-menu'))).toBe(true);
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('✓System');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Light');
      // The same for the phone's filters, on a fresh load: a tap on Filter before its code is there.
      let releaseAgain!: () => void;
      held = new Promise<void>((r) => (releaseAgain = r));
      asked.length = 0;
      await openFeed(page);
      await page.getByRole('button', { name: 'Filter' }).click();
      releaseAgain();
      await page.getByRole('form', { name: 'Filters' }).waitFor();
      expect(asked.some((p) => p.includes('filter-popover'))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('says so when the Display menu or the search cannot be loaded, and loads them after a reload', async () => {
    // No service worker: the scripts are asked of the network, where two are cut off at first.
    const offline = await launch(undefined, 'block');
    try {
      let reachable = false;
      await offline.route(/\/assets\/(?:display-menu|search-results)-[^/]*\.js$/, (route) =>
        reachable ? route.continue() : route.abort('internetdisconnected'),
      );
      const page = await offline.newPage();
      await openFeed(page);
      const notice = page.getByRole('status').filter({ hasText: 'Part of Parallax could not be loaded' });
      // Fetched ahead when the browser is idle, the menu failed quietly: nothing is said until it is asked for.
      expect(await notice.count()).toBe(0);
      await page.getByRole('button', { name: 'Display' }).click();
      await notice.waitFor();
      expect(await notice.textContent()).toContain('check the connection, then reload the page');
      expect(await axe(page)).toEqual([]);
      await shoot(page, 'load-failure-1280.png');
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      expect(await notice.count()).toBe(0);
      // A search cannot start either, and says why rather than "Searching…" for ever.
      await page.goto(`${base}/?q=Peskov`);
      await whenLive(page);
      const searchStatus = page.getByRole('status').filter({ hasText: 'The search could not be loaded' });
      await searchStatus.waitFor();
      expect(await searchStatus.textContent()).toBe(
        'The search could not be loaded: check the connection, then reload the page.',
      );
      // Said once, on the search's own line, not again in the notice.
      expect(await notice.count()).toBe(0);
      reachable = true;
      await searchStatus.getByRole('button', { name: 'reload the page' }).click();
      await whenLive(page);
      await page.getByRole('list', { name: 'Search results' }).waitFor();
      await page.getByRole('button', { name: 'Display' }).click();
      await page.getByRole('menu', { name: 'Display' }).waitFor();
      expect(await notice.count()).toBe(0);
      await page.close();
    } finally {
      await offline.close();
    }
  });

  it('says a page could not be loaded where it would be when its script does not arrive, and the other pages still work', async () => {
    const offline = await launch(undefined, 'block');
    try {
      await offline.route(/\/assets\/saved-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
      const page = await offline.newPage();
      await openFeed(page);
      await page.getByRole('link', { name: 'Saved' }).click();
      const alert = page.locator('main').getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toBe(
        'Its part of Parallax did not arrive: check the connection, then reload the page.',
      );
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This page could not be loaded');
      await shoot(page, 'page-error-1280.png');
      expect(await page.getByRole('link', { name: 'Parallax' }).isVisible()).toBe(true);
      expect(await axe(page)).toEqual([]);
      await page.getByRole('link', { name: 'Events' }).click();
      await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
      expect(await alert.count()).toBe(0);
      await page.close();
    } finally {
      await offline.close();
    }
  });

  it('changes the theme from the header menu, by keyboard, and keeps it across a reload', async () => {
    const page = await contexts.get(390)!.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await openFeed(page);
    const button = page.getByRole('button', { name: 'Display' });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu', { name: 'Display' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'header-menu-390-light.png');
    // Radix moves the focus a task after the key (roving focus), so each step waits to land.
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('Light');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('Dark');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 20, 20)');
    expect(await page.getByRole('menu').count()).toBe(0);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await whenLive(page);
    await button.click();
    await page.getByRole('menuitemradio', { name: 'System' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    await page.close();
  });

  it('opens the filters with / on a phone and lists the shortcuts with ?', async () => {
    const page = await contexts.get(390)!.newPage();
    await openFeed(page);
    await page.keyboard.press('/');
    await expect.poll(() => page.getByRole('button', { name: 'Filter' }).getAttribute('aria-expanded')).toBe('true');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name))
      .toBe('unread');
    await page.locator('h1').click();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    // The key column is one column: every key starts at the same x.
    const xs = await dialog.locator('dt').evaluateAll((dts) => dts.map((d) => Math.round(d.getBoundingClientRect().x)));
    expect(new Set(xs).size).toBe(1);
    const ddXs = await dialog
      .locator('dd')
      .evaluateAll((dds) => dds.map((d) => Math.round(d.getBoundingClientRect().x)));
    expect(new Set(ddXs).size).toBe(1);
    await shoot(page, 'shortcuts-390-light.png');
    await page.close();
  });
});
