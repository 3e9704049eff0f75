import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildCorpusJson } from '../../scripts/vite-plugin-corpus';
import type { Corpus } from '../../src/core/types';
import { axe, browsersPerSize, inFirstViewport, SCREENSHOTS, SIZES } from './browser';

const base = inject('baseUrl');
const corpus = JSON.parse(buildCorpusJson(join(import.meta.dirname, '../../seeds'))) as Corpus;
const outletOf = (id: string) => String(corpus.articles.find((a) => a.id === id)!.outletId);
/** The 5 May Peskov event: Kyiv Independent, Ukrainska Pravda and Pravda.ru. */
const peskov = corpus.events.find((e) =>
  ['kyiv-independent', 'pravda-ru', 'ukrainska-pravda'].every((o) => e.articleIds.map(outletOf).includes(o)),
)!;

const contexts = browsersPerSize();

describe('the event page’s first screen (production build, real Chromium)', () => {
  for (const size of SIZES)
    for (const scheme of ['light', 'dark'] as const)
      it(`shows the headlines and the views without scrolling at ${size.width}×${size.height}, ${scheme}`, async () => {
        const page = await contexts.get(size.width)!.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${base}/events/${peskov.id}`);
        await page.getByRole('heading', { level: 1, name: peskov.title }).waitFor();
        const firstRow = page.getByRole('region', { name: 'Headlines' }).getByRole('listitem').first();
        expect(await inFirstViewport(firstRow, size.height)).toBe(true);
        const tabs = page.getByRole('navigation', { name: 'Compare the coverage' });
        expect(await inFirstViewport(tabs, size.height)).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
        expect(await axe(page)).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `first-screen-${size.width}-${scheme}.png`) });
        await page.close();
      });

  it('keeps grouping edits behind Edit grouping, and Undo restores the event', async () => {
    const page = await contexts.get(1280)!.newPage();
    await page.goto(`${base}/events/${peskov.id}`);
    await page.getByRole('heading', { level: 1, name: peskov.title }).waitFor();
    expect(await page.getByRole('button', { name: 'Not about this event' }).count()).toBe(0);
    const fold = page.getByRole('button', { name: 'Edit grouping' });
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    await fold.click();
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('region', { name: 'About this grouping' }).textContent()).toContain('Dmitry Peskov');
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'first-screen-edit-grouping-1280.png') });
    await page
      .getByRole('group', { name: 'Correct the grouping of the Pravda.ru report' })
      .getByRole('button', { name: 'Not about this event' })
      .click();
    await page.getByRole('article', { name: 'Pravda.ru', exact: true }).waitFor({ state: 'detached' });
    const toast = page.getByRole('status', { name: 'Grouping edits' });
    await toast.getByText('Took the Pravda.ru report out of this event.').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'first-screen-undo-toast-1280.png') });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('article', { name: 'Pravda.ru', exact: true }).waitFor();
    expect(await page.locator('.coverage .column').count()).toBe(3);
    expect(await page.getByRole('region', { name: 'Headlines' }).getByRole('listitem').count()).toBe(3);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: peskov.title }).waitFor();
    expect(await page.locator('.coverage .column').count()).toBe(3);
    await page.close();
  });
});
