/**
 * Scores quote extraction against attribution annotations (PolNeAR-style records: text plus
 * attributions with source and content spans).
 *
 * Gold: every passage between quotation marks inside an attribution's content is a gold
 * direct quote, per paragraph (paragraphs are split on blank lines); its gold speaker is the
 * attribution's source text. A prediction matches a gold quote in the same paragraph when
 * the word tokens lying inside both spans number at least half the gold quote's word tokens;
 * matching is one-to-one, the largest overlaps first. Speaker accuracy is measured on matched
 * pairs whose gold source is a name (see `goldName`), with the rule of `sameSpeaker`.
 */
import { wordSet } from '../text/word-list';

/** Share of a gold quote's words a prediction must cover to match it. */
export const MATCH_SHARE = 0.5;
/** Double quotation marks that delimit a gold quote. */
const OPEN_DOUBLE = '“„«"';
const CLOSE_DOUBLE = '”“»"';
/** Sources that name nobody: pronouns and relatives. */
const PRONOUNS = wordSet('he she they it i we you his her their its who which this that these those him them one');
/** First words of a generic source: "a source", "some officials", "about four in 10 voters". */
const GENERIC_START = wordSet(
  'a an one some several many most other another two three four five few numerous various any no about more all both each',
);
/** Capitalised words that are not names: groups, sentence openers. */
const NOT_NAMES = wordSet(
  'the republicans democrats officials several many some critics supporters voters americans sources experts analysts polls',
);
/** Words before a name that are titles, skipped when reading a given name. */
const TITLE_WORDS = wordSet(
  'president sen senator rep gov governor secretary mr mrs ms dr gen former vice state of the democrat republican gop u.s us candidate speaker spokesman spokeswoman spokesperson',
);

export interface Attribution {
  source?: { text: string }[];
  content?: { spans: [number, number][]; text: string }[];
}

export interface Paragraph {
  text: string;
  /** Offset of the paragraph in the article text (UTF-16 code units). */
  offset: number;
}

export interface GoldQuote {
  paragraph: number;
  start: number;
  end: number;
  /** The attribution's source as annotated, null when it has none. */
  source: string | null;
}

export interface PredictedQuote {
  paragraph: number;
  start: number;
  end: number;
  speaker: string | null;
}

export interface ArticleScore {
  gold: number;
  predicted: number;
  matched: number;
  /** Matched pairs whose gold source is a name. */
  named: number;
  speakerCorrect: number;
  /** Matched pairs with a named gold source, for error analysis. */
  pairs: { gold: GoldQuote; predicted: PredictedQuote; correct: boolean }[];
  missed: GoldQuote[];
  spurious: PredictedQuote[];
}

/** Paragraphs split on blank lines, with their offsets. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim() !== '') out.push({ text: m[0], offset: m.index });
  }
  return out;
}

/** Maps code-point offsets (as Python counts) to UTF-16 offsets; the identity when the text has no astral characters. */
export function codePointToUtf16(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/u.test(text)) return (o) => o;
  const table: number[] = [];
  let u = 0;
  for (const ch of text) {
    table.push(u);
    u += ch.length;
  }
  table.push(u);
  return (o) => table[Math.min(o, table.length - 1)]!;
}

/** Quoted passages (double marks; single marks outside them) in text[from, to), as [start, end) of the words inside. */
export function quotedPassages(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  let single = -1;
  const letter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '\n' && open >= 0) {
      out.push([open + 1, i]);
      open = -1;
    } else if (open < 0 && OPEN_DOUBLE.includes(c) && !(c === '“' && !letter(text[i + 1]) && letter(text[i - 1]))) {
      open = i;
      single = -1;
    } else if (open >= 0 && CLOSE_DOUBLE.includes(c)) {
      out.push([open + 1, i]);
      open = -1;
    } else if (open < 0 && (c === '‘' || c === "'" || c === '’')) {
      if (letter(text[i - 1]) && letter(text[i + 1])) continue;
      if (single < 0 && c !== '’' && !letter(text[i - 1]) && letter(text[i + 1])) single = i;
      else if (single >= 0 && c !== '‘' && !letter(text[i + 1])) {
        out.push([single + 1, i]);
        single = -1;
      }
    }
  }
  if (open >= 0) out.push([open + 1, to]);
  return out.filter(([s, e]) => /[\p{L}\p{N}]/u.test(text.slice(s, e)));
}

