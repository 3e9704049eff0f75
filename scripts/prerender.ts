/**
 * Writes every page of a client build: `node <server build>/prerender.mjs <build folder> <boot
 * script as JSON: { src, imports }>`. Not
 * run by hand: `vite build` builds this file for Node with the app's route components
 * (scripts/lib/prerender-plugin.ts) and runs it in a process of its own once the client build is
 * written. Prints one line of JSON: how many pages, the feed's size, the ids left to the shell.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { corpusUrl, documentTitle, renderPage } from '../src/app/server-entry';
import { parseCorpus } from '../src/core/schema';
import {
  type BootScript,
  markupProblems,
  PAGE_FOLDERS,
  pageHtml,
  prerenderAddresses,
  prerenderedTemplate,
  shellDescription,
  SHELL_FILE,
} from './lib/prerender-pages';

export interface PrerenderSummary {
  pages: number;
  /** Bytes of the feed's page (index.html), uncompressed. */
  feedBytes: number;
  /** `folder/id (reason)` for each id with no page of its own. */
  skipped: string[];
}

async function prerender(outDir: string, boot: BootScript): Promise<PrerenderSummary> {
  const shell = readFileSync(join(outDir, 'index.html'), 'utf8');
  const template = prerenderedTemplate(shell, boot);
  const check = parseCorpus(JSON.parse(readFileSync(join(outDir, corpusUrl), 'utf8')));
  if (!check.ok) throw new Error(`prerender: the built corpus is invalid: ${check.error}`);
  const { pages, skipped } = prerenderAddresses(check.corpus, shellDescription(template));
  const shellTitle = /<title>([^<]*)<\/title>/.exec(template)?.[1] ?? 'Parallax';
  // A build into a folder Vite does not empty (outside the project) must not keep the pages of ids gone since.
  for (const folder of PAGE_FOLDERS) rmSync(join(outDir, folder), { recursive: true, force: true });
  let feedBytes = 0;
  for (const page of pages) {
    const { html: markup, title } = await renderPage(page.path, check.corpus, corpusUrl);
    const problems = markupProblems(markup);
    if (problems.length) throw new Error(`prerender: ${page.path} renders ${problems.join(' and ')}`);
    const html = pageHtml(template, {
      path: page.path,
      markup,
      title: title === null ? shellTitle : documentTitle(title),
      description: page.description,
    });
    const file = join(outDir, page.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    if (page.path === '/') feedBytes = Buffer.byteLength(html);
  }
  // Written last: the shell is the built index.html, which the feed's page replaced.
  writeFileSync(join(outDir, SHELL_FILE), shell);
  return { pages: pages.length, feedBytes, skipped: skipped.map((s) => `${s.folder}/${s.id} (${s.reason})`) };
}

const [outDir, boot] = process.argv.slice(2);
if (!outDir || !boot) {
  process.stderr.write('prerender: usage: node prerender.mjs <build folder> <boot script as JSON>\n');
  process.exit(2);
}
try {
  process.stdout.write(`${JSON.stringify(await prerender(resolve(outDir), JSON.parse(boot) as BootScript))}\n`);
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
