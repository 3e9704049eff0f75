import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { corpusPlugin } from './scripts/vite-plugin-corpus';

export default defineConfig({
  plugins: [react(), corpusPlugin({ seeds: 'seeds' })],
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20_000,
  },
});
