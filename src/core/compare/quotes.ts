/**
 * Quotes and reported speech in an article, with their speakers. Quoted passages come from
 * quote-marks.ts, reporting cues from speech-cues.ts, and speakers are resolved within the
 * article by speakers.ts. The attribution of a quote is looked for in this order:
 *   1. a cue right after it: `"…," Peskov said`, `"…," said Jane Doe`, `"…" he told reporters`;
 *   2. the last cue before it in its sentence: `Peskov said: "…"`, `He added that "…"`;
 *   3. another quote of its paragraph (a split quote: `"…," he said. "…"`);
 *   4. the other paragraphs of the same multi-paragraph quote;
 *   5. the article's current speaker, for a "Quote:" block, or for an unattributed quote
 *      paragraph right after a paragraph whose speaker is clear (news convention).
 * Deterministic, never throws, linear-ish in the article's length.
 */
import type { Quote, QuoteKind } from '../types';
import { isModifier, ownAttribution, readParagraph, resolveCues, sentenceSubject, type Paragraph } from './attribution';
import type { QuotedSpan } from './quote-marks';
import { findReportedSpeech } from './reported-speech';
import { collectMentions, position, type SpeakerContext } from './speakers';
import { lastVisible, sentenceStartOf } from './text-scan';

/**
 * An unattributed quote paragraph takes the last speaker when that speaker was named this many
 * paragraphs back or fewer (the paragraph before, or the one before a one-line interjection).
 */
const CARRY_PARAGRAPHS = 2;
/**
 * Parts of a split quote share a speaker across at most this many sentences of their paragraph
 * (`"…," he said. "…"`); a long paragraph holds more than one speaker's words.
 */
const SHARE_SENTENCES = 2;
/** Text ending just before a quote that introduces it as a full sentence: `said:`, `said,`, `said that`. */
const INTRODUCER =
  /(?:[:,]|\b(?:that|says|said|added|adds|asked|wrote|writes|told \S+|stated|noted|declared|tweeted))$/u;

/** Bullets and spaces around the text that introduces a quote. */
const isBulletOrSpace = (ch: string): boolean => ch === '•' || ch === '*' || ch === '-' || /\s/u.test(ch);
/** Marks a quote ends with when it is a sentence or clause of its own, not a noun phrase. */
const CLOSING_MARKS = '.!?,;:…—-';

/**
 * A partial quote of at most this many words that nobody can be named for is a scare quote,
 * a nickname or a title ("the “gun violence” narrative"), not a statement: it is dropped.
 * On PolNeAR train such quotes were attributed by the annotators less often than not.
 */
const MAX_UNATTRIBUTED_FRAGMENT_WORDS = 3;

interface Draft {
  paragraph: number;
  span: QuotedSpan;
  kind: QuoteKind;
  /** undefined: no attribution found yet; null: attributed to someone who cannot be named. */
  speaker: string | null | undefined;
  /** Continues the run-on quote that ended the paragraph before. */
  continuation: boolean;
}

/**
 * Direct or partial. A quote is direct when it opens its sentence, continues a quote, or
 * starts with a capital right after an introducer (a colon, a comma, a reporting verb,
 * "that"), and does not run on into its sentence as a noun phrase (`"very good" talks`).
 * Anything else (a fragment woven into the writer's sentence) is partial.
 */
function quoteKind(para: Paragraph, span: QuotedSpan, previousClose: number, continuation: boolean): QuoteKind {
  if (continuation) return 'direct';
  const from = Math.max(sentenceStartOf(para.starts, span.open), para.labelEnd, previousClose + 1);
  let [a, b] = [from, span.open];
  while (b > a && isBulletOrSpace(para.masked[b - 1]!)) b--;
  while (a < b && isBulletOrSpace(para.masked[a]!)) a++;
  const prefix = para.masked.slice(a, b);
  const capital = /^[\p{Lu}\p{N}]/u.test(para.text.slice(span.start));
  const introduced = prefix === '' || prefix.endsWith(':') || (capital && INTRODUCER.test(prefix));
  if (!introduced) return 'partial';
  if (span.close === -1) return 'direct';
  const inner = para.text.slice(span.start, span.close).trimEnd();
  const runsOn = /^\s+\p{Ll}/u.test(para.text.slice(span.after)) && !CLOSING_MARKS.includes(inner.at(-1) ?? ' ');
  return runsOn && prefix !== '' ? 'partial' : 'direct';
}

