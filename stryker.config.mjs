// Mutation testing of the pipeline (`npm run mutation`, docs/benchmarks.md "Mutation testing").
// Not part of `npm test` or CI: a full run takes hours on two cores. Limit a run to one folder
// while working with `--mutate 'src/core/group/**/*.ts' --incrementalFile reports/mutation/group.json`
// (a narrowed run's incremental file holds that folder only, so give it its own file), and its
// tests with `--testFiles a.test.ts,b.test.ts` (one comma-separated list: a repeated flag keeps
// only the last). scripts/mutation-report.ts merges such reports into docs/benchmarks.md.
import process from 'node:process';

// The vitest runner has no option for Vite's config loader (`npm test` uses `--configLoader
// runner`), so it loads vite.config.ts with Vite's default bundling loader, whose only output is
// a notice about a future loader. The test runner processes inherit this environment.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['src/core/**/*.ts', '!src/core/**/*.d.ts'],
  testRunner: 'vitest',
  vitest: {
    // The unit tests of the pipeline, without the app's plugins and test setup (the view tests
    // load the whole React app per file); the browser tests are never run here.
    configFile: 'vitest.mutation.config.ts',
  },
  coverageAnalysis: 'perTest',
  // A mutant in a module's top-level code (a regex, a word list) takes effect only when the
  // module loads, so Stryker reruns every related test file for it (a minute a mutant here), and
  // most mutants count as such since test files build fixtures at load time. Ignoring them runs a
  // mutant that tests also reach with only those tests; one reached only at load is "Ignored".
  // PARALLAX_MUTATE_STATIC=1 tests them too: narrow such a run to a few lines
  // (`--mutate src/core/extract/regions.ts:9-22`).
  ignoreStatic: process.env.PARALLAX_MUTATE_STATIC !== '1',
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { reportTests: false, reportMutants: false },
  // The machine is shared: one test process at a time.
  concurrency: 1,
  // A loaded machine makes test times jumpy; a mutant is a timeout only well past the normal run.
  timeoutMS: 20_000,
  dryRunTimeoutMinutes: 30,
  // Not needed by the tests; scripts/tmp-* come and go while others work.
  ignorePatterns: ['dist', 'dist-*', 'reports', 'coverage', 'test-results', 'scripts/tmp-*'],
  // Vitest does not type-check, so the sandbox's files need no `// @ts-nocheck`.
  disableTypeChecks: false,
  tempDirName: '.stryker-tmp',
  // stryker.log (git-ignored) gets each run's summary; scripts/mutation-report.ts reads its run time.
  fileLogLevel: 'info',
};
