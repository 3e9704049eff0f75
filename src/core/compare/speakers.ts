/**
 * Who a cue's subject is: a name ("Kremlin spokesperson Dmitry Peskov" → Dmitry Peskov), a
 * pronoun, a title ("the spokesperson"), or a generic ("a source", "officials"). Names,
 * titles and pronouns are resolved within the article to the person as printed in full:
 * a surname to the full name printed earlier, a title to the person it was printed beside,
 * a pronoun (he, she, they alike: no gender is guessed) to the most recent named speaker.
 */
import { MASK, tokensIn } from './speech-cues';

/** Pronouns that stand for the most recent named speaker. */
const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them']);
/** Words printed before a name that are titles or affiliations, not part of it. */
const TITLES = new Set(
  'president vice prime minister secretary state sen senator rep representative gov governor mayor judge justice chief gen general adm admiral col colonel lt capt mr mrs ms dr prof rev sheriff speaker chairman chairwoman chair director congressman congresswoman councilman councilwoman executive pollster strategist analyst ambassador commissioner attorney former deputy acting foreign defense defence interior finance press spokesman spokeswoman spokesperson leader candidate nominee frontrunner democrat republican democratic gop dem rabbi pope king queen prince sir lord lady ex first u.s us uk eu un kremlin white house sec atty supt pres premier chancellor'.split(
    ' ',
  ),
);
/** Capitalised words that never name a speaker: days, months, sentence openers. */
const NOT_NAMES = new Set(
  'the a an this that these those monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december earlier later previously however meanwhile also then in on at but and it we i you our my today yesterday tomorrow when while after before if as since because although though so yet for with what where why how who despite during'.split(
    ' ',
  ),
);
/** Lower-case words allowed inside a printed name (de Blasio, Ludwig van Beethoven, bin Salman). */
const PARTICLES = new Set(['de', 'van', 'von', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'al', 'bin', 'ibn', 'el']);
/** Determiners and quantifiers that make a subject generic: "a source", "some officials". */
const INDEFINITE = new Set(
  'a an one some several many most other another two three four five few numerous various any no multiple both all each'.split(
    ' ',
  ),
);
/** Head nouns that are not people: a title with one of these names nobody ("the statement said"). */
const NOT_PERSON = new Set(
  'statement report release letter document poll survey study tweet post website site agency ministry department office campaign committee memo article ad book video data filing message paper network newspaper outlet channel service government administration team group party country readout transcript decree'.split(
    ' ',
  ),
);
/** Last words of organisations' names: "State Department" keeps its "State". */
const ORGANISATION_HEADS = new Set(
  'department ministry office committee house council agency service party court commission administration times post news journal network bureau center centre institute foundation university campaign'.split(
    ' ',
  ),
);
/** An apposition after a name: ", a spokeswoman for the ministry". */
const APPOSITION_RE = new RegExp(`^,\\s+(?:a|an|the|his|her)\\s+([^,.;:()${MASK}"“”]{1,80})`, 'u');
/** A run of capitalised words joined by spaces, particles or "of": a name with its titles. */
const CAPITALISED_RUN_RE = new RegExp(
  String.raw`\p{Lu}[\p{L}\p{N}'’.-]*(?:[ \t\u00a0]+(?:\p{Lu}[\p{L}\p{N}'’.-]*|(?:${[...PARTICLES, 'of'].join('|')})(?=[ \t\u00a0]+\p{Lu})))*`,
  'gu',
);
/** Up to three words glued by spaces before a name (no punctuation between). */
const GLUED_BEFORE_RE = /(?:[\p{L}\p{N}'’.-]+[ \t\u00a0]+){1,3}$/u;
/** Titles that name the same role: "the spokesman" finds the person printed as "spokesperson". */
const ROLE_SYNONYMS: Record<string, string> = {
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  sen: 'senator',
  gov: 'governor',
  rep: 'representative',
  congressman: 'representative',
  congresswoman: 'representative',
  aide: 'adviser',
  advisor: 'adviser',
};

export type Subject =
  | { kind: 'name'; name: string; last: string }
  | { kind: 'pronoun' }
  | { kind: 'role'; role: string; definite: boolean }
  | { kind: 'generic' };

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const stripPossessive = (w: string): string => w.replace(/['’]s?$/u, '');
const normaliseRole = (w: string): string => {
  const lower = stripPossessive(w.toLowerCase()).replace(/\.$/u, '');
  return ROLE_SYNONYMS[lower] ?? lower;
};

/** A title word, or a nationality before one ("Russian President"), or an acronym ("GOP", "U.S."). */
function isTitle(words: readonly string[], i: number): boolean {
  const w = words[i]!.toLowerCase().replace(/\.$/u, '');
  if (TITLES.has(w) || /^(?:\p{Lu}\.?){2,4}$/u.test(words[i]!)) return true;
  const next = words[i + 1]?.toLowerCase().replace(/\.$/u, '');
  return /(?:an|ian|ese|ish|i)$/u.test(w) && next !== undefined && TITLES.has(next);
}

/**
 * The printed name at the end of a run of words: the capitalised words after the last title
 * ("US Secretary of State Marco Rubio" → Marco Rubio). An organisation keeps its whole run
 * ("State Department", "White House").
 */
export function nameAtEnd(words: readonly string[]): string | null {
  let i = words.length;
  while (i > 0) {
    const w = words[i - 1]!;
    const inside = i < words.length;
    if (isCapitalised(w) && !NOT_NAMES.has(w.toLowerCase())) i--;
    else if (inside && (PARTICLES.has(w) || w === 'of') && i > 1 && isCapitalised(words[i - 2]!)) i--;
    else break;
  }
  let run = words.slice(i);
  while (run.length > 0 && (run[0] === 'of' || PARTICLES.has(run[0]!))) run = run.slice(1);
  if (run.length === 0 || run[run.length - 1] === 'of') return null;
  let lastTitle = -1;
  for (let k = 0; k < run.length; k++) if (isTitle(run, k) || run[k] === 'of') lastTitle = k;
  const rest = run.slice(lastTitle + 1);
  while (rest.length > 0 && PARTICLES.has(rest[0]!) && rest.length > 1 && !isCapitalised(rest[0]!)) rest.shift();
  const organisation = rest.length === 0 || (rest.length === 1 && ORGANISATION_HEADS.has(rest[0]!.toLowerCase()));
  const name = organisation ? run : rest;
  return name.map(stripPossessiveIfLast(name.length)).join(' ');
}

function stripPossessiveIfLast(n: number) {
  return (w: string, i: number): string => (i === n - 1 ? stripPossessive(w) : w);
}

/** What a subject noun phrase is. */
export function readSubject(np: string): Subject {
  const words = np
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[,;:]+$/gu, ''))
    .filter((w) => w.length > 0 && !w.includes(MASK));
  if (words.length === 0) return { kind: 'generic' };
  const first = words[0]!.toLowerCase();
  if (words.length === 1 && PRONOUNS.has(first)) return { kind: 'pronoun' };
  const last = words[words.length - 1]!;
  if (isCapitalised(last) && !NOT_NAMES.has(last.toLowerCase())) {
    if (INDEFINITE.has(first)) return { kind: 'generic' };
    const found = nameAtEnd(words);
    if (found) return { kind: 'name', name: found, last: found.split(' ').at(-1)!.toLowerCase() };
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
  masked.forEach((text, p) => {
    const re = CAPITALISED_RUN_RE;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!/\s/u.test(m[0])) continue;
      const run = tokensIn(text, m.index, m.index + m[0].length);
      const found = nameAtEnd(run.map((t) => t.text));
      if (!found || !found.includes(' ')) continue;
      const parts = found.split(' ');
      const roles = new Set<string>();
      // Title words inside the run and up to three words glued before it ("Kremlin spokesperson").
      for (const t of run.slice(0, run.length - parts.length)) roles.add(normaliseRole(t.text));
      const before = GLUED_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 60), m.index));
      if (before) for (const w of before[0].trim().split(/\s+/u)) roles.add(normaliseRole(w));
      const apposition = APPOSITION_RE.exec(text.slice(m.index + m[0].length));
      if (apposition) for (const w of apposition[1]!.split(/\s+/u)) roles.add(normaliseRole(w));
      mentions.push({ name: found, last: parts[parts.length - 1]!.toLowerCase(), roles, at: position(p, m.index) });
    }
  });
  return { mentions, speakers: [] };
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
