/**
 * Golden cases: tests/golden/<case>/case.json names an input folder (and optionally --now) and
 * says what the case pins; expected.json is the corpus the ingest must produce for it.
 *
 * A case's `facts` are the few observable facts its behaviour comes down to (title, authors,
 * date, where the body starts and ends, how many articles, which event holds what), written by
 * hand from the input pages. They outlive a regenerated expected.json: `checkFacts` says which
 * of them a corpus breaks, so a reviewer of `npm run golden:update` sees at once whether a
 * change to the extraction still gives the behaviour the case is named for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingest } from '../../src/core/ingest/ingest';
import type { Article, Corpus } from '../../src/core/types';
import { z } from '../../src/core/zod';
import { readSeeds } from './read-seeds';

export const GOLDEN_DIR = resolve(import.meta.dirname, '../../tests/golden');

/** What one article of the corpus must show; articles are matched by file and title. */
const articleFactsSchema = z.strictObject({
  file: z.string(),
  role: z.enum(['primary', 'embedded']).optional(),
  outlet: z.string(),
  /** Who passed it on; absent means nobody (an empty list). */
  via: z.array(z.string()).optional(),
  title: z.string(),
  /** null: the article has no subtitle. Absent: not checked. */
  subtitle: z.string().nullable().optional(),
  authors: z.array(z.string()),
  published: z.strictObject({
    date: z.string().nullable(),
    time: z.string().optional(),
    estimated: z.boolean(),
    basis: z.enum(['text', 'relative', 'manifest', 'structured', 'none']),
  }),
  bodyStartsWith: z.string(),
  bodyEndsWith: z.string(),
  paragraphs: z.number().int().positive(),
  /** Exactly these captions (an empty list: none). Absent: not checked. */
  captions: z.array(z.string()).optional(),
  /** Each of these is among the article's warnings. */
  warningsInclude: z.array(z.string()).optional(),
});

/** An event, named by the files of its articles. */
const eventFactsSchema = z.strictObject({
  files: z.array(z.string()).min(1),
  outlets: z.number().int().nonnegative(),
  independentReports: z.number().int().nonnegative(),
  /** Which file's article copies which file's article. */
  copies: z.array(z.strictObject({ file: z.string(), of: z.string() })),
});

const caseSchema = z.strictObject({
  /** What the case pins and why it is there. */
  description: z.string().min(1),
  /** The input folder, relative to the case folder. */
  seeds: z.string(),
  /** "Today" for relative dates when the manifest gives no retrieval time (ISO-8601). */
  now: z.string().optional(),
  facts: z
    .strictObject({
      /** Every input file's status: "ok", "duplicate", or the reason it was rejected. */
      sources: z.record(z.string(), z.string()),
      /** Every article of the corpus, in no particular order. */
      articles: z.array(articleFactsSchema),
      /** Events to check (others are not). */
      events: z.array(eventFactsSchema).optional(),
    })
    .optional(),
  /** Output the case freezes that is wrong but beside its point, so a reviewer knows. */
  incidental: z.array(z.string()).optional(),
});

export type CaseSpec = z.output<typeof caseSchema>;
export type ArticleFacts = z.output<typeof articleFactsSchema>;

export interface GoldenCase {
  name: string;
  dir: string;
  spec: CaseSpec;
  run: () => Corpus;
}

