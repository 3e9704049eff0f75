/** The check of an index's text (lib/index-check.ts), and the messages to and from its worker. */
import { parseCorpusIndex } from '../core/schema';

export interface IndexCheckRequest {
  seq: number;
  text: string;
}

export interface IndexCheckReply {
  seq: number;
  /** What is wrong with the text, in the words that follow "The articles file …"; null when it is a valid index. */
  problem: string | null;
}

/** What is wrong with `text` as an index of this version, or null. */
export function checkIndexText(text: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'is damaged (not valid JSON).';
  }
  const check = parseCorpusIndex(value);
  return check.ok ? null : `does not match this version of Parallax: ${check.error}.`;
}
