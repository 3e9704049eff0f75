/**
 * npm run icons: draws Parallax's app icons (two offset discs, one event seen from two
 * sides) as PNGs into public/icons/. Deterministic; run again only to change the design.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const OUT = join(import.meta.dirname, '../public/icons');
const BG = [0x1d, 0x35, 0x57];
const A = [0xfb, 0xfa, 0xf7];
const B = [0xe6, 0x39, 0x46];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** `size`×`size` RGB PNG; `safe` is the share of the side the drawing may use (maskable icons need 0.8). */
function icon(size: number, safe: number): Buffer {
  const rows: Buffer[] = [];
  const r = (size * safe) / 4;
  const cy = size / 2;
  const [ax, bx] = [size / 2 - r * 0.55, size / 2 + r * 0.55];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const inA = (x - ax) ** 2 + (y - cy) ** 2 <= r * r;
      const inB = (x - bx) ** 2 + (y - cy) ** 2 <= r * r;
      const c = inA && inB ? [0xf4, 0xa2, 0x61] : inB ? B : inA ? A : BG;
      row.set(c, 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const [name, size, safe] of [
  ['icon-192.png', 192, 1],
  ['icon-512.png', 512, 1],
  ['maskable-512.png', 512, 0.8],
  ['apple-touch-icon.png', 180, 0.9],
] as const) {
  writeFileSync(join(OUT, name), icon(size, safe));
  console.log(`icons: wrote public/icons/${name}`);
}
