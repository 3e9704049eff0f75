/**
 * Reporting cues in a paragraph's own words (outside its quotes): the verb that attributes
 * speech ("said", "told", "added that", "according to") and the noun phrase that names who
 * spoke, before the verb ("Peskov said") or after it ("said Jane Doe"). Works on a masked copy
 * of the paragraph in which quoted words are blanked, so nothing inside a quote reads as a cue.
 * Every scan is a single pass or a bounded look-around: linear in the paragraph's length.
 */
import type { QuotedSpan } from './quote-marks';

/** Stands for a quoted character in the masked paragraph: no letter, no space, no sentence end. */
export const MASK = '\u0001';

/**
 * Verbs and phrases that attribute speech or writing, matched case-sensitively. Past, present
 * and -ing forms; the -ing forms ("adding that", "claiming") take the subject of their clause.
 * Left out: forms that are mostly nouns in news text ("states", "notes", "claims", "calls").
 */
const CUE_VERBS =
  'say|says|said|saying|add|adds|added|adding|tell|tells|told|telling|noted|noting|stated|stating|' +
  'explain|explains|explained|explaining|write|writes|wrote|writing|argue|argues|argued|arguing|ask|asks|asked|asking|' +
  'continued|continues|declared|declares|insisted|insists|insisting|remarked|replied|replies|responded|responds|recalled|recalls|' +
  'warned|warns|warning|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|stressing|claimed|claiming|suggested|suggests|' +
  'announced|announces|commented|concluded|acknowledged|acknowledges|admitted|admits|confirmed|confirms|complained|tweeted|' +
  'posted|joked|quipped|predicted|observed|vowed|promised|boasted|countered|contended|maintained|asserted|assured|' +
  'reiterated|indicated|described|describing|called|calling|dubbed|labell?ed|branded|testified|shouted|yelled|' +
  'pointed out|went on|according to|According to|thanked|pledged|praised|praising|urged|urging|accused|accusing|blasted|' +
  'slammed|criticized|criticised|lamented|defended|dismissed|mocked|labeling|labelling|touted|cited|conceded|hinted|' +
  'reminded|echoed|agreed|wondered|demanded|pleaded|proclaimed|bragged|scoffed|retorted|fired back|shot back|cautioned|' +
  'speculated|characterized|characterised|referred to|emailed|texted|promising|vowing|insisting|writes|asserting|' +
  'explaining|arguing|urges|accuses|describes|tells|thanks|praises|warns|predicts|concedes|recalls|insists|pledging|' +
  'decried|decries|refers to|questioned|questioning|declaring|announcing|joking|boasting|tweeting|writing|' +
  'notes|states|claims|calls|points out|charged|charges|Says|' +
  'claim|statement|remarks|comments|assertion|insistence|accusation|promise|pledge|warning|vow|words';
/** Nouns that report speech after a possessive: "Trump's claim that …", "Peskov's words". */
const NOUN_CUES = new Set(
  'claim statement remarks comments assertion insistence accusation promise pledge warning vow words'.split(' '),
);
/** Cue forms that are as often nouns ("the states", "his notes"): a cue only after a name or a pronoun. */
const AMBIGUOUS = new Set(['notes', 'states', 'claims', 'calls', 'points out', 'thanks', 'praises']);
/** Words before an -ing cue that make it take its clause's subject: "by saying", "while noting". */
const PARTICIPLE_LEADS = new Set([
  'by',
  'while',
  'when',
  'after',
  'before',
  'without',
  'in',
  'for',
  'and',
  'but',
  'then',
]);
/** Words that join two verbs of one subject: "Carson took the stage and called the system …". */
const COORDINATORS = new Set(['and', 'but', 'or', 'then']);
/** One cue anywhere in the masked text, as a whole word. */
const CUE_RE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${CUE_VERBS})(?![\\p{L}\\p{N}'’-])`, 'gu');
/** Verbs that may come before their subject after a quote: `"…," said Jane Doe`, `"…," added the spokesperson`. */
const INVERTIBLE = new Set(
  'said says added adds asked asks wrote writes noted notes continued explained replied responded recalled warned stated declared insisted remarked observed argued quipped joked countered tweeted'.split(
    ' ',
  ),
);
/** Words between a subject and its verb that are neither: "Peskov also said", "Trump had earlier said". */
const SKIPPABLE = new Set(
  'has have had also later then previously once again repeatedly further recently reportedly would will is was were been not earlier frequently often quoted as just only still already subsequently separately similarly reportedly publicly privately'.split(
    ' ',
  ),
);
/** Auxiliaries and modals: a "subject" holding one is a clause ("such a meeting will require continued …"). */
const CLAUSE_WORDS = new Set(
  'will would can could must should may might shall is are was were has have had do does did be been being am'.split(
    ' ',
  ),
);
/** Manner adverbs between subject and verb: "Trump angrily said". */
const isSkippable = (word: string): boolean => SKIPPABLE.has(word.toLowerCase()) || /^\p{Ll}+ly$/u.test(word);
/** Words that end a subject noun phrase when reading backwards from the verb. */
const NP_STOP = new Set(
  'that and but or which who whom whose when while as because if what where than so after before since though although whether how why to nor yet until unless whereas in at on from with by during into over under about against between through near amid despite then'.split(
    ' ',
  ),
);
/** Words that end an inverted subject when reading forwards: `said Peskov on Monday`, `said Doe in a statement`. */
const NP_FORWARD_STOP = new Set(
  'on in at during to after before when while who which that as about from with by last this and but'.split(' '),
);
/** Where an inverted subject ends: punctuation, a quote, or the end. */
const FORWARD_STOP_RE = new RegExp(`[,;:.()—–"“”«»„${MASK}]|$`, 'u');
/** Text holding a quote or a quotation mark. */
const QUOTED_RE = new RegExp(`[${MASK}"“”]`, 'u');
/** Punctuation that ends a subject noun phrase read backwards. */
const NP_PUNCT = ',;:()—–"“”«»„' + MASK;
/** Marks around an apposition: `Jane Doe, a spokeswoman,` or `Jason Doe — a teacher —`. */
const APPOSITION_MARKS = ',—–';
/** Comma-separated appositions read past between a subject and its verb. */
const MAX_APPOSITIONS = 3;
/** A subject is a short noun phrase; beyond this many words the "subject" is a clause, not a speaker. */
const MAX_NP_WORDS = 9;
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st sen rep gov gen lt col sgt capt maj jr sr inc co corp ltd vs no jan feb mar apr jun jul aug sep sept oct nov dec prof rev u.s u.k u.n d.c e.g i.e'.split(
    ' ',
  ),
);
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Cue {
  /** The cue word(s) as printed ("said", "according to"). */
  verb: string;
  start: number;
  end: number;
  /** Who the cue names: a noun phrase, the clause's subject (for "adding that"), or nobody found. */
  subject: Token | 'clause' | null;
  /** The subject follows the verb: `said Jane Doe`. */
  inverted: boolean;
  /** End of `that` when the verb introduces a content clause ("said on Monday that …"); else -1. */
  thatEnd: number;
}

