/**
 * Size budgets of the first view, checked on every build the browser tests make (the reviewed
 * seeds): what `/` and an event page load before they can show anything, gzip, from Vite's
 * build manifest. A budget is raised only on purpose, with the reason in the commit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstViewFiles, gzipBytes, readManifest } from '../../scripts/lib/first-view';
import { ROOT } from '../../scripts/lib/serve';

/** Bytes, gzip level 9. */
export const BUDGETS = {
  /**
   * What a prerendered page runs before its first paint: the boot script and what it imports
   * (src/app/boot.ts); the app's code is asked for only after that paint.
   */
  bootJs: 3_500,
  /**
   * 108,000 until the page's error boundary and the notice of a part that could not be loaded
   * (components/page-error.tsx, load-notice.tsx: about 0.3 KB) were added; still about ×1.10
   * the bare page's script (bench:web in docs/benchmarks.md), below the ×1.15 allowed.
   */
  feedJs: 108_500,
  eventJs: 110_500,
  css: 6_000,
  /**
   * The data the feed fetches before it can render: the index's head (core/corpus-parts.ts
   * `corpusHead`), at most `HEAD_EVENTS` events whatever the corpus's size.
   */
  data: 3_000,
  /** The data the largest event's page fetches: the index's head and that event's file. */
  eventData: 8_000,
};

const dist = join(ROOT, 'dist');
const manifest = readManifest(dist);
const feed = firstViewFiles(manifest, ['index.html', 'src/app/routes/home.tsx']);
const event = firstViewFiles(manifest, ['index.html', 'src/app/routes/event.tsx']);

describe('first-view size budgets (production build of the reviewed seeds)', () => {
  it(`runs at most ${BUDGETS.bootJs} bytes of script before a prerendered page's first paint, none of the app's own`, () => {
    const boot = firstViewFiles(manifest, ['src/app/boot.ts']);
    expect(gzipBytes(dist, boot.js)).toBeLessThanOrEqual(BUDGETS.bootJs);
    // Not the app's start: none of the chunks the shell's entry imports.
    const start = manifest['index.html']!.imports!.map((k) => manifest[k]!.file);
    for (const f of start) expect(boot.js).not.toContain(f);
  });

  it(`loads at most ${BUDGETS.feedJs} bytes of script for the feed`, () => {
    expect(gzipBytes(dist, feed.js)).toBeLessThanOrEqual(BUDGETS.feedJs);
  });

  it(`loads at most ${BUDGETS.eventJs} bytes of script for an event page, and the comparison views only there`, () => {
    expect(gzipBytes(dist, event.js)).toBeLessThanOrEqual(BUDGETS.eventJs);
    // Each page carries its own route's code, not the other's.
    expect(feed.js).not.toContain(manifest['src/app/routes/event.tsx']!.file);
    expect(event.js).not.toContain(manifest['src/app/routes/home.tsx']!.file);
    // What waits for the reader: the grouping editor (behind Edit grouping), the offline line.
    for (const later of ['src/features/events/edit-grouping.tsx', 'src/components/offline-badge.tsx'])
      expect(event.js).not.toContain(manifest[later]!.file);
    // An event's page opens on its coverage: the other views' code loads when one is asked for.
    for (const view of ['quotes', 'facts', 'sources'])
      expect(event.js).not.toContain(manifest[`src/features/compare/${view}-view.tsx`]!.file);
  });

  it('loads no schema validation before either page is live: stored state and corpus files are checked after (lib/index-check.ts)', () => {
    const validates = (file: string) => readFileSync(join(dist, file), 'utf8').includes('$ZodObject');
    expect(readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && validates(`assets/${f}`))).not.toEqual(
      [],
    );
    expect([...feed.js, ...event.js].filter(validates)).toEqual([]);
  });

  it(`loads at most ${BUDGETS.css} bytes of style for either page`, () => {
    expect(gzipBytes(dist, feed.css)).toBeLessThanOrEqual(BUDGETS.css);
    expect(gzipBytes(dist, event.css)).toBeLessThanOrEqual(BUDGETS.css);
  });

  it(`fetches at most ${BUDGETS.eventData} bytes of data for the largest event's page: the index and its own file`, () => {
    const index = readdirSync(join(dist, 'assets')).find((f) => /^corpus-[\w-]+\.json$/.test(f))!;
    const events = readdirSync(join(dist, 'assets/events'));
    expect(events.length).toBeGreaterThan(1);
    const largest = Math.max(...events.map((f) => gzipBytes(dist, [`assets/events/${f}`])));
    expect(gzipBytes(dist, [`assets/${index}`]) + largest).toBeLessThanOrEqual(BUDGETS.eventData);
  });

  it(`fetches at most ${BUDGETS.data} bytes of data before the first view renders`, () => {
    const data = readdirSync(join(dist, 'assets')).filter((f) => /^corpus-[\w-]+\.json$/.test(f));
    expect(data).toHaveLength(1);
    expect(
      gzipBytes(
        dist,
        data.map((f) => `assets/${f}`),
      ),
    ).toBeLessThanOrEqual(BUDGETS.data);
  });
});
