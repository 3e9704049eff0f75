/** The check of a corpus file's text (lib/index-check.ts), and the messages to and from its worker. */
import { parseIndexText } from '../core/corpus-parts';
import { parseCorpusIndex, parseEventFile } from '../core/schema';

/** The corpus's files the app reads: its index (the head or the whole) and each event's file. */
export type CorpusFileKind = 'index' | 'event';

export interface IndexCheckRequest {
  seq: number;
  kind: CorpusFileKind;
  text: string;
}

export interface IndexCheckReply {
  seq: number;
  /** What is wrong with the text, in the words that follow "The … file"; null when it is valid. */
  problem: string | null;
}

/** What is wrong with `text` as a corpus file of `kind` of this version, or null. */
export function checkCorpusText(kind: CorpusFileKind, text: string): string | null {
  let value: unknown;
  try {
    value = kind === 'index' ? parseIndexText(text) : JSON.parse(text);
  } catch (e) {
    return e instanceof SyntaxError ? 'is damaged (not valid JSON).' : `is damaged (${(e as Error).message}).`;
  }
  const check = kind === 'index' ? parseCorpusIndex(value) : parseEventFile(value);
  return check.ok ? null : `does not match this version of Parallax: ${check.error}.`;
}

/** What is wrong with `text` as an index of this version, or null. */
export function checkIndexText(text: string): string | null {
  return checkCorpusText('index', text);
}
