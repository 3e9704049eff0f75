/**
 * Who a cue's subject is: a name ("Kremlin spokesperson Dmitry Peskov" → Dmitry Peskov), a
 * pronoun, a title ("the spokesperson"), or a generic ("a source", "officials"). Names,
 * titles and pronouns are resolved within the article to the person as printed in full:
 * a surname to the full name printed earlier, a title to the person it was printed beside,
 * a pronoun (he, she, they alike: no gender is guessed) to the most recent named speaker.
 */
import { MASK, tokensIn } from './text-scan';
import { wordSet } from '../text/word-list';

/** Pronouns that stand for the most recent named speaker. */
const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them']);
/** Words printed before a name that are titles or affiliations, not part of it. */
const TITLES = wordSet(
  'president vice prime minister aide adviser advisor envoy secretary state sen senator rep representative gov governor mayor judge justice chief gen general adm admiral col colonel lt capt mr mrs ms dr prof rev sheriff speaker chairman chairwoman chair director congressman congresswoman councilman councilwoman executive pollster strategist analyst ambassador commissioner attorney former deputy acting foreign defense defence interior finance press spokesman spokeswoman spokesperson leader candidate nominee frontrunner democrat republican democratic gop dem rabbi pope king queen prince sir lord lady ex first u.s us uk eu un kremlin white house sec atty supt pres premier chancellor',
);
/** Capitalised words that never name a speaker: days, months, sentence openers. */
const NOT_NAMES = wordSet(
  'the a an this that these those monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december earlier later previously however meanwhile also then in on at but and it we i you our my today yesterday tomorrow when while after before if as since because although though so yet for with what where why how who despite during',
);
/**
 * Platforms and media named as where something was said ("wrote on Telegram", "in a post on
 * X"): read backwards from a cue they look like its subject, but they never speak. Case-sensitive.
 */
const MEDIA = new Set(
  'X|X.com|Twitter|Telegram|Facebook|Instagram|Threads|TikTok|YouTube|WhatsApp|Signal|Viber|VKontakte|VK|Weibo|WeChat|LinkedIn|Bluesky|Mastodon|Reddit|Substack|Snapchat|Rumble|Truth Social'.split(
    '|',
  ),
);
/** Lower-case words allowed inside a printed name (de Blasio, Ludwig van Beethoven, bin Salman). */
const PARTICLES = new Set(['de', 'van', 'von', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'al', 'bin', 'ibn', 'el']);
/** Determiners and quantifiers that make a subject generic: "a source", "some officials". */
const INDEFINITE = wordSet(
  'a an one some several many most other another two three four five few numerous various any no multiple both all each',
);
/** Head nouns that are not people: a title with one of these names nobody ("the statement said"). */
const NOT_PERSON = wordSet(
  'statement report release letter document poll survey study tweet post website site agency ministry department office campaign committee memo article ad book video data filing message paper network newspaper outlet channel service government administration team group party country readout transcript decree',
);
/** Last words of organisations' names: "State Department" keeps its "State". */
const ORGANISATION_HEADS = wordSet(
  'department ministry office committee house council agency service party court commission administration times post news journal network bureau center centre institute foundation university campaign',
);
/** An apposition after a name: ", a spokeswoman for the ministry". */
const APPOSITION_RE = new RegExp(`^,\\s+(?:a|an|the|his|her)\\s+([^,.;:()${MASK}"“”]{1,80})`, 'u');
/**
 * A run of two or more capitalised words joined by spaces, particles or "of": a name with its
 * titles. (A lone capitalised word names nobody in full, so it is not even matched.)
 */
const CAPITALISED_RUN_RE = new RegExp(
  // The lookahead lets the engine skip lower-case ASCII fast before testing the Unicode class.
  String.raw`(?=[A-Z\u0080-\u{10ffff}])\p{Lu}[\p{L}\p{N}'’.-]*(?:[ \t\u00a0]+(?:\p{Lu}[\p{L}\p{N}'’.-]*|(?:${[...PARTICLES, 'of'].join('|')})(?=[ \t\u00a0]+\p{Lu})))+`,
  'gu',
);
/** Words glued by spaces before a name (no punctuation between) that may be its titles ("Kremlin spokesperson"). */
const MAX_GLUED_WORDS = 3;
/** How far back those words are looked for, in characters. */
const GLUED_WINDOW = 60;
/** Spaces that glue a title to a name. */
const GLUE = new Set([' ', '\t', '\u00a0']);
/** One letter or digit (a whole code point). */
const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;
/** Titles that name the same role: "the spokesman" finds the person printed as "spokesperson". */
const ROLE_SYNONYMS = new Map<string, string>(
  Object.entries({
    spokesman: 'spokesperson',
    spokeswoman: 'spokesperson',
    sen: 'senator',
    gov: 'governor',
    rep: 'representative',
    congressman: 'representative',
    congresswoman: 'representative',
    aide: 'adviser',
    advisor: 'adviser',
  }),
);

