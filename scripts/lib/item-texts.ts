/**
 * Each article's text as `corpus.json` holds it, made where the article is extracted: an
 * extraction worker writes every article's element of the corpus's `articles` list (`elementJson`,
 * indented as `npm run ingest` writes it) to a file of its own, checked against the corpus's
 * schema as written, and the ingest writes those bytes into `corpus.json` as they are
 * (`writeCorpusJson`'s `made`), instead of turning 100,000 articles into JSON again in its own
 * thread and checking them again on the other core.
 *
 * The files are made by the ingest (`ItemTexts`), one per worker, in a folder removed as soon as
 * they are open: they live on through their descriptors, which the workers share (a process's
 * descriptors are its threads'), until `close` or the end of the process. An article the ingest
 * extracted in its own thread (a small folder, a worker that stopped) has no text here and is
 * written and checked as before.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCorpusItem } from '../../src/core/schema';
import { elementJson, type MadeText } from './write-corpus';

/** The indentation of the texts made: `npm run ingest`'s (`writeCorpusJson`). */
export const ITEM_INDENT = 2;

/** Bytes gathered before each write, and read ahead at each read. */
const CHUNK = 1 << 22;

/** A worker's side: writes each article's element text to its file, and says where it is. */
export class ItemWriter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private written = 0;

  constructor(private readonly fd: number) {}

  /**
   * Writes the element text of each article; `checked`: they passed the corpus's schema as written
   * before (`CacheEntry.checked`), else each is checked now. `at` gives `[offset, length]` of each
   * text in turn, `[-1, 0]` for an article that does not pass (the ingest writes and checks that
   * one itself, and names its problem); `passed`: every one did.
   */
  add(articles: readonly object[], checked: boolean): { at: number[]; passed: boolean } {
    const at: number[] = [];
    let passed = true;
    for (const a of articles) {
      const text = elementJson(a, ITEM_INDENT);
      if (!checked && checkCorpusItem('articles', 0, JSON.parse(text)) !== null) {
        at.push(-1, 0);
        passed = false;
        continue;
      }
      const bytes = Buffer.from(text, 'utf8');
      at.push(this.written + this.pendingBytes, bytes.length);
      this.pending.push(bytes);
      this.pendingBytes += bytes.length;
      if (this.pendingBytes >= CHUNK) this.flush();
    }
    return { at, passed };
  }

  /** Writes what is gathered: call before answering, so that every text said to be there is. */
  flush(): void {
    if (this.pendingBytes === 0) return;
    const all = Buffer.concat(this.pending, this.pendingBytes);
    let done = 0;
    while (done < all.length) done += writeSync(this.fd, all, done, all.length - done, this.written + done);
    this.written += all.length;
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/** The ingest's side: the workers' files, and where each article's text is in them. */
export class ItemTexts {
  /** One file per worker, by the worker's number. */
  readonly fds: number[] = [];
  private readonly dir: string;
  private readonly slots = new Map<object, number>();
  private files = new Uint8Array(1024);
  private offsets = new Float64Array(1024);
  private lengths = new Int32Array(1024);
  private count = 0;
  /** Each file's bytes read ahead, and where they start. */
  private readonly ahead: { start: number; bytes: Buffer; length: number }[] = [];

  constructor(workers: number) {
    this.dir = mkdtempSync(join(tmpdir(), 'parallax-items-'));
    for (let i = 0; i < workers; i++) {
      this.fds.push(openSync(join(this.dir, `items-${i}.json`), 'w+'));
      this.ahead.push({ start: 0, bytes: Buffer.alloc(0), length: 0 });
    }
    try {
      rmSync(this.dir, { recursive: true, force: true });
    } catch {
      // Where a file open cannot be removed (Windows), `close` removes the folder.
    }
  }

  /** Notes where worker `file`'s texts of `articles` are (`ItemWriter.add`'s answer). */
  note(articles: readonly object[], file: number, at: readonly number[]): void {
    articles.forEach((a, k) => {
      const offset = at[2 * k]!;
      if (offset < 0) return;
      if (this.count === this.offsets.length) this.grow();
      this.files[this.count] = file;
      this.offsets[this.count] = offset;
      this.lengths[this.count] = at[2 * k + 1]!;
      this.slots.set(a, this.count++);
    });
  }

  /** Articles with a text here. */
  get size(): number {
    return this.slots.size;
  }

  /**
   * The text of `article`'s element, as UTF-8; undefined when there is none. The bytes are good
   * until the next call: write them before asking for another.
   */
  textOf(article: object): Uint8Array | undefined {
    if (this.fds.length === 0) throw new Error("item-texts: the articles' texts were closed; nothing more can be read");
    const slot = this.slots.get(article);
    if (slot === undefined) return undefined;
    const fd = this.fds[this.files[slot]!]!;
    const offset = this.offsets[slot]!;
    const length = this.lengths[slot]!;
    const ahead = this.ahead[this.files[slot]!]!;
    if (offset < ahead.start || offset + length > ahead.start + ahead.length) {
      // Articles are written in the order their files were extracted: read forward a chunk at a time.
      if (ahead.bytes.length < Math.max(CHUNK, length)) ahead.bytes = Buffer.allocUnsafe(Math.max(CHUNK, length));
      ahead.start = offset;
      ahead.length = 0;
      while (ahead.length < length) {
        const got = readSync(fd, ahead.bytes, ahead.length, ahead.bytes.length - ahead.length, offset + ahead.length);
        if (got === 0) throw new Error(`item-texts: an article's text ends early, at byte ${offset + ahead.length}`);
        ahead.length += got;
      }
    }
    return ahead.bytes.subarray(offset - ahead.start, offset - ahead.start + length);
  }

  /** `MadeText` for `writeCorpusJson`: the articles' texts, at the indentation they were made at. */
  readonly made: MadeText = (key, item, indent) =>
    key === 'articles' && indent === ITEM_INDENT && typeof item === 'object' && item !== null
      ? this.textOf(item)
      : undefined;

  /** Closes the files, which frees their space. */
  close(): void {
    for (const fd of this.fds.splice(0)) closeSync(fd);
    this.slots.clear();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private grow(): void {
    const files = new Uint8Array(this.count * 2);
    files.set(this.files);
    this.files = files;
    const offsets = new Float64Array(this.count * 2);
    offsets.set(this.offsets);
    this.offsets = offsets;
    const lengths = new Int32Array(this.count * 2);
    lengths.set(this.lengths);
    this.lengths = lengths;
  }
}
