/**
 * A static host in miniature, for benchmarks: serves a build folder as a CDN would (gzip for
 * text, the security headers of docs/deploy.md, a prerendered `path/index.html` when there is
 * one and the app shell otherwise). `vite preview` sends files uncompressed, which would make
 * every page look slower than it is on any real host.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SECURITY_HEADERS } from '../security-headers';
import { SHELL_FILE } from './prerender-pages';
import type { Served } from './serve';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.map']);

/** The file a request path is answered with: the file itself, a prerendered page, or the shell. */
export function resolveStatic(dir: string, urlPath: string): string {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [path, `${path}.html`, join(path, 'index.html')]) {
    const file = join(dir, candidate);
    if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) return file;
  }
  // Any other address is the app's: the shell (a build without prerendered pages has only index.html).
  const shell = join(dir, SHELL_FILE);
  return existsSync(shell) ? shell : join(dir, 'index.html');
}

/** Serves `dir` on `port` (loopback) until `stop()`. */
export function serveStatic(dir: string, port: number): Promise<Served> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const file = resolveStatic(dir, req.url ?? '/');
    const ext = extname(file);
    // Vite names everything under assets/ by its content hash.
    const hashed = file.startsWith(join(dir, 'assets'));
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    let body: Buffer = readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let z = gzipped.get(file);
      if (!z) gzipped.set(file, (z = gzipSync(body, { level: 9 })));
      body = z;
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    res.writeHead(200, { ...headers, 'Content-Length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        base: `http://127.0.0.1:${port}`,
        stop: () => new Promise<void>((done) => server.close(() => done())),
      }),
    );
  });
}
