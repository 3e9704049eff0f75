/**
 * A whole corpus (tests, embedding) given to the app as the build gives it: cut into its index and
 * its events' files, here in memory. Kept apart from the app's first code, which never needs it
 * (the browser loads the corpus in parts, the prerender reads the build's files).
 */
import { splitCorpus } from '../core/corpus-parts';
import type { Corpus, CorpusIndex } from '../core/types';
import { memorySource, type EventFileSource } from './event-files';

export interface WholeCorpus {
  index: CorpusIndex;
  files: EventFileSource;
  whole: Corpus;
}

const cut = new WeakMap<Corpus, WholeCorpus>();

/** The props of `CorpusProvider` (or `App`) for a corpus held whole; the same object for the same corpus. */
export function wholeCorpus(corpus: Corpus): WholeCorpus {
  let parts = cut.get(corpus);
  if (!parts) {
    const { index, files } = splitCorpus(corpus);
    cut.set(corpus, (parts = { index, files: memorySource(files), whole: corpus }));
  }
  return parts;
}
