import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { SECURITY_HEADERS } from './scripts/security-headers';
import { corpusPlugin } from './scripts/vite-plugin-corpus';

/**
 * The largest file the service worker precaches. The corpus is one file; up to this size
 * (about 20,000 articles) every event is available offline after the first visit. A larger
 * corpus is cached when first loaded instead (docs/offline.md).
 */
export const PRECACHE_LIMIT_BYTES = 16 * 1024 * 1024;

export default defineConfig({
  plugins: [
    react(),
    corpusPlugin({ seeds: process.env.PARALLAX_SEEDS ?? 'seeds' }),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // Registered by src/lib/sw-register.ts, through a Trusted Types policy.
      injectRegister: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,json,png,svg,txt}'],
        maximumFileSizeToCacheInBytes: PRECACHE_LIMIT_BYTES,
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
  build: { target: 'es2022', sourcemap: true, outDir: process.env.PARALLAX_OUT ?? 'dist' },
  preview: { headers: SECURITY_HEADERS },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20_000,
  },
});
