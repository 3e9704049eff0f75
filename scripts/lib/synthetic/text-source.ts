/**
 * The real article text the synthetic corpus is built from: documents grouped into the real
 * events their dataset labels (so an event's reports share a real signal), documents with no
 * event label, and headlines for related-story lists. Loaders (load-source.ts) fill it from
 * ../shared/data or the seeds; tests give a small inline one. Cleaning here is pure.
 */

export interface SourceDoc {
  /** Where the text came from ("ecbplus:1_9ecbplus.xml"), for the truth file. */
  ref: string;
  title: string;
  subtitle?: string;
  paragraphs: string[];
}

export interface SourceCluster {
  /** The dataset's event label ("giveme5w1h:12"). */
  ref: string;
  docs: SourceDoc[];
}

export interface TextSource {
  /** What the text is, for the summary line ("Giveme5W1H, ECB+ and PolNeAR"). */
  name: string;
  /** Real events with at least two documents each. */
  clusters: SourceCluster[];
  /** Documents that belong to no labelled event (or to one of their own). */
  singles: SourceDoc[];
  /** Real headlines of other stories, for related-link lists. */
  headlines: string[];
}

/** Fewest words of a document worth building a report on. */
export const MIN_DOC_WORDS = 60;
/** A report keeps at most this many paragraphs and words of its document (long reads are cut). */
export const MAX_DOC_PARAGRAPHS = 24;
export const MAX_DOC_WORDS = 1400;
/** A paragraph of prose: at least this many words, or ends like a sentence. */
const MIN_PARAGRAPH_WORDS = 6;
/** A line ending the way a sentence or a quotation ends. */
const SENTENCE_END = /[.!?]["”’)]*$/;
/** Lines a news scraper leaves in a body that are no prose ("Photo", "Advertisement"). */
const SCRAPER_LABEL =
  /^(photo|image|video|advertisement|continue reading( the main story)?|read more|related|share)\b.{0,30}$/i;
/** Longest headline, in words, made from a lead sentence. */
export const HEADLINE_MAX_WORDS = 14;
/** Headline words never left last ("… into the"). */
const WEAK_LAST = new Set(
  'a an the and or but of to in on at by for from with as is are was were be has have had that this its their his her'.split(
    ' ',
  ),
);

export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Single spaces, trimmed. */
export function tidyText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Text re-joined from tokens by a simple detokeniser (ECB+) as it was printed: `` quotes '',
 * "re - hired", "$2. 5", "08: 06", a space before punctuation.
 */
export function detokenize(text: string): string {
  return tidyText(
    text
      .replace(/\b(\p{Lu})\. (?=\p{Lu}\.)/gu, '$1.')
      .replace(/``\s*/g, '“')
      .replace(/\s*''/g, '”')
      .replace(/(\d)\s*([.:,/])\s+(?=\d)/g, '$1$2')
      .replace(/(\w) - (?=\w)/g, '$1-')
      .replace(/\s+([,.;:!?%)])/g, '$1')
      .replace(/([($])\s+/g, '$1'),
  );
}

/** The prose paragraphs of a scraped body: scraper labels and one-word lines out, spacing tidied. */
export function cleanParagraphs(lines: readonly string[]): string[] {
  return lines
    .map(tidyText)
    .filter((p) => p.length > 0 && !SCRAPER_LABEL.test(p))
    .filter((p) => wordCount(p) >= MIN_PARAGRAPH_WORDS && (SENTENCE_END.test(p) || wordCount(p) >= 15));
}

/** Sentences joined into paragraphs of about `target` words (a wire story's short paragraphs). */
export function joinSentences(sentences: readonly string[], target = 45): string[] {
  const out: string[] = [];
  let cur = '';
  let words = 0;
  for (const s of sentences) {
    cur = cur ? `${cur} ${s}` : s;
    words += wordCount(s);
    if (words >= target || !SENTENCE_END.test(s)) {
      out.push(cur);
      cur = '';
      words = 0;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * A headline made from a lead sentence, for documents printed without one: the sentence up to
 * its first clause break (", her rep told People") or at most HEADLINE_MAX_WORDS words, never
 * ending on a function word or a full stop.
 */
export function headlineFromLead(sentence: string): string {
  let words = tidyText(sentence)
    .replace(/[.!?;:,]+["”’]?$/, '')
    .split(' ');
  const clause = words.findIndex((w, i) => i >= 5 && /[,;:—]$/.test(w));
  if (words.length > HEADLINE_MAX_WORDS && clause > 0) words = words.slice(0, clause + 1);
  words = words.slice(0, HEADLINE_MAX_WORDS);
  while (words.length > 3 && WEAK_LAST.has(words[words.length - 1]!.toLowerCase().replace(/[^a-z]/g, ''))) words.pop();
  return words.join(' ').replace(/[,;:—.]+$/, '');
}

/** Whether a title line reads as a headline (not a sentence of the body). */
export function isHeadline(text: string): boolean {
  const n = wordCount(text);
  return n >= 3 && n <= 25 && !/[.:;,]$/.test(text.trim());
}

/**
 * A document's text cut to size for a report: at most MAX_DOC_PARAGRAPHS paragraphs and about
 * MAX_DOC_WORDS words; null when what is left is too short to be an article.
 */
export function fitDoc(doc: SourceDoc): SourceDoc | null {
  const paragraphs: string[] = [];
  let words = 0;
  for (const p of doc.paragraphs) {
    if (paragraphs.length >= MAX_DOC_PARAGRAPHS || words >= MAX_DOC_WORDS) break;
    paragraphs.push(p);
    words += wordCount(p);
  }
  if (words < MIN_DOC_WORDS || !isHeadline(doc.title)) return null;
  return { ...doc, paragraphs };
}

/** Words per shingle when comparing two documents' wording (as the ingest's copy detection does). */
export const SHINGLE_WORDS = 5;
/** Share of the shorter document's shingles found in another above which the two are one text. */
export const SAME_TEXT_SHARE = 0.3;

function shingles(doc: SourceDoc): Set<string> {
  const words =
    doc.paragraphs
      .join(' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
}

/**
 * An event's documents without the ones that repeat another's wording (the same wire story on
 * several sites): the generator makes its own copies and must know which articles are copies,
 * so the reports it treats as independent have to be independently written.
 */
export function withoutSameText(docs: readonly SourceDoc[]): SourceDoc[] {
  const kept: Array<{ doc: SourceDoc; sh: Set<string> }> = [];
  for (const doc of docs) {
    const sh = shingles(doc);
    const same = kept.some((k) => {
      let shared = 0;
      for (const x of sh) if (k.sh.has(x)) shared++;
      return shared / Math.max(1, Math.min(sh.size, k.sh.size)) >= SAME_TEXT_SHARE;
    });
    if (!same) kept.push({ doc, sh });
  }
  return kept.map((k) => k.doc);
}

/** Checks a source before a run: a programmer's error when it holds no usable text. */
export function checkSource(source: TextSource): void {
  const docs = source.clusters.reduce((n, c) => n + c.docs.length, 0) + source.singles.length;
  if (docs === 0) throw new Error(`synthetic/text-source: "${source.name}" holds no document to build articles from`);
  for (const c of source.clusters)
    if (c.docs.length < 2) throw new Error(`synthetic/text-source: cluster "${c.ref}" has fewer than two documents`);
}
