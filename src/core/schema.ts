/**
 * The corpus as a zod schema: the contract of `corpus.json`, checked where it is written and
 * where the app loads it.
 */
import { z } from './zod';
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

const span = {
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
};

const quoteSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  speaker: z.string().nullable(),
  kind: z.enum(['direct', 'partial', 'paraphrase']),
  ...span,
});

const citationSchema = z.object({
  name: z.string().min(1),
  outletId: z.string().optional(),
  label: z.string(),
  kind: z.enum(['outlet', 'agency', 'person', 'document', 'other']),
  ...span,
});

const namingSchema = z.object({
  referent: z.string().min(1),
  variants: z.array(z.object({ words: z.string().min(1), articleIds: z.array(z.string()).min(1) })).min(2),
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
  quotes: z.array(quoteSchema),
  citations: z.array(citationSchema),
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
  titleFrom: z.string().min(1),
  date: day.nullable(),
  dateEstimated: z.boolean(),
  articleIds: z.array(z.string()).min(1),
  storyId: z.string().min(1),
  why: z.object({
    names: z.array(z.string()),
    quotes: z.array(z.string()),
    dates: z.array(z.string()),
    terms: z.array(z.string()),
    cohesion: z.number().min(0).max(1).optional(),
  }),
  quotes: z.array(
    z.object({
      id: z.string().min(1),
      speaker: z.string().nullable(),
      variants: z.array(z.object({ articleId: z.string().min(1), quoteId: z.string().min(1) })).min(1),
      missingFrom: z.array(z.string()),
    }),
  ),
  facts: z.array(
    z.object({
      id: z.string().min(1),
      text: z.string(),
      articleIds: z.array(z.string()).min(1),
      spans: z.array(z.object({ articleId: z.string().min(1), ...span })).min(1),
    }),
  ),
  naming: z.array(namingSchema),
  provenance: z.object({
    outlets: z.number().int().nonnegative(),
    independentReports: z.number().int().nonnegative(),
    copies: z.array(z.object({ articleId: z.string().min(1), of: z.string().min(1), basis: z.string().min(1) })),
  }),
});

const storySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  eventIds: z.array(z.string()).min(1),
  naming: z.array(namingSchema),
});

export const correctionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('detach'), articleId: z.string().min(1) }),
  z.object({ kind: z.literal('move'), articleId: z.string().min(1), withArticleId: z.string().min(1) }),
]);

const appliedCorrectionSchema = z.intersection(
  correctionSchema,
  z.object({ applied: z.boolean(), reason: z.string().optional() }),
);

export const corpusSchema = z
  .object({
    schemaVersion: z.literal(CORPUS_SCHEMA_VERSION),
    sources: z.array(sourceSchema),
    outlets: z.array(outletSchema),
    articles: z.array(articleSchema),
    events: z.array(eventSchema),
    stories: z.array(storySchema),
    corrections: z.array(appliedCorrectionSchema).optional(),
    placeNames: z
      .array(
        z.object({ referent: z.string().min(1), spellings: z.array(z.string().min(1)), note: z.string().optional() }),
      )
      .optional(),
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
    const grouped = new Set<string>();
    const storyOf = new Map<string, string>();
    for (const s of c.stories) for (const id of s.eventIds) storyOf.set(id, s.id);
    for (const e of c.events) {
      for (const id of e.articleIds) {
        if (!articleIds.has(id))
          ctx.addIssue({ code: 'custom', message: `event "${e.id}" names unknown article "${id}"` });
        if (grouped.has(id)) ctx.addIssue({ code: 'custom', message: `article "${id}" is in more than one event` });
        grouped.add(id);
      }
      if (storyOf.get(e.id) !== e.storyId)
        ctx.addIssue({ code: 'custom', message: `event "${e.id}" is not listed in its story "${e.storyId}"` });
    }
    for (const id of articleIds)
      if (!grouped.has(id)) ctx.addIssue({ code: 'custom', message: `article "${id}" is in no event` });
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