export type Subject =
  | { kind: 'name'; name: string; last: string }
  /** A platform or medium ("in a post on X accused …"): where something was said, never who said it. */
  | { kind: 'medium' }
  | { kind: 'pronoun' }
  | { kind: 'role'; role: string; definite: boolean }
  | { kind: 'generic' };

/** A capital first letter: ASCII is checked directly, anything else by its Unicode class. */
const CAPITAL_START_RE = /^\p{Lu}/u;
/** Capitals each followed by a full stop: initials ("J.J.", "H.W."). */
const INITIALS_RE = /^(?:\p{Lu}\.)+$/u;
/** Two to four capitals, each perhaps with a full stop: an acronym ("GOP", "U.S."). */
const ACRONYM_RE = /^(?:\p{Lu}\.?){2,4}$/u;
const isCapitalised = (w: string): boolean => {
  const code = w.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : CAPITAL_START_RE.test(w);
};
const isApostrophe = (ch: string | undefined): boolean => ch === "'" || ch === '’';
/** "Peskov's" → "Peskov", "Jones'" → "Jones". */
const stripPossessive = (w: string): string => {
  const n = w.length;
  if (n >= 2 && w[n - 1] === 's' && isApostrophe(w[n - 2])) return w.slice(0, -2);
  return isApostrophe(w[n - 1]) ? w.slice(0, -1) : w;
};
const dropFullStop = (w: string): string => (w.endsWith('.') ? w.slice(0, -1) : w);
const normaliseRole = (w: string): string => {
  const lower = dropFullStop(stripPossessive(w.toLowerCase()));
  return ROLE_SYNONYMS.get(lower) ?? lower;
};
/** Endings of nationalities and demonyms before a title: "Russian", "Chinese", "British", "Israeli". */
const isNationality = (w: string): boolean =>
  w.endsWith('an') || w.endsWith('ese') || w.endsWith('ish') || w.endsWith('i');

/** A title printed before a name: "Senator", "Gov.", "spokesperson". */
export const isTitleWord = (word: string): boolean => TITLES.has(dropFullStop(word.toLowerCase()));

/** A title word, or a nationality before one ("Russian President"), or an acronym ("GOP", "U.S."). */
function isTitle(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  const w = dropFullStop(word.toLowerCase());
  if (TITLES.has(w) || ACRONYM_RE.test(word)) return true;
  const next = words[i + 1];
  return next !== undefined && isNationality(w) && TITLES.has(dropFullStop(next.toLowerCase()));
}

/**
 * The words of the printed name at the end of a run of words: the capitalised words after the
 * last title ("US Secretary of State Marco Rubio" → Marco Rubio), the last without its
 * possessive. An organisation keeps its whole run ("State Department", "White House").
 */
function nameWordsAtEnd(words: readonly string[]): string[] | null {
  let i = words.length;
  while (i > 0) {
    const w = words[i - 1]!;
    const inside = i < words.length;
    if (isCapitalised(w) && !NOT_NAMES.has(w.toLowerCase())) i--;
    else if (inside && (PARTICLES.has(w) || w === 'of') && i > 1 && isCapitalised(words[i - 2]!)) i--;
    else break;
  }
  while (i < words.length && (words[i] === 'of' || PARTICLES.has(words[i]!))) i++;
  if (i === words.length || words[words.length - 1] === 'of') return null;
  let lastTitle = i - 1;
  for (let k = i; k < words.length; k++) {
    // Initials right before the surname are part of the name: "J.J. MacNab", not a title like "U.S.".
    const initials = k === words.length - 2 && INITIALS_RE.test(words[k]!);
    if (words[k] === 'of' || (!initials && isTitle(words, k))) lastTitle = k;
  }
  let restStart = lastTitle + 1;
  while (restStart < words.length - 1 && PARTICLES.has(words[restStart]!) && !isCapitalised(words[restStart]!))
    restStart++;
  const restLength = words.length - restStart;
  const organisation =
    restLength === 0 || (restLength === 1 && ORGANISATION_HEADS.has(words[restStart]!.toLowerCase()));
  const name = words.slice(organisation ? i : restStart);
  name[name.length - 1] = stripPossessive(name[name.length - 1]!);
  return name;
}

