/**
 * A worker thread running one of the scripts' TypeScript modules. The module is TypeScript:
 * the worker registers tsx's loader before importing it, as `tsx` does for the scripts (a
 * worker does not inherit its parent's loader).
 */
import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';

/** `module`: a URL (`new URL('./x.ts', import.meta.url)`). */
export function startTsWorker(
  module: URL,
  workerData: unknown,
  transferList: readonly Transferable[] = [],
  resourceLimits?: ResourceLimits,
): Worker {
  const loader = typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
  const code = `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(code, {
    eval: true,
    workerData,
    transferList: [...transferList],
    ...(resourceLimits ? { resourceLimits } : {}),
  });
}

/**
 * The old generation of each worker thread of the ingest, in MB. V8 lets a heap grow up to four
 * times what was live at its last full collection when its limit is 2 GB or more (Node's default
 * here), at most twice below it: an extraction worker, 80–120 MB live at 100,000 files, grew to
 * 600–670 MB, and now to 360–410 MB (the process at the end of extraction 2.74 → 2.25 GB). A
 * file that needs more than that stops its worker, and its batch is extracted in the ingest's
 * thread, whose heap is not limited so (`inWorkers` in `ingest-folder.ts`); a worker of
 * `ingest-threads.ts` that stops leaves its part to that thread too.
 */
export const WORKER_OLD_MB = 2000;
