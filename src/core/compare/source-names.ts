/**
 * The words that introduce a source and its name, as one run of tokens: "Russian propaganda
 * outlet RIA Novosti" is the label "Russian propaganda outlet" and the registered name "RIA
 * Novosti"; "Russia-installed Governor Yevgeny Belitsky" the label "Russia-installed Governor"
 * and the person "Yevgeny Belitsky". Used by the citation extractor (citations.ts), which
 * finds the cues and decides what counts.
 */
import type { OutletRegistry } from '../outlets';
import type { OutletRecord } from '../types';
import { wordSet } from '../text/word-list';

/** A word; a dotted abbreviation ("U.S.") keeps its final dot. */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{M}\p{N}])?(?:(?<=\p{L}\.\p{L})\.)?/gu;
/** Lower-case words that may stand in the words introducing a source. */
const LABEL_WORDS = wordSet(
  'outlet agency news newspaper daily weekly tabloid broadcaster channel television tv radio station website site ' +
    'portal publication magazine media wire service network propaganda propagandist state state-run state-owned ' +
    'state-controlled independent opposition online investigative business local regional national international ' +
    'official government government-run military political foreign policy presidential special senior top former ' +
    'deputy chief war journalist reporter correspondent columnist editor host presenter anchor blogger commentator ' +
    'interviewer spokesperson spokesman spokeswoman minister governor president aide adviser advisor envoy senator ' +
    'mayor ambassador secretary analyst expert lawmaker leader head think tank information press',
);
/** Hyphenated qualifiers that belong to a label ("pro-Kremlin", "Russia-installed"). */
const LABEL_COMPOUND =
  /^(?:pro|anti)-|-(?:installed|backed|appointed|controlled|run|owned|funded|affiliated|aligned|based|linked|friendly)$/iu;
/** Capitalised titles that end a label and never start a name ("Governor Yevgeny Belitsky"). */
const TITLES = wordSet(
  'President Prime Minister Secretary Governor Senator Mayor General Spokesman Spokesperson Spokeswoman Ambassador Chancellor Chairman Chair Director Commander Colonel Judge Deputy Envoy Adviser Advisor Aide Gov Sen Rep Dr Mr Mrs Ms CEO',
);
/** Small words inside a name ("Institute for the Study of War", "Mohammed bin Salman"). */
const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'al', 'bin', 'von', 'van', 'der', 'la', 'le', 'du']);
export const DETERMINERS = new Set(['the', 'a', 'an']);
/** Capitalised words that open a sentence before a name ("On Monday TASS reported"): not part of a label. */
const SENTENCE_OPENERS =
  /^(?:On|In|At|By|For|From|Also|Meanwhile|Earlier|Later|Previously|However|Separately|Then|Now|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Last|This|Since|After|Before|But|And|So|Yet|Still)$/u;
/** A label that makes the source a news agency. Plain "agency" is not enough: "space agency", "energy agency". */
const AGENCY_LABEL = /\b(?:news|press|wire|information|state) agency\b/iu;
/** A label that makes the source an outlet. */
const MEDIA_LABEL =
  /\b(?:outlet|newspaper|daily|weekly|tabloid|broadcaster|channel|television|tv|radio|station|website|site|portal|publication|magazine|media|network)\b/iu;
/** Words in a name that make it an outlet ("Wall Street Journal", "Sky News"). */
const MEDIA_NAME =
  /\b(?:News|Times|Post|Journal|Gazette|Herald|Tribune|Telegraph|Guardian|Press|TV|Radio|Television|Broadcasting|Media|Daily|Weekly|Magazine|Channel|Network)\b/u;
/** A label that presents a person as a journalist, and so as a channel. */
export const JOURNALIST_LABEL =
  /\b(?:journalist|reporter|correspondent|propagandist|columnist|editor|host|presenter|anchor|blogger|commentator|interviewer)s?\b/iu;
/** A label that presents a person. */
const PERSON_LABEL =
  /\b(?:spokesperson|spokesman|spokeswoman|minister|governor|president|official|aide|adviser|advisor|envoy|senator|mayor|ambassador|secretary|chancellor|general|commander|analyst|expert|lawmaker|deputy|leader|ceo)s?\b/iu;
/** Words in a name that make it a body, not a person ("Defence Ministry", "the Kremlin"). */
const ORG_NAME =
  /\b(?:Ministry|Department|Office|Agency|Institute|Council|Committee|Service|Bank|Fund|Organization|Organisation|Union|Army|Forces|Command|Kremlin|Pentagon|Government|Court|Parliament|Police|University|Center|Centre|Commission|Staff|Guard|Administration|House|Group|Foundation|Association)\b/u;
