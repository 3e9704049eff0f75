/**
 * What a page of the build loads before it can show anything: the entry chunk, the chunks it
 * imports statically, the route's own chunk when the route is split off, and their CSS, read
 * from Vite's build manifest (`build.manifest`). Used by the size budgets and the benchmarks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export const MANIFEST = '.vite/manifest.json';

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, MANIFEST), 'utf8')) as Manifest;
}

/** The files (relative to `dist`) of `entries` and everything they import statically. */
export function firstViewFiles(manifest: Manifest, entries: readonly string[]): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`first-view: "${key}" is not in the build manifest`);
    if (js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    for (const i of chunk.imports ?? []) visit(i);
  };
  for (const e of entries) visit(e);
  return { js: [...js], css: [...css] };
}

export function gzipBytes(dist: string, files: readonly string[]): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
}
