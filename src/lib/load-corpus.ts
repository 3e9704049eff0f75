import { parseCorpusIndex } from '../core/schema';
import type { CorpusIndex } from '../core/types';
import { reportRequestFailure, reportRequestSuccess } from './online-status';

/**
 * Fetches and validates the corpus's index (its events' files are loaded by the pages that show them); the error says what went wrong in words a reader understands.
 * What the request did is evidence for the connection indicator: a fetch that fails outright
 * means offline (whatever `navigator.onLine` says), any answer means online.
 */
export async function loadCorpus(url: string, fetchImpl: typeof fetch = fetch): Promise<CorpusIndex> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch {
    reportRequestFailure();
    throw new Error('The articles could not be loaded: the network is unreachable.');
  }
  reportRequestSuccess();
  if (!response.ok) throw new Error(`The articles could not be loaded (HTTP ${response.status}).`);
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    throw new Error('The articles file is damaged (not valid JSON).');
  }
  const check = parseCorpusIndex(value);
  if (!check.ok) throw new Error(`The articles file does not match this version of Parallax: ${check.error}.`);
  return check.value;
}
