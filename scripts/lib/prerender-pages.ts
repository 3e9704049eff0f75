/**
 * What the prerender writes, worked out from the corpus alone: the address of every page (the
 * feed, each event, storyline, article and outlet), the file each is written to, its description,
 * and the HTML of a page from the built shell and the markup the app rendered for it.
 */
import { clipAtWord } from '../../src/core/corpus-parts';
import type { CorpusIndex, OutletId } from '../../src/core/types';

/** The folders of prerendered pages, one per kind of page, named as the app's addresses are. */
export const PAGE_FOLDERS = ['events', 'stories', 'articles', 'outlets'] as const;
export type PageFolder = (typeof PAGE_FOLDERS)[number];

/** The shell: the built index.html with nothing rendered, for every address with no page of its own. */
export const SHELL_FILE = 'shell.html';

/**
 * An id a page is written for: RFC 3986 unreserved characters only, not starting with a dot, so
 * that the address as the browser sends it, percent-decoded or not, is the file's name and the
 * router's location alike, and no id can name a folder outside its own ('..', 'a/b'). The length
 * keeps the name within every file system's limit. Any other id has no page: its address is
 * answered with the shell, and the app renders it in the browser as before.
 */
const SAFE_ID = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,199}$/;
/** Description length search engines show in full; longer ones are cut at a word. */
const DESCRIPTION_CHARS = 160;

export interface PageAddress {
  /** The address as the app routes it: '/', '/events/<id>', … */
  path: string;
  /** Where its page goes, relative to the build folder. */
  file: string;
  /** The meta description: what the page holds, from the corpus. */
  description: string;
}

export interface SkippedId {
  folder: PageFolder;
  id: string;
  reason: string;
}

type PageCorpus = Pick<CorpusIndex, 'events' | 'stories' | 'articles' | 'outlets'>;

/** `text` cut at a word to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max = DESCRIPTION_CHARS): string {
  return clipAtWord(text, max);
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function descriptions(corpus: PageCorpus): Record<PageFolder, (id: string) => string> {
  const outletName = new Map(corpus.outlets.map((o) => [o.id as string, o.name]));
  const article = new Map(corpus.articles.map((a) => [a.id as string, a]));
  const event = new Map(corpus.events.map((e) => [e.id as string, e]));
  const nameOf = (id: string) => outletName.get(id) ?? id;
  return {
    events: (id) => {
      const e = event.get(id)!;
      const outlets = [...new Set(e.articleIds.map((a) => article.get(a)?.outletId).filter((o) => o !== undefined))];
      const who = listNames(outlets.map(nameOf));
      return clip(
        outlets.length > 1 ? `${e.title}: how ${who} report it, side by side.` : `${e.title}: as ${who} reports it.`,
      );
    },
    stories: (id) => {
      const s = corpus.stories.find((x) => x.id === id)!;
      const titles = s.eventIds.map((e) => event.get(e)?.title).filter((t) => t !== undefined);
      return clip(
        `A storyline of ${s.eventIds.length} ${s.eventIds.length === 1 ? 'event' : 'events'}: ${titles.join('; ')}.`,
      );
    },
    articles: (id) => {
      const a = article.get(id)!;
      return clip(`${nameOf(a.outletId)}: ${a.subtitle ?? (a.teaser || a.title)}`);
    },
    outlets: (id) => {
      const written = corpus.articles.filter((a) => a.outletId === id).length;
      const carried = corpus.articles.filter((a) => a.viaOutletIds.includes(id as OutletId)).length;
      const parts = [
        ...(written ? [`${written} ${written === 1 ? 'article' : 'articles'} it published`] : []),
        ...(carried ? [`${carried} it passed on`] : []),
      ];
      return clip(
        parts.length
          ? `${nameOf(id)}: ${parts.join(' and ')}, each beside the other outlets' reports of the same event.`
          : `${nameOf(id)}: no articles in this corpus.`,
      );
    },
  };
}

/**
 * Every address the prerender writes a page for, the feed first, and the ids it leaves to the
 * shell with the reason. Ids two of which differ only in case are left out too: on a file system
 * that ignores case (a laptop's, often) one page would overwrite the other.
 */
