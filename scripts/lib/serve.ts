/**
 * Serving production builds (browser tests, Lighthouse): `vite preview` (with the same security
 * headers as `npm start`) on a loopback port, as a process whose PID is the server itself.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');
/**
 * Vite reads vite.config.ts with its module runner, which takes the config's TypeScript imports
 * as they are (the default loader bundles it and warns about every extensionless import).
 */
export const CONFIG_LOADER = ['--configLoader', 'runner'] as const;

/**
 * A production build of the app (`vite build`), with `env` on top of this process's: e.g.
 * `PARALLAX_SEEDS` for another seeds folder and `PARALLAX_OUT` for another output folder.
 */
export function buildApp(env: Record<string, string> = {}): void {
  execFileSync(process.execPath, [VITE, 'build', ...CONFIG_LOADER, '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test, which would give a development build of React.
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`e2e: ${url} did not answer within ${ms} ms`);
}

export interface Served {
  base: string;
  stop: () => Promise<void>;
}

/** Serves the build in `outDir` on `port`; resolves once it answers. */
export async function servePreview(outDir: string, port: number): Promise<Served> {
  const server: ChildProcess = spawn(
    process.execPath,
    [
      VITE,
      'preview',
      ...CONFIG_LOADER,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      outDir,
    ],
    { cwd: ROOT, stdio: 'ignore' },
  );
  // The server never outlives the process that started it: a run that fails or is cut short
  // before it calls `stop` would leave it holding the port.
  const killOnExit = () => server.kill();
  process.once('exit', killOnExit);
  const stop = () =>
    new Promise<void>((resolve) => {
      process.off('exit', killOnExit);
      if (server.exitCode !== null || server.signalCode !== null) return resolve();
      server.once('exit', () => resolve());
      server.kill();
    });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(base, 30_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { base, stop };
}
