/**
 * The engine's full garbage collection, for the points of the ingest and the build where much
 * memory has just become garbage and the process is about to make more, or to wait (the build
 * waits for the prerender's process): collected then, not whenever the engine next looks, it is
 * not held beside what comes next.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * The engine's full garbage collection, without starting Node with --expose-gc: the flag is set
 * for as long as a new context takes to be made, which then has `gc` (as Jest's leak detection
 * reaches it).
 */
export function fullCollection(): () => void {
  setFlagsFromString('--expose-gc');
  try {
    return runInNewContext('gc') as () => void;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}
