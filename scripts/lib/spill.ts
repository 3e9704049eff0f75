/**
 * Fields of the corpus an ingest does not keep in memory: each event's comparison (its quote
 * groups, facts, naming and provenance), written as JSON to a temporary file as soon as it is
 * made and read back whenever it is read. The object keeps its keys in their order, those
 * fields as getters, so `corpus.json` is written the same byte for byte; at 100,000 articles
 * the comparisons are 0.7 GB of heap that no later stage reads until the corpus is written.
 * A comparison the event cache holds goes to the file as the cache's text (`adopt`): neither
 * parsed nor written out again until the corpus is (at 100,000 articles, unchanged, the
 * comparison stage 6.4-7.3 -> 4.4-4.8 s).
 *
 * Only for a caller that reads the corpus once and is done with it (`npm run ingest` and the
 * bench). The file's name is removed as soon as it is open: it lives on through its descriptor
 * alone, until `close` or the end of the process, however the process ends (Ctrl-C included).
 */
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Appender, doubled, readRecord } from './record-file';

/** An event's fields kept on disk: its comparison. */
export const COMPARISON_FIELDS = ['quotes', 'facts', 'naming', 'provenance'] as const;

/** Bytes gathered before each write. */
const WRITE_CHUNK = 1 << 20;

type Fields = Record<string, unknown>;

/** Where an object's record is: its number in the spill. */
const SLOT = Symbol('spilled');
interface Placed {
  [SLOT]?: number;
}

export class Spill {
  /** Where the file was made (its name is gone once it is open). */
  readonly file: string;
  private fd: number | undefined;
  /** The folder, where the system would not remove it with the file open (Windows): removed by `close`. */
  private dir: string | undefined;
  private readonly out: Appender;
  private offsets = new Float64Array(1024);
  private lengths = new Int32Array(1024);
  private count = 0;
  private lastSlot = -1;
  private last: Fields | undefined;
  private readonly getters = new Map<string, () => unknown>();
  /** Where each adopted record came from (`adopt`), by its number. */
  private sources: Map<number, string> | undefined;
  /** Records read back from disk (for tests). */
  reads = 0;

  constructor() {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-spill-'));
    this.file = join(dir, 'records.jsonl');
    this.fd = openSync(this.file, 'w+');
    this.out = new Appender(this.fd, WRITE_CHUNK);
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      this.dir = dir;
    }
  }

  /**
   * Writes `fields` of `target` (those it has) to disk and makes each a getter in its place,
   * which reads it back; returns `target`.
   */
  keep<T extends object>(target: T, fields: readonly string[]): T {
    const record: Fields = {};
    for (const key of fields) if (Object.hasOwn(target, key)) record[key] = (target as Fields)[key];
    return this.over(target, Object.keys(record), JSON.stringify(record));
  }

  /**
   * A new object whose `fields` are getters over `json`, the text of a record of them as `keep`
   * writes one (a comparison as the event cache holds it): kept on disk as it is, never parsed
   * here. `from` names where the text came from, should it not read back as JSON.
   */
  adopt<T extends object>(fields: readonly string[], json: string, from: string): T {
    const target = this.over({}, fields, json);
    (this.sources ??= new Map()).set((target as Placed)[SLOT]!, from);
    return target as T;
  }

  /** `target` with `fields` made getters over the record `json`, written to disk. */
  private over<T extends object>(target: T, fields: readonly string[], json: string): T {
    if (this.fd === undefined) throw new Error(`spill: ${this.file} was closed; nothing more can be kept in it`);
    const bytes = Buffer.from(json, 'utf8');
    const slot = this.place(this.out.append(bytes), bytes.length);
    (target as Placed)[SLOT] = slot;
    for (const key of fields)
      Object.defineProperty(target, key, { get: this.getter(key), enumerable: true, configurable: true });
    return target;
  }

  /** Closes the file, which frees its space: no getter made here can be read after. */
  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    this.out.clear();
    this.lastSlot = -1;
    this.last = undefined;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }

  private place(offset: number, length: number): number {
    if (this.count === this.offsets.length) {
      this.offsets = doubled(this.offsets);
      this.lengths = doubled(this.lengths);
    }
    this.offsets[this.count] = offset;
    this.lengths[this.count] = length;
    return this.count++;
  }

  private getter(key: string): () => unknown {
    let get = this.getters.get(key);
    if (!get) {
      const record = (slot: number) => this.record(slot);
      get = function (this: Placed) {
        return record(this[SLOT]!)[key];
      };
      this.getters.set(key, get);
    }
    return get;
  }

  /** The record, read once for the fields of one object read one after another (writing it reads them all). */
  private record(slot: number): Fields {
    if (slot === this.lastSlot) return this.last!;
    if (this.fd === undefined) throw new Error(`spill: ${this.file} was closed; its records can no longer be read`);
    this.out.flush();
    const bytes = readRecord(this.fd, this.offsets[slot]!, this.lengths[slot]!, `spill: ${this.file}`);
    this.reads++;
    try {
      this.last = JSON.parse(bytes.toString('utf8')) as Fields;
    } catch (e) {
      const from = this.sources?.get(slot);
      if (from === undefined) throw e;
      throw new Error(`${from} is damaged (${e instanceof Error ? e.message : String(e)}): delete it and run again`);
    }
    this.lastSlot = slot;
    return this.last;
  }
}
