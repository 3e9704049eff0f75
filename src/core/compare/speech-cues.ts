/**
 * Reporting cues in a paragraph's own words (outside its quotes): the verb that attributes
 * speech ("said", "told", "added that", "according to") and the noun phrase that names who
 * spoke, before the verb ("Peskov said") or after it ("said Jane Doe"). Works on a masked copy
 * of the paragraph in which quoted words are blanked, so nothing inside a quote reads as a cue.
 * Every scan is a single pass or a bounded look-around: linear in the paragraph's length.
 */
import { isTitleWord } from './speakers';
import {
  closesAbbreviation,
  JOINER,
  LETTER,
  MASK,
  runEnd,
  sentenceStartOf,
  tokensIn,
  wordBefore,
  type Token,
} from './text-scan';
import { wordSet } from '../text/word-list';

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
const NOUN_CUES = wordSet(
  'claim statement remarks comments assertion insistence accusation promise pledge warning vow words',
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
/** Every cue form spelled out ("emphasi[sz]ed" → emphasised, emphasized). */
const CUE_FORMS = CUE_VERBS.split('|').flatMap(expandForm);
/** One-word cues: a cue is a whole word, so one set look-up per word replaces a regex of ~250 alternatives. */
const CUE_WORDS = new Set(CUE_FORMS.filter((f) => !f.includes(' ')));
/** Two-word cues by their first word ("according" → ["to"]). */
const CUE_PHRASES = new Map<string, string[]>();
for (const f of CUE_FORMS.filter((form) => form.includes(' '))) {
  const [first, second] = f.split(' ') as [string, string];
  CUE_PHRASES.set(first, [...(CUE_PHRASES.get(first) ?? []), second]);
}
/**
 * A word's first letter, last letter and length as one small integer (a pre-filter: words
 * whose key no cue has are never cut out of the text).
 */
const wordKey = (text: string, start: number, end: number): number =>
  ((text.charCodeAt(start) & 0xff) << 14) | ((text.charCodeAt(end - 1) & 0xff) << 6) | Math.min(end - start, 63);
/** The keys of every cue's first word. */
const CUE_KEYS = new Set(CUE_FORMS.map((f) => f.split(' ')[0]!).map((w) => wordKey(w, 0, w.length)));
/** Verbs that may come before their subject after a quote: `"…," said Jane Doe`, `"…," added the spokesperson`. */
const INVERTIBLE = wordSet(
  'said says added adds asked asks wrote writes noted notes continued explained replied responded recalled warned stated declared insisted remarked observed argued quipped joked countered tweeted',
);
/** Words between a subject and its verb that are neither: "Peskov also said", "Trump had earlier said". */
const SKIPPABLE = wordSet(
  'has have had also later then previously once again repeatedly further recently reportedly would will is was were been not earlier frequently often quoted as just only still already subsequently separately similarly reportedly publicly privately',
);
/** Auxiliaries and modals: a "subject" holding one is a clause ("such a meeting will require continued …"). */
const CLAUSE_WORDS = wordSet(
  'will would can could must should may might shall is are was were has have had do does did be been being am',
);
/** Manner adverbs between subject and verb: "Trump angrily said". */
const isSkippable = (word: string): boolean => SKIPPABLE.has(word.toLowerCase()) || /^\p{Ll}+ly$/u.test(word);
/** Words that end a subject noun phrase when reading backwards from the verb. */
const NP_STOP = wordSet(
  'that and but or which who whom whose when while as because if what where than so after before since though although whether how why to nor yet until unless whereas in at on from with by during into over under about against between through near amid despite then',
);
/** Words before a noun phrase that make it an object, not a subject: "in Columbus", "on Moscow". */
const PREPOSITIONS = wordSet(
  'in at on from with by during into over under about against between through near amid despite to for of across toward towards around after before since',
);
/** Words that end an inverted subject when reading forwards: `said Peskov on Monday`, `said Doe in a statement`. */
const NP_FORWARD_STOP = wordSet(
  'on in at during to after before when while who which that as about from with by last this and but',
);
/** Where an inverted subject ends: punctuation, a quote, or the end. */
const FORWARD_STOP_RE = new RegExp(`[,;:.()—–"“”«»„${MASK}]`, 'gu');
/** Text holding a quote or a quotation mark. */
const QUOTED_RE = new RegExp(`[${MASK}"“”]`, 'u');
/** Punctuation that ends a subject noun phrase read backwards. */
const NP_PUNCT = ',;:()—–"“”«»„' + MASK;
const NP_PUNCT_CODES = new Set([...NP_PUNCT].map((ch) => ch.charCodeAt(0)));
/** Letters, digits and spaces first: the backward scan meets them at almost every step. */
const isNounPhraseStop = (code: number): boolean =>
  !((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 32) && NP_PUNCT_CODES.has(code);
/** Marks around an apposition: `Jane Doe, a spokeswoman,` or `Jason Doe — a teacher —`. */
const APPOSITION_MARKS = ',—–';
const APPOSITION_CODES = new Set([...APPOSITION_MARKS].map((ch) => ch.charCodeAt(0)));
/** Comma-separated appositions read past between a subject and its verb. */
const MAX_APPOSITIONS = 3;
/** A subject is a short noun phrase; beyond this many words the "subject" is a clause, not a speaker. */
const MAX_NP_WORDS = 9;
/** "that" introducing a content clause within five words of its verb: `said on Monday that …`. */
const THAT_RE = /^(?:\s+[\p{L}\p{N}.,'’-]+){0,5}?\s+that\s+/u;
/** How far after the verb that "that" is looked for, in characters. */
const THAT_WINDOW = 80;
/** The spellings of a cue form with an optional letter (`l?`) or a letter class (`[sz]`). */
function expandForm(form: string): string[] {
  const optional = /(\p{L})\?/u.exec(form);
  if (optional) {
    const [head, tail] = [form.slice(0, optional.index), form.slice(optional.index + 2)];
    return [...expandForm(head + tail), ...expandForm(head + optional[1]! + tail)];
  }
  const choice = /\[(\p{L}+)\]/u.exec(form);
  if (!choice) return [form];
  const [head, tail] = [form.slice(0, choice.index), form.slice(choice.index + choice[0].length)];
  return [...choice[1]!].flatMap((letter) => expandForm(head + letter + tail));
}

/**
 * The cues of the masked text as whole words, in order: one-word cues and two-word phrases
 * ("according to"). A single scan over the characters; only words with a cue's first letter,
 * last letter and length are cut out and looked up.
 */
function cueWords(masked: string): { verb: string; start: number }[] {
  const out: { verb: string; start: number }[] = [];
  const length = masked.length;
  let i = 0;
  while (i < length) {
    const end = runEnd(masked, i, length, LETTER | JOINER);
    if (end === i) {
      i++;
      continue;
    }
    if (CUE_KEYS.has(wordKey(masked, i, end))) {
      const word = masked.slice(i, end);
      const seconds = CUE_PHRASES.get(word);
      if (seconds && masked[end] === ' ') {
        const after = runEnd(masked, end + 1, length, LETTER | JOINER);
        if (after > end + 1 && seconds.includes(masked.slice(end + 1, after))) {
          out.push({ verb: masked.slice(i, after), start: i });
          i = after;
          continue;
        }
      }
      if (CUE_WORDS.has(word)) out.push({ verb: word, start: i });
    }
    i = end;
  }
  return out;
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

/** The subject read backwards from the verb at `verbStart`, stopping at punctuation, clause words or `floor`. */
function subjectBefore(masked: string, verbStart: number, floor: number, depth = 0): Token | 'clause' | null {
  const window = Math.max(floor, verbStart - 160);
  const segment = masked.slice(window, verbStart);
  // Stop at the nearest punctuation that closes a noun phrase.
  let cut = verbStart - 1;
  while (cut >= window && !isNounPhraseStop(masked.charCodeAt(cut))) cut--;
  cut -= window;
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
    let next = cut;
    for (let n = 0; at >= 0 && n < MAX_APPOSITIONS; n++) {
      const found = subjectBefore(masked, window + at, floor, 1);
      if (found && found !== 'clause' && /^\p{Lu}/u.test(found.text) && !/^(?:The|A|An)\s/u.test(found.text)) {
        const before = wordBefore(masked, Math.max(window, found.start - 20), found.start).toLowerCase();
        if (!PREPOSITIONS.has(before)) return found;
        // The object of a preposition ("a rally in Columbus, Ohio, said"; "measures on Moscow,
        // Senator Jane Roe, accused"): the name between the marks speaks if it carries a title.
        const between = tokensIn(masked, window + at + 1, window + next);
        if (isTitledName(between)) return spanOf(masked, between);
      }
      next = at;
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
  return spanOf(masked, np);
}

/** The text from the first token to the last. */
const spanOf = (text: string, tokens: readonly Token[]): Token => ({
  text: text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end),
  start: tokens[0]!.start,
  end: tokens[tokens.length - 1]!.end,
});

/** Capitalised words, two or more, with a title among them: "Senator Jane Roe", not "New Hampshire". */
function isTitledName(tokens: readonly Token[]): boolean {
  return (
    tokens.length >= 2 &&
    tokens.length <= MAX_NP_WORDS &&
    tokens.every((t) => /^\p{Lu}/u.test(t.text)) &&
    tokens.slice(0, -1).some((t) => isTitleWord(t.text))
  );
}

/** The last apposition mark (comma or dash) before `before` in `segment`, or -1. */
function lastMark(segment: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (APPOSITION_CODES.has(segment.charCodeAt(i))) return i;
  return -1;
}

/** The subject after an inverted verb: `said Jane Doe, a spokeswoman` → "Jane Doe". */
function subjectAfter(masked: string, verbEnd: number, ceiling: number): Token | null {
  const segment = masked.slice(verbEnd, Math.min(ceiling, verbEnd + 120));
  // The first stop, passing the full stops of initials: `says J.J. MacNab`.
  const stops = FORWARD_STOP_RE;
  stops.lastIndex = 0;
  let stop = stops.exec(segment);
  while (stop && stop[0] === '.' && closesAbbreviation(masked, verbEnd + stop.index)) stop = stops.exec(segment);
  const tokens = tokensIn(masked, verbEnd, verbEnd + (stop?.index ?? segment.length));
  const np: Token[] = [];
  for (const t of tokens) {
    const lower = t.text.toLowerCase();
    if (NP_FORWARD_STOP.has(lower) && np.length > 0) break;
    // "of" belongs to a title ("Secretary of State John Kerry") only between capitalised words, and
    // not after a full name: "said Rep. Jane Roe of Maryland".
    const named = np.filter((t) => /^\p{Lu}/u.test(t.text) && !isTitleWord(t.text)).length >= 2;
    if (lower === 'of' && (named || !/^\p{Lu}/u.test(np[np.length - 1]?.text ?? ''))) break;
    np.push(t);
    if (np.length > MAX_NP_WORDS) return null;
  }
  if (np.length === 0) return null;
  return spanOf(masked, np);
}

/** A subject ending in a capitalised word or a personal pronoun. */
function namesSomeone(np: string): boolean {
  return /(?:^|\s)(?:\p{Lu}[\p{L}\p{N}'’.-]*|he|she|they|He|She|They)$/u.test(np);
}

/** Every cue in the masked paragraph, in order, with its subject. */
export function findCues(masked: string, starts: readonly number[]): Cue[] {
  const cues: Cue[] = [];
  for (const { verb, start } of cueWords(masked)) {
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
      const previous = wordBefore(masked, Math.max(sentence, start - 12), start);
      const participle = lower.endsWith('ing');
      if (participle && (previous.endsWith(',') || PARTICIPLE_LEADS.has(previous.toLowerCase()))) {
        // "…, adding that", "by saying": the participle's subject is its clause's.
        subject = 'clause';
      } else if (participle && subject !== 'clause' && !(subject && namesSomeone(subject.text))) {
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
    const after = masked.slice(end, Math.min(nextSentence, end + THAT_WINDOW));
    // Most cues have no "that" after them: look for the word before running the regex.
    const that = after.includes('that') ? THAT_RE.exec(after) : null;
    const thatEnd = that && !QUOTED_RE.test(that[0]) ? end + that[0].length : -1;
    cues.push({ verb, start, end, subject, inverted, thatEnd });
  }
  return cues;
}
