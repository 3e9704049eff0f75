/**
 * How articles name one thing differently: place spellings from the editor's table ("Kyiv" /
 * "Kiev") and the metonyms built on them ("Kiev regime"), and the descriptions they give a
 * person ("Kremlin spokesperson" / "Kremlin spokesman" / "Putin's spokesperson" for Dmitry
 * Peskov).
 *
 * Precision over recall: a person's description counts only when it stands next to the full
 * name ("Russian leader Vladimir Putin", "Yuri Ushakov, Russian presidential aide,", "the
 * Presidents of Russia and the United States, Vladimir Putin and Donald Trump"), or when an
 * unnamed description ("Putin's spokesperson", "the Kremlin spokesperson") has a role that only
 * one named person holds in that article. Bare titles with a surname ("President Trump") and
 * pronoun-relative ones ("his Russian counterpart") are left out. A row is kept only where two
 * different articles use different words.
 */
import type { Article, ArticleId, Naming, PlaceName } from '../types';
import { wordSet } from '../text/word-list';

/** Words after a place name that make it stand for its government ("Kiev regime", "the Kyiv authorities"). */
const METONYM_HEADS = 'regime|authorities|government|leadership|junta|administration';
/**
 * Masthead words after a place: "Kyiv Independent", "Kyiv Post", "Moscow Times" are the names of
 * papers, fixed titles, not a spelling the article chose.
 */
const FIXED_AFTER_PLACE = 'Independent|Post|Times|Herald|Tribune|Telegraph|Gazette|Journal|Chronicle|Courier|Observer';
/** Role nouns a person description ends with (case-insensitive). */
const ROLE_HEADS = wordSet(
  'president leader spokesperson spokesman spokeswoman minister secretary aide adviser advisor envoy governor ' +
    'senator mayor ambassador chancellor premier journalist propagandist reporter correspondent commander general ' +
    'chief ceo chairman chairwoman director representative deputy official diplomat negotiator prosecutor judge ' +
    'king queen prince pope host presenter anchor blogger analyst',
);
/** Lower-case words that may qualify a role ("special presidential envoy", "foreign policy advisor"). */
const ROLE_MODIFIERS = wordSet(
  'special presidential foreign policy state deputy former acting top senior chief prime defence defense ' +
    'military national security press interim vice first economic',
);
/** Any role noun, to skip the many texts that describe nobody (a cheap test before tokenizing). */
const ANY_ROLE = new RegExp(
  String.raw`\b(?:${[...ROLE_HEADS].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`,
  'u',
);
/** A role noun at the start of a title phrase, either case ("President", "president"). */
const ROLE_WORD = [...ROLE_HEADS].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
/** Capitalised words that open a sentence rather than describe anyone. */
const SENTENCE_OPENERS =
  /^(?:The|A|An|On|In|At|By|For|From|Also|Meanwhile|Earlier|Later|Previously|However|Separately|Then|Now|Today|Yesterday|Last|This|But|And|So|Yet|Still|When|While|After|Before|Since|Both|Despite|Although|If)$/u;
/** Roles that name the same job: a "spokesman" and a "spokesperson" are one person's role. */
const ROLE_CLASS: Record<string, string> = {
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  advisor: 'adviser',
  aide: 'adviser',
};
/** A word shaped like part of a person's name. */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;
/**
 * A word: letters and digits with inner apostrophes, dots and hyphens. Spelled as code-point
 * ranges rather than \p{L}, which tokenizes every text at half the speed; the ranges leave out
 * the punctuation blocks (U+2000–U+2BFF, U+3000–U+303F).
 */
const WORD_CHAR = String.raw`A-Za-z0-9\u00C0-\u1FFF\u2C00-\u2FFF\u3040-\uFFFF`;
const WORD = new RegExp(`[${WORD_CHAR}](?:[${WORD_CHAR}'’.-]*[${WORD_CHAR}])?`);
const PLACE = String.raw`(?:the )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}`;
const FULL = String.raw`\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}`;
/** "the Presidents of Russia and the United States, Vladimir Putin and Donald Trump". */
const PAIRED_TITLES = new RegExp(
  String.raw`\b(${ROLE_WORD})s of (${PLACE}) and (${PLACE}), (${FULL}) and (${FULL})(?![\p{L}])`,
  'gu',
);
/** "the President of Russia, Vladimir Putin". */
const TITLE_OF_PLACE = new RegExp(String.raw`\b(${ROLE_WORD}) of (${PLACE}), (${FULL})(?![\p{L}])`, 'gu');

