/**
 * npm run lighthouse: builds the app, serves it as `npm start` does (same security headers),
 * and runs Lighthouse (desktop and mobile) on the feed and an event page in the Chromium the
 * browser tests use. Writes the scores to docs/benchmarks.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromePath } from './lib/chrome';
import { buildApp, freePort, ROOT, servePreview } from './lib/serve';
import { writeDocsSection } from './lib/docs-section';

const { values } = parseArgs({ options: { 'no-write': { type: 'boolean' } } });
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

buildApp();
const served = await servePreview('dist', await freePort());
const chrome = await chromeLauncher.launch({
  chromePath: await chromePath(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const corpusName = readdirSync(join(ROOT, 'dist/assets')).find((f) => /^corpus-.*\.json$/.test(f))!;
const { events } = JSON.parse(readFileSync(join(ROOT, 'dist/assets', corpusName), 'utf8')) as {
  events: { id: string; articleIds: string[] }[];
};
// The event page with the most reports: the heaviest one a reader opens.
const largest = [...events].sort((a, b) => b.articleIds.length - a.articleIds.length)[0]!;
const pages = [
  { name: 'feed `/`', url: `${served.base}/` },
  { name: 'event page (largest)', url: `${served.base}/events/${largest.id}` },
];
const rows: string[] = [];
try {
  for (const formFactor of ['desktop', 'mobile'] as const) {
    for (const p of pages) {
      const result = await lighthouse(p.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        formFactor,
        screenEmulation:
          formFactor === 'desktop'
            ? { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false }
            : { mobile: true, width: 390, height: 844, deviceScaleFactor: 3, disabled: false },
        ...(formFactor === 'desktop' ? { throttlingMethod: 'provided' as const } : {}),
      });
      const cats = result!.lhr.categories;
      const score = (c: string) => Math.round((cats[c]?.score ?? 0) * 100);
      const failing = Object.values(result!.lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      rows.push(
        `| ${p.name} | ${formFactor} | ${CATEGORIES.map(score).join(' | ')} | ${failing.length ? failing.join(', ') : '—'} |`,
      );
      console.log(rows[rows.length - 1]);
    }
  }
} finally {
  chrome.kill();
  await served.stop();
}
const md = `## Lighthouse (\`npm run lighthouse\`)

Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} on the production build served with the same headers as \`npm start\`
(strict CSP with Trusted Types), in the Chromium the browser tests use, one run each. Mobile uses
Lighthouse's default simulated throttling; desktop uses none.

| page | form factor | performance | accessibility | best practices | SEO | binary audits not passed |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
if (!values['no-write']) writeDocsSection('lighthouse', md);
