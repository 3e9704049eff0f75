import { describe, expect, inject, it } from 'vitest';
import { buildCorpus } from '../../scripts/vite-plugin-corpus';
import { axe, browsersPerSize, charsPerLine, inFirstViewport, SIZES, whenLive, shoot } from './browser';
import { SEEDS } from '../helpers';

const base = inject('baseUrl');
const corpus = buildCorpus(SEEDS);
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
        await shoot(page, `first-screen-${size.width}-${scheme}.png`);
        await page.close();
      });

  for (const size of SIZES)
    it(`puts every event’s first headline and its views on the first screen at ${size.width}×${size.height}`, async () => {
      const page = await contexts.get(size.width)!.newPage();
      for (const event of corpus.events) {
        await page.goto(`${base}/events/${event.id}`);
        await page.getByRole('heading', { level: 1, name: event.title }).waitFor();
        // Several outlets: the headline strip; one report: its byline, above the report itself.
        const first =
          new Set(event.articleIds.map(outletOf)).size > 1
            ? page.getByRole('region', { name: 'Headlines' }).getByRole('listitem').first()
            : page.locator('.single-byline');
        expect(await inFirstViewport(first, size.height), event.title).toBe(true);
        const tabs = page.getByRole('navigation', { name: 'Compare the coverage' });
        expect(await inFirstViewport(tabs, size.height), event.title).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      }
      await page.close();
    });

  for (const scheme of ['light', 'dark'] as const)
    it(`has no axe violations on any kind of page, ${scheme}`, async () => {
      const page = await contexts.get(1280)!.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      const article = corpus.articles[0]!;
      const paths = [
        '/',
        '/?view=articles',
        `/events/${peskov.id}`,
        `/events/${peskov.id}?view=quotes`,
        `/events/${peskov.id}?view=facts`,
        `/events/${peskov.id}?view=sources`,
        `/articles/${article.id}`,
        `/outlets/${article.outletId}`,
        `/stories/${corpus.stories[0]!.id}`,
        '/saved',
        '/corrections',
        '/no-such-page',
      ];
      for (const path of paths) {
        await page.goto(`${base}${path}`);
        await page.locator('h1').first().waitFor();
        expect(await axe(page), path).toEqual([]);
      }
      await page.close();
    });

  it('reads a one-report event as a single article, at a measure of 60–75 characters', async () => {
    const single = corpus.events.find((e) => e.articleIds.length === 1)!;
    const page = await contexts.get(1280)!.newPage();
    await page.goto(`${base}/events/${single.id}`);
    await page.getByRole('heading', { level: 1, name: single.title }).waitFor();
    expect(await page.locator('.coverage .column').count()).toBe(1);
    const measures = await charsPerLine(page, '.coverage .column > p');
    expect(measures.length).toBeGreaterThan(0);
    for (const m of measures) {
      expect(m).toBeGreaterThanOrEqual(60);
      expect(m).toBeLessThanOrEqual(75);
    }
    await page.close();
  });

  it('keeps grouping edits behind Edit grouping, and Undo restores the event', async () => {
    const page = await contexts.get(1280)!.newPage();
    await page.goto(`${base}/events/${peskov.id}`);
    await page.getByRole('heading', { level: 1, name: peskov.title }).waitFor();
    await whenLive(page);
    expect(await page.getByRole('button', { name: 'Not about this event' }).count()).toBe(0);
    const fold = page.getByRole('button', { name: 'Edit grouping' });
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    await fold.click();
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('region', { name: 'About this grouping' }).textContent()).toContain('Dmitry Peskov');
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'first-screen-edit-grouping-1280.png');
    await page
      .getByRole('group', { name: 'Correct the grouping of the Pravda.ru report' })
      .getByRole('button', { name: 'Not about this event' })
      .click();
    const strip = page.getByRole('region', { name: 'Headlines' }).getByRole('listitem');
    await strip.filter({ hasText: 'Pravda.ru' }).waitFor({ state: 'detached' });
    expect(await strip.count()).toBe(2);
    const toast = page.getByRole('status', { name: 'Grouping edits' });
    await toast.getByText('Took the Pravda.ru report out of this event.').waitFor();
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'first-screen-undo-toast-1280.png');
    await toast.getByRole('button', { name: 'Undo' }).click();
    await strip.filter({ hasText: 'Pravda.ru' }).waitFor();
    expect(await strip.count()).toBe(3);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: peskov.title }).waitFor();
    expect(await strip.count()).toBe(3);
    await page.close();
  });
});
