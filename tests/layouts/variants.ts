/**
 * Layout variants of a page dump: the same articles as real scrapers and sites lay them out
 * in other ways. Deterministic (no randomness), so a failing variant can be rebuilt and read.
 * Metamorphic tests run the ingest on a page and on each variant and expect the same articles.
 */
import { hardWrap as hardWrapLines } from '../../scripts/lib/synthetic/page-parts';

export interface PageFacts {
  /** The first body paragraph of the page's own article, as the ingest read the original. */
  lead: string;
  /** The first author of the page's own article, if the original names one. */
  author?: string;
}

export interface LayoutVariant {
  name: string;
  text: string;
  /** Line breaks inside paragraphs were changed: compare bodies as one run of words. */
  rewrapped?: boolean;
}

/** Mail archives and some scrapers save text wrapped at this many columns. */
export const WRAP_COLUMNS = 80;

/** Every line longer than `width` broken at spaces into lines of at most `width` characters (greedy). */
export function hardWrap(text: string, width = WRAP_COLUMNS): string {
  return hardWrapLines(text.split('\n'), width).join('\n');
}

/**
 * The cards of an aggregator page in reverse order. A card starts where a heading is printed
 * twice on consecutive lines (the card's link and its title); the last card is as long as the
 * shortest of the others. Null when the page has fewer than two cards.
 */
export function reverseCards(text: string): string | null {
  const lines = text.split('\n');
  const starts: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i]!.trim() && lines[i]!.trim() === lines[i + 1]!.trim() && !starts.includes(i - 1)) starts.push(i);
  }
  if (starts.length < 2) return null;
  const lengths = starts.slice(1).map((s, k) => s - starts[k]!);
  const end = Math.min(lines.length, starts.at(-1)! + Math.min(...lengths));
  const cards = starts.map((s, k) => lines.slice(s, starts[k + 1] ?? end));
  return [...lines.slice(0, starts[0]), ...cards.reverse().flat(), ...lines.slice(end)].join('\n');
}

/** Index of the line that holds the lead paragraph (compared without spacing differences). */
export function leadLine(text: string, lead: string): number {
  const key = (s: string) => s.replace(/\s+/g, ' ').trim();
  const probe = key(lead).slice(0, 60);
  return text.split('\n').findIndex((l) => key(l).includes(probe));
}

function insertBefore(text: string, line: number, block: readonly string[]): string {
  const lines = text.split('\n');
  lines.splice(line, 0, ...block);
  return lines.join('\n');
}

/** An author box (name, role, a bio of more than 400 characters) placed before the lead. */
export function authorBoxBeforeLead(text: string, facts: PageFacts): string | null {
  const at = leadLine(text, facts.lead);
  if (at < 0 || !facts.author) return null;
  const bio =
    `${facts.author} is a senior correspondent at the newsroom who covers diplomacy, security and the ` +
    'economies of Eastern Europe. Before joining the desk, she spent six years as a regional reporter, ' +
    'wrote for several weekly magazines about energy markets and local government, and taught a course ' +
    'on reporting from conflict zones at a journalism school. She holds a degree in international ' +
    'relations and speaks four languages. Follow her on social media or write to her with tips.';
  return insertBefore(text, at, [facts.author, 'Senior Correspondent', bio, '']);
}

/** A photo block (caption, then a credit line) above the lead. */
export function photoBlockAboveLead(text: string, facts: PageFacts): string | null {
  const at = leadLine(text, facts.lead);
  if (at < 0) return null;
  return insertBefore(text, at, [
    'Delegates walk past the flags outside the conference hall before the talks',
    'Photo: Maria Example / Example Agency',
    '',
  ]);
}

/** A caption with a date, credited to an agency, near the top of the page (above the lead). */
export function datedCaptionNearTop(text: string, facts: PageFacts): string | null {
  const at = leadLine(text, facts.lead);
  if (at < 0) return null;
  return insertBefore(text, at, [
    'The two presidents shake hands in Helsinki on July 16, 2018 (Yuri Kadobnov/AFP)',
    '',
  ]);
}

/** Every variant the page allows. */
export function layoutVariants(text: string, facts: PageFacts): LayoutVariant[] {
  const out: LayoutVariant[] = [{ name: 'hard-wrapped at 80 columns', text: hardWrap(text), rewrapped: true }];
  const optional: Array<[string, string | null]> = [
    ['cards in reverse order', reverseCards(text)],
    ['author box before the lead', authorBoxBeforeLead(text, facts)],
    ['photo block above the lead', photoBlockAboveLead(text, facts)],
    ['dated caption near the top', datedCaptionNearTop(text, facts)],
  ];
  for (const [name, t] of optional) if (t !== null) out.push({ name, text: t });
  return out;
}
