/**
 * Which "sources" are really one report: an article that republishes another's body (nearly
 * word for word, perhaps lightly edited or cut), or carries a wire agency's report under its
 * own name (a "(Reuters) -" dateline), is a copy, not independent coverage.
 *
 * Near-duplicates are found through an index of sampled word shingles, never by comparing all
 * pairs: every 5-word shingle is hashed, those whose hash falls in a fixed quarter of the range are
 * kept as the article's fingerprint (the same words give the same sample in every copy), and
 * articles sharing enough sampled shingles are compared on their fingerprints.
 */
import type { Article, ArticleId, Copy, Outlet, Provenance } from '../types';
import { byPublication } from './keys';

/** Words per shingle: long enough that unrelated reports of one happening rarely share one. */
export const SHINGLE_WORDS = 5;
/** One shingle in this many is sampled into the fingerprint (a 300-word report keeps about 75). */
const SAMPLE_MOD = 4;
/** A copy carries at least this share of the shorter body's sampled shingles (light edits and cuts keep most). */
export const COPY_CONTAINMENT = 0.5;
/** Fewest sampled shingles two bodies must share before they are compared. */
const MIN_SHARED_SAMPLES = 3;
/** Earlier articles remembered per sampled shingle: the origin of a copy is among the first to print it, and a widely republished report must not make the index quadratic. */
const MAX_POSTINGS = 8;
/** A wire dateline at the start of a body: "(Reuters) -", "KYIV (AP) —". */
const WIRE_DATELINE = /^[^\n(]{0,40}\(([^()\n]{2,40})\)\s*[-–—]/;
/** The most characters `WIRE_DATELINE` reads before its run of white space: 40, the bracket, 40, the bracket. */
const DATELINE_HEAD = 82;

/**
 * The part of a first paragraph that `WIRE_DATELINE` can read, and so all `findCopies` needs of
 * it: its first characters, the white space after them and one more. (A caller that keeps the
 * articles' text out of memory keeps this much of each.)
 */
export function datelineLead(paragraph: string): string {
  let end = Math.min(paragraph.length, DATELINE_HEAD);
  while (end < paragraph.length && /\s/.test(paragraph[end]!)) end++;
  return paragraph.slice(0, end + 1);
}

/** Whether a UTF-16 code unit is part of a word: letters and digits, ASCII fast, other scripts by their case or digit value. */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  const ch = String.fromCharCode(code);
  return /[\p{L}\p{N}]/u.test(ch);
}

/**
 * The sampled shingle hashes of a body. One pass over the characters: each word is hashed
 * (FNV-1a over its lower-case code units) as it is read, and each shingle's hash is mixed from
 * its words' hashes, so no word or shingle string is built.
 */
export function fingerprint(body: readonly string[]): Set<number> {
  return new Set(sampledHashes(body));
}

/** The words' hashes, reused from body to body. */
const wordHashes: number[] = [];
const sampled = new Set<number>();

/** `fingerprint` as an array, each hash once, in the order first found (4 bytes a hash, where a set takes several times that). */
function sampledHashes(body: readonly string[]): Int32Array {
  const words = wordHashes;
  words.length = 0;
  for (const paragraph of body) {
    let h = 0x811c9dc5;
    let inWord = false;
    for (let i = 0; i <= paragraph.length; i++) {
      const code = i < paragraph.length ? paragraph.charCodeAt(i) : 32;
      if (isWordChar(code)) {
        const lower =
          code >= 65 && code <= 90
            ? code + 32
            : code < 128
              ? code
              : String.fromCharCode(code).toLowerCase().charCodeAt(0);
        h = Math.imul(h ^ lower, 0x01000193);
        inWord = true;
      } else if (inWord) {
        words.push(h >>> 0);
        h = 0x811c9dc5;
        inWord = false;
      }
    }
  }
  const out = sampled;
  out.clear();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + SHINGLE_WORDS; k++) h = Math.imul(h ^ words[k]!, 0x01000193);
    h >>>= 0;
    // Kept to 30 bits: small integers are what Map and Set key fastest.
    if (h % SAMPLE_MOD === 0) out.add(h >>> 2);
  }
  const hashes = Int32Array.from(out);
  out.clear();
  return hashes;
}

