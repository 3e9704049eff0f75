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
