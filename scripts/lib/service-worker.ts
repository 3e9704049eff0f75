/**
 * Waiting for the app's service worker in a real browser page: shared by the browser tests and
 * the screenshots script, which both need a page the worker controls.
 */
import type { Page } from 'playwright-core';

/** Waits until a service worker is activated and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const sw = reg.active!;
    if (sw.state !== 'activated')
      await new Promise<void>((r) => sw.addEventListener('statechange', () => sw.state === 'activated' && r()));
    if (!navigator.serviceWorker.controller)
      await new Promise<void>((r) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => r(), { once: true }),
      );
  });
}
