import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** One folder per user-facing capability (STYLE.md). */
const FEATURES = readdirSync(join(import.meta.dirname, 'src/features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'reports', 'coverage', '.stryker-tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Plain modules Node runs as they are (scripts/ingest-node.mjs, the tools' configurations).
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      // Zod is set up once (no `new Function` under the CSP) in src/core/zod.ts.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: 'Import { z } from src/core/zod.ts, which sets Zod up for the CSP.' }] },
      ],
      // Imports flow one way: core -> components/lib -> features -> app (STYLE.md).
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/core',
              from: ['./src/app', './src/features', './src/components', './src/lib', './src/sw', './scripts'],
              message: 'src/core is pure: it imports nothing from the views, the browser glue or the scripts.',
            },
            {
              target: ['./src/components', './src/lib'],
              from: ['./src/app', './src/features'],
              message: 'components and lib sit below features and app.',
            },
            { target: './src/features', from: './src/app', message: 'features do not import the app.' },
            ...FEATURES.map((f) => ({
              target: `./src/features/${f}`,
              from: './src/features',
              except: [`./${f}`],
              message: 'features do not import each other; routes compose them.',
            })),
            {
              target: './src/sw',
              from: ['./src/app', './src/features', './src/components', './src/lib', './scripts'],
              message: 'the service worker is its own entry: it imports no part of the page.',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/core/zod.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'localStorage', 'process'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass a clock in.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Pass a seed in.',
        },
      ],
    },
  },
);
