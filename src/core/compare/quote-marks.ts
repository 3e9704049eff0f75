/**
 * Finds the passages a paragraph puts between quotation marks, whatever the house style:
 * straight "…", curly “…”, guillemets «…» and »…«, low-high „…“ and „…”, single ‘…’ and '…'.
 * Marks are paired with a stack, deciding open or close from the characters beside each mark
 * (the "flanking" rule CommonMark uses for emphasis), so apostrophes (don't, Kremlin's, '90s)
 * and real pages' mismatched marks ("very good” with a straight opener) come out right.
 * Linear in the paragraph's length; never throws.
 */

/** Marks of the double family: they open and close the outer quotes in every style we meet. */
const DOUBLE_MARKS = '"“”„«»';
/** Marks of the single family: nested quotes, British-style quotes, and apostrophes' look-alikes. */
const SINGLE_MARKS = "'‘’‚‹›";
/** Any quotation mark: the scan jumps from one to the next. */
const MARK_RE = new RegExp(`[${(DOUBLE_MARKS + SINGLE_MARKS).replace(/[\]\\^-]/gu, '\\$&')}]`, 'gu');
/** Characters after which a mark opens rather than closes even when a letter follows: brackets, dashes, slash. */
const OPENING_PUNCT = '([{—–-/';
/** Characters stripped from the end of a quote: the comma of `"…," he said` belongs to the frame sentence. */
const TRAILING_STRIP = /[\s,;:]/u;

export type QuoteFamily = 'double' | 'single';

/** One top-level quoted passage of a paragraph. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote runs on to the paragraph's end (or beyond). */
  close: number;
  /** The quoted words without their marks: `paragraph.slice(start, end)`, trimmed. */
  start: number;
  end: number;
  /** Offset just after the closing mark (or the paragraph's length). */
  after: number;
  family: QuoteFamily;
}

interface Opener {
  /** Index into the parent table. */
  id: number;
  pos: number;
  /** 2 for a doubled apostrophe. */
  width: number;
  mark: string;
  family: QuoteFamily;
}

interface Closed {
  open: number;
  width: number;
  close: number;
  closeWidth: number;
  family: QuoteFamily;
  /** The opener this span sat inside when it closed, or -1. */
  parent: number;
}

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isPunct = (ch: string | undefined): boolean => ch !== undefined && !isSpace(ch) && !isWordChar(ch);

/** A mark that could open: something follows it, and it does not sit glued to a preceding word. */
function leftFlanking(prev: string | undefined, next: string | undefined): boolean {
  return !isSpace(next) && (!isPunct(next) || isSpace(prev) || isPunct(prev));
}

/** A mark that could close: something precedes it, and it does not sit glued to a following word. */
function rightFlanking(prev: string | undefined, next: string | undefined): boolean {
  return !isSpace(prev) && (!isPunct(prev) || isSpace(next) || isPunct(next));
}

type Role = 'open' | 'close' | 'either' | 'skip';

function classifyDouble(mark: string, prev: string | undefined, next: string | undefined, top?: Opener): Role {
  // Markup left in the text: `<tweet id="…">` is no quote.
  if (prev === '=') return 'skip';
  const left = leftFlanking(prev, next) || (prev !== undefined && OPENING_PUNCT.includes(prev) && !isSpace(next));
  const right = rightFlanking(prev, next);
  switch (mark) {
    case '„':
      return 'open';
    case '«':
      return top?.mark === '»' ? 'close' : 'open';
    case '»':
      return top ? 'close' : 'open';
    case '“':
      // English opener; the closer of German „…“, or of a sloppy “…“.
      if (top && right && (!left || top.mark === '„' || top.mark === '“')) return 'close';
      return 'open';
    case '”':
      // English closer; the opener of Swedish ”…” or of a page that typed ” for both.
      if (top) return 'close';
      return left ? 'open' : 'skip';
    default:
      if (left && !right) return 'open';
      if (right && !left) return top ? 'close' : 'skip';
      if (left && right) return top ? 'close' : 'open';
      return 'skip';
  }
}