export function prerenderAddresses(
  corpus: PageCorpus,
  feedDescription: string,
): { pages: PageAddress[]; skipped: SkippedId[] } {
  const pages: PageAddress[] = [{ path: '/', file: 'index.html', description: feedDescription }];
  const skipped: SkippedId[] = [];
  const describe = descriptions(corpus);
  const ids: Record<PageFolder, readonly { id: string }[]> = {
    events: corpus.events,
    stories: corpus.stories,
    articles: corpus.articles,
    outlets: corpus.outlets,
  };
  for (const folder of PAGE_FOLDERS) {
    const list = [...new Set(ids[folder].map((x) => x.id as string))];
    const folded = new Map<string, number>();
    for (const id of list) folded.set(id.toLowerCase(), (folded.get(id.toLowerCase()) ?? 0) + 1);
    for (const id of list) {
      if (!SAFE_ID.test(id)) skipped.push({ folder, id, reason: 'not a plain file name' });
      else if (folded.get(id.toLowerCase())! > 1)
        skipped.push({ folder, id, reason: 'another id differs only in case' });
      else
        pages.push({ path: `/${folder}/${id}`, file: `${folder}/${id}/index.html`, description: describe[folder](id) });
    }
  }
  return { pages, skipped };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** The boot script's address and the addresses of the modules it imports statically. */
export interface BootScript {
  src: string;
  imports: string[];
}

const ROOT_TAG = '<div id="root"></div>';
/** src/app/start-mode.ts: `PAGE_META`, the tag naming the address a page was rendered for. */
const PAGE_META = 'parallax-page';
/** src/app/start-mode.ts: `EVENT_FILE_META`, the tag naming the file of a page's event. */
const EVENT_FILE_META = 'parallax-event-file';
const ENTRY_SCRIPT = /<script type="module" crossorigin src="[^"]+"><\/script>/g;
const MODULE_PRELOAD = /[ \t]*<link rel="modulepreload" crossorigin href="[^"]+">\n?/g;

/**
 * The template of a prerendered page: the built index.html with its app entry replaced by the
 * boot script (src/app/boot.ts), which asks for the app's code after the first paint, and without
 * the hints that would fetch that code before it. The shell keeps them: it has nothing to paint
 * before the app runs.
 */
export function prerenderedTemplate(template: string, boot: BootScript): string {
  const entries = template.match(ENTRY_SCRIPT) ?? [];
  if (entries.length !== 1)
    throw new Error(`prerender: the built index.html has ${entries.length} module scripts, expected the app's one`);
  const tags = [
    `<script type="module" crossorigin src="${escapeHtml(boot.src)}"></script>`,
    // What the boot script imports itself, fetched beside it rather than after it.
    ...boot.imports.map((src) => `<link rel="modulepreload" crossorigin href="${escapeHtml(src)}">`),
  ];
  return template.replace(MODULE_PRELOAD, '').replace(ENTRY_SCRIPT, () => tags.join('\n    '));
}
const TITLE = /<title>[^<]*<\/title>/;
const DESCRIPTION = /<meta name="description" content="[^"]*"\s*\/?>/;

/** The meta description of the built shell (the feed's). */
export function shellDescription(template: string): string {
  const m = /<meta name="description" content="([^"]*)"/.exec(template);
  if (!m) throw new Error('prerender: the built index.html has no <meta name="description">');
  return m[1]!
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The page at `path`: the built shell with the app's markup in #root, its own title and
 * description, and a meta tag naming the address it was rendered for, which the app checks
 * before it hydrates.
 */
export function pageHtml(
  template: string,
  page: { path: string; markup: string; title: string; description: string; eventFile?: string },
): string {
  for (const [what, found] of [
    [ROOT_TAG, template.includes(ROOT_TAG)],
    ['<title>', TITLE.test(template)],
    ['<meta name="description">', DESCRIPTION.test(template)],
  ] as const)
    if (!found) throw new Error(`prerender: the built index.html has no ${what}`);
  return template
    .replace(TITLE, () => `<title>${escapeHtml(page.title)}</title>`)
    .replace(
      DESCRIPTION,
      () =>
        `<meta name="description" content="${escapeHtml(page.description)}" />\n    <meta name="${PAGE_META}" content="${escapeHtml(page.path)}" />${
          page.eventFile === undefined
            ? ''
            : `\n    <meta name="${EVENT_FILE_META}" content="${escapeHtml(page.eventFile)}" />`
        }`,
    )
    .replace(ROOT_TAG, () => `<div id="root">${page.markup}</div>`);
}

/**
 * Markup the page must not be served with: an inline style attribute (the CSP refuses it, and the
 * console says so on every load), or a Suspense boundary the server could not finish (the
 * browser would render it again, and report it).
 */
export function markupProblems(markup: string): string[] {
  const problems: string[] = [];
  if (/<[a-zA-Z][^>]*\sstyle="/.test(markup)) problems.push('an inline style attribute (refused by the CSP)');
  if (markup.includes('<!--$!-->')) problems.push('a Suspense boundary left to the client');
  return problems;
}
