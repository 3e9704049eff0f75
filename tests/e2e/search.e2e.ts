import type { BrowserContext } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { waitForServiceWorker } from '../../scripts/lib/service-worker';
import { buildCorpus } from '../../scripts/vite-plugin-corpus';
import { SEEDS } from '../helpers';
import { axe, launch, shoot } from './browser';

const base = inject('baseUrl');
const corpus = buildCorpus(SEEDS);
/** Articles with `word` as a whole word in the title or text: an oracle apart from the index. */
const withWord = (word: string) =>
  corpus.articles.filter((a) =>
    new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu').test([a.title, ...a.body].join('\n')),
  );
const matches = (n: number, word: string) =>
  new RegExp(`^${n} ${n === 1 ? 'article matches' : 'articles match'} “${word}”`);
let context: BrowserContext | undefined;
afterAll(async () => {
  await context?.close();
});

describe('full-text search (production build, real Chromium, strict CSP)', () => {
  it('searches in a worker as the reader types, marks the words, keeps ?q= in the address, and works offline', async () => {
    context = await launch();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      // Offline, the app's connection check fails by design; Chromium logs that as an error.
      if (m.type() === 'error' && !m.text().includes('ERR_INTERNET_DISCONNECTED')) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(base);
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();

    // Going to the box starts loading the index, before a word is typed.
    await page.locator('#root[data-live]').waitFor({ state: 'attached' });
    await page.getByRole('searchbox', { name: 'Search articles' }).focus();
    const searchWorker = () => page.workers().find((w) => /\/assets\/search-worker-[\w-]+\.js$/.test(w.url()));
    await expect.poll(() => searchWorker() !== undefined, { timeout: 10_000 }).toBe(true);
    const fetched = () =>
      searchWorker()!.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    await expect
      .poll(async () => (await fetched()).some((p) => /^\/assets\/search-index-[\w-]+\.json$/.test(p)), {
        timeout: 10_000,
      })
      .toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('kremlin');
    await page.getByText(matches(withWord('kremlin').length, 'kremlin')).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('kremlin');
    expect(workers.some((u) => /\/assets\/search-worker-[\w-]+\.js$/.test(u))).toBe(true);
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
    expect(await results.count()).toBe(withWord('kremlin').length);
    // The query read the index's head and the part of its terms the word falls in.
    expect((await fetched()).some((p) => /^\/assets\/search\/[\w-]+\.json$/.test(p))).toBe(true);
    expect(await results.first().locator('mark').count()).toBeGreaterThan(0);
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'search-1280.png');

    // The address alone reproduces the search (a bookmark), and the index answers offline.
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto(`${base}/?q=peskov`);
    await page.getByText(matches(withWord('peskov').length, 'peskov')).waitFor();
    expect(problems).toEqual([]);
  });
});