function classifySingle(mark: string, prev: string | undefined, next: string | undefined, top?: Opener): Role {
  // Apostrophes inside a word (don't, Kremlin's) and elisions before digits ('90s).
  if (isWordChar(prev) && isWordChar(next)) return 'skip';
  if (!isWordChar(prev) && next !== undefined && /\p{N}/u.test(next)) return 'skip';
  const left = leftFlanking(prev, next) || (prev !== undefined && OPENING_PUNCT.includes(prev) && !isSpace(next));
  const right = rightFlanking(prev, next);
  if (mark === '‹') return top?.mark === '›' ? 'close' : 'open';
  if (mark === '›') return top ? 'close' : left ? 'open' : 'skip';
  if (mark === '‚') return left ? 'open' : 'skip';
  if (mark === '’') return right && top ? 'close' : 'skip';
  if (mark === '‘') return right && !left && top ? 'close' : left ? 'open' : 'skip';
  if (left && !right) return 'open';
  if (right && !left) return top ? 'close' : 'skip';
  return 'skip';
}

/** The nearest open quote of a family; a single mark may not close across an open double quote. */
function findOpener(stack: readonly Opener[], family: QuoteFamily): Opener | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    const o = stack[i]!;
    if (o.family === family) return o;
    if (family === 'single') return undefined;
  }
  return undefined;
}

function trimSpan(text: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && TRAILING_STRIP.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * The top-level quoted passages of one paragraph, in order. Quotes inside quotes are part of
 * their outer quote. A double quote left open at the paragraph's end runs to the end
 * (`close: -1`): the news convention for a quote that continues in the next paragraph. A
 * single mark left open is taken for an apostrophe and dropped.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const stack: Opener[] = [];
  const closed: Closed[] = [];
  /** Each opener's enclosing opener when it was pushed, or -1. */
  const parentOf: number[] = [];
  /** Openers found to be no quote at all: what they enclose counts as top level. */
  const dissolved = new Set<number>();
  const marks = MARK_RE;
  marks.lastIndex = 0;
  for (let found = marks.exec(text); found; found = marks.exec(text)) {
    let i = found.index;
    // Two apostrophes stand for a double mark in some archives (''free riders'').
    const doubled = text[i] === "'" && text[i + 1] === "'";
    const ch = doubled ? '"' : text[i]!;
    const family: QuoteFamily | null = DOUBLE_MARKS.includes(ch)
      ? 'double'
      : SINGLE_MARKS.includes(ch)
        ? 'single'
        : null;
    if (!family) continue;
    const width = doubled ? 2 : 1;
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = i + width < text.length ? text[i + width] : undefined;
    const top = findOpener(stack, family);
    const role = family === 'double' ? classifyDouble(ch, prev, next, top) : classifySingle(ch, prev, next, top);
    const at = i;
    i += width - 1;
    marks.lastIndex = i + 1;
    if (role === 'skip' || (role === 'close' && !top)) continue;
    if (role === 'open' || !top) {
      parentOf.push(stack.length > 0 ? stack[stack.length - 1]!.id : -1);
      stack.push({ id: parentOf.length - 1, pos: at, width, mark: ch, family });
      continue;
    }
    // Close `top`, dropping anything opened inside it and never closed.
    while (stack.length > 0 && stack[stack.length - 1] !== top) dissolved.add(stack.pop()!.id);
    stack.pop();
    closed.push({ open: top.pos, width: top.width, close: at, closeWidth: width, family, parent: parentOf[top.id]! });
  }
  // Whatever is still open: a double quote runs to the end, a single mark was an apostrophe.
  for (const o of stack) {
    if (o.family === 'single') dissolved.add(o.id);
    else
      closed.push({ open: o.pos, width: o.width, close: -1, closeWidth: 0, family: 'double', parent: parentOf[o.id]! });
  }
  const topLevel = (parent: number): boolean => {
    for (let p = parent; p !== -1; p = parentOf[p]!) if (!dissolved.has(p)) return false;
    return true;
  };
  const spans: QuotedSpan[] = [];
  for (const c of closed) {
    if (!topLevel(c.parent)) continue;
    const [start, end] = trimSpan(text, c.open + c.width, c.close === -1 ? text.length : c.close);
    const after = c.close === -1 ? text.length : c.close + c.closeWidth;
    if (end > start) spans.push({ open: c.open, close: c.close, start, end, after, family: c.family });
  }
  spans.sort((a, b) => a.open - b.open);
  // A run-on quote swallows what follows it: later spans are quotes nested inside it.
  const out: QuotedSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && (last.close === -1 || s.open < last.close)) continue;
    out.push(s);
  }
  return out;
}
