/**
 * The ingest as its callers know it: every input file to one corpus. The work is done stage by
 * stage in `../pipeline.ts`; this module keeps the name the scripts and tests call it by.
 */
import { runPipeline, type PipelineOptions } from '../pipeline';
import type { Corpus, InputFile } from '../types';

export { MIN_ARTICLE_WORDS } from './extract-inputs';

export type IngestOptions = PipelineOptions;

/** The editor's files, read by the caller, not articles. */
export const CONFIG_FILES = new Set(['manifest.json', 'outlets.json', 'grouping.json', 'place-names.json']);

export function ingest(files: readonly InputFile[], options: IngestOptions = {}): Corpus {
  return runPipeline(files, options);
}
