// @vitest-environment happy-dom
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { holdEarlyInput } from '../../src/app/early-input';
import { applyEarlyPrefs, hasEarlyCorrections } from '../../src/app/early-state';
import { prerenderedFor, startMode } from '../../src/app/start-mode';
import type { ArticleId, CorpusIndex, EventId, OutletId, StoryId } from '../../src/core/types';
import { PREFS_KEY, TEXT_SIZES, usePrefsStore } from '../../src/lib/prefs-store';
import { useCorrectionsStore } from '../../src/lib/corrections-store';
import { splitCorpus } from '../../src/core/corpus-parts';
import {
  clip,
  markupProblems,
  PAGE_FOLDERS,
  pageHtml,
  prerenderAddresses,
  shellDescription,
} from '../../scripts/lib/prerender-pages';
import { pageFileFor } from '../../scripts/lib/prerender-plugin';
import { comparisonCorpus } from '../compare-fixture';

/** The corpus with one more event, story and outlet under each of `ids`. */
function withIds(ids: readonly string[]): CorpusIndex {
  const c = comparisonCorpus();
  return splitCorpus({
    ...c,
    events: [...c.events, ...ids.map((id) => ({ ...c.events[0]!, id: id as EventId }))],
    stories: [...c.stories, ...ids.map((id) => ({ ...c.stories[0]!, id: id as StoryId }))],
    outlets: [...c.outlets, ...ids.map((id) => ({ ...c.outlets[0]!, id: id as OutletId }))],
  }).index;
}

const FEED = 'Parallax: read one news event through many outlets.';

describe('prerenderAddresses', () => {
  it('lists the feed, then every event, storyline, article and outlet of the corpus, each at its address and file', () => {
    const corpus = comparisonCorpus();
    const { pages, skipped } = prerenderAddresses(splitCorpus(corpus).index, FEED);
    const expected = [
      '/',
      ...corpus.events.map((e) => `/events/${e.id}`),
      ...corpus.stories.map((s) => `/stories/${s.id}`),
      ...corpus.articles.map((a) => `/articles/${a.id}`),
      ...corpus.outlets.map((o) => `/outlets/${o.id}`),
    ];
    expect(pages.map((p) => p.path)).toEqual(expected);
    expect(pages.map((p) => p.file)).toEqual([
      'index.html',
      ...expected.slice(1).map((p) => `${p.slice(1)}/index.html`),
    ]);
    expect(skipped).toEqual([]);
    expect(pages[0]!.description).toBe(FEED);
  });

  it('describes each page from the corpus: an event by its title and the outlets that report it', () => {
    const corpus = comparisonCorpus();
    const event = corpus.events.find((e) => e.articleIds.length > 1)!;
    const page = prerenderAddresses(splitCorpus(corpus).index, FEED).pages.find(
      (p) => p.path === `/events/${event.id}`,
    )!;
    expect(page.description.startsWith(event.title)).toBe(true);
    for (const id of new Set(event.articleIds.map((a) => corpus.articles.find((x) => x.id === a)!.outletId)))
      expect(page.description).toContain(corpus.outlets.find((o) => o.id === id)!.name);
    expect(page.description.length).toBeLessThanOrEqual(160);
  });

  it('leaves to the shell every id that is not a plain file name, so no page is written outside its folder', () => {
    const hostile = ['../escape', 'a/b', 'a\\b', '.hidden', '..', 'with space', 'café', 'q?x=1', 'h#x', '50%', ''];
    const { pages, skipped } = prerenderAddresses(withIds(hostile), FEED);
    for (const folder of ['events', 'stories', 'outlets'] as const)
      expect(skipped.filter((s) => s.folder === folder).map((s) => s.id)).toEqual(hostile);
    const paths = new Set(pages.map((p) => p.path));
    for (const folder of PAGE_FOLDERS) for (const id of hostile) expect(paths.has(`/${folder}/${id}`)).toBe(false);
  });

  it('leaves out ids that differ only in case (one would overwrite the other where case is ignored)', () => {
    const { pages, skipped } = prerenderAddresses(withIds(['Case-1', 'case-1', 'plain.id_2~x']), FEED);
    expect(skipped.filter((s) => s.folder === 'events').map((s) => s.id)).toEqual(['Case-1', 'case-1']);
    expect(pages.map((p) => p.path)).toContain('/events/plain.id_2~x');
  });

  it('writes any id it keeps inside its own folder, at an address the browser sends as it is', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (id) => {
        const { pages } = prerenderAddresses(withIds([id]), FEED);
        for (const folder of PAGE_FOLDERS) {
          const page = pages.find((p) => p.path === `/${folder}/${id}`);
          if (!page) continue;
          expect(encodeURIComponent(id)).toBe(id);
          expect(normalize(join('/build', page.file))).toBe(`/build/${folder}/${id}/index.html`);
        }
      }),
    );
  });
});

