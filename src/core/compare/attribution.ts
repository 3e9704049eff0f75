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
import {
  isKnownName,
  isTitleWord,
  position,
  noteSpeaker,
  readSubject,
  resolveSubject,
  type SpeakerContext,
} from './speakers';
import { findCues, type Cue } from './speech-cues';
import { countWords, lastVisible, MASK, maskQuotes, sentenceStartOf, sentenceStarts } from './text-scan';
import { wordSet } from '../text/word-list';

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
const NOT_VERBS = wordSet(
  'at in on of for with from to by and or but the a an as into after before during about over than that who which',
);
/** Words a closing reporting clause may carry after its verb: "told reporters after the meeting on Monday". */
const MAX_CLOSING_TAIL_WORDS = 6;
/** Verbs of a reporting clause that closes a sentence ("…, Umerov told reporters"); "accused X of …" reports its own content. */
const CLOSING_VERBS = wordSet(
  'said says told tells added adds wrote writes noted explained continued argued insisted warned stated declared recalled replied responded observed remarked tweeted posted',
);
/** A quote of at most this many words running on into a noun phrase is a modifier, not a statement. */
const MAX_MODIFIER_WORDS = 3;
/** Closing quotation marks, after which a comma may sit inside the quote: `…now,' Umerov said`. */
const QUOTE_CLOSERS = `"”'’»`;
/** A lower-case word and then a capitalised one: the title in "presidential aide Yuri Ushakov". */
const TITLE_AHEAD_RE = /^\s+(\p{Ll}+)\s+\p{Lu}/u;
/** Nouns after a capitalised word that make it a place: "Kherson region", "Cook County". */
const PLACE_NOUNS = wordSet(
  'region regions province oblast district county state city town village area border capital port airport island coast valley republic',
);
/** Prepositions that open a phrase of place or time before the main clause: "In adjacent Kherson region, …". */
const OPENING_PREPOSITIONS = wordSet('in at on from near across inside outside throughout around amid during');
/** Marks that end a clause or an opening phrase. */
const CLAUSE_MARKS = ',;:—–(';
/** Marks ending a quote that stands as its own sentence or clause: `"…," he said`, `"…!" she beamed`. */
const ENDING_MARKS = ',.!?…—–-';
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
  const resolved: Paragraph[] = [];
  paragraphs.forEach((para, p) => {
    const speakers: (string | null | undefined)[] = [];
    // The regex needs a colon: most paragraphs have none.
    const head = para.label === '' && para.masked.includes(':') ? HEAD_SPEAKER_RE.exec(para.masked) : null;
    const headSubject = head ? readSubject(head[1]!) : null;
    const headSpeaker = headSubject?.kind === 'name' ? resolveSubject(headSubject, context, position(p, 0)) : null;
    para.cues.forEach((cue, k) => {
      let speaker: string | null | undefined;
      const subject = cue.subject && cue.subject !== 'clause' ? readSubject(cue.subject.text) : null;
      if (cue.subject === 'clause' || subject?.kind === 'medium') {
        // "…, adding that", "… and in a post on X accused": the subject of the clause's earlier cue, else the sentence's.
        const sentence = sentenceStartOf(para.starts, cue.start);
        for (let j = k - 1; j >= 0 && para.cues[j]!.start >= sentence && !speaker; j--) speaker = speakers[j];
        speaker ??= sentenceSubject(para, p, sentence, cue.start, context);
      } else if (cue.subject && subject) {
        // A pronoun first looks for its sentence's named subject: `Sen. Doe scolded him: "…," she said`.
        const sentence = sentenceStartOf(para.starts, cue.start);
        let local: string | null | undefined = null;
        if (subject.kind === 'pronoun') {
          for (let j = k - 1; j >= 0 && para.cues[j]!.start >= sentence && !local; j--) local = speakers[j];
          local ??= sentenceSubject(para, p, sentence, cue.subject.start, context);
          // The previous sentence's last reporting cue, over its grammatical subject: "… to 'end the
          // killings now,' Umerov told reporters. He noted that …" is Umerov, not the sentence's "Ukraine".
          local ??= previousCueSpeaker(para, speakers, resolved[p - 1], sentence);
          local ??= previousSubject(paragraphs, p, sentence, context);
        }
        speaker = local ?? resolveSubject(subject, context, position(p, cue.subject.start));
      }
      speakers.push(speaker);
      if (speaker && !CITATION_LABELS.has(para.label)) noteSpeaker(context, speaker, position(p, cue.start));
    });
    const { text, masked, starts, spans, cues, labelEnd, label } = para;
    resolved.push({ text, masked, starts, spans, cues, labelEnd, label, cueSpeakers: speakers, headSpeaker });
  });
  return resolved;
}

/**
 * The speaker of the last cue of the sentence before `sentence`: in this paragraph (its cues
 * resolved so far in `speakers`), else in the last sentence of the paragraph before.
 */
