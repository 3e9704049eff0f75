/**
 * A paragraph read for attribution (its quotes, its cues and their resolved speakers), and
 * the rules that find who said a quote within its own paragraph, strongest first:
 *   1. a cue right after it: `"…," Peskov said`, `"…," said Jane Doe`, `"…" — he told reporters`;
 *   2. a name and a verb right after it: `"…!" beamed Jane Doe`, `"…," Doe charged`;
 *   3. the last cue before it in its sentence: `Peskov said: "…"`, `He added that "…"`;
 *   4. a name right before the colon that opens it: `… pollster Jane Doe: "…"`;
 *   5. a later cue in its sentence: `"…" about the decision, said Jane Doe`;
 *   6. the subject of its sentence: `Bolton thought the "…" buzz was …`.
 */
import { findQuotedSpans, type QuotedSpan } from './quote-marks';
import { isKnownName, position, noteSpeaker, readSubject, resolveSubject, type SpeakerContext } from './speakers';
import { findCues, MASK, maskQuotes, sentenceStartOf, sentenceStarts, type Cue } from './speech-cues';

/** A paragraph label in the Ukrainska Pravda style: "Quote: "…"", "Details: He added that …". */
const LABEL_RE = /^\s*(quote|quotes|details|source|sources|background|update|context|reminder)\s*:\s*/iu;
/** Labels whose paragraph cites sources rather than reporting speech: no speaker is taken from them. */
const CITATION_LABELS = new Set(['source', 'sources']);
/** Up to four capitalised words: a printed name with its titles. */
const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*`;
/** A name and a colon right before a quote's opening mark. */
const NAME_COLON_RE = new RegExp(String.raw`(${NAME})\s*:\s*$`, 'u');
/** A paragraph that opens with a name and a colon, the headline convention for "X says: …". */
const HEAD_SPEAKER_RE = new RegExp(String.raw`^\s*(${NAME})\s*:\s+\S`, 'u');
/** After a quote ending in , ! or ?: a name or pronoun and a verb, or a verb and a name ("beamed Jane Doe"). */
const NAME_VERB_RE = new RegExp(
  String.raw`^[\s,]*(?:(${NAME}|he|she|they)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\b|\p{Ll}+ed\s+(${NAME}))`,
  'u',
);
/** A main-clause subject: a name (perhaps with a parenthesis: "Sen. Jane Doe (D-Mo.)") or pronoun, then a lower-case word. */
const SUBJECT_RE = new RegExp(
  String.raw`(${NAME}|\b[Hh]e|\b[Ss]he|\b[Tt]hey)(?:\s+\([^()]{1,24}\))?\s+(\p{Ll}+)`,
  'gu',
);
/** A sentence opening with a name and an apposition: "Aaron Kall, the director of debate at X, compared …". */
const APPOSED_SUBJECT_RE = new RegExp(
  String.raw`^\s*(${NAME}),[^,;:${MASK}]{1,100},\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)`,
  'u',
);
/** A name after a quote and a dash: `"…" ― Jane Doe`, the convention of reader-voice round-ups. */
const DASH_NAME_RE = new RegExp(String.raw`^\s*[―—–]\s*(${NAME})\s*(?:$|\n|[,.])`, 'u');
/** Lower-case words after a name that show it is no clause subject ("Speaking at", "Salem and"). */
const NOT_VERBS = new Set(
  'at in on of for with from to by and or but the a an as into after before during about over than that who which'.split(
    ' ',
  ),
);
/** Text between a quote's closing mark and a cue that still attributes it: `," ` or `" — `. */
const TRAILING_GAP = /^[\s,;:—–-]*$/u;

export interface Paragraph {
  text: string;
  masked: string;
  starts: number[];
  spans: QuotedSpan[];
  cues: Cue[];
  /** Resolved speaker of each cue; undefined when the cue names no subject at all. */
  cueSpeakers: (string | null | undefined)[];
  labelEnd: number;
  label: string;
  /** The speaker a headline-style paragraph opens with ("Trump: Cruz has 'a long way to go'"), if any. */
  headSpeaker: string | null;
}

type Unresolved = Omit<Paragraph, 'cueSpeakers' | 'headSpeaker'>;

export function readParagraph(text: string): Unresolved {
  const label = LABEL_RE.exec(text);
  const spans = findQuotedSpans(text);
  const masked = maskQuotes(text, spans);
  const starts = sentenceStarts(masked, text);
  return {
    text,
    masked,
    starts,
    spans,
    cues: findCues(masked, starts),
    labelEnd: label ? label[0].length : 0,
    label: label ? label[1]!.toLowerCase() : '',
  };
}

/** Resolves every cue in reading order, so that pronouns find the speakers named before them. */
export function resolveCues(paragraphs: readonly Unresolved[], context: SpeakerContext): Paragraph[] {
  return paragraphs.map((para, p) => {
    const speakers: (string | null | undefined)[] = [];
    const head = para.label === '' ? HEAD_SPEAKER_RE.exec(para.masked) : null;
    const headSubject = head ? readSubject(head[1]!) : null;
    const headSpeaker = headSubject?.kind === 'name' ? resolveSubject(headSubject, context, position(p, 0)) : null;
    para.cues.forEach((cue, k) => {
      let speaker: string | null | undefined;
      if (cue.subject === 'clause') {
        // "…, adding that": the subject of the clause's earlier cue, else the sentence's subject.
        const sentence = sentenceStartOf(para.starts, cue.start);
        for (let j = k - 1; j >= 0 && para.cues[j]!.start >= sentence && !speaker; j--) speaker = speakers[j];
        speaker ??= sentenceSubject(para, p, sentence, cue.start, context);
      } else if (cue.subject) {
        const subject = readSubject(cue.subject.text);
        // A pronoun first looks for its sentence's named subject: `Sen. Doe scolded him: "…," she said`.
        const sentence = sentenceStartOf(para.starts, cue.start);
        let local: string | null | undefined = null;
        if (subject.kind === 'pronoun') {
          for (let j = k - 1; j >= 0 && para.cues[j]!.start >= sentence && !local; j--) local = speakers[j];
          local ??= sentenceSubject(para, p, sentence, cue.subject.start, context);
          local ??= previousSubject(paragraphs, p, sentence, context);
        }
        speaker = local ?? resolveSubject(subject, context, position(p, cue.subject.start));
      }
      speakers.push(speaker);
      if (speaker && !CITATION_LABELS.has(para.label)) noteSpeaker(context, speaker, position(p, cue.start));
    });
    return { ...para, cueSpeakers: speakers, headSpeaker };
  });
}

/**
 * The subject of a sentence's main clause: the first name or pronoun followed directly by a lower-case word that is no preposition ("Trump went", "He
 * has"), skipping openers such as "Speaking at a town hall in Salem, New Hampshire,". A lone
 * capitalised word opening the sentence counts only as the surname of a name printed in full
 * in the article or of a named speaker ("Guns are …" is no speaker).
 */
export function sentenceSubject(
  para: Pick<Paragraph, 'masked'>,
  p: number,
  from: number,
  to: number,
  context: SpeakerContext,
): string | null {
  const text = para.masked.slice(from, to);
  const apposed = APPOSED_SUBJECT_RE.exec(text);
  if (apposed && !NOT_VERBS.has(apposed[2]!)) {
    const subject = readSubject(apposed[1]!);
    if (subject.kind === 'name') return resolveSubject(subject, context, position(p, from + apposed.index));
  }
  const re = SUBJECT_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // A name before a verb-like word; a lone word opening the sentence ("Guns are") only if it is a known surname.
    // "RNC member Ada Fisher": a lower-case title before a name, not a verb.
    const titleBefore = !/(?:s|ed)$/u.test(m[2]!) && /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length));
    if (NOT_VERBS.has(m[2]!) || titleBefore) continue;
    const subject = readSubject(m[1]!);
    const opening = text.slice(0, m.index).trim() === '';
    const words = m[1]!
      .split(/\s+/u)
      .filter((w) => !/^(?:\p{Lu}\p{Ll}*ing|With|Following|After|Before|When|While|As)$/u.test(w));
    const known = subject.kind === 'name' && (words.length > 1 || !opening || isKnownName(context, subject.last));
    if (known || subject.kind === 'pronoun') return resolveSubject(subject, context, position(p, from + m.index));
  }
  return null;
}

/**
 * The named subject of the sentence before `sentence` (in the paragraph, else the last sentence
 * of the paragraph before): the antecedent of "she noted" after "Minister Anna Berg presented
 * the budget." when that person is not yet a speaker.
 */
function previousSubject(
  paragraphs: readonly Pick<Paragraph, 'masked' | 'starts'>[],
  p: number,
  sentence: number,
  context: SpeakerContext,
): string | null {
  const para = paragraphs[p]!;
  const i = para.starts.indexOf(sentence);
  if (i > 0) return sentenceSubject(para, p, para.starts[i - 1]!, sentence, context);
  const before = paragraphs[p - 1];
  if (!before || i < 0) return null;
  return sentenceSubject(before, p - 1, before.starts.at(-1) ?? 0, before.masked.length, context);
}

const attributed = (speaker: string | null) => ({ speaker });

/** Who said a quote, found within its own paragraph; null when the paragraph does not say. */
export function ownAttribution(
  para: Paragraph,
  p: number,
  span: QuotedSpan,
  context: SpeakerContext,
): { speaker: string | null } | null {
  const { cues, cueSpeakers, masked } = para;
  const sentence = Math.max(sentenceStartOf(para.starts, span.open), para.labelEnd);
  const sentenceEnd = para.starts.find((s) => s > span.open) ?? masked.length;
  const ended = span.close !== -1 && /[,.!?…—–-]\s*$/u.test(para.text.slice(span.start, span.close));
  if (span.close !== -1) {
    const k = cues.findIndex((c) => c.start > span.close);
    const cue = cues[k];
    if (cue && cue.subject && cue.subject !== 'clause' && cueSpeakers[k] !== undefined) {
      const gap = masked.slice(span.after, cue.inverted ? cue.start : Math.min(cue.start, cue.subject.start));
      // `"…," Peskov said` or `"…" — Peskov said`, not `"kind of riding the fence" until Haley said`.
      if ((ended || /[,—–:]/u.test(gap)) && TRAILING_GAP.test(gap)) return attributed(cueSpeakers[k]!);
    }
    const after = ended && !/\.\s*$/u.test(para.text.slice(span.start, span.close));
    const named = after ? NAME_VERB_RE.exec(masked.slice(span.after, sentenceEnd)) : null;
    const dash = DASH_NAME_RE.exec(masked.slice(span.after));
    const subject = named ? readSubject((named[1] ?? named[2])!) : dash ? readSubject(dash[1]!) : null;
    if (subject && (subject.kind === 'name' || subject.kind === 'pronoun')) {
      return attributed(resolveSubject(subject, context, position(p, span.close)));
    }
  }
  for (let k = cues.length - 1; k >= 0; k--) {
    const cue = cues[k]!;
    if (cue.end > span.open) continue;
    if (cue.start < sentence) break;
    if (cueSpeakers[k] !== undefined) return attributed(cueSpeakers[k]!);
  }
  const colon = NAME_COLON_RE.exec(masked.slice(Math.max(sentence, span.open - 80), span.open));
  const named = colon ? readSubject(colon[1]!) : null;
  if (named?.kind === 'name' && named.name.includes(' ')) {
    return attributed(resolveSubject(named, context, position(p, span.open)));
  }
  const end = span.close === -1 ? masked.length : span.close;
  const later = cues.findIndex((c, k) => c.start > end && c.start < sentenceEnd && cueSpeakers[k]);
  if (later >= 0 && !para.spans.some((s) => s.open > end && s.open < cues[later]!.start)) {
    return attributed(cueSpeakers[later]!);
  }
  if (para.headSpeaker) return attributed(para.headSpeaker);
  const subject = sentenceSubject(para, p, sentence, span.open, context);
  return subject ? attributed(subject) : null;
}
