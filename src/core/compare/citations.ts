/**
 * Whom an article cites and the words it introduces them with ("Russian propaganda outlet
 * RIA Novosti", "as quoted by TASS").
 *
 * What counts as a citation — a channel through which the article got its information:
 * - outlets and news agencies named after a cue ("according to", "as quoted by", "as reported
 *   by", "citing", "told", "in an interview with", "a report by") or before one ("X reported",
 *   "X quoted"), and every item of a "Source: X; Y" line;
 * - persons only as channels: the interviewer of "in an interview with", and after "told",
 *   "according to", "citing" only when introduced as a journalist ("told Russia journalist
 *   Pavel Zarubin"). A speaker whose own words are reported ("Peskov said", "according to
 *   Peskov") is not a citation: speakers are the quotes' business, and listing them here
 *   for one outlet but not another that quotes the same person would mislead;
 * - documents with a named issuer ("X said in a statement", "X wrote on Telegram", "a report by
 *   a non-media body"): kind `document`, named by the issuer. The platform itself (Telegram, X)
 *   is not a source and is not recorded; neither are unnamed ones ("state media", "reporters").
 *
 * Each source is listed once per article: a later mention adds a citation only when it
 * introduces the source with new words (a bare "told Zarubin" after "Russia journalist Pavel
 * Zarubin" adds nothing). Never throws; spans always slice their paragraph.
 */
import type { OutletRegistry } from '../outlets';
import type { Citation, CitationKind } from '../types';
import {
  collectRun,
  DETERMINERS,
  factsOf,
  JOURNALIST_LABEL,
  parseRun,
  tokenize,
  type ArticleFacts,
  type Parsed,
  type Token,
} from './source-names';

/** Cues after which the source is named; the context decides which kinds of name count. */
const FORWARD_CUE =
  /\b(?:[Aa]ccording to|[Aa]s quoted by|[Qq]uoted by|[Aa]s reported by|[Rr]eported by|[Aa]s cited by|[Cc]ited by|[Cc]iting|[Tt]old|[Ss]peaking (?:to|with)|[Tt]alking to|[Ii]n an? (?:exclusive |recent |separate |new )?interview (?:with|to|for)|(?:[Aa]n?|[Tt]he) (?:new |recent |latest )?report (?:by|from|published by)|[Pp]ublished by|(?:[Aa]n?|[Tt]he) (?:joint |written )?statement (?:by|from|issued by))[^\S\n]+/gu;
/** The same cues, to test a text for one (a global regex's `test` would move its `lastIndex`). */
const HAS_FORWARD_CUE = new RegExp(FORWARD_CUE.source, 'u');
/** Platforms a statement is posted on: the writer is the source, the platform is not. */
const PLATFORMS =
  'Telegram|Twitter|X|Facebook|Instagram|VKontakte|VK|Truth Social|YouTube|TikTok|Bluesky|Threads|Weibo';
/** Cues right after the name of the source ("TASS reported", "the ministry said in a statement"). */
const BACKWARD_CUE = new RegExp(
  `[^\\S\\n]+(?:(?:has |have |had )?reported|reports|quoted|(?:said|stated|announced|wrote|posted|added) (?:in an? (?:written |separate |joint )?statement|(?:on|in a post on) (?:its |his |her |their )?(?:${PLATFORMS}))(?![\\p{L}\\p{N}-]))(?![\\p{L}\\p{N}])`,
  'gu',
);
/** A paragraph that declares its sources ("Source: RIA Novosti; Interfax", Ukrainska Pravda's house style). */
const SOURCE_LINE = /^\s*Sources?\s*:\s*/u;
/** Separators between the items of a source line. */
const SOURCE_ITEM_SEPARATOR = /[;,]|\band\b/gu;
/** Characters tokenized on each side of a cue: more than the longest label and name a run may hold. */
const RUN_REACH = 240;

type Context = 'cite' | 'told' | 'interview' | 'report' | 'document' | 'reported' | 'source';

/** The citation kind a name gets in a context, or null when the context does not make it a source. */
function kindIn(context: Context, p: Parsed): CitationKind | null {
  const media: CitationKind | null = p.cls === 'agency' ? 'agency' : p.cls === 'outlet' ? 'outlet' : null;
  const journalist = p.cls === 'person' && JOURNALIST_LABEL.test(p.label);
  switch (context) {
    case 'source':
    case 'interview':
      return media ?? (p.cls === 'person' ? 'person' : 'other');
    case 'document':
      return 'document';
    case 'report':
      return media ?? 'document';
    case 'cite':
    case 'told':
      return media ?? (journalist ? 'person' : p.cls === 'org' && context === 'cite' ? 'other' : null);
    case 'reported':
      return media ?? (p.cls === 'org' ? 'other' : null);
  }
}

function contextOfCue(cue: string): Context {
  const c = cue.toLowerCase();
  if (c.includes('interview')) return 'interview';
  if (/^(?:told|speaking|talking)/u.test(c)) return 'told';
  if (c.includes('statement')) return 'document';
  if (/report (?:by|from|published)/u.test(c)) return 'report';
  return 'cite';
}

