/** The characters `\s` matches (ECMAScript white space and line terminators). */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c >= 0x80 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

/**
 * How many pieces `text.split(/\s+/)` gives (one more than the runs of white space), counted
 * without making them; counting stops once past `most`.
 */
export function piecesOf(text: string, most = Infinity): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < text.length && pieces <= most; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces;
}