/** Punctuation around a word of a subject: leading marks and dashes, trailing commas and colons. */
const WORD_EDGES_RE = /^[^\p{L}\p{N}]+|[,;:]+$/gu;
/** A word without the punctuation around it; most words have none, and skip the regex. */
function cleanWord(w: string): string {
  const first = w.charCodeAt(0);
  const plainStart = (first >= 97 && first <= 122) || (first >= 65 && first <= 90) || (first >= 48 && first <= 57);
  const last = w[w.length - 1];
  return plainStart && last !== ',' && last !== ';' && last !== ':' ? w : w.replace(WORD_EDGES_RE, '');
}

/** What a subject noun phrase is. */
export function readSubject(np: string): Subject {
  const words = np
    .split(/\s+/u)
    .map(cleanWord)
    .filter((w) => w.length > 0 && !w.includes(MASK));
  if (words.length === 0) return { kind: 'generic' };
  const first = words[0]!.toLowerCase();
  if (words.length === 1 && PRONOUNS.has(first)) return { kind: 'pronoun' };
  const last = words[words.length - 1]!;
  if (MEDIA.has(words.join(' '))) return { kind: 'medium' };
  if (isCapitalised(last) && !NOT_NAMES.has(last.toLowerCase())) {
    if (INDEFINITE.has(first)) return { kind: 'generic' };
    const found = nameWordsAtEnd(words);
    if (found) return { kind: 'name', name: found.join(' '), last: found[found.length - 1]!.toLowerCase() };
  }
  // A title: its head is the last word before a preposition ("a spokesman for the campaign").
  const cut = words.findIndex((w, i) => i > 0 && ['for', 'of', 'at', 'with', 'from', 'in', 'to'].includes(w));
  const head = (cut > 0 ? words.slice(0, cut) : words).at(-1)!;
  const role = normaliseRole(head);
  if (INDEFINITE.has(first) || NOT_PERSON.has(role)) return { kind: 'generic' };
  if (/s$/u.test(role) && !/(ss|us|is)$/u.test(role) && !['the', 'his', 'her', 'their', 'its'].includes(first)) {
    return { kind: 'generic' };
  }
  const definite = ['the', 'this', 'that', 'his', 'her', 'their', 'its'].includes(first) || /['’]s$/u.test(words[0]!);
  return { kind: 'role', role, definite };
}

/** A name printed in the article, with the titles printed beside it. */
interface Mention {
  name: string;
  last: string;
  roles: Set<string>;
  /** Reading position: paragraph × 1e6 + offset. */
  at: number;
}

export interface SpeakerContext {
  mentions: Mention[];
  /** Named speakers in reading order: the antecedents of pronouns and bare titles. */
  speakers: { name: string; at: number }[];
}

export const position = (paragraph: number, offset: number): number => paragraph * 1_000_000 + offset;

/**
 * Every name of two or more words in the article's own text (quotes masked), with the titles
 * printed before it ("Kremlin spokesperson Dmitry Peskov") or after it in an apposition
 * ("Jane Doe, a spokeswoman for X").
 */
export function collectMentions(masked: readonly string[]): SpeakerContext {
  const mentions: Mention[] = [];
  // Names recur through an article: each distinct run is read once.
  const runs = new Map<string, { name: string; last: string; titles: string[] } | null>();
  masked.forEach((text, p) => {
    const re = CAPITALISED_RUN_RE;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let read = runs.get(m[0]);
      if (read === undefined) {
        read = readRun(m[0]);
        runs.set(m[0], read);
      }
      if (!read) continue;
      const roles = new Set(read.titles);
      // Up to three words glued before the run ("Kremlin spokesperson") and an apposition after it.
      for (const w of gluedWordsBefore(text, m.index)) roles.add(normaliseRole(w));
      const apposition = APPOSITION_RE.exec(text.slice(m.index + m[0].length));
      if (apposition) for (const w of apposition[1]!.split(/\s+/u)) roles.add(normaliseRole(w));
      mentions.push({ name: read.name, last: read.last, roles, at: position(p, m.index) });
    }
  });
  return { mentions, speakers: [] };
}

