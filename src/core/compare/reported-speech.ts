/**
 * Reported speech without quotation marks, as kind 'paraphrase': the content clause of
 * "Peskov said that …", "according to Peskov, …", "…, according to X" and "…, Peskov said."
 */
import type { Quote } from '../types';
import type { Paragraph } from './attribution';
import { countWords, lastVisible, sentenceStartOf } from './text-scan';
import { wordSet } from '../text/word-list';

/** A content clause shorter than this many words is no statement ("said that too"). */
const MIN_WORDS = 3;
/** After "…, Peskov said" at most this many words may follow ("on May 5", "in a statement on Monday"). */
const MAX_TAIL_WORDS = 6;

/** First words after a verb that open what was said, not a time or place: "said a storm had damaged …". */
const CLAUSE_OPENERS = wordSet('a an the he she it they we i you there his her their its these those no some all');
/** Conjunctions left at the end of a clause cut before the next one. */
const TRAILING_CONJUNCTIONS = ['and', 'but', 'though', 'although', 'while', 'whereas', 'or'];
/** What separates such a conjunction from the clause: spaces, commas, semicolons. */
const SEPARATOR = /[\s,;]/u;

type Found = Omit<Quote, 'id'>;

function sentenceEnd(para: Paragraph, at: number): number {
  return para.starts.find((s) => s > at) ?? para.text.length;
}

/** A trimmed span of the paragraph as a paraphrase, or null when it is too short or holds a quote's start. */
function clause(para: Paragraph, p: number, from: number, to: number, speaker: string | null): Found | null {
  let start = from;
  let end = to;
  while (start < end && /[\s,;:—–-]/u.test(para.text[start]!)) start++;
  while (end > start && /[\s.,;:!?—–-]/u.test(para.text[end - 1]!)) end--;
  // A clause cut before the next reported clause ends on its conjunction: "…, though" / "… and".
  end = dropTrailingConjunction(para.text, start, end);
  if (para.spans.some((s) => s.open === start)) return null;
  const text = para.text.slice(start, end);
  if (countWords(text, MIN_WORDS) < MIN_WORDS) return null;
  return { text, speaker, kind: 'paraphrase', paragraph: p, start, end };
}

/** `end` moved before a conjunction that ends `text.slice(start, end)` and the separators before it. */
function dropTrailingConjunction(text: string, start: number, end: number): number {
  for (const conjunction of TRAILING_CONJUNCTIONS) {
    const at = end - conjunction.length;
    if (at - 1 < start || !text.startsWith(conjunction, at) || !SEPARATOR.test(text[at - 1]!)) continue;
    let from = at - 1;
    while (from > start && SEPARATOR.test(text[from - 1]!)) from--;
    return from;
  }
  return end;
}

/** The paraphrases of one paragraph, each with the speaker of its cue. */
export function findReportedSpeech(para: Paragraph, p: number): Found[] {
  const out: Found[] = [];
  const { cues, cueSpeakers, masked } = para;
  cues.forEach((cue, k) => {
    const speaker = cueSpeakers[k];
    if (speaker === undefined || cue.subject === null) return;
    const sentence = Math.max(sentenceStartOf(para.starts, cue.start), para.labelEnd);
    const end = sentenceEnd(para, cue.start);
    const next = cues[k + 1];
    if (cue.thatEnd >= 0) {
      // Up to the sentence's end, or to the next reported clause ("… and added that …").
      const nextStart =
        next && next.subject && next.subject !== 'clause' ? Math.min(next.start, next.subject.start) : next?.start;
      const stop = next && nextStart !== undefined && next.start < end && next.thatEnd >= 0 ? nextStart : end;
      const found = clause(para, p, cue.thatEnd, stop, speaker);
      if (found) out.push(found);
      return;
    }
    const inSentence = para.spans.some((s) => s.open >= sentence && s.open < end);
    if (inSentence) return;
    if (cue.verb.toLowerCase() === 'according to' && cue.subject !== 'clause') {
      const after = /^\s*,/u.exec(masked.slice(cue.subject.end));
      const found = after
        ? clause(para, p, cue.subject.end + after[0].length, end, speaker)
        : lastVisible(masked, sentence, cue.start) === ','
          ? clause(para, p, sentence, cue.start, speaker)
          : null;
      if (found) out.push(found);
      return;
    }
    // "…, Peskov said (on May 5)." with the clause before the comma.
    const head = cue.inverted || cue.subject === 'clause' ? cue.start : cue.subject.start;
    const tail = masked.slice(cue.inverted && cue.subject !== 'clause' ? cue.subject.end : cue.end, end);
    if (lastVisible(masked, sentence, head) !== ',') return;
    // "For now, he noted, contacts … are ongoing": a reporting clause set off by commas; what follows is reported.
    const parenthetical = /^\s*,/u.exec(tail);
    if (parenthetical) {
      const from = end - tail.length + parenthetical[0].length;
      const found = clause(para, p, from, end, speaker);
      if (found) out.push(found);
      return;
    }
    // The words after the verb are a time or place ("on May 5"), not what was said ("said a storm had …").
    const firstWord = /^\s*([\p{L}]+)/u.exec(tail)?.[1]?.toLowerCase();
    const tailWords = countWords(tail, MAX_TAIL_WORDS + 1);
    const content = firstWord !== undefined && CLAUSE_OPENERS.has(firstWord);
    if (tailWords <= MAX_TAIL_WORDS && !content && !/\bthat\b/u.test(tail)) {
      const found = clause(para, p, sentence, head, speaker);
      if (found) out.push(found);
    }
  });
  return out;
}
