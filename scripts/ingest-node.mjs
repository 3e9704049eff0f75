/**
 * node scripts/ingest-node.mjs <script.ts> [args...]
 * Runs one of the ingest's TypeScript scripts (`npm run ingest` runs scripts/ingest.ts; the
 * benchmark's ingest runs go through it too) in a Node process set up for the ingest, and stops
 * as that process stops (its exit code, or its signal).
 *
 * - A young generation of 64 MB, not 16: the many short-lived objects of grouping and comparison
 *   die young (at 100,000 articles, grouping and comparison 146 → 134 s). Worker threads keep
 *   their own (`scripts/lib/ts-worker.ts`).
 * - The C library's allocator (glibc's; others ignore the variable) takes buffers of 64 KB and
 *   more straight from the system and gives them back when they are freed. By default it raises
 *   that threshold with each large buffer freed, up to 32 MB, and then keeps freed buffers for
 *   reuse: the grouping's tables and the workers' batches stayed in the process after use. At
 *   100,000 articles, regrouping peaked at 2,574 MB with the default and 2,367 MB with 64 KB,
 *   for the same CPU time. A value already set in the environment is kept.
 */
import { spawn } from 'node:child_process';

const NODE_FLAGS = ['--max-semi-space-size=64'];
const ENV = { MALLOC_MMAP_THRESHOLD_: '65536' };

const [script, ...args] = process.argv.slice(2);
if (!script) {
  process.stderr.write('ingest-node: usage: node scripts/ingest-node.mjs <script.ts> [args...]\n');
  process.exit(2);
}
const child = spawn(process.execPath, [...NODE_FLAGS, '--import', 'tsx', script, ...args], {
  stdio: 'inherit',
  env: { ...ENV, ...process.env },
});
// Ctrl-C reaches both processes: this one passes a signal on and waits for the script to stop.
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const pass = (signal) => child.kill(signal);
for (const s of signals) process.on(s, pass);
child.on('error', (e) => {
  process.stderr.write(`ingest-node: could not start Node for ${script}: ${e.message}\n`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  if (signal) {
    for (const s of signals) process.off(s, pass);
    process.kill(process.pid, signal);
  } else process.exit(code ?? 1);
});
