/**
 * The editor's files beside the inputs: `manifest.json` (facts per input file),
 * `outlets.json` (the outlet registry), `grouping.json` (grouping corrections) and
 * `place-names.json` (spellings of one place). Each is validated where it enters; a malformed one
 * stops the run with the file and the position named.
 */
import { z } from '../zod';
import { correctionSchema, isoDaySchema, webUrl } from '../schema';
import type { Correction, ManifestEntry, OutletRecord, PlaceName } from '../types';

/** A configuration file that cannot be used: the run stops (exit 2) with this message. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** JSON.parse that names the file, line and column of a syntax error. */
export function parseJsonAt(file: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(message);
    const lc = /line (\d+) column (\d+)/.exec(message);
    const where = lc
      ? `line ${lc[1]}, column ${lc[2]}`
      : pos
        ? (({ line, column }) => `line ${line}, column ${column}`)(lineColumn(text, Number(pos[1])))
        : 'end of file';
    throw new ConfigError(
      `${file}: malformed JSON at ${where}: ${message.replace(/\s*\(line \d+ column \d+\)|\s*in JSON at position \d+.*$/, '')}`,
    );
  }
}

/** A day or an instant: YYYY-MM-DD, or RFC 3339 (an offset or Z needs the seconds; a local time may omit them). */
const dayOrInstant = z.union([isoDaySchema, z.iso.datetime({ offset: true, local: true })], {
  error: 'expected YYYY-MM-DD or an ISO-8601 instant',
});
const httpAddress = webUrl('expected an http(s) address');

const manifestEntrySchema = z
  .object({
    outlet: z.string().min(1).optional(),
    url: z.optional(httpAddress),
    published: dayOrInstant.optional(),
    publishedEstimated: z.boolean().optional(),
    retrieved: dayOrInstant.optional(),
    retrievedEstimated: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();

const manifestSchema = z.object({
  schemaVersion: z.literal(1),
  files: z.record(z.string(), manifestEntrySchema),
});

const outletSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case slug')
      .brand<'OutletId'>(),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'expected an ISO 3166 country code')
      .nullable()
      .default(null),
    kind: z.enum(['newspaper', 'broadcaster', 'news agency', 'aggregator', 'magazine', 'online', 'unknown']),
    stateOwned: z.boolean().optional(),
    homepage: z.nullable(httpAddress).default(null),
  })
  .strict();

const registrySchema = z.object({ schemaVersion: z.literal(1), outlets: z.array(outletSchema) });

function describeIssue(file: string, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `${file}: invalid`;
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') || '(top level)';
  return `${file}: at ${path}: ${issue.message}`;
}

export function parseManifest(file: string, text: string): Record<string, ManifestEntry> {
  const parsed = manifestSchema.safeParse(parseJsonAt(file, text));
  if (!parsed.success) throw new ConfigError(describeIssue(file, parsed.error));
  return parsed.data.files;
}

export function parseRegistry(file: string, text: string): OutletRecord[] {
  const parsed = registrySchema.safeParse(parseJsonAt(file, text));
  if (!parsed.success) throw new ConfigError(describeIssue(file, parsed.error));
  const seen = new Set<string>();
  for (const [i, o] of parsed.data.outlets.entries()) {
    if (seen.has(o.id)) throw new ConfigError(`${file}: at .outlets[${i}].id: duplicate outlet id "${o.id}"`);
    seen.add(o.id);
  }
  return parsed.data.outlets;
}

/** Checks that every manifest outlet is registered; names the entry that is not. */
export function checkManifestOutlets(
  file: string,
  manifest: Record<string, ManifestEntry>,
  registry: readonly OutletRecord[],
): void {
  const ids = new Set(registry.map((o) => o.id as string));
  for (const [path, entry] of Object.entries(manifest)) {
    if (entry.outlet && !ids.has(entry.outlet)) {
      throw new ConfigError(`${file}: at .files["${path}"].outlet: "${entry.outlet}" is not in outlets.json`);
    }
  }
}

/** Current version of grouping.json (the corrections a reader exported, fed back by an editor). */
export const GROUPING_FILE_VERSION = 1;

export const groupingFileSchema = z.object({
  schemaVersion: z.literal(GROUPING_FILE_VERSION),
  corrections: z.array(correctionSchema),
});

export function parseGroupingFile(file: string, text: string): Correction[] {
  const parsed = groupingFileSchema.safeParse(parseJsonAt(file, text));
  if (!parsed.success) throw new ConfigError(describeIssue(file, parsed.error));
  return parsed.data.corrections;
}

const placeNamesSchema = z.object({
  schemaVersion: z.literal(1),
  places: z.array(
    z
      .object({
        referent: z.string().trim().min(1),
        spellings: z.array(z.string().trim().min(1)).min(2, 'expected at least two spellings'),
        note: z.string().optional(),
      })
      .strict(),
  ),
});

/**
 * The place-name table (seeds/place-names.json). Each place lists every spelling, its referent
 * included; a spelling may belong to one place only, or the naming comparison could not tell
 * which place a text means.
 */
export function parsePlaceNames(file: string, text: string): PlaceName[] {
  const parsed = placeNamesSchema.safeParse(parseJsonAt(file, text));
  if (!parsed.success) throw new ConfigError(describeIssue(file, parsed.error));
  const owner = new Map<string, string>();
  for (const [i, p] of parsed.data.places.entries()) {
    if (!p.spellings.includes(p.referent)) {
      throw new ConfigError(`${file}: at .places[${i}].spellings: must include the referent "${p.referent}"`);
    }
    for (const [j, s] of p.spellings.entries()) {
      const other = owner.get(s);
      if (other !== undefined && other !== p.referent) {
        throw new ConfigError(`${file}: at .places[${i}].spellings[${j}]: "${s}" is already a spelling of "${other}"`);
      }
      owner.set(s, p.referent);
    }
  }
  return parsed.data.places.map((p) => ({
    referent: p.referent,
    spellings: [...new Set(p.spellings)],
    ...(p.note !== undefined ? { note: p.note } : {}),
  }));
}
