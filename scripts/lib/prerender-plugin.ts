/**
 * Prerenders every page at build time, so that its content paints before any script runs and
 * reads without script. Once the client build is written, scripts/prerender.ts is built for Node
 * with the app's route components (a Vite SSR build, given the same corpus plugin instance, so
 * `virtual:parallax-corpus` names the same files) and run in a process of its own over the build
 * folder: it renders each address with react-dom/server over the built corpus into a copy of the
 * built index.html (scripts/lib/prerender-pages.ts). It runs in `writeBundle`, before the service
 * worker's precache list is made (vite-plugin-pwa, `closeBundle`), so every build path
 * (`npm run build`, `npm start`, the browser tests, the benchmarks) writes the same.
 *
 * `vite preview` is taught the routing a static host is given (docs/deploy.md): a page's address
 * is answered with its prerendered file, any other navigation with the shell.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import type { PrerenderSummary } from '../prerender';
import { fullCollection } from './full-collection';
import { type BootScript, SHELL_FILE } from './prerender-pages';

const PRERENDER_ENTRY = 'scripts/prerender.ts';
/** The prerendered pages' first script (the shell's is index.html's own entry, src/app/main.tsx). */
const BOOT_ENTRY = 'src/app/boot.ts';
/** The corpus plugin (scripts/vite-plugin-corpus.ts), reused so the server build reads the same corpus files. */
const CORPUS_PLUGIN = 'parallax-corpus';

/**
 * Builds the prerender for Node into a folder of its own (inside node_modules, so it finds the
 * app's dependencies there) and runs it over `outDir`.
 */
async function prerenderSite(config: ResolvedConfig, outDir: string, boot: BootScript): Promise<PrerenderSummary> {
  const corpus = config.plugins.find((p) => p.name === CORPUS_PLUGIN);
  if (!corpus) throw new Error(`prerender: the "${CORPUS_PLUGIN}" plugin is not in the build`);
  const dir = join(config.root, 'node_modules/.cache', `parallax-prerender-${process.pid}-${Date.now()}`);
  try {
    await build({
      configFile: false,
      root: config.root,
      mode: config.mode,
      logLevel: 'warn',
      publicDir: false,
      plugins: [react(), corpus],
      build: {
        ssr: PRERENDER_ENTRY,
        outDir: dir,
        emptyOutDir: true,
        minify: false,
        sourcemap: false,
        target: 'node20',
        // It waits for the corpus plugin, slow by nature for a large seeds folder: the bundler's
        // notice that it took long would only alarm (as in the app's build, vite.config.ts).
        rolldownOptions: { output: { entryFileNames: 'prerender.mjs' }, checks: { bundlerTimings: false } },
      },
    });
    // This process waits, allocating nothing, while the prerender's runs: what the build let go
    // (the ingest's corpus, the search index: gigabytes at 100,000 articles) would stay in it.
    fullCollection()();
    const out = execFileSync(process.execPath, [join(dir, 'prerender.mjs'), outDir, JSON.stringify(boot)], {
      cwd: config.root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      // The route components are rendered by the production build of React.
      env: { ...process.env, NODE_ENV: 'production' },
    });
    return JSON.parse(out.trim().split('\n').pop()!) as PrerenderSummary;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The file that answers a navigation to `pathname` in the build at `dir`: the page prerendered
 * for it, or the shell; null for a file of the build itself (served as it is) or an address
 * outside the build.
 */
export function pageFileFor(dir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const file = normalize(join(dir, decoded));
  if (file !== dir && !file.startsWith(dir + sep)) return null;
  if (existsSync(file) && statSync(file).isFile()) return null;
  const page = join(file, 'index.html');
  if (existsSync(page))
    return `/${page
      .slice(dir.length + 1)
      .split(sep)
      .join('/')}`;
  return `/${SHELL_FILE}`;
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  let bootRef: string | null = null;
  let boot: BootScript | null = null;
  const isClientBuild = () => config.command === 'build' && !config.build.ssr;
  return {
    name: 'parallax-prerender',
    configResolved(c) {
      config = c;
    },
    buildStart() {
      if (isClientBuild()) bootRef = this.emitFile({ type: 'chunk', id: BOOT_ENTRY, name: 'boot' });
    },
    generateBundle(_options, bundle) {
      if (!bootRef) return;
      const file = this.getFileName(bootRef);
      const chunk = bundle[file];
      const imports = chunk?.type === 'chunk' ? chunk.imports : [];
      boot = { src: `${config.base}${file}`, imports: imports.map((f) => `${config.base}${f}`) };
    },
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler(options) {
        if (!isClientBuild() || !options.dir) return;
        if (!boot) throw new Error('prerender: the boot script was not built');
        const { pages, skipped, feedBytes } = await prerenderSite(config, options.dir, boot);
        config.logger.info(
          `prerender: ${pages} pages (the feed's ${(feedBytes / 1024).toFixed(1)} KB)` +
            (skipped.length ? `; left to the shell: ${skipped.join(', ')}` : ''),
        );
      },
    },
    configurePreviewServer(server) {
      const dir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, _res, next) => {
        // As Vite's own fallback: a request that takes HTML, or anything, may be a navigation.
        const accept = req.headers.accept ?? '';
        const html = accept === '' || accept.includes('text/html') || accept.includes('*/*');
        if ((req.method === 'GET' || req.method === 'HEAD') && html && req.url) {
          const [pathname = '/', query] = req.url.split(/\?(.*)/s);
          const file = pageFileFor(dir, pathname);
          if (file) req.url = query === undefined ? file : `${file}?${query}`;
        }
        next();
      });
    },
  };
}
