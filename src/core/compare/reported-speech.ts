/**
 * Reported speech without quotation marks, as kind 'paraphrase': the content clause of
 * "Peskov said that …", "according to Peskov, …", "…, according to X" and "…, Peskov said."
 */
import type { Quote } from '../types';
import type { Paragraph } from './attribution';
import { sentenceStartOf } from './speech-cues';

/** A content clause shorter than this many words is no statement ("said that too"). */
const MIN_WORDS = 3;
/** After "…, Peskov said" at most this many words may follow ("on May 5", "in a statement on Monday"). */
const MAX_TAIL_WORDS = 6;

/** Conjunctions left at the end of a clause cut before the next one. */
const TRAILING_CONJUNCTION = /[\s,;]+(?:and|but|though|although|while|whereas|or)$/u;

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
  const conjunction = TRAILING_CONJUNCTION.exec(para.text.slice(start, end));
  if (conjunction) end -= conjunction[0].length;
  if (para.spans.some((s) => s.open === start)) return null;
  const text = para.text.slice(start, end);
  if (text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < MIN_WORDS) return null;
  return { text, speaker, kind: 'paraphrase', paragraph: p, start, end };
}

const words = (s: string): number => s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

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
        : /,\s*$/u.test(masked.slice(sentence, cue.start))
          ? clause(para, p, sentence, cue.start, speaker)
          : null;
      if (found) out.push(found);
      return;
    }
    // "…, Peskov said (on May 5)." with the clause before the comma.
    const head = cue.inverted || cue.subject === 'clause' ? cue.start : cue.subject.start;
    const tail = masked.slice(cue.inverted && cue.subject !== 'clause' ? cue.subject.end : cue.end, end);
    if (/,\s*$/u.test(masked.slice(sentence, head)) && words(tail) <= MAX_TAIL_WORDS && !/\bthat\b/u.test(tail)) {
      const found = clause(para, p, sentence, head, speaker);
      if (found) out.push(found);
    }
  });
  return out;
}