describe('clip', () => {
  it('cuts a long text at a word, with an ellipsis, and leaves a short one alone', () => {
    expect(clip('short text')).toBe('short text');
    const long = 'word '.repeat(60);
    const cut = clip(long, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith('word…')).toBe(true);
  });
});

const TEMPLATE = `<!doctype html><html><head><meta name="description" content="A &amp; B" /><title>Parallax</title></head><body><div id="root"></div><script type="module" src="/assets/index.js"></script></body></html>`;

describe('pageHtml', () => {
  it('puts the markup in #root, marked with its address, and the escaped title and description in the head', () => {
    const html = pageHtml(TEMPLATE, {
      path: '/events/e-1',
      markup: '<h1>Vote &amp; count</h1>',
      title: 'Vote <b>“count”</b> · Parallax',
      description: 'Says "who" & when',
    });
    expect(html).toContain('<div id="root"><h1>Vote &amp; count</h1></div>');
    expect(html).toContain('<meta name="parallax-page" content="/events/e-1" />');
    expect(html).toContain('<title>Vote &lt;b&gt;“count”&lt;/b&gt; · Parallax</title>');
    expect(html).toContain('<meta name="description" content="Says &quot;who&quot; &amp; when" />');
    expect(html).toContain('<script type="module" src="/assets/index.js"></script>');
  });

  it('names the address in the tag the app reads it from', () => {
    const html = pageHtml(TEMPLATE, { path: '/stories/s-1', markup: '<p>x</p>', title: 't', description: 'd' });
    expect(prerenderedFor(new DOMParser().parseFromString(html, 'text/html'))).toBe('/stories/s-1');
    expect(prerenderedFor(new DOMParser().parseFromString(TEMPLATE, 'text/html'))).toBeUndefined();
  });

  it('keeps replacement patterns in the markup as text ($& and $1 are not special)', () => {
    const html = pageHtml(TEMPLATE, { path: '/', markup: '<p>$& $1 $$</p>', title: 't', description: 'd' });
    expect(html).toContain('<p>$& $1 $$</p>');
  });

  it('refuses a template with no empty #root', () => {
    expect(() =>
      pageHtml(TEMPLATE.replace('<div id="root"></div>', ''), { path: '/', markup: '', title: 't', description: 'd' }),
    ).toThrow('prerender: the built index.html has no <div id="root"></div>');
  });

  it('reads the shell description back unescaped', () => {
    expect(shellDescription(TEMPLATE)).toBe('A & B');
  });
});

describe('markupProblems', () => {
  it('finds an inline style attribute, which the CSP refuses, but not the same words in text', () => {
    expect(markupProblems('<div class="x" style="color:red">a</div>')).toEqual([
      'an inline style attribute (refused by the CSP)',
    ]);
    expect(markupProblems('<p>set style=&quot;x&quot; in &lt;b style="y"&gt;</p>')).toEqual([]);
  });

  it('finds a Suspense boundary the server left to the client', () => {
    expect(markupProblems('<!--$!--><template></template><p>Loading…</p><!--/$-->')).toEqual([
      'a Suspense boundary left to the client',
    ]);
    expect(markupProblems('<!--$--><h1>Events</h1><!--/$-->')).toEqual([]);
  });
});