interface Token {
  start: number;
  end: number;
  /** Without a possessive "'s". */
  text: string;
  possessive: boolean;
  /** Only spaces since the previous token. */
  joined: boolean;
}

export interface Use {
  key: string;
  /** Full form of the referent as printed here. */
  referent: string;
  words: string;
  /** The role noun of a person description ("spokesman"). */
  head?: string;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prev = 0;
  const re = new RegExp(WORD.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[0];
    const start = m.index;
    let raw = start + w.length;
    // "U.S." keeps its final dot; a sentence's full stop after "Putin" does not join it.
    if (text[raw] === '.' && /\.\p{L}$/u.test(w)) raw++;
    const possessive = /['’]s$/u.test(w);
    const end = possessive ? raw - 2 : raw;
    out.push({ start, end, text: text.slice(start, end), possessive, joined: /^ *$/u.test(text.slice(prev, start)) });
    prev = raw;
  }
  return out;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/\./gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
const isRole = (t: Token) => ROLE_HEADS.has(t.text.toLowerCase()) && !t.possessive;
const isNameWord = (t: Token) => NAME_WORD.test(t.text) && !ROLE_HEADS.has(t.text.toLowerCase());
const roleClass = (head: string) => ROLE_CLASS[head.toLowerCase()] ?? head.toLowerCase();

/** The person key: surname and first initial, so "Steve" and "Steven Witkoff" are one person. */
function personKey(full: string): string {
  const words = fold(full).split(' ');
  return `person:${words.at(-1)}:${words[0]![0]}`;
}

/** A description to the left of token `i` (exclusive): its start, or -1 when there is none. */
function descriptionBefore(tokens: readonly Token[], i: number): number {
  const head = tokens[i - 1];
  if (!head || !tokens[i]!.joined || !isRole(head)) return -1;
  let s = i - 1;
  while (s > 0 && i - s < 6 && tokens[s]!.joined) {
    const t = tokens[s - 1]!;
    const lower = t.text.toLowerCase();
    const ok =
      isRole(t) ||
      (ROLE_MODIFIERS.has(lower) && !t.possessive) ||
      (/^[\p{Lu}]/u.test(t.text) && !SENTENCE_OPENERS.test(t.text)) ||
      (t.text === 'of' && /^\p{Lu}/u.test(tokens[s]!.text));
    if (!ok) break;
    s--;
  }
  while (s < i - 1 && tokens[s]!.text === 'of') s++;
  return tokens[s]!.start;
}

/** Every person description in one text, by full name. */
type PersonUses = { uses: Use[]; unnamed: { words: string; head: string }[] };

/**
 * What a run has read already: each article's uses (an event's articles are read again for
 * their storyline) and each text's described persons (copies repeat paragraphs word for word).
 * `keep` says which texts are worth keeping (a run keeps those that recur in its corpus); the
 * others are read afresh each time, with the same result.
 */
export class NamingMemo {
  readonly articles = new Map<ArticleId, readonly Use[]>();
  readonly texts = new Map<string, PersonUses>();

  constructor(private readonly keep: (text: string) => boolean = () => true) {}

  personUses(text: string): PersonUses {
    if (!this.keep(text)) return personUses(text);
    let found = this.texts.get(text);
    if (!found) this.texts.set(text, (found = personUses(text)));
    return found;
  }
}

function personUses(text: string): PersonUses {
  const uses: Use[] = [];
  const unnamed: { words: string; head: string }[] = [];
  if (!ANY_ROLE.test(text)) return { uses, unnamed };
  const tokens = tokenize(text);
  const taken: [number, number][] = [];
  const note = (full: string, start: number, end: number, head: string) => {
    const words = text.slice(start, end).replace(/^(?:the|a|an) /iu, '');
    uses.push({ key: personKey(full), referent: full, words, head });
    taken.push([start, end]);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i]!) || tokens[i]!.possessive || (i > 0 && tokens[i]!.joined && isNameWord(tokens[i - 1]!)))
      continue;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.joined && isNameWord(tokens[j + 1]!) && !tokens[j]!.possessive) j++;
    if (j === i || j - i > 2) continue;
    const full = text.slice(tokens[i]!.start, tokens[j]!.end);
    const before = descriptionBefore(tokens, i);
    if (before >= 0) note(full, before, tokens[i - 1]!.end, tokens[i - 1]!.text);
    // Apposition: "Yuri Ushakov, Russian leader Vladimir Putin's foreign policy advisor, has said".
    const next = tokens[j + 1];
    if (!next || tokens[j]!.possessive || text.slice(tokens[j]!.end, next.start) !== ', ') continue;
    let k = j + 1;
    if (/^(?:the|a|an)$/iu.test(next.text)) k++;
    let lastRole = -1;
    for (let m = k; m < tokens.length && m - k < 8 && (m === k || tokens[m]!.joined); m++) {
      const t = tokens[m]!;
      if (isRole(t)) lastRole = m;
      else if (!(ROLE_MODIFIERS.has(t.text.toLowerCase()) || /^\p{Lu}/u.test(t.text) || t.text === 'of')) break;
    }
    const after = tokens[lastRole + 1];
    const closed =
      !after || !after.joined || /^(?:who|for|of|in|at|with|and|has|had|said|says|is|was)$/u.test(after.text);
    if (lastRole >= k && closed && !(after?.joined && isNameWord(after)))
      note(full, next.start, tokens[lastRole]!.end, tokens[lastRole]!.text);
  }
  for (const m of text.includes(' of ') ? text.matchAll(PAIRED_TITLES) : []) {
    if (!ROLE_HEADS.has(m[1]!.toLowerCase())) continue;
    const title = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
    uses.push({ key: personKey(m[4]!), referent: m[4]!, words: `${title} of ${m[2]}`, head: title });
    uses.push({ key: personKey(m[5]!), referent: m[5]!, words: `${title} of ${m[3]}`, head: title });
  }
  for (const m of text.includes(' of ') ? text.matchAll(TITLE_OF_PLACE) : []) {
    if (ROLE_HEADS.has(m[1]!.toLowerCase())) note(m[3]!, m.index, m.index + m[0].length - m[3]!.length - 2, m[1]!);
  }
  // Unnamed: "Putin's spokesperson", "the Kremlin's spokesperson", "The Kremlin spokesperson".
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i]!;
    const owner = tokens[i - 1]!;
    if (!isRole(head) || !head.joined || (tokens[i + 1]?.joined && isNameWord(tokens[i + 1]!))) continue;
    if (taken.some(([s, e]) => head.start >= s && head.end <= e)) continue;
    const the = tokens[i - 2];
    const withThe = the?.joined !== false && /^the$/iu.test(the?.text ?? '') && owner.joined;
    if (!/^\p{Lu}/u.test(owner.text) || SENTENCE_OPENERS.test(owner.text) || !(owner.possessive || withThe)) continue;
    unnamed.push({ words: text.slice(owner.start, head.end), head: head.text });
  }
  return { uses, unnamed };
}

