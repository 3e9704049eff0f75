import { mkdirSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildCorpus } from '../../scripts/vite-plugin-corpus';
import type { NewsEvent } from '../../src/core/types';
import { axe, launch, SCREENSHOTS, shoot } from './browser';
import { SEEDS } from '../helpers';

const base = inject('baseUrl');
const corpus = buildCorpus(SEEDS);
const article = (id: string) => corpus.articles.find((a) => a.id === id)!;
const outletsOf = (e: NewsEvent) => new Set(e.articleIds.map((id) => article(id).outletId as string));
/** The event with the most statements quoted by more than one outlet: the comparison's showcase. */
const rich = [...corpus.events].sort(
  (x, y) => y.quotes.length - x.quotes.length || y.articleIds.length - x.articleIds.length,
)[0]!;
const outletCount = outletsOf(rich).size;
const carriers = (f: NewsEvent['facts'][number]) => new Set(f.articleIds.map((id) => article(id).outletId)).size;
const SIZES = [
  { name: '1280', viewport: { width: 1280, height: 900 } },
  { name: '390', viewport: { width: 390, height: 844 } },
] as const;
const HEADINGS = { quotes: 'Quotes', facts: 'Facts', sources: 'Sources' } as const;

const contexts: Record<string, BrowserContext> = {};

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const s of SIZES) contexts[s.name] = await launch(s.viewport);
});
afterAll(async () => {
  for (const c of Object.values(contexts)) await c.close();
});

/** The page never scrolls sideways. */
async function pageWidth(page: Page): Promise<[number, number]> {
  return page.evaluate(() => [document.scrollingElement!.scrollWidth, window.innerWidth]);
}

async function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
  });
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

