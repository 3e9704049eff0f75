/**
 * A worker thread running one of the scripts' TypeScript modules. The module is TypeScript:
 * the worker registers tsx's loader before importing it, as `tsx` does for the scripts (a
 * worker does not inherit its parent's loader).
 */
import { setFlagsFromString } from 'node:v8';
import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';

/** `module`: a URL (`new URL('./x.ts', import.meta.url)`). */
export function startTsWorker(
  module: URL,
  workerData: unknown,
  transferList: readonly Transferable[] = [],
  resourceLimits?: ResourceLimits,
): Worker {
  const loader = typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
  // The engine's flags are the process's, and a young generation given on the command line (the
  // ingest's `--max-semi-space-size=64`, for its own thread) overrides a worker's `resourceLimits`:
  // cleared here (the threads already made keep theirs), a worker's young generation is its
  // limits' or the engine's default. Inherited, each extraction worker held 128 MB of young
  // generation, not 24; at 100,000 articles the ingest's peak while extracting was 200 MB higher.
  setFlagsFromString('--max-semi-space-size=0');
  const code = `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(code, {
    eval: true,
    workerData,
    transferList: [...transferList],
    ...(resourceLimits ? { resourceLimits } : {}),
  });
}
