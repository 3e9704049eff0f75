/**
 * The article-extraction-benchmark metric (Scrapinghub/Zyte): word 4-gram shingle multisets,
 * per-document precision and recall from normalised TP/FP/FN, averaged over documents, and F1
 * as the harmonic mean of the averages.
 */

const TOKEN = /[\p{L}\p{N}_\p{M}]+/gu;
/** Shingle width of the benchmark. */
export const SHINGLE_SIZE = 4;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function shingles(text: string, size = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const n = Math.max(1, tokens.length - size + 1);
  for (let i = 0; i < n; i++) {
    const key = tokens.slice(i, i + size).join(' ');
    if (key === '' && tokens.length === 0) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface DocScore {
  tp: number;
  fp: number;
  fn: number;
  /** Token sequences equal. */
  exact: boolean;
}

export function scoreDocument(gold: string, predicted: string): DocScore {
  const g = shingles(gold);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of p) {
    const gc = g.get(k) ?? 0;
    tp += Math.min(c, gc);
    fp += Math.max(0, c - gc);
  }
  for (const [k, c] of g) fn += Math.max(0, c - (p.get(k) ?? 0));
  const total = tp + fp + fn;
  const exact = tokenize(gold).join(' ') === tokenize(predicted).join(' ');
  if (total === 0) return { tp: 0, fp: 0, fn: 0, exact };
  return { tp: tp / total, fp: fp / total, fn: fn / total, exact };
}

export interface ExtractionScore {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  documents: number;
}

export function aggregateScores(docs: readonly DocScore[]): ExtractionScore {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  let exact = 0;
  for (const d of docs) {
    if (d.tp + d.fp > 0) {
      pSum += d.fp === 0 && d.fn === 0 ? 1 : d.tp / (d.tp + d.fp);
      pN++;
    }
    if (d.tp + d.fn > 0) {
      rSum += d.fp === 0 && d.fn === 0 ? 1 : d.tp / (d.tp + d.fn);
      rN++;
    }
    if (d.exact) exact++;
  }
  const precision = pN ? pSum / pN : 0;
  const recall = rN ? rSum / rN : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, accuracy: docs.length ? exact / docs.length : 0, documents: docs.length };
}
