/**
 * Deterministic builders for test inputs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, type IngestOptions } from '../src/core/ingest/ingest';
import { parseRegistry } from '../src/core/ingest/config';
import type { Corpus, InputFile } from '../src/core/types';

export const ROOT = join(import.meta.dirname, '..');
export const SEEDS = join(ROOT, 'seeds');

const encoder = new TextEncoder();

export function file(path: string, content: string | Uint8Array): InputFile {
  return { path, bytes: typeof content === 'string' ? encoder.encode(content) : content };
}

export function seedRegistry() {
  return parseRegistry('seeds/outlets.json', readFileSync(join(SEEDS, 'outlets.json'), 'utf8'));
}

/** A page dump shaped like a scraped news page: menu, headline, byline, body, related list, footer. */
export function newsPage(opts: { title: string; paragraphs: string[]; byline?: string; extra?: string[] }): string {
  return [
    'Home',
    'World',
    'Politics',
    'Business',
    '',
    opts.title,
    '',
    opts.byline ?? 'By Jane Example',
    'March 3, 2024, 10:15',
    '',
    ...opts.paragraphs.flatMap((p) => [p, '']),
    'Related',
    'Another story about something else entirely',
    'Yet another story headline here',
    ...(opts.extra ?? []),
    '© 2024 Example Times. All rights reserved.',
  ].join('\n');
}

export const PARAGRAPHS = [
  'The city council voted on Tuesday to approve a new budget for the coming year, ending weeks of debate over how to pay for road repairs.',
  'The mayor said the plan would raise spending on public transport by a tenth while keeping property taxes at their current level.',
  '"This is a budget that puts people first," the mayor told reporters after the vote, adding that the city would publish quarterly reports.',
  'Opponents argued that the plan relies on optimistic revenue forecasts and said they would push for changes when the council meets again in June.',
];

export function ingestTexts(files: Record<string, string>, options: IngestOptions = {}): Corpus {
  return ingest(
    Object.entries(files).map(([p, c]) => file(p, c)),
    options,
  );
}

/** A paragraph full of markup that must stay text: a script, an image with onerror, a tag. */
export const MARKUP_PARAGRAPH =
  '<script>window.__xss=1</script> The council said the <b>vote</b> was final and <img src=x onerror="window.__xss=2"> nothing else changed today.';

/** A corpus of one news page whose last paragraph is MARKUP_PARAGRAPH. */
export function markupCorpus(): Corpus {
  return ingestTexts({
    'x.txt': newsPage({ title: 'Council vote is final, officials say', paragraphs: [...PARAGRAPHS, MARKUP_PARAGRAPH] }),
  });
}
