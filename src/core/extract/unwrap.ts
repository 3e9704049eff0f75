/**
 * Text saved hard-wrapped (mail archives, some scrapers and `fold`): every paragraph broken
 * into lines of at most N columns. A wrapping tool breaks a line only where the next word
 * would not fit, so a line that stops short of the width ends its paragraph, and a line that
 * could not take the next word continues into it. The width is read from the page itself.
 */

/** Narrowest and widest columns hard-wrapping tools use (mail 72–80, terminals up to 132). */
export const MIN_WRAP_COLUMNS = 60;
export const MAX_WRAP_COLUMNS = 132;
/** Fewest lines that must stop for want of room before a page counts as hard-wrapped. */
export const MIN_FULL_LINES = 5;
/**
 * Share of the page's lines longer than half the width, with text on the next line, that must
 * stop for want of room: inside a wrapped paragraph every line but the last does, in a block
 * of menu entries or headlines few come near the longest line. (Lines followed by a blank are
 * left out: a paragraph's last line and a lone headline say nothing either way, and a page
 * whose article is a few paragraphs long among many headlines must still be recognised.)
 */
export const MIN_FULL_LINE_SHARE = 0.4;

function firstWord(line: string): string {
  return line.trim().split(/\s+/)[0] ?? '';
}

/** The line stopped because the next line's first word would not have fitted within `width`. */
function stoppedForRoom(line: string, next: string | undefined, width: number): boolean {
  if (!next || !next.trim() || !line.trim()) return false;
  return line.trimEnd().length + 1 + firstWord(next).length > width;
}

/** The column the page was wrapped at, or null when it was not hard-wrapped. */
export function findWrapWidth(lines: readonly string[]): number | null {
  // A single token longer than the width (a URL) is left whole by wrapping tools.
  const width = Math.max(0, ...lines.filter((l) => /\S\s+\S/.test(l.trim())).map((l) => l.trimEnd().length));
  if (width < MIN_WRAP_COLUMNS || width > MAX_WRAP_COLUMNS) return null;
  let full = 0;
  let long = 0;
  lines.forEach((line, i) => {
    if (line.trimEnd().length > width / 2 && lines[i + 1]?.trim()) long++;
    if (stoppedForRoom(line, lines[i + 1], width)) full++;
  });
  return full >= MIN_FULL_LINES && full / Math.max(1, long) >= MIN_FULL_LINE_SHARE ? width : null;
}

/** The page's lines with hard-wrapped paragraphs joined back into one line each. */
export function unwrapLines(lines: readonly string[]): string[] {
  const width = findWrapWidth(lines);
  if (width === null) return [...lines];
  const out: string[] = [];
  let joining = false;
  lines.forEach((line, i) => {
    if (joining) out[out.length - 1] = `${out[out.length - 1]!.trimEnd()} ${line.trim()}`;
    else out.push(line);
    joining = stoppedForRoom(line, lines[i + 1], width);
  });
  return out;
}