describe('pageFileFor (the preview server’s routing)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-pages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const f of ['index.html', 'shell.html', 'events/e-1/index.html', 'assets/a.js']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), f);
  }

  it('answers a page’s address with its page, and any other address with the shell', () => {
    expect(pageFileFor(dir, '/')).toBe('/index.html');
    expect(pageFileFor(dir, '/events/e-1')).toBe('/events/e-1/index.html');
    expect(pageFileFor(dir, '/events/e-1/')).toBe('/events/e-1/index.html');
    expect(pageFileFor(dir, '/events/e-2')).toBe('/shell.html');
    expect(pageFileFor(dir, '/saved')).toBe('/shell.html');
  });

  it('leaves the build’s own files alone, and never looks outside the build', () => {
    expect(pageFileFor(dir, '/assets/a.js')).toBeNull();
    expect(pageFileFor(dir, '/../../etc/passwd')).toBeNull();
    expect(pageFileFor(dir, '/%2e%2e/%2e%2e/etc')).toBeNull();
    expect(pageFileFor(dir, '/%E0%A4%A')).toBeNull();
    expect(dir.endsWith(sep)).toBe(false);
  });
});

describe('startMode', () => {
  it('hydrates a page prerendered for this address with no query', () => {
    expect(startMode('/events/e-1', { pathname: '/events/e-1', search: '' })).toBe('hydrate');
    expect(startMode('/', { pathname: '/', search: '' })).toBe('hydrate');
  });

  it('renders anew, once the data is there, a page whose query changes what it shows', () => {
    expect(startMode('/', { pathname: '/', search: '?outlet=ap' })).toBe('replace');
  });

  it('renders at once over the shell, or over a page of another address a host fell back to', () => {
    expect(startMode(undefined, { pathname: '/saved', search: '' })).toBe('render');
    expect(startMode('/', { pathname: '/saved', search: '' })).toBe('render');
    expect(startMode('/events/e-1', { pathname: '/events/e-1/', search: '' })).toBe('render');
  });
});

