/**
 * The text of an event's articles. The first time a real event is used, each of its documents
 * is one report as it was written; further reports, and every report of a later reuse, are
 * retold: a sample of the story's sentences (a third or so of all its documents' sentences),
 * in story order, as a newsroom writes its own version from what others reported. Samples
 * that small share little wording, so independent reports do not look like copies of each
 * other to a copy detector (which compares 5-word sequences), while they keep the story's
 * names and terms. Copies are made apart: verbatim or lightly edited, with a wire dateline
 * when the original is an agency's.
 */
import type { Random } from './random';
import { nameSlots, renameSlots, renameText, type Renaming } from './rename';
import { headlineFromLead, wordCount, type SourceDoc } from './text-source';

export interface ArticleText {
  title: string;
  subtitle?: string;
  paragraphs: string[];
  /** The documents its text comes from (`SourceDoc.ref`). */
  from: string[];
}

/** Share of the story's sentences a retold report takes. */
export const RETELL_SHARE = 0.35;
/** Fewest and most sentences of a retold report. */
export const RETELL_MIN_SENTENCES = 3;
export const RETELL_MAX_SENTENCES = 24;
/** A retold report's lead is one of the first sentences of a document, of at least this many words. */
export const LEAD_MIN_WORDS = 8;
/** Share of a copy's tail paragraphs an edit may cut (the rest still holds most of the original's wording). */
export const EDIT_MAX_CUT = 0.3;
/** Fewest words of a headline made from a lead (shorter ones keep the document's headline). */
export const MIN_TITLE_WORDS = 4;
/** A wire dateline already at the start of a paragraph ("SEOUL, South Korea — "). */
const DATELINE = /^([\p{Lu}][\p{Lu}\p{M} .'’-]{1,30}(?:, [\p{L} .]{2,30})?) ([—–-]) /u;
/** A sentence break: end punctuation, space, a capital (maybe after an opening quote). */
const SENTENCE_BREAK = /(?<=[.!?]["”’)]*)\s+(?=["“‘(]?\p{Lu})/u;

export function sentencesOf(paragraph: string): string[] {
  return paragraph.split(SENTENCE_BREAK).filter((s) => s.length > 0);
}

interface Sentence {
  text: string;
  words: number;
  doc: SourceDoc;
  /** Where in its document it stands, 0 (first) to 1 (last). */
  at: number;
  /** The text cut at its name-like words, made on first renaming. */
  slots?: string[];
}

interface Pool {
  sentences: Sentence[];
  /** Sentences that can lead a report. */
  leads: Sentence[];
  /** Most sentences a report takes from each document. */
  caps: Map<SourceDoc, number>;
}

/** Sentences of a story's documents, kept for every later report of the same documents. */
const pools = new WeakMap<readonly SourceDoc[], Pool>();

function poolOf(docs: readonly SourceDoc[]): Pool {
  let pool = pools.get(docs);
  if (!pool) {
    const caps = new Map<SourceDoc, number>();
    const all = docs.flatMap((doc) => {
      const texts = doc.paragraphs.flatMap(sentencesOf);
      // A story of one document is retold from it alone: at least a short article's worth.
      const floor = docs.length === 1 ? RETELL_MIN_SENTENCES : 1;
      caps.set(doc, Math.max(floor, Math.floor(texts.length * RETELL_SHARE)));
      return texts.map((text, i) => ({ text, words: wordCount(text), doc, at: i / Math.max(1, texts.length - 1) }));
    });
    const leads = all.filter((x) => x.at <= 0.2 && x.words >= LEAD_MIN_WORDS);
    pool = { sentences: all, leads: leads.length ? leads : all.slice(0, 1), caps };
    pools.set(docs, pool);
  }
  return pool;
}

function textOf(s: Sentence, renaming: Renaming | null): string {
  if (!renaming) return s.text;
  s.slots ??= nameSlots(s.text);
  return renameSlots(s.slots, renaming);
}

function fromDoc(doc: SourceDoc): ArticleText {
  const out: ArticleText = { title: doc.title, paragraphs: [...doc.paragraphs], from: [doc.ref] };
  if (doc.subtitle) out.subtitle = doc.subtitle;
  return out;
}

/**
 * A retold report: a lead from the top of one document, then a sample of the story's sentences
 * in story order, at most RETELL_SHARE of any one document's (so that no document, printed as
 * it was, holds half of the report, nor the report half of the document); with the story's
 * names changed when it is a reuse.
 */
export function retold(docs: readonly SourceDoc[], r: Random, renaming: Renaming | null = null): ArticleText {
  const pool = poolOf(docs);
  const all = pool.sentences;
  const lead = r.pick(pool.leads);
  const want = Math.min(
    RETELL_MAX_SENTENCES,
    Math.max(RETELL_MIN_SENTENCES, Math.round(all.length * RETELL_SHARE * (0.7 + 0.6 * r.float()))),
  );
  const taken = new Map<SourceDoc, number>([[lead.doc, 1]]);
  const chosen = new Set<Sentence>([lead]);
  // Random draws rather than a shuffle of the whole pool: a big story has hundreds of sentences.
  for (let tries = 0; chosen.size < want && tries < want * 8; tries++) {
    const s = all[Math.floor(r.float() * all.length)]!;
    const n = taken.get(s.doc) ?? 0;
    if (chosen.has(s) || n >= pool.caps.get(s.doc)!) continue;
    taken.set(s.doc, n + 1);
    chosen.add(s);
  }
  const rest = [...chosen].slice(1).sort((a, b) => a.at - b.at);
  const paragraphs: string[] = [];
  const target = r.int(25, 60);
  let cur = '';
  let words = 0;
  for (const s of [lead, ...rest]) {
    cur = cur ? `${cur} ${textOf(s, renaming)}` : textOf(s, renaming);
    words += s.words;
    if (words >= target) {
      paragraphs.push(cur);
      cur = '';
      words = 0;
    }
  }
  if (cur) paragraphs.push(cur);
  const title = headlineFromLead(textOf(lead, renaming));
  return {
    title:
      wordCount(title) >= MIN_TITLE_WORDS ? title : renaming ? renameText(lead.doc.title, renaming) : lead.doc.title,
    paragraphs,
    from: [...new Set([...chosen].map((s) => s.doc.ref))],
  };
}

/**
 * `count` independent reports of one story: on its first use (`round` 0) each document once,
 * in a seeded order, then retold ones; on a reuse all retold, with the story's names changed.
 */
export function reportsFrom(
  docs: readonly SourceDoc[],
  count: number,
  round: number,
  r: Random,
  renaming: Renaming | null = null,
): ArticleText[] {
  if (docs.length === 0) throw new Error('synthetic/reports: a story needs at least one document');
  const order = round === 0 ? r.shuffle(docs) : docs;
  return Array.from({ length: count }, (_, j) =>
    round === 0 && j < order.length ? fromDoc(order[j]!) : retold(docs, r, round === 0 ? null : renaming),
  );
}

/** The report as an agency files it: its name in the dateline ("SEOUL (Wire Service) — …"). */
export function withDateline(text: ArticleText, agency: string): ArticleText {
  const [first = '', ...rest] = text.paragraphs;
  const m = DATELINE.exec(first);
  const opened = m ? `${m[1]} (${agency}) ${m[2]} ${first.slice(m[0].length)}` : `(${agency}) — ${first}`;
  return { ...text, paragraphs: [opened, ...rest] };
}

/**
 * A republished copy: verbatim, or lightly edited (a new headline from the lead, the standfirst
 * dropped, up to EDIT_MAX_CUT of the closing paragraphs cut).
 */
export function copyOf(text: ArticleText, edited: boolean, r: Random): ArticleText {
  if (!edited) return { ...text, paragraphs: [...text.paragraphs] };
  const cut = Math.floor(text.paragraphs.length * EDIT_MAX_CUT * r.float());
  const paragraphs = text.paragraphs.slice(0, Math.max(1, text.paragraphs.length - cut));
  const lead = (sentencesOf(paragraphs[0]!)[0] ?? '').replace(/^.{0,40}\([^)]*\)\s*[—–-]\s*/u, '');
  const title = r.chance(0.5) ? text.title : headlineFromLead(lead);
  return { title: wordCount(title) >= MIN_TITLE_WORDS ? title : text.title, paragraphs, from: text.from };
}
