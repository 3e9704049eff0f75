/**
 * A real Chromium for the browser tests (see scripts/lib/chrome.ts for which one).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { chromePath } from '../../scripts/lib/chrome';

export async function launch(
  viewport = { width: 1280, height: 900 },
  /** `block`: no service worker, so every request reaches the network (and `page.route`). */
  serviceWorkers: 'allow' | 'block' = 'allow',
): Promise<BrowserContext> {
  // An empty profile path makes Playwright create the profile folder in the temp directory and
  // remove it when the browser closes: after `context.close()`, and from Playwright's own exit and
  // signal handlers when a test fails or the run is cut short before it closes its browser.
  return chromium.launchPersistentContext('', {
    executablePath: await chromePath(),
    headless: true,
    viewport,
    serviceWorkers,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const SCREENSHOTS = join(import.meta.dirname, '../../reports/screenshots');

/** axe's violations on the page, one line each: rule and first target. */
export async function axe(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}

/**
 * Waits until the app has taken over the page: a prerendered page is on screen before its script
 * has hydrated it and applied the reader's stored state and the window's layout (#root is then
 * marked `data-live`, src/app/start.tsx).
 */
export async function whenLive(page: Page): Promise<void> {
  await page.locator('#root[data-live]').waitFor({ state: 'attached' });
}

/** Wholly inside the first viewport, before any scrolling. */
export async function inFirstViewport(locator: Locator, height: number): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

/**
 * The reading measure of the paragraphs `selector` matches that hold over 200 characters: for
 * each, how many characters of its own text fit one line (its width over the average width of a
 * character of that text, set in its own font).
 */
export async function charsPerLine(page: Page, selector: string): Promise<number[]> {
  return page.evaluate((sel) => {
    const paragraphs = [...document.querySelectorAll<HTMLElement>(sel)].filter(
      (p) => (p.textContent ?? '').length > 200,
    );
    return paragraphs.map((p) => {
      const probe = document.createElement('span');
      probe.style.cssText = `font:${getComputedStyle(p).font};white-space:nowrap;position:absolute;visibility:hidden`;
      probe.textContent = p.textContent;
      document.body.append(probe);
      const average = probe.getBoundingClientRect().width / (p.textContent ?? '').length;
      probe.remove();
      return Math.round(p.clientWidth / average);
    });
  }, selector);
}

/** The sizes every page must read well at: a desktop and a phone. */
export const SIZES = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;

/**
 * One browser per size, launched before a file's tests and closed after them; `get(width)`
 * gives the one for that width.
 */
export function browsersPerSize(): { get: (width: number) => BrowserContext } {
  const contexts = new Map<number, BrowserContext>();
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const size of SIZES) contexts.set(size.width, await launch(size));
  });
  afterAll(async () => {
    for (const c of contexts.values()) await c.close();
  });
  return { get: (width) => contexts.get(width)! };
}

/**
 * Saves a screenshot of `page` to reports/screenshots/`name`. Chromium now and then never
 * answers a capture (the call waits out its whole timeout with the page idle); the capture is
 * then asked for once more, after the page is brought to the front and has painted a frame.
 * A second silence fails the test.
 */
export async function shoot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const path = join(SCREENSHOTS, name);
  mkdirSync(SCREENSHOTS, { recursive: true });
  try {
    await page.screenshot({ path, timeout: 15_000, ...options });
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'TimeoutError') throw error;
    await page.bringToFront();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.screenshot({ path, timeout: 15_000, ...options });
  }
}