describe('comparing the coverage in Chromium (production build, seeds)', () => {
  it('has a showcase event whose comparison the pipeline filled', () => {
    expect(rich.quotes.length).toBeGreaterThan(0);
    expect(rich.facts.length).toBeGreaterThan(0);
    expect(outletCount).toBeGreaterThan(1);
  });

  for (const size of SIZES) {
    for (const view of ['quotes', 'facts', 'sources'] as const) {
      it(`shows the ${view} view at ${size.name} px without sideways scroll and with no axe violations`, async () => {
        const page = await contexts[size.name]!.newPage();
        await page.goto(`${base}/events/${rich.id}?view=${view}`);
        await page.getByRole('heading', { level: 2, name: HEADINGS[view], exact: true }).waitFor();
        const tabs = page.getByRole('navigation', { name: 'Compare the coverage' });
        expect(await tabs.getByRole('link', { name: HEADINGS[view] }).getAttribute('aria-current')).toBe('page');
        const [scrollWidth, innerWidth] = await pageWidth(page);
        expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
        if (view === 'quotes') {
          const groups = page.locator('.quote-group');
          expect(await groups.count()).toBe(rich.quotes.length);
          const renderings = await groups.evaluateAll((gs) => gs.map((g) => g.querySelectorAll('.rendering').length));
          expect(renderings).toEqual(rich.quotes.map((g) => g.variants.length));
          const missing = rich.quotes.filter((g) => g.missingFrom.length > 0).length;
          expect(await page.getByText(/^Not carried by /).count()).toBe(missing);
        } else if (view === 'facts') {
          const common = rich.facts.filter((f) => carriers(f) === outletCount);
          expect(await page.locator('.common-ground li').count()).toBe(common.length);
          const shared = rich.facts.filter((f) => carriers(f) > 1);
          if (shared.length) {
            const table = page.getByRole('table', { name: 'Facts more than one outlet carries' });
            expect(await table.locator('tbody tr').count()).toBe(shared.length);
          }
        } else {
          const { outlets, independentReports } = rich.provenance;
          const line = `${outlets} ${outlets === 1 ? 'outlet' : 'outlets'}, ${independentReports} independent ${independentReports === 1 ? 'report' : 'reports'}`;
          expect(await page.locator('.provenance-line').textContent()).toBe(line);
          expect(await page.locator('.event-page header .provenance-summary').textContent()).toBe(line);
          if (rich.naming.length) {
            const naming = page.getByRole('table', { name: 'The same person, place or body in each outlet’s words' });
            expect(await naming.locator('tbody tr').count()).toBe(rich.naming.length);
          }
          const cited = rich.articleIds.reduce((n, id) => n + article(id).citations.length, 0);
          expect(await page.locator('.cites li').count()).toBe(cited);
        }
        expect(await axe(page)).toEqual([]);
        await shoot(page, `compare-${view}-${size.name}.png`, { fullPage: true });
        await page.close();
      });
    }

    it(`reloads a bookmarked statement to the same focus at ${size.name} px`, async () => {
      const group = rich.quotes[Math.floor(rich.quotes.length / 2)]!;
      const page = await contexts[size.name]!.newPage();
      await page.goto(`${base}/events/${rich.id}?view=quotes&item=${encodeURIComponent(group.id)}`);
      const focused = page.locator('.quote-group.is-focused');
      await focused.waitFor();
      for (const reload of [false, true]) {
        if (reload) {
          await page.reload();
          await focused.waitFor();
        }
        expect(await page.locator('.quote-group.is-focused').count()).toBe(1);
        expect(await focused.locator('.rendering').count()).toBe(group.variants.length);
        expect(await inViewport(focused)).toBe(true);
        expect(await isFocused(focused)).toBe(true);
      }
      const [scrollWidth, innerWidth] = await pageWidth(page);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      expect(await axe(page)).toEqual([]);
      await shoot(page, `compare-quotes-focus-${size.name}.png`);
      await page.close();
    });

    it(`follows a rendering to its place in the column, marked and in view, at ${size.name} px`, async () => {
      const group = rich.quotes[rich.quotes.length - 1]!;
      const variant = group.variants[group.variants.length - 1]!;
      const quote = article(variant.articleId).quotes.find((q) => q.id === variant.quoteId)!;
      const page = await contexts[size.name]!.newPage();
      await page.goto(`${base}/events/${rich.id}?view=quotes&item=${encodeURIComponent(group.id)}`);
      await page.locator('.quote-group.is-focused').waitFor();
      const outlet = corpus.outlets.find((o) => o.id === article(variant.articleId).outletId)!.name;
      await page
        .locator('.quote-group.is-focused')
        .getByRole('link', { name: `In context — the ${outlet} report` })
        .click();
      const mark = page.locator(`[aria-labelledby="col-${variant.articleId}"] mark`);
      await mark.waitFor();
      expect(new URL(page.url()).searchParams.get('item')).toBe(quote.id);
      expect(await mark.textContent()).toBe(`Highlighted: ${quote.text}`);
      expect(await inViewport(mark)).toBe(true);
      expect(await isFocused(mark)).toBe(true);
      const [scrollWidth, innerWidth] = await pageWidth(page);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      expect(await axe(page)).toEqual([]);
      await shoot(page, `compare-coverage-mark-${size.name}.png`);
      await page.close();
    });
  }

  it('jumps from a cell of the facts matrix to that outlet’s sentence', async () => {
    const row =
      rich.facts.find((f) => carriers(f) > 1 && carriers(f) < outletCount) ?? rich.facts.find((f) => carriers(f) > 1);
    expect(row).toBeDefined();
    const span = row!.spans[row!.spans.length - 1]!;
    const name = corpus.outlets.find((o) => o.id === article(span.articleId).outletId)!.name;
    const page = await contexts['1280']!.newPage();
    await page.goto(`${base}/events/${rich.id}?view=facts`);
    const table = page.getByRole('table', { name: 'Facts more than one outlet carries' });
    const tr = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: row!.text, exact: true }) });
    await tr.getByRole('link', { name: `Carried by ${name}: read it there` }).click();
    const mark = page.locator(`[aria-labelledby="col-${span.articleId}"] mark`);
    await mark.waitFor();
    const body = article(span.articleId).body[span.paragraph]!;
    expect(await mark.textContent()).toBe(`Highlighted: ${body.slice(span.start, span.end)}`);
    expect(await inViewport(mark)).toBe(true);
    await page.close();
  });

  it('has no axe violations in the dark theme, and says politely when a view is unknown', async () => {
    const page = await contexts['1280']!.newPage();
    await page.goto(`${base}/events/${rich.id}?view=quotes`);
    await page.getByRole('heading', { level: 2, name: 'Quotes', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('menuitemradio', { name: 'Dark' }).click();
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'compare-quotes-dark-1280.png', { fullPage: true });
    await page.goto(`${base}/events/${rich.id}?view=facts`);
    await page.getByRole('heading', { level: 2, name: 'Facts', exact: true }).waitFor();
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'compare-facts-dark-1280.png', { fullPage: true });
    await page.goto(`${base}/events/${rich.id}?view=nonsense&item=nothing`);
    const notice = page.getByRole('status', { name: 'About this address' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('There is no “nonsense” view');
    expect(await notice.textContent()).toContain('Nothing in this event has the id “nothing”');
    await page.getByRole('heading', { name: 'Coverage side by side' }).waitFor();
    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('menuitemradio', { name: 'System' }).click();
    await page.close();
  });
});