/** The gold quotes of one annotated article, per paragraph, deduplicated. */
export function goldQuotes(
  text: string,
  attributions: readonly Attribution[],
  paragraphs: readonly Paragraph[],
): GoldQuote[] {
  const toUtf16 = codePointToUtf16(text);
  const seen = new Set<string>();
  const out: GoldQuote[] = [];
  for (const a of attributions) {
    const source = a.source && a.source.length > 0 ? a.source.map((s) => s.text).join(' ') : null;
    for (const content of a.content ?? []) {
      for (const [s, e] of content.spans) {
        for (const [qs, qe] of quotedPassages(text, toUtf16(s), toUtf16(e))) {
          const p = paragraphs.findIndex((par) => qs >= par.offset && qs < par.offset + par.text.length);
          if (p < 0) continue;
          const par = paragraphs[p]!;
          const start = qs - par.offset;
          const end = Math.min(qe - par.offset, par.text.length);
          const key = `${p}:${start}:${end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ paragraph: p, start, end, source });
        }
      }
    }
  }
  return out.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start);
}

/** Word tokens of a paragraph as [start, end) offsets. */
function wordSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Words inside [start, end), and inside both it and [start2, end2). */
export function wordOverlap(
  text: string,
  gold: { start: number; end: number },
  predicted: { start: number; end: number },
): { gold: number; shared: number } {
  let g = 0;
  let shared = 0;
  for (const [s, e] of wordSpans(text)) {
    if (s >= gold.start && e <= gold.end) {
      g++;
      if (s >= predicted.start && e <= predicted.end) shared++;
    }
  }
  return { gold: g, shared };
}

/**
 * The name a gold source gives, or null when it names nobody: a pronoun, a generic ("a source",
 * "officials", "the campaign"). Read from the source's head (before a comma, a parenthesis,
 * a dash or "who"); it must end in a capitalised word. Returns the name's words.
 */
export function goldName(source: string | null): string[] | null {
  if (!source) return null;
  const head = source.split(/,|\s\(|\s[—–-]\s|\s(?:who|whose|which)\s/u)[0]!.trim();
  const words = head.split(/\s+/u).filter((w) => /[\p{L}]/u.test(w));
  if (words.length === 0) return null;
  const first = words[0]!.toLowerCase();
  if (PRONOUNS.has(first) || GENERIC_START.has(first)) return null;
  let i = words.length;
  while (i > 0 && /^\p{Lu}/u.test(words[i - 1]!)) i--;
  const run = words.slice(i).map((w) => w.replace(/['’]s?$/u, '').replace(/[^\p{L}\p{N}.'’-]/gu, ''));
  if (run.length === 0 || run.every((w) => NOT_NAMES.has(w.toLowerCase()))) return null;
  return run;
}

const lowerWords = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’.-]+/u)
    .map((w) => w.replace(/['’]s?$/u, '').replace(/\.$/u, ''))
    .filter((w) => w.length > 0);

/**
 * A predicted speaker names the gold person when it shares the gold name's last word (the
 * surname, or an organisation's last word), or the gold source contains the predicted name's
 * last word, case-insensitively; and, when both end in the same surname and print a word
 * before it that is no title, those words agree ("Eric Trump" is not "Donald Trump";
 * "J. Smith" agrees with "John Smith"; "Sen. Ted Cruz" agrees with "Ted Cruz").
 */
export function sameSpeaker(predicted: string | null, goldSource: string | null): boolean {
  const gold = goldName(goldSource);
  if (!predicted || !gold) return false;
  const p = lowerWords(predicted);
  const goldWords = lowerWords(goldSource!);
  const surname = lowerWords(gold[gold.length - 1]!).at(-1) ?? '';
  const predLast = p.at(-1) ?? '';
  if (!p.includes(surname) && !goldWords.includes(predLast)) return false;
  // The word before the surname on each side, when both print one that is no title.
  const a = gold.length >= 2 ? lowerWords(gold[gold.length - 2]!).at(-1) : undefined;
  const b = p.length >= 2 ? p[p.length - 2] : undefined;
  if (a && b && !TITLE_WORDS.has(a) && !TITLE_WORDS.has(b) && predLast === surname) {
    if (a !== b && !((a.length === 1 || b.length === 1) && a[0] === b[0])) return false;
  }
  return true;
}

/** One-to-one matching of predictions to gold quotes, largest overlaps first, and the speaker tally. */
export function scoreArticle(
  paragraphs: readonly Paragraph[],
  gold: readonly GoldQuote[],
  predicted: readonly PredictedQuote[],
): ArticleScore {
  const candidates: { g: number; p: number; shared: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      if (p.paragraph !== g.paragraph || p.end <= g.start || p.start >= g.end) return;
      const o = wordOverlap(paragraphs[g.paragraph]?.text ?? '', g, p);
      if (o.gold > 0 && o.shared >= MATCH_SHARE * o.gold) candidates.push({ g: gi, p: pi, shared: o.shared });
    });
  });
  candidates.sort((a, b) => b.shared - a.shared || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const score: ArticleScore = {
    gold: gold.length,
    predicted: predicted.length,
    matched: 0,
    named: 0,
    speakerCorrect: 0,
    pairs: [],
    missed: [],
    spurious: [],
  };
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    score.matched++;
    const g = gold[c.g]!;
    const p = predicted[c.p]!;
    if (goldName(g.source)) {
      const correct = sameSpeaker(p.speaker, g.source);
      score.named++;
      if (correct) score.speakerCorrect++;
      score.pairs.push({ gold: g, predicted: p, correct });
    }
  }
  score.missed = gold.filter((_, i) => !usedG.has(i));
  score.spurious = predicted.filter((_, i) => !usedP.has(i));
  return score;
}

export interface Totals {
  articles: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  named: number;
  speakerCorrect: number;
  speakerAccuracy: number;
}

export function aggregate(scores: readonly ArticleScore[]): Totals {
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const gold = sum((s) => s.gold);
  const predicted = sum((s) => s.predicted);
  const matched = sum((s) => s.matched);
  const named = sum((s) => s.named);
  const speakerCorrect = sum((s) => s.speakerCorrect);
  const precision = predicted > 0 ? matched / predicted : 0;
  const recall = gold > 0 ? matched / gold : 0;
  return {
    articles: scores.length,
    gold,
    predicted,
    matched,
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    named,
    speakerCorrect,
    speakerAccuracy: named > 0 ? speakerCorrect / named : 0,
  };
}
