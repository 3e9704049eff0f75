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
import { parseIndexText, withEvent } from '../src/core/corpus-parts';
import { parseCorpusIndex, parseEventFile } from '../src/core/schema';
import { firstViewOf } from '../src/lib/first-view';
import type { CorpusIndex, EventFile } from '../src/core/types';
import type { EventFileSource } from '../src/lib/event-files';
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

/** Event files read from the build folder as pages need them; the last few kept (pages come event by event). */
const KEPT_FILES = 64;

function diskSource(index: CorpusIndex, folder: string): EventFileSource {
  const kept = new Map<string, EventFile>();
  const read = (id: string): EventFile | undefined => {
    const name = Object.hasOwn(index.eventFiles, id) ? index.eventFiles[id] : undefined;
    if (name === undefined) return undefined;
    let file = kept.get(id);
    if (!file) {
      const check = parseEventFile(JSON.parse(readFileSync(join(folder, name), 'utf8')));
      if (!check.ok) throw new Error(`prerender: the built file of event "${id}" is invalid: ${check.error}`);
      file = check.value;
      if (kept.size >= KEPT_FILES) kept.delete(kept.keys().next().value!);
      kept.set(id, file);
    }
    return file;
  };
  return {
    peek: read,
    load: (id) => {
      const f = read(id);
      return f ? Promise.resolve(f) : Promise.reject(new Error(`prerender: no event "${id}"`));
    },
  };
}

function readIndex(file: string, what: string): CorpusIndex {
  const check = parseCorpusIndex(parseIndexText(readFileSync(file, 'utf8')));
  if (!check.ok) throw new Error(`prerender: the built corpus ${what} is invalid: ${check.error}`);
  return check.value;
}

async function prerender(outDir: string, boot: BootScript): Promise<PrerenderSummary> {
  const shell = readFileSync(join(outDir, 'index.html'), 'utf8');
  const template = prerenderedTemplate(shell, boot);
  const headFile = join(outDir, corpusUrl);
  const head = readIndex(headFile, 'head');
  const index = head.rest ? readIndex(join(dirname(headFile), head.rest.file), 'whole index') : head;
  const files = diskSource(index, dirname(headFile));
  const eventOfArticle = new Map(index.events.flatMap((e) => e.articleIds.map((id) => [id as string, e.id as string])));
  // What each page's first render reads, as the browser's will (lib/first-view.ts): the pages of one
  // event (and of its articles, which come event by event) read the head with that event.
  let last: { eventId: string; index: CorpusIndex } | null = null;
  const pageIndex = (path: string): { index: CorpusIndex; eventFile?: string } => {
    const view = firstViewOf({ pathname: path, search: '' });
    if (view === 'whole' || !head.rest) return { index };
    if (view === 'head') return { index: head };
    const [, kind, id] = /^\/(events|articles)\/([^/]+)/.exec(path)!;
    const eventId = kind === 'events' ? decodeURIComponent(id!) : eventOfArticle.get(decodeURIComponent(id!));
    const file = eventId === undefined ? undefined : files.peek(eventId);
    if (eventId === undefined || !file) return { index: head };
    const eventFile = index.eventFiles[eventId]!;
    if (last?.eventId !== eventId) last = { eventId, index: withEvent(head, file, eventFile) };
    return { index: last.index, eventFile };
  };
  const { pages, skipped } = prerenderAddresses(index, shellDescription(template));
  const shellTitle = /<title>([^<]*)<\/title>/.exec(template)?.[1] ?? 'Parallax';
  // A build into a folder Vite does not empty (outside the project) must not keep the pages of ids gone since.
  for (const folder of PAGE_FOLDERS) rmSync(join(outDir, folder), { recursive: true, force: true });
  let feedBytes = 0;
  for (const page of pages) {
    const first = pageIndex(page.path);
    const { html: markup, title } = await renderPage(page.path, first.index, files, corpusUrl);
    const problems = markupProblems(markup);
    if (problems.length) throw new Error(`prerender: ${page.path} renders ${problems.join(' and ')}`);
    const html = pageHtml(template, {
      path: page.path,
      markup,
      title: title === null ? shellTitle : documentTitle(title),
      description: page.description,
      ...(first.eventFile === undefined ? {} : { eventFile: first.eventFile }),
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
