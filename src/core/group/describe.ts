/**
 * What a reader sees of an event: a headline-like title, a date, and the evidence that
 * joined its articles. Computed from the member articles alone, so the same function serves
 * the ingest and a reader's corrected grouping in the browser.
 */
import type { Article, ArticleId, EventEvidence } from '../types';
import { mentionedDays, namePhrasesOf, QUOTE_SHINGLE, tokenize, type Token } from './features';

/** What describing an event reads of each member article (all another thread needs to be sent). */
export type MemberArticle = Pick<Article, 'id' | 'title' | 'subtitle' | 'body' | 'published'>;

/** Labels that say what kind of piece it is, not what happened. */
const LABEL_PREFIX =
  /^(?:breaking(?: news)?|watch|live(?: updates)?|video|opinion|analysis|exclusive|explainer|update[d]?|just in)\s*[:|–—-]\s*/i;
/** "… | Outlet": what follows a bar is the site's name, never the news. */
const BAR_SUFFIX = /\s+\|\s+[^|]{2,60}$/;
/** A headline the page cut short ("…who slapped..."). */
const TRUNCATED = /(\.\.\.|…)$/;
/** Headlines that open with a quote tell one voice, not the happening; penalised, not excluded. */
const QUOTE_LED = /^["“'‘«]/;
const QUOTE_LED_FACTOR = 0.7;
const TRUNCATED_FACTOR = 0.4;
const QUESTION_FACTOR = 0.8;
/** Paragraphs of each body compared for shared words: the lead says what happened. */
const LEAD_PARAGRAPHS = 3;
/** Most items of each kind of evidence shown. */
const MAX_NAMES = 8;
const MAX_TERMS = 8;
const MAX_QUOTES = 3;
const MAX_QUOTE_CHARS = 160;
/** Quoted passages of two articles are the same quote when they share this many word triples. */
const SAME_QUOTE_SHINGLES = 3;
const QUOTED = /["“«]([^"”»]{12,600})["”»]/g;

/** The dash an outlet tag follows ("… - Reuters"): a headline without one has no tag to drop. */
const TAG_DASH = /[-–—]/;

/** Each outlet name's tag pattern, made once per list of names (a corpus describes thousands of events). */
const suffixMemo = new WeakMap<readonly string[], RegExp[]>();

function outletSuffixes(outletNames: readonly string[]): RegExp[] {
  let suffixes = suffixMemo.get(outletNames);
  if (!suffixes) {
    suffixes = outletNames.map(
      (name) => new RegExp(`\\s+[-–—]\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'),
    );
    suffixMemo.set(outletNames, suffixes);
  }
  return suffixes;
}

/** A headline without outlet tags, piece labels and a closing full stop. */
export function cleanHeadline(title: string, outletNames: readonly string[] = []): string {
  let t = title.trim().replace(LABEL_PREFIX, '').replace(BAR_SUFFIX, '');
  if (TAG_DASH.test(t)) for (const suffix of outletSuffixes(outletNames)) t = t.replace(suffix, '');
  return t.replace(/(?<!\.)\.$/, '').trim() || title.trim();
}

/**
 * One member's text as the description reads it, tokenized once: its headline, subtitle and
 * body (or only the lead) joined by line breaks; past the lead, only its names. The headline's
 * and the lead's tokens are the first of these tokens: a token never runs over a line break,
 * and a token's key and name mark depend only on the text before it.
 */
interface MemberText {
  text: string;
  tokens: Token[];
  /** Tokens of the headline: `tokens[0, titleEnd)`. */
  titleEnd: number;
  /** Tokens of the headline, subtitle and first `LEAD_PARAGRAPHS` paragraphs: `tokens[0, leadEnd)`. */
  leadEnd: number;
}

function readMember(a: MemberArticle, whole: boolean): MemberText {
  const body = whole ? a.body : a.body.slice(0, LEAD_PARAGRAPHS);
  const text = [a.title, a.subtitle ?? '', ...body].join('\n');
  let leadLength = a.title.length + 1 + (a.subtitle ?? '').length;
  for (let i = 0; i < LEAD_PARAGRAPHS && i < a.body.length; i++) leadLength += 1 + a.body[i]!.length;
  // Past the lead, only names are read (`namePhrasesOf`).
  const tokens = tokenize(text, leadLength);
  let titleEnd = 0;
  while (titleEnd < tokens.length && tokens[titleEnd]!.index < a.title.length) titleEnd++;
  let leadEnd = titleEnd;
  while (leadEnd < tokens.length && tokens[leadEnd]!.index < leadLength) leadEnd++;
  return { text, tokens, titleEnd, leadEnd };
}

function keysOf(tokens: readonly Token[], end: number): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < end; i++) keys.add(tokens[i]!.key);
  return keys;
}

function byDate(a: MemberArticle, b: MemberArticle): number {
  const da = a.published.date ?? '9999';
  const db = b.published.date ?? '9999';
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The member headline that carries most of what the members share: each of its words
 * scores the share of other members whose headline or lead has it, averaged over the
 * headline's words, then discounted when quote-led, a question or cut short.
 */
export function chooseTitle(
  members: readonly MemberArticle[],
  outletNames: readonly string[] = [],
): { title: string; from: ArticleId } {
  return titleOf(members, outletNames, (a) => readMember(a, false));
}

function titleOf(
  members: readonly MemberArticle[],
  outletNames: readonly string[],
  read: (a: MemberArticle) => MemberText,
): { title: string; from: ArticleId } {
  const sorted = [...members].sort(byDate);
  // A single member's headline is the title whatever its score.
  if (sorted.length === 1) return { title: cleanHeadline(sorted[0]!.title, outletNames), from: sorted[0]!.id };
  const texts = sorted.map(read);
  const leads = texts.map((t) => keysOf(t.tokens, t.leadEnd));
  let best = { score: -1, index: 0 };
  sorted.forEach((a, i) => {
    const words = [...keysOf(texts[i]!.tokens, texts[i]!.titleEnd)];
    let score = 1;
    if (sorted.length > 1 && words.length > 0) {
      const shared = words.map((w) => leads.filter((l, j) => j !== i && l.has(w)).length / (sorted.length - 1));
      score = shared.reduce((s, x) => s + x, 0) / Math.sqrt(words.length);
    }
    if (QUOTE_LED.test(a.title.trim())) score *= QUOTE_LED_FACTOR;
    if (TRUNCATED.test(a.title.trim())) score *= TRUNCATED_FACTOR;
    if (a.title.trim().endsWith('?')) score *= QUESTION_FACTOR;
    if (score > best.score) best = { score, index: i };
  });
  const chosen = sorted[best.index]!;
  return { title: cleanHeadline(chosen.title, outletNames), from: chosen.id };
}

/** The day most members give, stated dates before estimated ones; ties go to the earlier day. */
export function chooseDate(members: readonly MemberArticle[]): { date: string | null; estimated: boolean } {
  for (const estimated of [false, true]) {
    const counts = new Map<string, number>();
    for (const a of members)
      if (a.published.date && a.published.estimated === estimated)
        counts.set(a.published.date, (counts.get(a.published.date) ?? 0) + 1);
    const days = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    if (days[0]) return { date: days[0][0], estimated };
  }
  return { date: null, estimated: false };
}

/** Items at least two members have, by how many members have them, then by first appearance. */
function shared(
  perMember: readonly Map<string, string>[],
  limit: number,
  weigh: (surface: string) => number = () => 0,
): string[] {
  const counts = new Map<string, { n: number; surface: string; order: number }>();
  let order = 0;
  for (const m of perMember)
    for (const [key, surface] of m) {
      const c = counts.get(key);
      if (c) c.n++;
      else counts.set(key, { n: 1, surface, order: order++ });
    }
  return [...counts.values()]
    .filter((c) => c.n >= 2)
    .sort((x, y) => y.n - x.n || weigh(y.surface) - weigh(x.surface) || x.order - y.order)
    .slice(0, limit)
    .map((c) => c.surface);
}

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + QUOTE_SHINGLE <= words.length; i++) out.add(words.slice(i, i + QUOTE_SHINGLE).join(' '));
  return out;
}

function quotesOf(a: MemberArticle): string[] {
  return [...[a.title, ...a.body].join('\n').matchAll(QUOTED)].map((m) => m[1]!.trim());
}

/** Whether `x` and `y` have at least `n` items in common (counting stops there). */
function sharesAtLeast(x: ReadonlySet<string>, y: ReadonlySet<string>, n: number): boolean {
  let shared = 0;
  for (const item of x) if (y.has(item) && ++shared >= n) return true;
  return false;
}

/** Passages one member quotes that another quotes too (sharing several word triples). */
function sharedQuotes(members: readonly MemberArticle[]): string[] {
  const sorted = [...members].sort(byDate);
  const quoted = sorted.map((a) => quotesOf(a).map((q) => ({ q, s: shingles(q) })));
  const out: string[] = [];
  quoted.forEach((mine, i) => {
    for (const { q, s } of mine) {
      if (out.length >= MAX_QUOTES) return;
      const again = quoted.some(
        (theirs, j) => j !== i && theirs.some((t) => sharesAtLeast(s, t.s, SAME_QUOTE_SHINGLES)),
      );
      const text = q.length > MAX_QUOTE_CHARS ? `${q.slice(0, MAX_QUOTE_CHARS).replace(/\s+\S*$/, '')}…` : q;
      if (again && !out.some((o) => shingles(o).size > 0 && [...shingles(o)].some((x) => s.has(x)))) out.push(text);
    }
  });
  return out;
}

/** The evidence that joins an event's members: only what at least two of them share. */
export function explainEvent(members: readonly MemberArticle[], cohesion?: number): EventEvidence {
  return withCohesion(
    evidenceOf(members, (a) => readMember(a, true)),
    members,
    cohesion,
  );
}

/**
 * The evidence with the event's cohesion as it is shown, to two decimals (none for one member).
 * Nothing else in a description reads the cohesion, which moves a little with every article
 * added anywhere in the corpus: a description worked out without it stands.
 */
export function withCohesion(
  why: EventEvidence,
  members: readonly unknown[],
  cohesion: number | undefined,
): EventEvidence {
  return cohesion === undefined || members.length < 2 ? why : { ...why, cohesion: Math.round(cohesion * 100) / 100 };
}

function evidenceOf(members: readonly MemberArticle[], read: (a: MemberArticle) => MemberText): EventEvidence {
  if (members.length < 2) return { names: [], quotes: [], dates: [], terms: [] };
  const texts = members.map(read);
  const names = texts.map((t) => {
    const m = new Map<string, string>();
    for (const n of namePhrasesOf(t.text, t.tokens)) m.set(n.toLowerCase(), n);
    return m;
  });
  // A shared "Putin" says less than a shared "Vladimir Putin": keep the longer where both are shared.
  // Among names equally shared, full names ("Dmitry Peskov") before single words ("Russia").
  const sharedNames = shared(names, MAX_NAMES * 2, (n) => n.split(' ').length);
  const fullNames = sharedNames
    .filter((n) => !sharedNames.some((o) => o !== n && o.split(' ').includes(n)))
    .slice(0, MAX_NAMES);
  const nameWords = new Set(sharedNames.flatMap((n) => n.toLowerCase().split(' ')));
  const terms = texts.map(({ tokens, leadEnd }) => {
    const m = new Map<string, string>();
    for (let i = 0; i < leadEnd; i++) {
      const t = tokens[i]!;
      if (!t.name && !t.number && !nameWords.has(t.surface.toLowerCase()) && !m.has(t.key))
        m.set(t.key, t.surface.toLowerCase());
    }
    return m;
  });
  const dates = members.map((a) => {
    const m = new Map<string, string>();
    if (a.published.date) m.set(a.published.date.slice(5), a.published.date);
    for (const d of mentionedDays(a.body.join('\n'))) if (!m.has(d)) m.set(d, d);
    return m;
  });
  const why: EventEvidence = {
    names: fullNames,
    quotes: sharedQuotes(members),
    dates: shared(dates, 4),
    terms: shared(terms, MAX_TERMS),
  };
  return why;
}

/** An event's title, the member it is taken from, and the evidence that joined the members. */
export interface EventDescription {
  title: string;
  from: ArticleId;
  why: EventEvidence;
}

/** One event to describe: its members, and the mean similarity of their pairs (none for one member). */
export interface DescribeJob {
  members: readonly MemberArticle[];
  cohesion?: number;
}

/**
 * What `groupIntoEvents` describes the events with: `describeMembers` for each, in this thread,
 * unless the caller has more threads to lend (`scripts/lib/ingest-threads.ts`). It must give
 * each job's description as `describeMembers` does, in the jobs' order.
 */
export type DescribeMany = (jobs: readonly DescribeJob[], outletNames: readonly string[]) => EventDescription[];

export const describeEach: DescribeMany = (jobs, outletNames) =>
  jobs.map((j) => describeMembers(j.members, outletNames, j.cohesion));

/**
 * An event's title and evidence (`chooseTitle`, `explainEvent`) with each member's text
 * tokenized once for both.
 */
export function describeMembers(
  members: readonly MemberArticle[],
  outletNames: readonly string[] = [],
  cohesion?: number,
): EventDescription {
  const read = new Map<MemberArticle, MemberText>();
  const memberText = (a: MemberArticle) => {
    let t = read.get(a);
    if (!t) read.set(a, (t = readMember(a, true)));
    return t;
  };
  const { title, from } = titleOf(members, outletNames, memberText);
  return { title, from, why: withCohesion(evidenceOf(members, memberText), members, cohesion) };
}
