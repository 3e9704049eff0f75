/**
 * Checks the text of the whole index against its schema off the main thread: a large index's
 * validation would otherwise hold the page for as long as it takes (lib/index-check.ts).
 */
import { checkIndexText, type IndexCheckReply, type IndexCheckRequest } from './index-check-text';

interface WorkerScope {
  onmessage: ((e: MessageEvent<IndexCheckRequest>) => void) | null;
  postMessage(message: IndexCheckReply): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  scope.postMessage({ seq: e.data.seq, problem: checkIndexText(e.data.text) });
};
