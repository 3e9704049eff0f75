import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { SECURITY_HEADERS } from './scripts/security-headers';
import { WHOLE_INDEX_AHEAD_BYTES } from './src/core/corpus-parts';
import { corpusPlugin, EVENT_FOLDER } from './scripts/vite-plugin-corpus';
import { prerenderPlugin } from './scripts/lib/prerender-plugin';
import { PAGE_FOLDERS } from './scripts/lib/prerender-pages';
import { SHARD_FOLDER } from './src/core/search-shards';

/**
 * The largest corpus (and, separately, search index) the service worker precaches. Up to this size (about 4,000 articles of
 * the seeds' length) every event is available offline after the first visit, at the cost of
 * downloading it in the background on install. A larger corpus is cached when it is first
 * loaded, and the reader can ask for it explicitly (docs/offline.md).
 */
export const CORPUS_PRECACHE_LIMIT_BYTES = Number(process.env.PARALLAX_PRECACHE_LIMIT ?? 16 * 1024 * 1024);
/**
 * Workbox's own size limit, above which it fails the build: set out of reach, since which data
 * files are precached is decided by size below (`manifestTransforms`), and the rest of the shell
 * is always precached, whatever its size.
 */
const SHELL_FILE_LIMIT_BYTES = 2 ** 31;
/** The search index's shards (core/search-shards.ts), beside its head. */
const SEARCH_SHARD = new RegExp(`assets/${SHARD_FOLDER}/[\\w-]+\\.json$`);
/** The search index's head and shards. */
const SEARCH_FILE = new RegExp(`(assets/${SHARD_FOLDER}/[\\w-]+|search-index-[\\w-]+)\\.json$`);

export default defineConfig({
  plugins: [
    react(),
    corpusPlugin({ seeds: process.env.PARALLAX_SEEDS ?? 'seeds' }),
    prerenderPlugin(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // Registered by src/lib/sw-register.ts, through a Trusted Types policy.
      injectRegister: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,json,png,svg,txt}'],
        // The shell, the feed and the corpus's index are precached; the other prerendered pages
        // (one per event, story, article and outlet) are not: offline, the worker answers them with
        // the shell. Each event's file is kept when it is read (src/sw/sw.ts), not installed ahead.
        globIgnores: ['**/node_modules/**/*', ...PAGE_FOLDERS.map((f) => `${f}/**`), `assets/${EVENT_FOLDER}/**`],
        maximumFileSizeToCacheInBytes: SHELL_FILE_LIMIT_BYTES,
        manifestTransforms: [
          async (entries) => {
            // The search index's shards are precached all or none: all while the whole index
            // stays under the limit (search then works offline for any word); else each is kept
            // when a query first reads it (src/sw/sw.ts), and offline search knows those words.
            const searchBytes = entries.filter((e) => SEARCH_FILE.test(e.url)).reduce((sum, e) => sum + e.size, 0);
            return {
              manifest: entries.filter(
                (e) =>
                  !(SEARCH_SHARD.test(e.url) && searchBytes > CORPUS_PRECACHE_LIMIT_BYTES) &&
                  !(/(corpus|search-index)-[\w-]+\.json$/.test(e.url) && e.size > CORPUS_PRECACHE_LIMIT_BYTES) &&
                  // The whole index is precached when the app loads it ahead (lib/corpus-context.tsx);
                  // a larger one is kept when first loaded, like any hashed file.
                  !(
                    /\/index-[\w-]+\.json$/.test(e.url) &&
                    e.size > Math.min(WHOLE_INDEX_AHEAD_BYTES, CORPUS_PRECACHE_LIMIT_BYTES)
                  ),
              ),
              warnings: [],
            };
          },
        ],
        rollupFormat: 'iife',
      },
      manifest: {
        name: 'Parallax: one event, many outlets',
        short_name: 'Parallax',
        description: 'Read one news event through many outlets, side by side.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1d3557',
        background_color: '#fbfaf7',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    outDir: process.env.PARALLAX_OUT ?? 'dist',
    // .vite/manifest.json: which chunks each page loads first (size budgets, benchmarks).
    manifest: true,
    // A large seeds folder makes the corpus plugin and the prerender slow by nature (they ingest
    // and render every page); the bundler's notice that they took long would only alarm.
    rolldownOptions: {
      checks: { bundlerTimings: false },
      output: {
        // Fewer, larger chunks for what every page loads first: each chunk costs a request and
        // compresses on its own (the event page's app code was 20 KB gzip in 13 files, 16 KB as
        // one). Every page gets the stack (React, the router, the store) and the app's start as
        // one chunk each; the prerendered page's boot script keeps only what it needs before the
        // first paint; the small components shared by several routes go together.
        codeSplitting: {
          groups: [
            {
              name: 'start-mode',
              test: /[\\/]src[\\/]app[\\/](start-mode|early-input|early-state)\.ts$|vite[\\/]preload-helper/,
              priority: 3,
            },
            {
              name: 'stack',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|zustand|cookie|set-cookie-parser)[\\/]/,
              priority: 2,
            },
            {
              name: 'main',
              tags: ['$initial'],
              test: (id: string) => /[\\/]src[\\/]/.test(id) && !/[\\/]src[\\/]app[\\/]boot\.ts$/.test(id),
              priority: 1,
            },
            {
              name: 'shared',
              test: /[\\/]src[\\/](components|lib|core[\\/]text)[\\/][^\\/]+\.tsx?$/,
              minShareCount: 3,
              maxModuleSize: 3000,
            },
          ],
        },
      },
    },
  },
  preview: { headers: SECURITY_HEADERS },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20_000,
  },
});
