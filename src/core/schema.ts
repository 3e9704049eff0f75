/**
 * The corpus as a zod schema: the contract of `corpus.json`, checked where it is written and
 * where the app loads it.
 */
import { z } from 'zod';
import type { Corpus } from './types';

export const CORPUS_SCHEMA_VERSION = 1;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const publishedSchema = z.object({
  date: day.nullable(),
  time: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .optional(),
  estimated: z.boolean(),
  basis: z.enum(['text', 'relative', 'manifest', 'structured', 'none']),
});

const articleSchema = z.object({
  id: z.string().min(1),
  sourceFile: z.string().min(1),
  url: z.string().optional(),
  role: z.enum(['primary', 'embedded']),
  outletId: z.string().min(1),
  viaOutletIds: z.array(z.string()),
  title: z.string(),
  subtitle: z.string().optional(),
  authors: z.array(z.string()),
  published: publishedSchema,
  body: z.array(z.string()).min(1),
  captions: z.array(z.string()).optional(),
  warnings: z.array(z.string()).optional(),
});

const sourceSchema = z.object({
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  status: z.enum(['ok', 'rejected', 'duplicate']),
  reason: z.string().optional(),
  duplicateOf: z.string().optional(),
  problems: z.array(z.string()).optional(),
  articleIds: z.array(z.string()),
});

const outletSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  country: z.string().nullable(),
  kind: z.enum(['newspaper', 'broadcaster', 'news agency', 'aggregator', 'magazine', 'online', 'unknown']),
  stateOwned: z.boolean().optional(),
  homepage: z.string().nullable(),
});

const eventSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  date: day.nullable(),
  articleIds: z.array(z.string()).min(1),
  storyId: z.string().min(1),
});

export const corpusSchema = z
  .object({
    schemaVersion: z.literal(CORPUS_SCHEMA_VERSION),
    sources: z.array(sourceSchema),
    outlets: z.array(outletSchema),
    articles: z.array(articleSchema),
    events: z.array(eventSchema),
  })
  .superRefine((c, ctx) => {
    const outletIds = new Set(c.outlets.map((o) => o.id));
    const articleIds = new Set<string>();
    for (const a of c.articles) {
      if (articleIds.has(a.id)) ctx.addIssue({ code: 'custom', message: `duplicate article id "${a.id}"` });
      articleIds.add(a.id);
      for (const o of [a.outletId, ...a.viaOutletIds]) {
        if (!outletIds.has(o))
          ctx.addIssue({ code: 'custom', message: `article "${a.id}" names unknown outlet "${o}"` });
      }
    }
    for (const e of c.events) {
      for (const id of e.articleIds) {
        if (!articleIds.has(id))
          ctx.addIssue({ code: 'custom', message: `event "${e.id}" names unknown article "${id}"` });
      }
    }
  });

export type CorpusCheck = { ok: true; corpus: Corpus } | { ok: false; error: string };

/** Validates an unknown value as a corpus; the error names the first problem and where. */
export function parseCorpus(value: unknown): CorpusCheck {
  if (typeof value === 'object' && value !== null && 'schemaVersion' in value) {
    const v = (value as { schemaVersion: unknown }).schemaVersion;
    if (v !== CORPUS_SCHEMA_VERSION) {
      return {
        ok: false,
        error: `corpus schemaVersion ${String(v)} is not the supported version ${CORPUS_SCHEMA_VERSION}`,
      };
    }
  }
  const r = corpusSchema.safeParse(value);
  if (r.success) return { ok: true, corpus: r.data as unknown as Corpus };
  const issue = r.error.issues[0];
  return { ok: false, error: issue ? `${issue.path.join('.') || 'corpus'}: ${issue.message}` : 'invalid corpus' };
}