function readCase(dir: string): CaseSpec {
  const path = join(dir, 'case.json');
  const parsed = caseSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`golden: ${path}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return parsed.data;
}

export function goldenCases(): GoldenCase[] {
  return readdirSync(GOLDEN_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((d) => {
      const dir = join(GOLDEN_DIR, d.name);
      const spec = readCase(dir);
      return {
        name: d.name,
        dir,
        spec,
        run: () => {
          const seeds = readSeeds(resolve(dir, spec.seeds));
          return ingest(seeds.files, spec.now ? { ...seeds.options, now: spec.now } : seeds.options);
        },
      };
    });
}

export function serialise(corpus: Corpus): string {
  return `${JSON.stringify(corpus, null, 2)}\n`;
}

const show = (value: unknown) => JSON.stringify(value);

function articleMismatches(a: Article, f: ArticleFacts): string[] {
  const out: string[] = [];
  const where = `${f.file} "${f.title}"`;
  const same = (what: string, actual: unknown, expected: unknown) => {
    if (show(actual) !== show(expected)) out.push(`${where}: ${what} is ${show(actual)}, expected ${show(expected)}`);
  };
  if (f.role) same('role', a.role, f.role);
  same('outlet', a.outletId, f.outlet);
  same('via', a.viaOutletIds, f.via ?? []);
  if (f.subtitle !== undefined) same('subtitle', a.subtitle ?? null, f.subtitle);
  same('authors', a.authors, f.authors);
  const day = (p: { date: string | null; time?: string; estimated: boolean; basis: string }) =>
    `${p.date ?? 'undated'}${p.time ? ` ${p.time}` : ''} (${p.basis}${p.estimated ? ', estimated' : ''})`;
  same('published', day(a.published), day(f.published));
  same('number of paragraphs', a.body.length, f.paragraphs);
  if (!(a.body[0] ?? '').startsWith(f.bodyStartsWith))
    out.push(`${where}: body starts ${show((a.body[0] ?? '').slice(0, 80))}, expected ${show(f.bodyStartsWith)}`);
  if (!(a.body.at(-1) ?? '').endsWith(f.bodyEndsWith))
    out.push(`${where}: body ends ${show((a.body.at(-1) ?? '').slice(-80))}, expected ${show(f.bodyEndsWith)}`);
  if (f.captions) same('captions', a.captions ?? [], f.captions);
  for (const w of f.warningsInclude ?? [])
    if (!(a.warnings ?? []).includes(w)) out.push(`${where}: no warning ${show(w)} among ${show(a.warnings ?? [])}`);
  return out;
}

/** The facts of a case that `corpus` breaks, one readable line each ([] when all hold). */
export function checkFacts(corpus: Corpus, spec: CaseSpec): string[] {
  const facts = spec.facts;
  if (!facts) return [];
  const out: string[] = [];
  const sorted = (entries: [string, string][]) => show(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
  const statuses: [string, string][] = corpus.sources.map((s) => [
    s.file,
    s.status === 'rejected' ? (s.reason ?? 'rejected') : s.status,
  ]);
  if (sorted(statuses) !== sorted(Object.entries(facts.sources)))
    out.push(`sources are ${sorted(statuses)}, expected ${sorted(Object.entries(facts.sources))}`);
  if (corpus.articles.length !== facts.articles.length)
    out.push(
      `${corpus.articles.length} articles (${show(corpus.articles.map((a) => a.title))}), expected ${facts.articles.length}`,
    );
  const byFile = (file: string, title: string) =>
    corpus.articles.find((a) => a.sourceFile === file && a.title === title);
  for (const f of facts.articles) {
    const a = byFile(f.file, f.title);
    if (!a) {
      const titles = corpus.articles.filter((x) => x.sourceFile === f.file).map((x) => x.title);
      out.push(`${f.file}: no article titled ${show(f.title)} (its articles: ${show(titles)})`);
    } else out.push(...articleMismatches(a, f));
  }
  const fileOf = new Map(corpus.articles.map((a) => [a.id as string, a.sourceFile]));
  for (const e of facts.events ?? []) {
    const want = [...e.files].sort();
    const event = corpus.events.find((x) => show(x.articleIds.map((id) => fileOf.get(id)).sort()) === show(want));
    if (!event) {
      const have = corpus.events.map((x) => x.articleIds.map((id) => fileOf.get(id)));
      out.push(`no event holding exactly ${show(want)} (events: ${show(have)})`);
      continue;
    }
    const copies = event.provenance.copies.map((c) => ({
      file: fileOf.get(c.articleId),
      of: fileOf.get(c.of) ?? c.of,
    }));
    const actual = {
      outlets: event.provenance.outlets,
      independentReports: event.provenance.independentReports,
      copies,
    };
    const expected = { outlets: e.outlets, independentReports: e.independentReports, copies: e.copies };
    if (show(actual) !== show(expected))
      out.push(`event of ${show(want)}: provenance is ${show(actual)}, expected ${show(expected)}`);
  }
  return out;
}