/** The index of the sentence holding `offset`. */
function sentenceIndex(para: Paragraph, offset: number): number {
  let i = 0;
  while (i + 1 < para.starts.length && para.starts[i + 1]! <= offset) i++;
  return i;
}

/** The quote drafts of every paragraph, attributed within their paragraph. */
function draftQuotes(paragraphs: readonly Paragraph[], context: SpeakerContext): Draft[] {
  const drafts: Draft[] = [];
  paragraphs.forEach((para, p) => {
    const previous = paragraphs[p - 1];
    const opensWithQuote =
      para.spans[0] !== undefined && para.text.slice(para.labelEnd, para.spans[0].open).trim() === '';
    const runOn = previous !== undefined && previous.spans.at(-1)?.close === -1;
    const mine: Draft[] = para.spans.map((span, i) => {
      const continuation = i === 0 && opensWithQuote && runOn;
      const own = ownAttribution(para, p, span, context);
      const kind = quoteKind(para, span, i > 0 ? para.spans[i - 1]!.after - 1 : -1, continuation);
      return { paragraph: p, span, kind, speaker: own ? own.speaker : undefined, continuation };
    });
    // A split quote: unattributed parts take the nearest attributed part before, else after.
    mine.forEach((d, i) => {
      if (d.speaker !== undefined || isModifier(para, d.span)) return;
      if (para.headSpeaker) {
        d.speaker = para.headSpeaker;
        return;
      }
      const near = (o: Draft) =>
        Math.abs(sentenceIndex(para, o.span.open) - sentenceIndex(para, d.span.open)) <= SHARE_SENTENCES;
      const before = mine
        .slice(0, i)
        .reverse()
        .find((o) => o.speaker !== undefined);
      const after = mine.slice(i + 1).find((o) => o.speaker !== undefined);
      d.speaker = (before && near(before) ? before : after && near(after) ? after : undefined)?.speaker;
    });
    drafts.push(...mine);
  });
  return drafts;
}

/** Shares a speaker across the paragraphs of one multi-paragraph quote. */
function shareAcrossParagraphs(drafts: Draft[]): void {
  let chain: Draft[] = [];
  const flush = () => {
    const speaker = chain.find((d) => d.speaker !== undefined)?.speaker;
    if (speaker !== undefined) for (const d of chain) if (d.speaker === undefined) d.speaker = speaker;
    chain = [];
  };
  for (const d of drafts) {
    if (!d.continuation) flush();
    chain.push(d);
    if (d.span.close !== -1) flush();
  }
  flush();
}

/** The last named speaker before a paragraph and the paragraph that named them. */
function currentSpeaker(context: SpeakerContext, p: number): { name: string; paragraph: number } | null {
  let before: { name: string; at: number } | undefined;
  for (const s of context.speakers) if (s.at < position(p, 0)) before = s;
  return before ? { name: before.name, paragraph: Math.floor(before.at / position(1, 0)) } : null;
}

/** A partial quote too short to be a statement that nobody can be named for: a scare quote or a title. */
function isFragment(d: Draft, text: string): boolean {
  if (d.kind !== 'partial' || d.speaker !== null) return false;
  const words = text
    .slice(d.span.start, d.span.end)
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length <= MAX_UNATTRIBUTED_FRAGMENT_WORDS;
}

