/**
 * An extraction worker: receives batches of files, answers with each file's facts and articles
 * (see `extract-files.ts`), in the order given, and with where it wrote their texts as the corpus
 * holds them, when it is given a file for them (`item-texts.ts`). Started by `ingest-folder.ts`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createFileExtractor, type ExtractSetup, type ExtractTask } from './extract-files';
import { WordNumbers } from './feature-transfer';
import { ItemWriter, parkArticles } from './item-texts';
import { datelineLead } from '../../src/core/compare/provenance';

if (!parentPort) throw new Error('extract-worker: not started as a worker thread');
const port = parentPort;
const setup = workerData as ExtractSetup;
const items = setup.itemsFd === undefined ? undefined : new ItemWriter(setup.itemsFd);
const extract = createFileExtractor(setup, items);
const words = new WordNumbers();
port.on('message', (batch: ExtractTask[]) => {
  try {
    const results = batch.map(extract);
    // The features go with their words as numbers, the words new to this worker with them.
    for (const r of results) {
      if (r.features) r.numbered = r.features.map((f) => words.number(f));
      delete r.features;
      // Their text is in the file: the articles go without it, which the ingest then reads from there.
      if (setup.park && r.extraction && r.items) r.parked = parkArticles(r.extraction.articles, r.items, datelineLead);
    }
    items?.flush();
    port.postMessage({ results, words: words.takeFresh() });
  } catch (e) {
    port.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
