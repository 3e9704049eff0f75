/**
 * Records kept in a temporary file by the ingest (`spill.ts`, `item-texts.ts`): appended a chunk
 * of writes at a time, each found again by where it starts and how long it is.
 */
import { readSync, writeSync } from 'node:fs';

/** Records appended to the file open as `fd`, written a chunk at a time: `append` says where each will be. */
export class Appender {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private written = 0;

  constructor(
    private readonly fd: number,
    private readonly chunk: number,
  ) {}

  /** Where `bytes` will be in the file: written with the next chunk, or by `flush`. */
  append(bytes: Buffer): number {
    const at = this.written + this.pendingBytes;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= this.chunk) this.flush();
    return at;
  }

  /** Writes what is gathered. */
  flush(): void {
    if (this.pendingBytes === 0) return;
    const all = Buffer.concat(this.pending, this.pendingBytes);
    let done = 0;
    while (done < all.length) done += writeSync(this.fd, all, done, all.length - done, this.written + done);
    this.written += all.length;
    this.clear();
  }

  /** Lets go of what is gathered, unwritten (the file is being closed). */
  clear(): void {
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/** The `length` bytes at `offset` of the file open as `fd`; `file` names it should it end before them. */
export function readRecord(fd: number, offset: number, length: number, file: string): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const got = readSync(fd, bytes, done, length - done, offset + done);
    if (got === 0) throw new Error(`${file} ends before the record at byte ${offset}`);
    done += got;
  }
  return bytes;
}

/** A typed array twice as long as `a`, beginning with its elements. */
export function doubled<T extends Uint8Array | Int32Array | Float64Array>(a: T): T {
  const grown = new (a.constructor as new (length: number) => T)(a.length * 2);
  grown.set(a);
  return grown;
}
