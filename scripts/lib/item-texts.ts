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
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCorpusItem } from '../../src/core/schema';
import { elementJson, type MadeText } from './write-corpus';
import { Appender, doubled, readRecord } from './record-file';

/** The indentation of the texts made: `npm run ingest`'s (`writeCorpusJson`). */
export const ITEM_INDENT = 2;

/** Bytes gathered before each write, and read ahead at each read. */
const CHUNK = 1 << 22;

/** A worker's side: writes each article's element text to its file, and says where it is. */
export class ItemWriter {
  private readonly out: Appender;

  constructor(fd: number) {
    this.out = new Appender(fd, CHUNK);
  }

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
      at.push(this.out.append(bytes), bytes.length);
    }
    return { at, passed };
  }

  /** Writes what is gathered: call before answering, so that every text said to be there is. */
  flush(): void {
    this.out.flush();
  }
}

/** An article's fields that hold its text: kept out of the ingest's memory once its text is made. */
export const HEAVY_FIELDS: ReadonlySet<string> = new Set(['body', 'captions', 'warnings', 'quotes', 'citations']);

/**
 * A 32-bit hash of a text (FNV-1a over its UTF-16 code units), by which the ingest knows which
 * headlines, subtitles and paragraphs recur without holding them (`Recurring`).
 */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** The texts of an article that `repeatedTexts` counts: its headline, subtitle and paragraphs. */
export function countedTexts(a: { title: string; subtitle?: string; body: readonly string[] }): string[] {
  return a.subtitle ? [a.title, a.subtitle, ...a.body] : [a.title, ...a.body];
}

/** What a worker sends of its parked articles (`parkArticles`), beside them. */
export interface Parked {
  /** Each article's fields in their order, those of `HEAVY_FIELDS` left out of what is sent; null: sent whole. */
  keys: (string[] | null)[];
  /** Each parked article's first paragraph, as much as the search for copies reads (`datelineLead`). */
  leads: string[];
  /** `textHash` of each counted text (`countedTexts`) of every article, in turn. */
  texts: number[];
}

/**
 * Replaces each article whose text is made (`at`, `ItemWriter.add`'s answer) by one without its
 * text fields (`HEAVY_FIELDS`), to be sent to the ingest in its place; says what fields it had
 * and in which order, as much of its first paragraph as the search for copies reads, and its
 * texts' hashes.
 */
export function parkArticles(articles: object[], at: readonly number[], lead: (paragraph: string) => string): Parked {
  const parked: Parked = { keys: [], leads: [], texts: [] };
  articles.forEach((article, k) => {
    const a = article as Record<string, unknown> & { title: string; subtitle?: string; body: string[] };
    for (const t of countedTexts(a)) parked.texts.push(textHash(t));
    if (at[2 * k]! < 0) {
      parked.keys.push(null);
      return;
    }
    const keys = Object.keys(a);
    const light: Record<string, unknown> = {};
    for (const key of keys) if (!HEAVY_FIELDS.has(key)) light[key] = a[key];
    articles[k] = light;
    parked.keys.push(keys);
    parked.leads.push(lead(a.body[0] ?? ''));
  });
  return parked;
}

/**
 * Which texts of a corpus recur, known by their hashes (`textHash`): for the comparison's memos
 * (`compareCorpus`'s `recurs`), which keep what recurs. Two texts of one hash both count as
 * recurring: a memo then keeps a text it will not meet again, which costs memory, never a result.
 */
export class Recurring {
  private hashes = new Int32Array(1 << 16);
  private count = 0;
  private repeated: Set<number> | undefined;

  add(hashes: readonly number[]): void {
    if (this.repeated) throw new Error('item-texts: texts added after the recurring ones were asked for');
    if (this.count + hashes.length > this.hashes.length) {
      const grown = new Int32Array(Math.max(this.hashes.length * 2, this.count + hashes.length));
      grown.set(this.hashes.subarray(0, this.count));
      this.hashes = grown;
    }
    for (const h of hashes) this.hashes[this.count++] = h;
  }

  /** Whether `text` recurs among the texts added. */
  readonly recurs = (text: string): boolean => {
    if (!this.repeated) {
      const sorted = this.hashes.slice(0, this.count).sort();
      this.repeated = new Set();
      for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) this.repeated.add(sorted[i]!);
      this.hashes = new Int32Array(0);
      this.count = 0;
    }
    return this.repeated.has(textHash(text));
  };
}

/** Past this share of the parked articles read back (1/4), all are (`ItemTexts.makeWhole`). */
const WHOLE_AFTER = 4;