/** The name of two or more words a capitalised run ends in, with the title words printed before it in the run. */
function readRun(run: string): { name: string; last: string; titles: string[] } | null {
  const tokens = tokensIn(run, 0, run.length);
  const parts = nameWordsAtEnd(tokens.map((t) => t.text));
  if (!parts || parts.length < 2) return null;
  const titles = tokens.slice(0, tokens.length - parts.length).map((t) => normaliseRole(t.text));
  return { name: parts.join(' '), last: parts[parts.length - 1]!.toLowerCase(), titles };
}

/** A character of a word in a name: letter, digit, apostrophe, full stop or hyphen; `i` may sit inside a surrogate pair. */
function isNameCharAt(text: string, i: number, floor: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) {
    return (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      code === 39 ||
      code === 46 ||
      code === 45
    );
  }
  if (code === 0x2019) return true;
  if (code >= 0xdc00 && code <= 0xdfff) {
    // The low half of a pair counts with its high half, when that lies inside the window.
    return i - 1 >= floor && LETTER_OR_DIGIT_RE.test(text.slice(i - 1, i + 1));
  }
  return LETTER_OR_DIGIT_RE.test(text[i]!);
}

/**
 * The up to MAX_GLUED_WORDS words joined to `end` by spaces alone, within GLUED_WINDOW
 * characters: one backward scan instead of an end-anchored regex tried at every offset.
 */
function gluedWordsBefore(text: string, end: number): string[] {
  const floor = Math.max(0, end - GLUED_WINDOW);
  const words: string[] = [];
  let at = end;
  while (words.length < MAX_GLUED_WORDS) {
    let i = at;
    while (i > floor && GLUE.has(text[i - 1]!)) i--;
    if (i === at) break;
    let j = i;
    while (j > floor && isNameCharAt(text, j - 1, floor)) {
      j--;
      // Step over the high half of a pair too.
      const c = text.charCodeAt(j);
      if (c >= 0xdc00 && c <= 0xdfff && j > floor) j--;
    }
    if (j === i) break;
    words.push(text.slice(j, i));
    at = j;
  }
  return words.reverse();
}

/** The full printed name for a surname: the latest earlier mention, else the first later one. */
function fullName(context: SpeakerContext, last: string, at: number): string | null {
  let before: Mention | null = null;
  let after: Mention | null = null;
  for (const m of context.mentions) {
    if (m.last !== last) continue;
    if (m.at <= at) before = m;
    else if (!after) after = m;
  }
  return (before ?? after)?.name ?? null;
}

/** Whether a surname belongs to a name printed in full in the article, or to a named speaker. */
export function isKnownName(context: SpeakerContext, last: string): boolean {
  return context.mentions.some((m) => m.last === last) || context.speakers.some((s) => s.name.toLowerCase() === last);
}

/** The most recent named speaker before `at`. */
function lastSpeaker(context: SpeakerContext, at: number): string | null {
  for (let i = context.speakers.length - 1; i >= 0; i--)
    if (context.speakers[i]!.at <= at) return context.speakers[i]!.name;
  return null;
}

/** The person a subject stands for at reading position `at`, as printed in full; null if nobody can be named. */
export function resolveSubject(subject: Subject, context: SpeakerContext, at: number): string | null {
  switch (subject.kind) {
    case 'generic':
    case 'medium':
      return null;
    case 'pronoun':
      return lastSpeaker(context, at);
    case 'name':
      if (!subject.name.includes(' ')) return fullName(context, subject.last, at) ?? subject.name;
      return subject.name;
    case 'role': {
      let found: Mention | null = null;
      for (const m of context.mentions) {
        if (!m.roles.has(subject.role)) continue;
        if (m.at <= at || !found) found = m;
        if (m.at > at) break;
      }
      if (found) return found.name;
      return subject.definite ? lastSpeaker(context, at) : null;
    }
  }
}

/** Records a named speaker as the antecedent for later pronouns and titles. */
export function noteSpeaker(context: SpeakerContext, name: string, at: number): void {
  context.speakers.push({ name, at });
}
