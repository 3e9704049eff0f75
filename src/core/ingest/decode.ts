/**
 * From bytes to text, or a reason a person understands why not.
 */

/** Largest input file read (a scraped article page is rarely over 1 MB). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
/** Share of control characters above which a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.05;

export type Decoded = { ok: true; text: string; hadBom: boolean; hadCrlf: boolean } | { ok: false; reason: string };

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`;
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export function decodeInput(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file (0 bytes)' };
  if (bytes.length > MAX_INPUT_BYTES) {
    return {
      ok: false,
      reason: `file is ${formatSize(bytes.length)}, over the ${formatSize(MAX_INPUT_BYTES)} limit for one page; split it or check that it is a single page`,
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'UTF-16 text (it starts with a UTF-16 byte order mark); save the page as UTF-8' };
  }
  const probe = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of probe) {
    if (b === 0) return { ok: false, reason: 'binary file (it contains NUL bytes), not text' };
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control / probe.length > MAX_CONTROL_SHARE)
    return { ok: false, reason: 'binary file (many control bytes), not text' };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      reason: `not valid UTF-8 (byte 0x${hex} at offset ${bad}); save the page as UTF-8 text`,
    };
  }
  const raw = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const hadBom = raw.startsWith('\uFEFF');
  if (raw.replace(/^\uFEFF/, '').trim() === '') return { ok: false, reason: 'the file holds only white space' };
  return { ok: true, text: raw, hadBom, hadCrlf: raw.includes('\r\n') };
}