/** The paragraph with every quoted character (between the marks) replaced by MASK; offsets unchanged. */
export function maskQuotes(text: string, spans: readonly QuotedSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    const end = s.close === -1 ? text.length : s.close;
    out += text.slice(at, s.open + 1) + MASK.repeat(end - s.open - 1);
    at = end;
  }
  return out + text.slice(at);
}

/** Offsets at which sentences start, read from the masked paragraph (a quote ending in "." counts). */
export function sentenceStarts(masked: string, original: string): number[] {
  const starts = [0];
  const re = /([.!?…]|[.!?][”"’'»]{1,2})(\s+)(?=[\p{Lu}\p{N}"“‘'„«(•])/gu;
  for (let m = re.exec(original); m; m = re.exec(original)) {
    const at = m.index;
    // Punctuation inside a quote ends a sentence only when the closing mark follows it.
    if (masked[at] === MASK && m[1]!.length === 1) continue;
    if (m[1] === '.') {
      const before = /([\p{L}.]+)$/u.exec(original.slice(Math.max(0, at - 12), at));
      const word = before?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    starts.push(at + m[0].length);
  }
  return starts;
}

/** The start of the sentence holding `offset`. */
export function sentenceStartOf(starts: readonly number[], offset: number): number {
  let best = 0;
  for (const s of starts) {
    if (s > offset) break;
    best = s;
  }
  return best;
}

export function tokensIn(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = WORD_RE;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    let t = text.slice(m.index, end);
    // A trailing full stop is sentence punctuation unless it closes an abbreviation or initial.
    if (t.endsWith('.') && !/^(\p{L}\.)+$/u.test(t) && !ABBREVIATIONS.has(t.slice(0, -1).toLowerCase())) {
      t = t.slice(0, -1);
    }
    out.push({ text: t, start: m.index, end: m.index + t.length });
  }
  return out;
}

/** The subject read backwards from the verb at `verbStart`, stopping at punctuation, clause words or `floor`. */
function subjectBefore(masked: string, verbStart: number, floor: number, depth = 0): Token | 'clause' | null {
  const window = Math.max(floor, verbStart - 160);
  const segment = masked.slice(window, verbStart);
  // Stop at the nearest punctuation that closes a noun phrase.
  let cut = -1;
  for (let i = segment.length - 1; i >= 0 && cut < 0; i--) if (NP_PUNCT.includes(segment[i]!)) cut = i;
  const from = window + cut + 1;
  // A parenthesis between subject and verb: `Sen. Jane Doe (D-Calif.) said`.
  if (cut >= 0 && segment[cut] === ')' && /^\s*$/u.test(segment.slice(cut + 1)) && depth === 0) {
    const open = segment.lastIndexOf('(', cut);
    if (open > 0) return subjectBefore(masked, window + open, floor, depth);
  }
  const tokens = tokensIn(masked, from, verbStart);
  while (tokens.length > 0 && isSkippable(tokens[tokens.length - 1]!.text)) tokens.pop();
  // Appositions between subject and verb: `Jane Doe, a spokeswoman for X, said`, `Doe, 35, the …, said`.
  if (tokens.length === 0 && cut >= 0 && APPOSITION_MARKS.includes(segment[cut]!) && depth === 0) {
    let at = lastMark(segment, cut);
    for (let n = 0; at >= 0 && n < MAX_APPOSITIONS; n++) {
      const found = subjectBefore(masked, window + at, floor, 1);
      if (found && found !== 'clause' && /^\p{Lu}/u.test(found.text) && !/^(?:The|A|An)\s/u.test(found.text)) {
        return found;
      }
      at = lastMark(segment, at);
    }
    return null;
  }
  let first = tokens.length;
  while (first > 0 && !NP_STOP.has(tokens[first - 1]!.text.toLowerCase())) first--;
  const np = tokens.slice(first);
  if (np.length === 0 && first > 0 && COORDINATORS.has(tokens[first - 1]!.text.toLowerCase())) return 'clause';
  if (np.length === 0 || np.length > MAX_NP_WORDS) return null;
  if (np.some((t) => CLAUSE_WORDS.has(t.text.toLowerCase()))) return null;
  return { text: masked.slice(np[0]!.start, np[np.length - 1]!.end), start: np[0]!.start, end: np[np.length - 1]!.end };
}

/** The last apposition mark (comma or dash) before `before` in `segment`, or -1. */
function lastMark(segment: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (APPOSITION_MARKS.includes(segment[i]!)) return i;
  return -1;
}

/** The subject after an inverted verb: `said Jane Doe, a spokeswoman` → "Jane Doe". */
function subjectAfter(masked: string, verbEnd: number, ceiling: number): Token | null {
  const segment = masked.slice(verbEnd, Math.min(ceiling, verbEnd + 120));
  const stop = FORWARD_STOP_RE.exec(segment);
  const tokens = tokensIn(masked, verbEnd, verbEnd + (stop?.index ?? segment.length));
  const np: Token[] = [];
  for (const t of tokens) {
    const lower = t.text.toLowerCase();
    if (NP_FORWARD_STOP.has(lower) && np.length > 0) break;
    // "of" belongs to a title ("Secretary of State John Kerry") only between capitalised words.
    if (lower === 'of' && !/^\p{Lu}/u.test(np[np.length - 1]?.text ?? '')) break;
    np.push(t);
    if (np.length > MAX_NP_WORDS) return null;
  }
  if (np.length === 0) return null;
  return { text: masked.slice(np[0]!.start, np[np.length - 1]!.end), start: np[0]!.start, end: np[np.length - 1]!.end };
}

/** A subject ending in a capitalised word or a personal pronoun. */
function namesSomeone(np: string): boolean {
  return /(?:^|\s)(?:\p{Lu}[\p{L}\p{N}'’.-]*|he|she|they|He|She|They)$/u.test(np);
}

/** Every cue in the masked paragraph, in order, with its subject. */
export function findCues(masked: string, starts: readonly number[]): Cue[] {
  const cues: Cue[] = [];
  const re = CUE_RE;
  re.lastIndex = 0;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    const verb = m[0];
    const start = m.index;
    const end = start + verb.length;
    const sentence = sentenceStartOf(starts, start);
    const nextSentence = starts.find((s) => s > start) ?? masked.length;
    const lower = verb.toLowerCase();
    let subject: Cue['subject'] = null;
    let inverted = false;
    if (lower === 'according to') {
      subject = subjectAfter(masked, end, nextSentence);
    } else {
      subject = subjectBefore(masked, start, sentence);
      const previous = /([\p{L},]+)\s*$/u.exec(masked.slice(Math.max(sentence, start - 12), start))?.[1] ?? '';
      if (/ing$/u.test(lower) && (previous.endsWith(',') || PARTICIPLE_LEADS.has(previous.toLowerCase()))) {
        // "…, adding that", "by saying": the participle's subject is its clause's.
        subject = 'clause';
      } else if (/ing$/u.test(lower) && subject !== 'clause' && !(subject && namesSomeone(subject.text))) {
        subject = 'clause';
      } else if (!subject && INVERTIBLE.has(lower)) {
        subject = subjectAfter(masked, end, nextSentence);
        inverted = subject !== null;
      }
      if (AMBIGUOUS.has(lower) && !(subject && subject !== 'clause' && !inverted && namesSomeone(subject.text)))
        continue;
      // "Trump's claim that …": only after a possessive, before "that" or a colon, as the sentence's first cue.
      if (NOUN_CUES.has(verb)) {
        const possessive = subject && subject !== 'clause' && /['’]s?$/u.test(subject.text);
        const earlier = cues.length > 0 && cues[cues.length - 1]!.start >= sentence;
        if (!possessive || earlier || !/^\s*(?:that\b|:)/u.test(masked.slice(end))) continue;
      }
    }
    const that = /^(?:\s+[\p{L}\p{N}.,'’-]+){0,5}?\s+that\s+/u.exec(
      masked.slice(end, Math.min(nextSentence, end + 80)),
    );
    const thatEnd = that && !QUOTED_RE.test(that[0]) ? end + that[0].length : -1;
    cues.push({ verb, start, end, subject, inverted, thatEnd });
  }
  return cues;
}
