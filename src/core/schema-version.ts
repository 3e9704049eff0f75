/**
 * The corpus's schema version, and the check of a file's version alone: what the app reads of a
 * corpus file before its full check (core/schema.ts), which runs off the page (lib/index-check.ts).
 */
export const CORPUS_SCHEMA_VERSION = 1;

/**
 * What is wrong with the version `value` (a parsed corpus file, `what` in the message) declares,
 * or null when it declares this one. A value that declares none is left to the full check.
 */
export function versionProblem(what: string, value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('schemaVersion' in value)) return null;
  const v = value.schemaVersion;
  return v === CORPUS_SCHEMA_VERSION
    ? null
    : `${what} schemaVersion ${String(v)} is not the supported version ${CORPUS_SCHEMA_VERSION}`;
}
