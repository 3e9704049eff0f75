import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildCorpus } from '../../scripts/vite-plugin-corpus';
import { launch, SCREENSHOTS, whenLive, shoot } from './browser';
import { SEEDS } from '../helpers';

const base = inject('baseUrl');
const corpus = buildCorpus(SEEDS);
let context: BrowserContext;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  context = await launch();
});
afterAll(async () => {
  await context?.close();
});

describe('the production build in Chromium', () => {
  it('lists every ingested article on the articles page', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/articles`);
    await page.getByRole('heading', { level: 1, name: 'All articles' }).waitFor();
    const titles = await page.locator('.article-list h2').allTextContents();
    expect(titles.sort()).toEqual(corpus.articles.map((a) => a.title).sort());
    await shoot(page, 'home-1280.png', { fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens an article with its full body from the list', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/articles`);
    const a = corpus.articles.find((x) => x.role === 'primary' && x.authors.length > 0)!;
    await page.getByRole('link', { name: a.title }).click();
    // Its text comes with its event's file: the page is the article's once its heading is.
    await page.getByRole('heading', { level: 1, name: a.title }).waitFor();
    const article = page.getByRole('article', { name: a.title });
    const paragraphs = await article.locator('p').allTextContents();
    for (const p of a.body) expect(paragraphs).toContain(p);
    expect(await page.title()).toBe(`${a.title} · Parallax`);
    await shoot(page, 'article-1280.png', { fullPage: true });
    await page.close();
  });

  it('loads a deep link directly and answers an unknown article with a way back', async () => {
    const page = await context.newPage();
    const a = corpus.articles[0]!;
    await page.goto(`${base}/articles/${a.id}`);
    await page.getByRole('heading', { level: 1, name: a.title }).waitFor();
    await page.goto(`${base}/articles/no-such-article`);
    await page.getByRole('heading', { name: 'No such article' }).waitFor();
    expect(await page.getByRole('link', { name: 'Back to all events' }).count()).toBe(1);
    await page.close();
  });

  it('has no axe violations on the list and an article', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/articles`);
    await page.getByRole('heading', { level: 1, name: 'All articles' }).waitFor();
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    await page.goto(`${base}/articles/${corpus.articles[0]!.id}`);
    await page.locator('#article-title').waitFor();
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    await page.close();
  });

  it('serves the corpus as a content-hashed file', async () => {
    const html = readFileSync(join(import.meta.dirname, '../../dist/index.html'), 'utf8');
    expect(html).toContain('<div id="root">');
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('request', (r) => urls.push(new URL(r.url()).pathname));
    await page.goto(base);
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    await whenLive(page);
    expect(urls.some((u) => /^\/assets\/corpus-[\w-]{8,}\.json$/.test(u))).toBe(true);
    await page.close();
  });
});
