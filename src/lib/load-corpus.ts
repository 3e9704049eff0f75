import type { Checked } from '../core/schema';
import { parseCorpusIndex } from '../core/schema';
import type { CorpusIndex } from '../core/types';
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

/**
 * Fetches a JSON file of the corpus and validates it; the error says what went wrong in the
 * reader's words. What the request did is evidence for the connection indicator: a fetch that
 * fails outright means offline (whatever `navigator.onLine` says), any answer from the server
 * means online (an answer through the service worker may be its cached copy, and says nothing).
 */
export async function loadChecked<T>(
  url: string,
  fetchImpl: typeof fetch,
  parse: (value: unknown) => Checked<T>,
  words: LoadWords,
): Promise<T> {
  const text = await fetchText(url, fetchImpl, words);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${words.file} is damaged (not valid JSON).`);
  }
  const check = parse(value);
  if (!check.ok) throw new Error(`${words.file} does not match this version of Parallax: ${check.error}.`);
  return check.value;
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

/** Fetches and validates the corpus's index (its events' files are loaded by the pages that show them). */
export function loadCorpus(url: string, fetchImpl: typeof fetch = fetch): Promise<CorpusIndex> {
  return loadChecked(url, fetchImpl, parseCorpusIndex, INDEX_WORDS);
}