describe('holdEarlyInput', () => {
  function page() {
    document.body.innerHTML =
      '<button id="b">Filter</button><a id="l" href="#x">link</a><input id="t" type="text" /><input id="c" type="checkbox" />';
    return {
      button: document.getElementById('b')!,
      link: document.getElementById('l')!,
      text: document.getElementById('t') as HTMLInputElement,
      check: document.getElementById('c') as HTMLInputElement,
    };
  }

  it('holds a tap on a control until the page is live, then replays it on the same element', () => {
    const { button } = page();
    const clicked = vi.fn();
    const held = holdEarlyInput(document);
    button.addEventListener('click', clicked);
    button.click();
    expect(clicked).not.toHaveBeenCalled();
    held.release();
    expect(clicked).toHaveBeenCalledTimes(1);
    button.click();
    expect(clicked).toHaveBeenCalledTimes(2);
  });

  it('keeps a held checkbox as it was (the app, once live, ticks it)', () => {
    const { check } = page();
    const held = holdEarlyInput(document);
    check.click();
    expect(check.checked).toBe(false);
    held.release();
    expect(check.checked).toBe(true);
  });

  it('holds shortcut keys and replays them in order; leaves Tab, typing and links to the browser', () => {
    const { link, text } = page();
    const keys: string[] = [];
    const held = holdEarlyInput(document);
    window.addEventListener('keydown', (e) => keys.push(e.key));
    const press = (target: EventTarget, key: string) =>
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    press(document.body, '/');
    press(document.body, 'j');
    press(document.body, 'Tab');
    press(text, 'a');
    expect(keys).toEqual(['Tab', 'a']);
    const followed = vi.fn();
    link.addEventListener('click', followed);
    link.click();
    expect(followed).toHaveBeenCalledTimes(1);
    held.release();
    expect(keys).toEqual(['Tab', 'a', '/', 'j']);
  });

  it('replays Enter on a focused button as its click when no handler takes the key', () => {
    const { button } = page();
    const clicked = vi.fn();
    button.addEventListener('click', clicked);
    const held = holdEarlyInput(document);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    held.release();
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it('holds a followed link once the app takes the page over, and follows it once live', () => {
    const { link } = page();
    const followed = vi.fn((e: MouseEvent) => e.defaultPrevented);
    link.addEventListener('click', followed);
    const held = holdEarlyInput(document);
    held.holdLinks();
    link.click();
    expect(followed).not.toHaveBeenCalled();
    // A click that opens another tab is the browser's, held or not.
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
    expect(followed).toHaveBeenCalledTimes(1);
    held.release();
    expect(followed).toHaveBeenCalledTimes(2);
    expect(followed.mock.results[1]!.value).toBe(false);
  });

  it('follows a held link by its address when the live page no longer has it', () => {
    const { link } = page();
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => {});
    try {
      const held = holdEarlyInput(document);
      held.holdLinks();
      link.click();
      link.remove();
      held.release();
      expect(assign).toHaveBeenCalledWith(new URL('#x', window.location.href).href);
    } finally {
      assign.mockRestore();
    }
  });

  it('drops what was aimed at an element the live page no longer has', () => {
    const { button } = page();
    const clicked = vi.fn();
    button.addEventListener('click', clicked);
    const held = holdEarlyInput(document);
    button.click();
    button.remove();
    held.release();
    expect(clicked).not.toHaveBeenCalled();
  });
});

describe('hasEarlyCorrections (the prerendered page’s first script)', () => {
  it('reads what the corrections store keeps', () => {
    expect(hasEarlyCorrections(localStorage)).toBe(false);
    useCorrectionsStore.getState().add({
      correction: { kind: 'detach', articleId: 'a-ki' as ArticleId },
      articleTitle: 'A report',
      fromTitle: 'An event',
    });
    expect(hasEarlyCorrections(localStorage)).toBe(true);
    useCorrectionsStore.getState().remove(useCorrectionsStore.getState().entries[0]!.id);
    expect(hasEarlyCorrections(localStorage)).toBe(false);
  });
});

describe('applyEarlyPrefs (the prerendered page’s first script)', () => {
  it('reads what the prefs store keeps: its key, version, themes and every text size', () => {
    for (const [step, size] of TEXT_SIZES.entries())
      for (const theme of ['light', 'dark'] as const) {
        usePrefsStore.getState().setTheme(theme);
        usePrefsStore.getState().setTextSize(step);
        const root = document.createElement('html');
        applyEarlyPrefs(localStorage, root);
        expect([root.dataset.theme, root.style.fontSize]).toEqual([theme, `${size}%`]);
      }
    usePrefsStore.getState().setTheme('system');
    const root = document.createElement('html');
    applyEarlyPrefs(localStorage, root);
    expect(root.dataset.theme).toBeUndefined();
    usePrefsStore.setState(usePrefsStore.getInitialState());
  });

  it('leaves the page alone for data it cannot vouch for: unreadable, another version, a size out of range', () => {
    for (const raw of [
      '{not json',
      JSON.stringify({ state: { theme: 'dark', textSize: 1 }, version: 99 }),
      JSON.stringify({ state: { theme: 'neon', textSize: 1.5 }, version: 1 }),
      JSON.stringify({ state: { theme: 'dark', textSize: 40 }, version: 1 }).replace('"dark"', '"sepia"'),
      'null',
    ]) {
      const root = document.createElement('html');
      applyEarlyPrefs({ getItem: (k) => (k === PREFS_KEY ? raw : null) }, root);
      expect([raw, root.dataset.theme, root.style.fontSize]).toEqual([raw, undefined, '']);
    }
  });
});
