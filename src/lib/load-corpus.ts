import { versionProblem } from '../core/schema-version';
import type { CorpusIndex } from '../core/types';
import { checkOffThread } from './index-check';
import type { CorpusFileKind } from './index-check-text';
import { reportRequestFailure, reportRequestSuccess } from './online-status';

/** What a failed load says, in words a reader understands. */
export interface LoadWords {
  /** The network did not answer. */
  unreachable: string;
  /** "…could not be loaded", followed by the HTTP status. */
  failed: string;
  /** "The … file", followed by what is wrong with it. */
  file: string;
}

function controlledByWorker(): boolean {
  return typeof navigator !== 'undefined' && navigator.serviceWorker?.controller != null;
}

/** Checks put off until the first view is up, each failing with the reader's words. */
export type LaterChecks = (() => Promise<void>)[];

/**
 * Fetches a JSON file of the corpus (`kind`) and validates it; the error says what went wrong in
 * the reader's words. The page parses it and checks its schema version; the full check against
 * the schema runs in a worker (lib/index-check.ts), before the file is returned, or, given
 * `later`, once the first view is up: a first view does not wait for the schema's code.
 * What the request did is evidence for the connection indicator: a fetch that fails outright
 * means offline (whatever `navigator.onLine` says), any answer from the server means online (an
 * answer through the service worker may be its cached copy, and says nothing).
 */
export async function loadChecked<T>(
  url: string,
  fetchImpl: typeof fetch,
  kind: CorpusFileKind,
  words: LoadWords,
  later?: LaterChecks,
): Promise<T> {
  const text = await fetchText(url, fetchImpl, words);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${words.file} is damaged (not valid JSON).`);
  }
  const version = versionProblem(kind === 'index' ? 'corpus index' : 'event file', value);
  if (version !== null) throw new Error(`${words.file} does not match this version of Parallax: ${version}.`);
  const check = async () => {
    const problem = await checkOffThread(kind, text);
    if (problem !== null) throw new Error(`${words.file} ${problem}`);
  };
  if (later) later.push(check);
  else await check();
  // The text the check accepts as it is (tests/unit/index-head.test.ts).
  return value as T;
}

/** The text at `url`; a failure in the reader's words, and what the request did as connection evidence. */
export async function fetchText(url: string, fetchImpl: typeof fetch, words: LoadWords): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch {
    reportRequestFailure();
    throw new Error(words.unreachable);
  }
  // Through the service worker the answer may come from its caches, not the network: no evidence.
  if (!controlledByWorker()) reportRequestSuccess();
  if (!response.ok) throw new Error(`${words.failed} (HTTP ${response.status}).`);
  try {
    return await response.text();
  } catch {
    reportRequestFailure();
    throw new Error(words.unreachable);
  }
}

/** What a failed load of the corpus's index says. */
export const INDEX_WORDS: LoadWords = {
  unreachable: 'The articles could not be loaded: the network is unreachable.',
  failed: 'The articles could not be loaded',
  file: 'The articles file',
};

/**
 * Fetches and validates the corpus's index (its events' files are loaded by the pages that show
 * them); given `later`, the full check is put there (`loadChecked`).
 */
export function loadCorpus(url: string, fetchImpl: typeof fetch = fetch, later?: LaterChecks): Promise<CorpusIndex> {
  return loadChecked(url, fetchImpl, 'index', INDEX_WORDS, later);
}