function previousCueSpeaker(
  para: Unresolved,
  speakers: readonly (string | null | undefined)[],
  before: Paragraph | undefined,
  sentence: number,
): string | null {
  const i = para.starts.indexOf(sentence);
  if (i > 0) {
    for (let k = speakers.length - 1; k >= 0; k--) {
      const at = para.cues[k]!.start;
      if (at >= sentence) continue;
      if (at < para.starts[i - 1]!) break;
      if (speakers[k]) return speakers[k]!;
    }
    return null;
  }
  if (i < 0 || !before) return null;
  const last = before.starts.at(-1) ?? 0;
  for (let k = before.cues.length - 1; k >= 0 && before.cues[k]!.start >= last; k--) {
    if (before.cueSpeakers[k]) return before.cueSpeakers[k]!;
  }
  return null;
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
    // "Russian presidential aide Yuri Ushakov": a lower-case word and a title before the name.
    const rest = text.slice(m.index + m[0].length);
    const titleAhead = TITLE_AHEAD_RE.exec(rest);
    const titleBefore =
      (!/(?:s|ed)$/u.test(m[2]!) && /^\s+\p{Lu}/u.test(rest)) || (titleAhead !== null && isTitleWord(titleAhead[1]!));
    if (NOT_VERBS.has(m[2]!) || titleBefore) continue;
    // A place, not a speaker: "Kherson region", "In adjacent Kherson region, …".
    if (PLACE_NOUNS.has(m[2]!) || opensWithPreposition(text, m.index, m[1]!)) continue;
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

/** Whether the phrase holding the name at `at` opens with a preposition of place or time: then the name is its object. */
function opensWithPreposition(text: string, at: number, name: string): boolean {
  let start = at;
  while (start > 0 && !CLAUSE_MARKS.includes(text[start - 1]!)) start--;
  const lead = `${text.slice(start, at)}${name}`.trimStart();
  const space = lead.search(/\s/u);
  return OPENING_PREPOSITIONS.has((space < 0 ? lead : lead.slice(0, space)).toLowerCase());
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

/**
 * A quoted word or two inside a noun phrase ("a bill to impose 'crippling' new measures"): a
 * scare quote, which a later cue of its sentence does not attribute.
 */
export function isModifier(para: Pick<Paragraph, 'text'>, span: QuotedSpan): boolean {
  if (span.close === -1 || !/^\s+\p{Ll}/u.test(para.text.slice(span.after))) return false;
  return countWords(para.text.slice(span.start, span.end), MAX_MODIFIER_WORDS + 1) <= MAX_MODIFIER_WORDS;
}

/**
 * The last cue of the sentence when it is a reporting clause that closes it, after `end`:
 * introduced by a comma (perhaps inside a closing quote), its subject named, and at most
 * MAX_CLOSING_TAIL_WORDS words after it ("told reporters after the meeting"); else -1. A cue
 * with more after it reports something else ("…, Senator Roe accused Russia of …").
 */
function closingCue(para: Paragraph, end: number, sentenceEnd: number): number {
  let k = para.cues.length - 1;
  while (k >= 0 && para.cues[k]!.start >= sentenceEnd) k--;
  const cue = para.cues[k];
  if (!cue || cue.start <= end || !CLOSING_VERBS.has(cue.verb) || para.cueSpeakers[k] === undefined) return -1;
  if (!cue.subject || cue.subject === 'clause') return -1;
  const tail = para.masked.slice(cue.inverted ? cue.subject.end : cue.end, sentenceEnd);
  if (countWords(tail, MAX_CLOSING_TAIL_WORDS + 1) > MAX_CLOSING_TAIL_WORDS || /\bthat\b/u.test(tail)) return -1;
  let j = (cue.inverted ? cue.start : Math.min(cue.start, cue.subject.start)) - 1;
  while (j > end && /\s/u.test(para.text[j]!)) j--;
  const mark = para.text[j];
  return mark === ',' || (QUOTE_CLOSERS.includes(mark ?? '') && para.text[j - 1] === ',') ? k : -1;
}

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
  const last = span.close === -1 ? '' : lastVisible(para.text, span.start, span.close);
  const ended = last !== '' && ENDING_MARKS.includes(last);
  if (span.close !== -1) {
    const k = cues.findIndex((c) => c.start > span.close);
    const cue = cues[k];
    if (cue && cue.subject && cue.subject !== 'clause' && cueSpeakers[k] !== undefined) {
      const gap = masked.slice(span.after, cue.inverted ? cue.start : Math.min(cue.start, cue.subject.start));
      // `"…," Peskov said` or `"…" — Peskov said`, not `"kind of riding the fence" until Haley said`.
      if ((ended || /[,—–:]/u.test(gap)) && TRAILING_GAP.test(gap)) return attributed(cueSpeakers[k]!);
    }
    const after = ended && last !== '.';
    const named = after ? NAME_VERB_RE.exec(masked.slice(span.after, sentenceEnd)) : null;
    const dash = DASH_NAME_RE.exec(masked.slice(span.after));
    const subject = named ? readSubject((named[1] ?? named[2])!) : dash ? readSubject(dash[1]!) : null;
    if (subject && (subject.kind === 'name' || subject.kind === 'pronoun')) {
      return attributed(resolveSubject(subject, context, position(p, span.close)));
    }
  }
  // A reporting clause closing the sentence covers all of it, over a cue earlier in the sentence:
  // `Ukraine is insisting on a 'full ceasefire' to 'end the killings now,' Umerov told reporters.`
  const end = span.close === -1 ? masked.length : span.close;
  const closing = closingCue(para, end, sentenceEnd);
  if (closing >= 0) return attributed(cueSpeakers[closing]!);
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
  const later = cues.findIndex((c, k) => c.start > end && c.start < sentenceEnd && cueSpeakers[k]);
  if (later >= 0 && !para.spans.some((s) => s.open > end && s.open < cues[later]!.start) && !isModifier(para, span)) {
    return attributed(cueSpeakers[later]!);
  }
  if (para.headSpeaker) return attributed(para.headSpeaker);
  const subject = sentenceSubject(para, p, sentence, span.open, context);
  return subject ? attributed(subject) : null;
}
