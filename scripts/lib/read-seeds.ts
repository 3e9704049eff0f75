/**
 * Reads a seeds folder for the ingest: every input file (recursively, in a stable order) and
 * the editor's manifest.json, outlets.json, grouping.json and place-names.json beside them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  checkManifestOutlets,
  ConfigError,
  parseGroupingFile,
  parseManifest,
  parsePlaceNames,
  parseRegistry,
} from '../../src/core/ingest/config';
import { CONFIG_FILES, type IngestOptions } from '../../src/core/ingest/ingest';
import type { InputFile } from '../../src/core/types';

export interface SeedsFolder {
  files: InputFile[];
  options: IngestOptions;
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
}

/** Throws ConfigError (exit 2 in the CLI) for a missing folder or a malformed manifest or registry. */
export function readSeeds(dir: string): SeedsFolder {
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    throw new ConfigError(`${dir}: the seeds folder does not exist or cannot be read`);
  }
  if (!stat.isDirectory()) throw new ConfigError(`${dir}: --seeds must be a folder`);
  const paths: string[] = [];
  walk(dir, paths);
  const options: IngestOptions = {};
  const files: InputFile[] = [];
  for (const full of paths) {
    const rel = relative(dir, full).split(sep).join('/');
    if (CONFIG_FILES.has(rel)) continue;
    files.push({ path: rel, bytes: new Uint8Array(readFileSync(full)) });
  }
  const registryPath = join(dir, 'outlets.json');
  const manifestPath = join(dir, 'manifest.json');
  const text = (p: string) => readFileSync(p, 'utf8');
  try {
    options.registry = parseRegistry(registryPath, text(registryPath));
  } catch (e) {
    if (e instanceof ConfigError) throw e;
  }
  try {
    options.manifest = parseManifest(manifestPath, text(manifestPath));
  } catch (e) {
    if (e instanceof ConfigError) throw e;
  }
  const groupingPath = join(dir, 'grouping.json');
  try {
    options.corrections = parseGroupingFile(groupingPath, text(groupingPath));
  } catch (e) {
    if (e instanceof ConfigError) throw e;
  }
  const placeNamesPath = join(dir, 'place-names.json');
  try {
    options.placeNames = parsePlaceNames(placeNamesPath, text(placeNamesPath));
  } catch (e) {
    if (e instanceof ConfigError) throw e;
  }
  if (options.manifest) checkManifestOutlets(manifestPath, options.manifest, options.registry ?? []);
  return { files, options };
}
