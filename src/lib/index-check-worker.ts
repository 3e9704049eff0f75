/**
 * Checks the text of a corpus file against its schema off the main thread: a large index's
 * validation would otherwise hold the page for as long as it takes, and the page itself never
 * loads the schema (lib/index-check.ts).
 */
import { checkCorpusText, type IndexCheckReply, type IndexCheckRequest } from './index-check-text';

interface WorkerScope {
  onmessage: ((e: MessageEvent<IndexCheckRequest>) => void) | null;
  postMessage(message: IndexCheckReply): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  scope.postMessage({ seq: e.data.seq, problem: checkCorpusText(e.data.kind, e.data.text) });
};
