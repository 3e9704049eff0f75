import { mkdirSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildCorpus } from '../../scripts/vite-plugin-corpus';
import { axe, launch, SCREENSHOTS, whenLive, shoot } from './browser';
import { SEEDS } from '../helpers';

const base = inject('baseUrl');
const corpus = buildCorpus(SEEDS);
const outletOf = (id: string) => corpus.articles.find((a) => a.id === id)!.outletId;
const joined = corpus.events.find((e) =>
  ['kyiv-independent', 'pravda-ru', 'ukrainska-pravda'].every((o) =>
    e.articleIds.map(outletOf).map(String).includes(o),
  ),
)!;
const story = corpus.stories.find((s) => s.id === joined.storyId)!;
let context: BrowserContext;
let phone: BrowserContext;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  context = await launch();
  phone = await launch({ width: 390, height: 844 });
});
afterAll(async () => {
  await context?.close();
  await phone?.close();
});

describe('events and storylines in Chromium (production build)', () => {
  it('lists every event on the feed, newest first', async () => {
    const page = await context.newPage();
    await page.goto(base);
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    const titles = await page.locator('.event-feed h2').allTextContents();
    expect(titles).toEqual(corpus.events.map((e) => e.title));
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'feed-1280.png', { fullPage: true });
    await page.close();
  });

  it('shows the Kyiv Independent, Ukrainska Pravda and Pravda.ru reports of one event in labelled columns', async () => {
    const page = await context.newPage();
    await page.goto(base);
    await whenLive(page);
    // The feed links both the event and its storyline, which can share a title: follow the event's.
    await page
      .getByRole('link', { name: joined.title })
      .and(page.locator(`[href="/events/${joined.id}"]`))
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: joined.title }).waitFor();
    await whenLive(page);
    // Two columns fit side by side at 1280 px; the picker brings in the third in place of the first.
    expect(await page.locator('.coverage .column').count()).toBe(2);
    const picker = page.getByRole('group', { name: 'Columns (2 fit side by side)' });
    for (const name of ['Kyiv Independent', 'Ukrainska Pravda', 'Pravda.ru']) {
      const toggle = picker.locator('button', { hasText: name });
      if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
      const column = page.getByRole('article', { name, exact: true });
      await column.waitFor();
      const article = corpus.articles.find(
        (a) => joined.articleIds.includes(a.id) && corpus.outlets.find((o) => o.id === a.outletId)!.name === name,
      )!;
      // A long paragraph is shown in chunks at sentence ends: together they are the paragraph.
      const text = (await column.locator('p').allTextContents()).join(' ');
      for (const p of article.body) expect(text).toContain(p);
    }
    await page.getByRole('button', { name: 'Edit grouping' }).click();
    const why = page.getByRole('region', { name: 'About this grouping' });
    expect(await why.textContent()).toContain('Dmitry Peskov');
    expect(await why.textContent()).not.toContain('%');
    const tops = await page
      .locator('.coverage .column')
      .evaluateAll((cols) => cols.map((c) => c.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1); // columns align at the top
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'event-1280.png', { fullPage: true });
    await page.close();
  });

  it('shows the storyline as a dated timeline and the event’s neighbours in it', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/events/${joined.id}`);
    const nav = page.getByRole('navigation', { name: 'Storyline' });
    await nav.waitFor();
    expect(await nav.textContent()).toContain(`Event 2 of ${story.eventIds.length}`);
    await nav.getByRole('link', { name: story.title }).click();
    await page.getByRole('heading', { level: 1, name: `Storyline: ${story.title}` }).waitFor();
    const titles = await page.locator('.timeline h2').allTextContents();
    expect(titles).toEqual(story.eventIds.map((id) => corpus.events.find((e) => e.id === id)!.title));
    const days = await page.locator('.timeline time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(days).toEqual([...days].sort());
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'story-1280.png', { fullPage: true });
    await page.close();
  });

  it('says the grouping editor could not be loaded when its script does not arrive, and loads it after a reload', async () => {
    // No service worker: the editor's script is asked of the network, where it is cut off at first.
    const offline = await launch(undefined, 'block');
    try {
      let reachable = false;
      const asked: string[] = [];
      await offline.route(/\/assets\/edit-grouping-[^/]*\.js$/, (route) => {
        asked.push(route.request().url());
        return reachable ? route.continue() : route.abort('internetdisconnected');
      });
      const page = await offline.newPage();
      await page.goto(`${base}/events/${joined.id}`);
      await whenLive(page);
      const edit = page.getByRole('button', { name: 'Edit grouping' });
      await edit.click();
      const status = page.locator('#edit-grouping[role="status"]');
      await status.getByText(/The grouping editor could not be loaded: check the connection, then/).waitFor();
      expect(await edit.getAttribute('aria-expanded')).toBe('true');
      expect(await axe(page)).toEqual([]);
      // Closed and opened again, it says so again (the browser keeps the failed script as failed).
      await edit.click();
      expect(await status.count()).toBe(0);
      await edit.click();
      await status.getByText(/could not be loaded/).waitFor();
      reachable = true;
      await status.getByRole('button', { name: 'reload the page' }).click();
      await whenLive(page);
      await page.getByRole('button', { name: 'Edit grouping' }).click();
      const why = page.getByRole('region', { name: 'About this grouping' });
      await why.waitFor();
      expect(await why.textContent()).toContain('Dmitry Peskov');
      expect(asked.at(-1)).toBe(asked[0]);
      await page.close();
    } finally {
      await offline.close();
    }
  });

  it('keeps a reader’s correction across a reload, lists it, and undoes it', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/events/${joined.id}`);
    await page.getByRole('button', { name: 'Edit grouping' }).click();
    const tools = page.getByRole('group', { name: 'Correct the grouping of the Pravda.ru report' });
    await tools.getByRole('button', { name: 'Not about this event' }).click();
    const strip = page.getByRole('region', { name: 'Headlines' }).getByRole('listitem');
    await strip.filter({ hasText: 'Pravda.ru' }).waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await strip.count()).toBe(2);
    await page.goto(`${base}/corrections`);
    await page.getByRole('heading', { level: 1, name: 'Your grouping corrections' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: /^Undo:/ }).click();
    await page.getByText(/No corrections/).waitFor();
    await page.goto(`${base}/events/${joined.id}`);
    await page.locator('.coverage .column').first().waitFor();
    expect(await strip.count()).toBe(3);
    await page.close();
  });

  it('narrows the feed by ?outlet= and by ?from=&to=, and says what emptied it', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/?outlet=the-hill`);
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    const byOutlet = corpus.events.filter((e) => e.articleIds.some((id) => outletOf(id) === 'the-hill'));
    expect(await page.locator('.event-feed h2').allTextContents()).toEqual(byOutlet.map((e) => e.title));
    await page.goto(`${base}/?from=2025-05-01&to=2025-05-31`);
    await page.locator('.event-feed').waitFor();
    const inMay = corpus.events.filter((e) => e.date !== null && e.date >= '2025-05-01' && e.date <= '2025-05-31');
    expect(inMay.length).toBeGreaterThan(0);
    expect(await page.locator('.event-feed h2').allTextContents()).toEqual(inMay.map((e) => e.title));
    await page.goto(`${base}/?outlet=reuters&from=2025-05-01&to=2025-05-31`);
    await page.getByText('Reuters covered no event dated from 2025-05-01 to 2025-05-31.').waitFor();
    await page.reload();
    await page.getByText('Reuters covered no event dated from 2025-05-01 to 2025-05-31.').waitFor();
    await page.close();
  });

  it('keeps a saved view on /saved after a reload, and it opens exactly that view', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/events/${joined.id}?outlets=kyiv-independent,pravda-ru`);
    await page.getByRole('button', { name: /Save/ }).click();
    await page.goto(`${base}/saved`);
    await page.reload();
    const link = page.locator('ol.saved').getByRole('link', { name: joined.title });
    await link.waitFor();
    // Saved, the event is kept on the device, and listed there too.
    await page.locator('.device-storage').getByRole('link', { name: joined.title }).waitFor();
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'saved-1280.png', { fullPage: true });
    await link.click();
    await page.getByRole('heading', { level: 1, name: joined.title }).waitFor();
    expect(new URL(page.url()).search).toBe('?outlets=kyiv-independent,pravda-ru');
    expect(await page.locator('.coverage .column').count()).toBe(2);
    await page.close();
  });

  it('has no axe violations on an article page, in the dark theme too', async () => {
    const page = await context.newPage();
    const article = corpus.articles.find((a) => joined.articleIds.includes(a.id))!;
    await page.goto(`${base}/articles/${article.id}`);
    await page.locator('#article-title').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('menuitemradio', { name: 'Dark' }).click();
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'article-dark-1280.png', { fullPage: true });
    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('menuitemradio', { name: 'System' }).click();
    await page.close();
  });

  it('keeps every report reachable on a 390 px phone', async () => {
    const page = await phone.newPage();
    await page.goto(`${base}/events/${joined.id}`);
    await page.getByRole('heading', { level: 1, name: joined.title }).waitFor();
    await whenLive(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    // One report at a time, each behind its tab.
    const tabs = page.getByRole('tablist', { name: 'Reports' }).getByRole('tab');
    expect(await tabs.count()).toBe(joined.articleIds.length);
    for (let i = 0; i < joined.articleIds.length; i++) {
      await tabs.nth(i).click();
      const panel = page.getByRole('tabpanel');
      expect(await panel.getByRole('article').count()).toBe(1);
      expect(await panel.isVisible()).toBe(true);
    }
    await shoot(page, 'event-390.png', { fullPage: true });
    await page.goto(base);
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(page, 'feed-390.png', { fullPage: true });
    await page.close();
  });
});