/** Place spellings and metonyms in one text. */
function placeUses(text: string, matcher: RegExp, byspelling: ReadonlyMap<string, PlaceName>): Use[] {
  const out: Use[] = [];
  for (const m of text.matchAll(matcher)) {
    const place = byspelling.get(m[1]!);
    if (!place) continue;
    const words = m[2] ? m[0].replace(/^(.*?)['’]s /u, "$1's ") : m[1]!;
    out.push({ key: `place:${place.referent}`, referent: place.referent, words });
  }
  return out;
}

type PlaceMatcher = { re: RegExp; bySpelling: Map<string, PlaceName> } | null;
/** One matcher per place table: the table is the same for every article of a run. */
const MATCHERS = new WeakMap<readonly PlaceName[], PlaceMatcher>();

function placeMatcher(places: readonly PlaceName[]): PlaceMatcher {
  if (MATCHERS.has(places)) return MATCHERS.get(places)!;
  const built = buildPlaceMatcher(places);
  MATCHERS.set(places, built);
  return built;
}

function buildPlaceMatcher(places: readonly PlaceName[]): PlaceMatcher {
  const bySpelling = new Map<string, PlaceName>();
  for (const p of places) for (const s of p.spellings) if (!bySpelling.has(s)) bySpelling.set(s, p);
  if (bySpelling.size === 0) return null;
  const alternatives = [...bySpelling.keys()]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const re = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(${alternatives.join('|')})(?:['’]s)?(?: (${METONYM_HEADS}))?(?![\p{L}\p{N}])(?! (?:${FIXED_AFTER_PLACE})\b)`,
    'gu',
  );
  return { re, bySpelling };
}

interface Tally {
  referents: Map<string, Set<string>>;
  variants: Map<string, { printed: Map<string, number>; articles: Set<string> }>;
}

function mostCommon(counts: Iterable<[string, number]>): string {
  let best: [string, number] | null = null;
  for (const [k, n] of counts) {
    if (
      !best ||
      n > best[1] ||
      (n === best[1] && (k.length > best[0].length || (k.length === best[0].length && k < best[0])))
    )
      best = [k, n];
  }
  return best?.[0] ?? '';
}

/** Every naming use in one article: places and their metonyms, described persons (unnamed roles resolved). */
export function namingUses(article: Article, placeNames: readonly PlaceName[], memo = new NamingMemo()): Use[] {
  const places = placeMatcher(placeNames);
  const texts = [article.title, article.subtitle ?? '', ...article.body].filter(
    (t) => typeof t === 'string' && t !== '',
  );
  const out: Use[] = [];
  const named: Use[] = [];
  const unnamed: { words: string; head: string }[] = [];
  for (const text of texts) {
    if (places) out.push(...placeUses(text, places.re, places.bySpelling));
    const p = memo.personUses(text);
    named.push(...p.uses);
    unnamed.push(...p.unnamed);
  }
  out.push(...named);
  for (const d of unnamed) {
    // An unnamed role belongs to the one named person this article gives that role, if only one.
    const holders = new Set(named.filter((u) => roleClass(u.head ?? '') === roleClass(d.head)).map((u) => u.key));
    const [key] = holders;
    const holder = named.find((u) => u.key === key);
    if (holders.size === 1 && holder) out.push({ ...holder, words: d.words });
  }
  return out;
}

/**
 * The things the articles name differently, each with every wording and the articles using
 * it; only where two different articles use different words. `memo` carries what a run has
 * read already.
 */
export function compareNaming(
  articles: readonly Article[],
  placeNames: readonly PlaceName[],
  memo = new NamingMemo(),
): Naming[] {
  const tallies = new Map<string, Tally>();
  const record = (articleId: string, u: Use) => {
    let t = tallies.get(u.key);
    if (!t) tallies.set(u.key, (t = { referents: new Map(), variants: new Map() }));
    t.referents.set(u.referent, (t.referents.get(u.referent) ?? new Set()).add(articleId));
    const vk = fold(u.words);
    let v = t.variants.get(vk);
    if (!v) t.variants.set(vk, (v = { printed: new Map(), articles: new Set() }));
    v.printed.set(u.words, (v.printed.get(u.words) ?? 0) + 1);
    v.articles.add(articleId);
  };
  for (const a of articles) {
    let own = memo.articles.get(a.id);
    if (!own) memo.articles.set(a.id, (own = namingUses(a, placeNames, memo)));
    for (const u of own) record(a.id, u);
  }
  const rows: Naming[] = [];
  for (const t of tallies.values()) {
    const all = new Set([...t.variants.values()].flatMap((v) => [...v.articles]));
    if (t.variants.size < 2 || all.size < 2) continue;
    const referent = mostCommon([...t.referents].map(([r, ids]) => [r, ids.size] as [string, number]));
    const variants = [...t.variants.values()]
      .map((v) => ({ words: mostCommon(v.printed), articleIds: [...v.articles].sort() as ArticleId[] }))
      .sort(
        (x, y) => y.articleIds.length - x.articleIds.length || (x.words < y.words ? -1 : x.words > y.words ? 1 : 0),
      );
    rows.push({ referent, variants });
  }
  const reach = (n: Naming) => new Set(n.variants.flatMap((v) => v.articleIds)).size;
  return rows.sort((x, y) => reach(y) - reach(x) || (x.referent < y.referent ? -1 : x.referent > y.referent ? 1 : 0));
}