/**
 * The earlier articles that printed each sampled shingle, at most `MAX_POSTINGS`, in the order
 * added: an open-addressing table over typed arrays, since a corpus of 100,000 articles has
 * millions of distinct shingles and a Map of arrays would hold them at many times the size.
 * A shingle's first article is kept in the table itself, the others in blocks of a shared pool.
 */
class ShingleIndex {
  private bits = 16;
  private size = 0;
  /** The shingle hash in each slot, -1 for an empty slot (hashes are 30-bit, never negative). */
  private keys = new Int32Array(1 << 16).fill(-1);
  private first = new Int32Array(1 << 16);
  private count = new Uint8Array(1 << 16);
  /** Where a slot's block of further articles starts in `pool`, once it has a second one. */
  private block = new Int32Array(1 << 16);
  private pool = new Int32Array(1 << 16);
  private poolUsed = 0;

  private slotOf(h: number): number {
    const mask = (1 << this.bits) - 1;
    let i = Math.imul(h, 0x9e3779b1) >>> (32 - this.bits);
    while (this.keys[i] !== -1 && this.keys[i] !== h) i = (i + 1) & mask;
    return i;
  }

  /** Calls `visit` with each article listed under `h`, in the order added. */
  forEach(h: number, visit: (article: number) => void): void {
    const i = this.slotOf(h);
    const n = this.count[i]!;
    if (this.keys[i] === -1 || n === 0) return;
    visit(this.first[i]!);
    const b = this.block[i]!;
    for (let k = 1; k < n; k++) visit(this.pool[b + k - 1]!);
  }

  /** Lists `article` under `h` unless `MAX_POSTINGS` are listed already. */
  add(h: number, article: number): void {
    let i = this.slotOf(h);
    if (this.keys[i] === -1) {
      if ((this.size + 1) * 4 > 3 << this.bits) {
        this.grow();
        i = this.slotOf(h);
      }
      this.keys[i] = h;
      this.first[i] = article;
      this.count[i] = 1;
      this.size++;
      return;
    }
    const n = this.count[i]!;
    if (n >= MAX_POSTINGS) return;
    if (n === 1) {
      if (this.poolUsed + MAX_POSTINGS - 1 > this.pool.length) {
        const pool = new Int32Array(this.pool.length * 2);
        pool.set(this.pool);
        this.pool = pool;
      }
      this.block[i] = this.poolUsed;
      this.poolUsed += MAX_POSTINGS - 1;
    }
    this.pool[this.block[i]! + n - 1] = article;
    this.count[i] = n + 1;
  }

  private grow(): void {
    const { keys, first, count, block } = this;
    this.bits++;
    const size = 1 << this.bits;
    this.keys = new Int32Array(size).fill(-1);
    this.first = new Int32Array(size);
    this.count = new Uint8Array(size);
    this.block = new Int32Array(size);
    for (let j = 0; j < keys.length; j++) {
      if (keys[j] === -1) continue;
      const i = this.slotOf(keys[j]!);
      this.keys[i] = keys[j]!;
      this.first[i] = first[j]!;
      this.count[i] = count[j]!;
      this.block[i] = block[j]!;
    }
  }
}

/** `fingerprint` as a list, for an article's print worked out beforehand (`findCopies`'s `printOf`). */
export function copyPrint(body: readonly string[]): number[] {
  return Array.from(sampledHashes(body));
}

/**
 * Copies across a corpus, keyed by the copying article. Articles are read in publication
 * order (a news agency's report before others of the same day); each is compared with the
 * earlier articles that share its sampled shingles, and is a copy of the one whose fingerprint
 * it most contains, when it contains enough. An article whose body opens with another outlet's
 * wire dateline copies that outlet's report. `outletNames` maps lower-case names and aliases to
 * outlet ids (the registry's), so a dateline's "(Associated Press)" is known. `printOf`: an
 * article's print worked out beforehand (`copyPrint`), when there is one; `leadOf`: its first
 * paragraph, or as much of it as the dateline reads (`datelineLead`).
 */