/** Articles restored at once (`ItemTexts.restore`): more than the largest event's, so an event's are read once. */
const RESTORED = 4096;

/** The ingest's side: the workers' files, and where each article's text is in them. */
export class ItemTexts {
  /** One file per worker, by the worker's number. */
  readonly fds: number[] = [];
  private readonly dir: string;
  private readonly slots = new Map<object, number>();
  /** Each text's worker (any number of them). */
  private files = new Int32Array(1024);
  private offsets = new Float64Array(1024);
  private lengths = new Int32Array(1024);
  private count = 0;
  /** Each file's bytes read ahead, and where they start. */
  private readonly ahead: { start: number; bytes: Buffer; length: number }[] = [];
  /** Parked articles' first paragraphs, as much as the search for copies reads. */
  private readonly leads = new Map<object, string>();
  /** Parked articles restored, the oldest first (`restore`). */
  private readonly restored = new Map<object, Record<string, unknown>>();
  private readonly getters = new Map<string, () => unknown>();
  /** Articles' texts parsed back (for tests and figures). */
  restores = 0;
  /** Every parked article was read back and keeps its text fields as values (`makeWhole`). */
  whole = false;

  constructor(workers: number) {
    this.dir = mkdtempSync(join(tmpdir(), 'parallax-items-'));
    try {
      for (let i = 0; i < workers; i++) {
        this.fds.push(openSync(join(this.dir, `items-${i}.json`), 'w+'));
        this.ahead.push({ start: 0, bytes: Buffer.alloc(0), length: 0 });
      }
    } catch (e) {
      this.close();
      throw e;
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

  /**
   * The article `light` was made from (`parkArticles`): its fields in their order (`keys`), each
   * text field a getter that reads the article's text back from its file (`note` the article
   * made here before one is read).
   */
  park(light: Record<string, unknown>, keys: readonly string[], lead: string): object {
    const article: Record<string, unknown> = {};
    for (const key of keys)
      if (HEAVY_FIELDS.has(key))
        Object.defineProperty(article, key, { get: this.getter(key), enumerable: true, configurable: true });
      else article[key] = light[key];
    this.leads.set(article, lead);
    return article;
  }

  /** Whether `article`'s text fields are read back from its file (`park`). */
  parked(article: object): boolean {
    return this.leads.has(article);
  }

  /** A parked article's first paragraph, as much as the search for copies reads; undefined for another. */
  leadOf(article: object): string | undefined {
    return this.leads.get(article);
  }

  private getter(key: string): () => unknown {
    let get = this.getters.get(key);
    if (!get) {
      const restore = (article: object) => this.restore(article);
      get = function (this: object) {
        return restore(this)[key];
      };
      this.getters.set(key, get);
    }
    return get;
  }

  /**
   * A parked article as its text says, parsed from its file; the last `RESTORED` are kept, so
   * that one event's articles, read field by field, are read once (a field of one read again
   * later is an equal value, not the same object).
   */
  private restore(article: object): Record<string, unknown> {
    const known = this.restored.get(article);
    if (known) return known;
    // A run that reads most articles back (one that compares most events anew) reads each several
    // times, once for each stage: past a quarter of them, all are read back at once, and kept.
    if (this.restores >= this.leads.size / WHOLE_AFTER && !this.whole) {
      this.makeWhole();
      return article as Record<string, unknown>;
    }
    if (this.fds.length === 0) throw new Error("item-texts: the articles' texts were closed; nothing more can be read");
    const slot = this.slots.get(article)!;
    const file = this.files[slot]!;
    const bytes = readRecord(this.fds[file]!, this.offsets[slot]!, this.lengths[slot]!, `item-texts: file ${file}`);
    const value = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    this.restores++;
    if (this.restored.size >= RESTORED) this.restored.delete(this.restored.keys().next().value!);
    this.restored.set(article, value);
    return value;
  }

  /** Every parked article's text fields read back from its file and kept as values (`restore`). */
  private makeWhole(): void {
    this.whole = true;
    this.restored.clear();
    for (const article of this.leads.keys()) {
      const text = this.textOf(article)!;
      const value = JSON.parse(Buffer.from(text.buffer, text.byteOffset, text.length).toString('utf8')) as Record<
        string,
        unknown
      >;
      for (const key of Object.keys(value))
        if (HEAVY_FIELDS.has(key))
          Object.defineProperty(article, key, {
            value: value[key],
            writable: true,
            enumerable: true,
            configurable: true,
          });
    }
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
    this.restored.clear();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private grow(): void {
    this.files = doubled(this.files);
    this.offsets = doubled(this.offsets);
    this.lengths = doubled(this.lengths);
  }
}