/**
 * The speaker of a quote its own paragraph does not attribute: the previous part of the same
 * multi-paragraph quote; the speaker of a paragraph ending in a colon that introduces it
 * ("Peskov said:", "President Clinton released the following statement:"); the current
 * speaker for a "Quote:" block, or for a direct quote within CARRY_PARAGRAPHS of the last
 * named speaker.
 */
function fallbackSpeaker(
  d: Draft,
  previousDraft: Draft | undefined,
  paragraphs: readonly Paragraph[],
  context: SpeakerContext,
  lastQuoted: { name: string; paragraph: number } | null,
): string | null {
  if (d.continuation && previousDraft) return previousDraft.speaker ?? null;
  const previous = paragraphs[d.paragraph - 1];
  if (
    previous &&
    lastVisible(previous.text, 0, previous.text.length) === ':' &&
    d.span.open <= paragraphs[d.paragraph]!.labelEnd + 1
  ) {
    const named = previous.cueSpeakers.filter((s) => s).at(-1);
    const lastSentence = previous.starts.at(-1) ?? 0;
    const introducer = named ?? sentenceSubject(previous, d.paragraph - 1, lastSentence, previous.text.length, context);
    if (introducer) return introducer;
  }
  const cue = currentSpeaker(context, d.paragraph);
  const current = lastQuoted && (!cue || lastQuoted.paragraph >= cue.paragraph) ? lastQuoted : cue;
  if (!current) return null;
  if (paragraphs[d.paragraph]!.label === 'quote') return current.name;
  return d.kind === 'direct' && d.paragraph - current.paragraph <= CARRY_PARAGRAPHS ? current.name : null;
}

/**
 * Paragraphs already read (marks, masked text, sentence starts, cues: what a paragraph's own
 * text decides), shared by the articles of one run: republished copies repeat paragraphs.
 */
export type ParagraphMemo = Map<string, ReturnType<typeof readParagraph>>;

function readOnce(text: string, memo: ParagraphMemo | undefined): ReturnType<typeof readParagraph> {
  if (!memo) return readParagraph(text);
  let read = memo.get(text);
  if (!read) memo.set(text, (read = readParagraph(text)));
  return read;
}

/**
 * Every quote and reported statement of an article, in reading order, with ids
 * `${idPrefix}:q${n}` from 0. `memo` (optional) shares what paragraphs say on their own across
 * a run's articles; the result is the same with or without it.
 */
export function extractQuotes(body: readonly string[], idPrefix: string, memo?: ParagraphMemo): Quote[] {
  const read = body.map((text) => readOnce(typeof text === 'string' ? text : '', memo));
  const context = collectMentions(read.map((r) => r.masked));
  const paragraphs = resolveCues(read, context);
  const drafts = draftQuotes(paragraphs, context);
  shareAcrossParagraphs(drafts);
  let lastQuoted: { name: string; paragraph: number } | null = null;
  drafts.forEach((d, i) => {
    if (d.speaker === undefined) d.speaker = fallbackSpeaker(d, drafts[i - 1], paragraphs, context, lastQuoted);
    if (d.speaker) lastQuoted = { name: d.speaker, paragraph: d.paragraph };
  });
  const found: Omit<Quote, 'id'>[] = drafts
    .filter((d) => !isFragment(d, body[d.paragraph]!))
    .map((d) => ({
      text: body[d.paragraph]!.slice(d.span.start, d.span.end),
      speaker: d.speaker ?? null,
      kind: d.kind,
      paragraph: d.paragraph,
      start: d.span.start,
      end: d.span.end,
    }));
  paragraphs.forEach((para, p) => found.push(...findReportedSpeech(para, p)));
  found.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.end - b.end);
  return found.map((q, n) => ({
    id: `${idPrefix}:q${n}`,
    text: q.text,
    speaker: q.speaker,
    kind: q.kind,
    paragraph: q.paragraph,
    start: q.start,
    end: q.end,
  }));
}