export function findCopies(
  articles: readonly Article[],
  outlets: readonly Outlet[],
  outletNames: ReadonlyMap<string, string> = new Map(),
  printOf: (article: Article) => Int32Array | undefined = () => undefined,
  leadOf: (article: Article) => string = (a) => a.body[0] ?? '',
): Map<ArticleId, Copy> {
  const outletById = new Map(outlets.map((o) => [o.id as string, o]));
  const byName = new Map<string, string>(outletNames);
  for (const o of outlets) byName.set(o.name.toLowerCase(), o.id);
  const isAgency = (a: Article) => (outletById.get(a.outletId)?.kind === 'news agency' ? 0 : 1);
  const keyed = articles.map((a) => ({
    a,
    when: `${a.published.date ?? '9999-99-99'}T${a.published.time ?? '99:99'}`,
    agency: isAgency(a),
  }));
  keyed.sort(
    (x, y) => (x.when < y.when ? -1 : x.when > y.when ? 1 : 0) || x.agency - y.agency || (x.a.id < y.a.id ? -1 : 1),
  );
  const ordered = keyed.map((k) => k.a);
  const prints = ordered.map((a) => printOf(a) ?? sampledHashes(a.body));
  const postings = new ShingleIndex();
  const copies = new Map<ArticleId, Copy>();
  // Shared-shingle counts per earlier article, in a flat array reset through the list of those touched.
  const counts = new Int32Array(ordered.length);
  const touched: number[] = [];
  const hit = (j: number) => {
    if (counts[j]!++ === 0) touched.push(j);
  };
  ordered.forEach((copy, i) => {
    const print = prints[i]!;
    touched.length = 0;
    for (const h of print) postings.forEach(h, hit);
    let best: { j: number; containment: number } | null = null;
    for (const j of touched) {
      const count = counts[j]!;
      counts[j] = 0;
      if (count < MIN_SHARED_SAMPLES) continue;
      const containment = count / Math.min(print.length, prints[j]!.length);
      if (containment >= COPY_CONTAINMENT && (!best || containment > best.containment)) best = { j, containment };
    }
    if (best) {
      const via = copy.viaOutletIds.length ? `, carried via ${copy.viaOutletIds.join(' → ')}` : '';
      copies.set(copy.id, {
        articleId: copy.id,
        of: ordered[best.j]!.id,
        basis: `near-identical body: ${Math.round(best.containment * 100)}% of its word sequences are in the earlier report${via}`,
      });
    }
    for (const h of print) postings.add(h, i);
  });
  for (const a of articles) {
    if (copies.has(a.id)) continue;
    const m = WIRE_DATELINE.exec(leadOf(a));
    const agency = m ? byName.get(m[1]!.trim().toLowerCase()) : undefined;
    if (!agency || agency === a.outletId) continue;
    copies.set(a.id, { articleId: a.id, of: agency, basis: `wire dateline "${m![0].trim()}": the agency's report` });
  }
  return copies;
}

/** An event's provenance from the corpus's copies: outlets, independent reports, and the copies among its members. */
export function provenanceOf(members: readonly Article[], copies: ReadonlyMap<ArticleId, Copy>): Provenance {
  const own = byPublication(members)
    .map((a) => copies.get(a.id))
    .filter((c): c is Copy => c !== undefined);
  const ids = new Set(members.map((a) => a.id as string));
  // A wire copy whose agency's own report is in the event copies that report.
  const agencyReport = new Map(members.map((a) => [a.outletId as string, a.id]));
  const resolved = own.map((c) => (ids.has(c.of) ? c : { ...c, of: agencyReport.get(c.of) ?? c.of }));
  return {
    outlets: new Set(members.map((a) => a.outletId)).size,
    independentReports: members.length - resolved.length,
    copies: resolved,
  };
}
