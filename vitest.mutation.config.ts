import { defineConfig } from 'vitest/config';

/**
 * The unit tests of the pipeline as mutation testing runs them (stryker.config.mjs). Stryker reruns
 * a mutant's covering test files once per mutant, so each file's fixed cost counts thousands of
 * times: this config leaves out the app's plugins and tests/setup.ts (which loads the whole React
 * app for the view tests), and with them the view tests (`.tsx`): they render what the pipeline made
 * and pin none of its rules.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: [
      // Runs the pipeline in child processes, which Stryker's active mutant never reaches.
      'tests/unit/cli.test.ts',
      // The app's build step, which takes a finished corpus.
      'tests/unit/prerender.test.ts',
    ],
    environment: 'node',
    // One module graph for all files of a run: each file's own copy of src/core cost more than
    // its tests (a run of the extraction tests: 12.9 s isolated, 4.8 s shared). The pipeline's
    // modules keep no state between calls, so the files cannot see each other's.
    isolate: false,
    testTimeout: 20_000,
  },
});
