/**
 * An extraction worker: receives batches of files, answers with each file's facts and articles
 * (see `extract-files.ts`), in the order given. Started by `ingest-folder.ts`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createFileExtractor, type ExtractSetup, type ExtractTask } from './extract-files';

if (!parentPort) throw new Error('extract-worker: not started as a worker thread');
const port = parentPort;
const extract = createFileExtractor(workerData as ExtractSetup);
port.on('message', (batch: ExtractTask[]) => {
  try {
    port.postMessage({ results: batch.map(extract) });
  } catch (e) {
    port.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
