/**
 * Deterministic builders for test inputs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, type IngestOptions } from '../src/core/ingest/ingest';
import { parseRegistry } from '../src/core/ingest/config';
import type { Article, ArticleId, Corpus, InputFile, OutletId } from '../src/core/types';

export const ROOT = join(import.meta.dirname, '..');
/** A reviewed copy of the seed folder (tests never read the live seeds/, which editors change). */
export const SEEDS = join(ROOT, 'tests/golden/seeds/input');

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

/** A clean article as the ingest would give it; ids and dates are the caller's. */
export function makeArticle(
  id: string,
  title: string,
  body: string[],
  date: string | null,
  outletId = 'example-times',
): Article {
  return {
    id: id as ArticleId,
    sourceFile: `${id}.txt`,
    role: 'primary',
    outletId: outletId as OutletId,
    viaOutletIds: [],
    title,
    authors: [],
    published: { date, estimated: false, basis: date ? 'text' : 'none' },
    body,
    quotes: [],
    citations: [],
  };
}

/** Reports of distinct happenings, each with its own actors and vocabulary, for grouping tests. */
export const HAPPENINGS = [
  {
    title: 'Earthquake of magnitude 6.1 shakes northern Chile, damaging homes in Antofagasta',
    sentences: [
      'A strong earthquake struck northern Chile near Antofagasta, the seismology centre said.',
      'Residents of Antofagasta and Calama fled into the streets as buildings swayed for nearly a minute.',
      'The National Emergency Office reported damaged homes and cracked roads but no deaths.',
      'Copper mines near Calama halted work while engineers inspected shafts and tailings dams.',
      'The quake had a magnitude of 6.1 and a depth of 85 kilometres, according to the centre.',
    ],
  },
  {
    title: 'Norwegian parliament approves wealth fund ethics rules after Storting debate',
    sentences: [
      'The Storting voted to tighten ethics rules for the sovereign wealth fund managed by Norges Bank.',
      'Finance minister Kari Nordheim said the fund would divest from firms tied to cluster munitions.',
      'The fund, worth 1.7 trillion dollars, holds stakes in about 9,000 companies worldwide.',
      'Opposition lawmakers in Oslo argued the new council on ethics lacked independent members.',
      'Norges Bank Investment Management will publish its first exclusion list under the rules in autumn.',
    ],
  },
  {
    title: 'Kenyan runner Wanjiru breaks Boston Marathon course record',
    sentences: [
      'Grace Wanjiru of Kenya won the Boston Marathon in a course record of two hours nineteen minutes.',
      'Wanjiru pulled away from Ethiopian rival Tigist Alemu on Heartbreak Hill with six miles left.',
      'The previous women course record had stood since 2014, race organisers said.',
      'Crowds along Boylston Street cheered as Wanjiru crossed the finish line alone.',
      'Alemu finished second, 48 seconds behind, and American Sara Hall took third.',
    ],
  },
  {
    title: 'Ferry carrying 300 passengers runs aground off Greek island of Paros',
    sentences: [
      'A ferry carrying 300 passengers ran aground near the port of Paros early on Saturday.',
      'The Hellenic Coast Guard sent three patrol boats and a helicopter to the Cyclades island.',
      'Passengers were moved to smaller vessels and taken to Parikia harbour, officials said.',
      'The operator Blue Aegean Lines said the hull was breached but the ship was stable.',
      'Greek investigators questioned the captain about the route taken in strong winds.',
    ],
  },
] as const;