/** A first name and a surname: the surname then names a person when it stands alone. */
const FULL_NAME = /\b\p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;
/** Most tokens a label plus name may span. */
const MAX_RUN_TOKENS = 12;

export type NameClass = 'outlet' | 'agency' | 'person' | 'org' | 'unknown';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Only spaces between the previous token and this one. */
  joined: boolean;
  possessive: boolean;
  outlet?: OutletRecord;
}

/** The tokens of `text.slice(from, to)`, with offsets into `text`. */
export function tokenize(text: string, registry: OutletRegistry, from: number, to: number): Token[] {
  const mentions = registry
    .findNames(text.slice(from, to))
    .map((x) => ({ ...x, start: x.start + from, end: x.end + from }));
  const tokens: Token[] = [];
  let m = 0;
  let consumed = from;
  for (const w of text.slice(from, to).matchAll(WORD)) {
    const wordStart = w.index + from;
    const wordEnd = wordStart + w[0].length;
    if (wordStart < consumed) continue;
    while (m < mentions.length && mentions[m]!.end <= wordStart) m++;
    const mention = mentions[m]?.start === wordStart ? mentions[m] : undefined;
    const tail = mention ? text.slice(mention.end, Math.max(wordEnd, mention.end)) : '';
    const joined = /^[^\S\n]*$/u.test(text.slice(consumed, wordStart));
    if (mention && (tail === '' || /^['’]s$/u.test(tail))) {
      const { start, end, outlet } = mention;
      tokens.push({ start, end, text: text.slice(start, end), joined, possessive: tail !== '', outlet });
      consumed = Math.max(wordEnd, end);
      continue;
    }
    const possessive = /['’]s$/u.test(w[0]);
    const end = possessive ? wordEnd - 2 : wordEnd;
    tokens.push({ start: wordStart, end, text: text.slice(wordStart, end), joined, possessive });
    consumed = wordEnd;
  }
  return tokens;
}

const isCap = (t: Token) => t.outlet !== undefined || /^[\p{Lu}\p{N}]/u.test(t.text);
const isLabelWord = (t: Token) =>
  !isCap(t) && (LABEL_WORDS.has(t.text.toLowerCase()) || LABEL_COMPOUND.test(t.text)) && !t.possessive;
const isConnector = (t: Token) => CONNECTORS.has(t.text) && !t.possessive;
const isTitle = (t: Token) => TITLES.has(t.text.replace(/\.$/u, ''));

/** Tokens that can stand in a label or name, from `from` in direction `step`, as one run. */
export function collectRun(tokens: readonly Token[], from: number, step: 1 | -1): number[] {
  const run: number[] = [];
  for (let i = from; i >= 0 && i < tokens.length && run.length < MAX_RUN_TOKENS; i += step) {
    const t = tokens[i]!;
    if (step === -1 && DETERMINERS.has(t.text.toLowerCase())) break;
    const linked =
      step === 1 ? i === from || t.joined : tokens[i + 1] === undefined || i === from || tokens[i + 1]!.joined;
    if (!linked) break;
    if (step === 1 && run.length > 0 && tokens[run.at(-1)!]!.possessive && !isCap(t) && !isLabelWord(t)) break;
    if (isCap(t) || isLabelWord(t) || LABEL_COMPOUND.test(t.text)) run.push(i);
    else if (isConnector(t) && run.length > 0 && capAfterConnectors(tokens, i, step)) run.push(i);
    else if (step === 1 && run.length > 0 && isLoose(t) && looseWords(tokens, run) < 2 && labelNounAhead(tokens, i)) {
      // "the US space agency NASA": a qualifier outside LABEL_WORDS, kept only if a label noun follows.
      run.push(i);
    } else break;
    if (step === -1 && t.possessive && i !== from) break;
  }
  return step === 1 ? run : run.reverse();
}

/** Connectors from `i` on lead to a capitalised word ("Institute for the Study"). */
function capAfterConnectors(tokens: readonly Token[], i: number, step: 1 | -1): boolean {
  for (let k = i + step; tokens[k]; k += step) {
    if (!tokens[step === 1 ? k : k + 1]!.joined) return false;
    if (isCap(tokens[k]!)) return true;
    if (!isConnector(tokens[k]!)) return false;
  }
  return false;
}

/** A label word within the next two tokens ("space agency"), so "and Interfax" or "on Friday" stays out. */
function labelNounAhead(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 2 && tokens[k]?.joined; k++) if (isLabelWord(tokens[k]!)) return true;
  return false;
}

/** Lower-case words at the end of a run that are neither label words nor connectors. */
function looseWords(tokens: readonly Token[], run: readonly number[]): number {
  let n = 0;
  for (let k = run.length - 1; k >= 0 && isLoose(tokens[run[k]!]!); k--) n++;
  return n;
}

const isLoose = (t: Token) => /^\p{Ll}+$/u.test(t.text) && !t.possessive && !isLabelWord(t) && !isConnector(t);

export interface Parsed {
  labelStart: number;
  nameStart: number;
  nameEnd: number;
  name: string;
  label: string;
  outlet: OutletRecord | undefined;
  cls: NameClass;
  /** Index of the run's last token. */
  last: number;
}

/** Splits a run (token indices in reading order) into label and name. */
export function parseRun(
  text: string,
  tokens: readonly Token[],
  run: number[],
  article: ArticleFacts,
  determiner: boolean,
): Parsed | null {
  while (run.length > 0 && (!isCap(tokens[run.at(-1)!]!) || tokens[run.at(-1)!]!.possessive)) {
    if (tokens[run.at(-1)!]!.possessive && isCap(tokens[run.at(-1)!]!)) return null;
    run.pop();
  }
  if (run.length === 0) return null;
  let n = run.length - 1;
  const lastTok = tokens[run[n]!]!;
  if (!lastTok.outlet) {
    while (n > 0) {
      const t = tokens[run[n - 1]!]!;
      if (t.outlet || t.possessive || isTitle(t) || !(isCap(t) || isConnector(t))) break;
      n--;
    }
    while (n < run.length - 1 && isConnector(tokens[run[n]!]!)) n++;
    // "Secretary of State Marco Rubio": the words after a title's "of" belong to the title.
    if (n > 0 && isTitle(tokens[run[n - 1]!]!) && tokens[run[n]!]!.text === 'of') {
      n = Math.max(n, run.length - 2);
    }
  }
  let l = 0;
  while (
    l < n &&
    (SENTENCE_OPENERS.test(tokens[run[l]!]!.text) || DETERMINERS.has(tokens[run[l]!]!.text.toLowerCase()))
  )
    l++;
  const labelTokens = run.slice(l, n).map((i) => tokens[i]!);
  const labelish = (t: Token) => isLabelWord(t) || isTitle(t) || LABEL_COMPOUND.test(t.text);
  // A label names a role ("news agency", "Governor"); loose words count only before a label noun.
  const hasLabel =
    labelTokens.length > 0 &&
    (labelish(labelTokens.at(-1)!) || (labelTokens.some(labelish) && !labelTokens.some(isLoose)));
  const nameTokens = run.slice(n).map((i) => tokens[i]!);
  const nameStart = nameTokens[0]!.start;
  const nameEnd = nameTokens.at(-1)!.end;
  const labelStart = hasLabel && labelTokens.length > 0 ? labelTokens[0]!.start : nameStart;
  const name = text.slice(nameStart, nameEnd);
  const label = text.slice(labelStart, nameStart).trim();
  const outlet = nameTokens.length === 1 ? nameTokens[0]!.outlet : undefined;
  return {
    labelStart,
    nameStart,
    nameEnd,
    name,
    label,
    outlet,
    cls: classify(name, nameTokens, label, outlet, article, determiner && labelStart === nameStart),
    last: run.at(-1)!,
  };
}

/** What the article tells about its names: surnames it also prints after a first name. */
export interface ArticleFacts {
  readonly surnamesWithFirstName: ReadonlySet<string>;
}

function classify(
  name: string,
  nameTokens: readonly Token[],
  label: string,
  outlet: OutletRecord | undefined,
  article: ArticleFacts,
  determiner: boolean,
): NameClass {
  if (outlet) return outlet.kind === 'news agency' || AGENCY_LABEL.test(label) ? 'agency' : 'outlet';
  if (AGENCY_LABEL.test(label) || /\b(?:News|Press) Agency\b/u.test(name)) return 'agency';
  if (MEDIA_LABEL.test(label) || MEDIA_NAME.test(name)) return 'outlet';
  if (JOURNALIST_LABEL.test(label) || PERSON_LABEL.test(label)) return 'person';
  if (ORG_NAME.test(name) || determiner || /^\p{Lu}{2,}$/u.test(name)) return 'org';
  const words = nameTokens.filter((t) => !isConnector(t));
  if (words.length >= 2 && words.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) return 'person';
  if (words.length === 1 && article.surnamesWithFirstName.has(name)) return 'person';
  return 'unknown';
}

/** Computed on first use: most articles never need it. */
export function factsOf(body: readonly string[]): ArticleFacts {
  let surnames: Set<string> | null = null;
  return {
    get surnamesWithFirstName() {
      if (!surnames) {
        surnames = new Set();
        for (const p of body) for (const m of p.matchAll(FULL_NAME)) surnames.add(m[1]!);
      }
      return surnames;
    },
  };
}
