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

/** An input file of a seeds folder: where it is on disk, and its path relative to the folder. */
export interface SeedFileRef {
  full: string;
  /** Relative to the seeds folder, with forward slashes (the corpus's `sources[].file`). */
  path: string;
}

/**
 * The input files of a seeds folder, without reading them: every file below it (in a stable
 * order) but hidden ones and the editor's files. Throws ConfigError for a missing folder.
 */
export function listSeedFiles(dir: string): SeedFileRef[] {
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    throw new ConfigError(`${dir}: the seeds folder does not exist or cannot be read`);
  }
  if (!stat.isDirectory()) throw new ConfigError(`${dir}: --seeds must be a folder`);
  const paths: string[] = [];
  walk(dir, paths);
  const files: SeedFileRef[] = [];
  for (const full of paths) {
    const rel = relative(dir, full).split(sep).join('/');
    if (!CONFIG_FILES.has(rel)) files.push({ full, path: rel });
  }
  return files;
}

/** Throws ConfigError (exit 2 in the CLI) for a missing folder or a malformed manifest or registry. */
export function readSeeds(dir: string): SeedsFolder {
  const files: InputFile[] = listSeedFiles(dir).map((f) => ({
    path: f.path,
    bytes: new Uint8Array(readFileSync(f.full)),
  }));
  return { files, options: readSeedsOptions(dir) };
}

/**
 * The editor's files of a seeds folder (outlets.json, manifest.json, grouping.json,
 * place-names.json) as ingest options; a missing one is left out. Throws ConfigError for a
 * malformed one.
 */
export function readSeedsOptions(dir: string): IngestOptions {
  const options: IngestOptions = {};
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
  return options;
}