function citationsIn(text: string, paragraph: number, registry: OutletRegistry, article: ArticleFacts): Citation[] {
  const out: Citation[] = [];
  const sourceLine = SOURCE_LINE.exec(text);
  const forwardCues = [...text.matchAll(FORWARD_CUE)];
  const backwardCues = [...text.matchAll(BACKWARD_CUE)];
  // Most paragraphs cite nobody: tokenize only those with a cue.
  if (!sourceLine && forwardCues.length === 0 && backwardCues.length === 0) return out;
  /** Tokens after `offset` (for a forward cue) or up to it (backward), within reach of a run. */
  const around = (offset: number, after: boolean, limit = text.length): Token[] => {
    if (after) {
      const space = text.slice(offset + RUN_REACH).search(/\s/u);
      return tokenize(text, registry, offset, Math.min(limit, space < 0 ? text.length : offset + RUN_REACH + space));
    }
    const space = offset > RUN_REACH ? text.indexOf(' ', offset - RUN_REACH) : -1;
    return tokenize(text, registry, space < 0 || space > offset ? 0 : space + 1, offset);
  };
  const add = (p: Parsed | null, context: Context) => {
    if (!p) return;
    const kind = kindIn(context, p);
    if (!kind) return;
    out.push({
      name: p.name,
      ...(p.outlet ? { outletId: p.outlet.id } : {}),
      label: p.label,
      kind,
      paragraph,
      start: p.labelStart,
      end: p.nameEnd,
    });
  };
  const forward = (context: Context, offset: number, limit?: number) => {
    const tokens = around(offset, true, limit);
    const i = 0;
    const first = tokens[i];
    if (!first || first.start !== offset) return;
    const determiner = DETERMINERS.has(first.text.toLowerCase());
    const from = determiner ? i + 1 : i;
    if (determiner && !tokens[from]?.joined) return;
    for (let k = 0, at = from; k < 3 && at >= 0; k++) {
      const p = parseRun(text, tokens, collectRun(tokens, at, 1), article, determiner);
      add(p, context);
      // "according to RIA Novosti and Interfax": one cue, several sources.
      const and = p ? tokens[p.last + 1] : undefined;
      if (!p || and?.text !== 'and' || !and.joined || !tokens[p.last + 2]?.joined) break;
      at = p.last + 2;
    }
  };
  if (sourceLine) {
    const body = text.slice(sourceLine[0].length);
    let itemStart = 0;
    for (const sep of [...body.matchAll(SOURCE_ITEM_SEPARATOR), null]) {
      const itemEnd = sep ? sep.index : body.length;
      const item = body.slice(itemStart, itemEnd);
      if (!HAS_FORWARD_CUE.test(item)) {
        const offset = sourceLine[0].length + itemStart + (item.length - item.trimStart().length);
        forward('source', offset, sourceLine[0].length + itemEnd);
      }
      itemStart = sep ? sep.index + sep[0].length : body.length;
    }
  }
  for (const m of forwardCues) {
    forward(contextOfCue(m[0].trim()), m.index + m[0].length);
  }
  for (const m of backwardCues) {
    const tokens = around(m.index, false);
    const i = tokens.length - 1;
    if (tokens[i]?.end !== m.index) continue;
    const run = collectRun(tokens, i, -1);
    const before = tokens[run[0]! - 1];
    const determiner = before !== undefined && DETERMINERS.has(before.text.toLowerCase()) && tokens[run[0]!]!.joined;
    const context: Context = /reported|reports|quoted/u.test(m[0]) ? 'reported' : 'document';
    add(parseRun(text, tokens, run, article, determiner), context);
  }
  return out;
}

/** A key under which two mentions of one source are equal: its outlet, else its folded name. */
function sourceKey(c: Citation): string {
  return c.outletId ? `outlet:${c.outletId}` : `name:${c.name.toLowerCase()}`;
}

/**
 * Whom the article cites, in reading order: each source once, again only when a later mention
 * introduces it with other words.
 */
export function extractCitations(body: readonly string[], registry: OutletRegistry): Citation[] {
  const article = factsOf(body);
  const found: Citation[] = [];
  body.forEach((text, paragraph) => {
    if (typeof text !== 'string') return;
    const here = citationsIn(text, paragraph, registry, article).sort((a, b) => a.start - b.start || b.end - a.end);
    let reach = -1;
    for (const c of here) {
      if (c.start < reach) continue;
      found.push(c);
      reach = c.end;
    }
  });
  const labels = new Map<string, Set<string>>();
  const out: Citation[] = [];
  for (const c of found) {
    let key = sourceKey(c);
    // A bare surname after the full name is the same person ("Zarubin" after "Pavel Zarubin").
    if (!c.outletId && !c.name.includes(' ')) {
      const full = out.find((o) => !o.outletId && o.name.endsWith(` ${c.name}`));
      if (full) key = sourceKey(full);
    }
    const seen = labels.get(key);
    if (seen && (c.label === '' || seen.has(c.label.toLowerCase()))) continue;
    labels.set(key, (seen ?? new Set()).add(c.label.toLowerCase()));
    out.push(c);
  }
  return out;
}
