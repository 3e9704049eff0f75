/**
 * The schemas of what the reader keeps in localStorage (lib/*-store.ts), in a module of their own:
 * the stores start from their defaults and load it only when storage holds something of theirs to
 * read (`restoreStoredState`, lib/safe-storage.ts), so a first visit never loads the validation
 * library; and the saved-views file the reader imports.
 */
import { correctionSchema } from '../core/schema';
import { z } from '../core/zod-mini';
import { TEXT_SIZES } from './prefs-store';

export const prefsSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']),
  textSize: z.int().check(z.minimum(0), z.maximum(TEXT_SIZES.length - 1)),
});

export const readSchema = z.object({ read: z.record(z.string(), z.literal(true)) });

export const savedViewSchema = z.object({
  id: z.string().check(z.minLength(1)),
  eventId: z.string().check(z.minLength(1)),
  /** The view's query string, with its "?" ("" for none). */
  search: z.string().check(z.regex(/^(\?.*)?$/)),
  title: z.string().check(z.minLength(1)),
  /** When it was saved (ISO-8601). */
  savedAt: z.string().check(z.minLength(1)),
});

export const savedSchema = z.object({ views: z.array(savedViewSchema) });

/** The saved-views export file: versioned, so a later Parallax can still read it. */
export const savedFileSchema = z.object({ schemaVersion: z.literal(1), savedViews: z.array(savedViewSchema) });

export const correctionEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  correction: correctionSchema,
  /** When the reader made it (ISO-8601). */
  at: z.string(),
  /** What the reader saw, so the list reads well even if the corpus changes. */
  articleTitle: z.string(),
  fromTitle: z.string(),
  toTitle: z.optional(z.string()),
});

export const correctionsSchema = z.object({ entries: z.array(correctionEntrySchema) });

/** Each store's saved part, by the store's name (its localStorage key). */
export const STORED_SCHEMAS: Readonly<Record<string, z.ZodMiniType>> = {
  'parallax.prefs': prefsSchema,
  'parallax.read': readSchema,
  'parallax.saved': savedSchema,
  'parallax.corrections': correctionsSchema,
};

/** The views of a saved-views file, or what is wrong with it (nothing is imported then). */
export function readSavedFile(text: string): { views: z.infer<typeof savedViewSchema>[] } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'The file is not JSON; nothing was imported.' };
  }
  const r = savedFileSchema.safeParse(value);
  if (r.success) return { views: r.data.savedViews };
  const issue = r.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  return {
    error: `The file is not a Parallax saved-views file${where}: ${issue?.message ?? 'invalid'}. Nothing was imported.`,
  };
}
