/**
 * The title label of a page: which of the titles its data states is the headline it prints.
 */
import { cleanText, metaValues, type HtmlMeta } from './html-meta';
import { compactName, namesSite, stripSiteAffixes } from './label-values';

/** Meta tags that carry a headline, best first (og:title before the page-title family). */
const TITLE_METAS = [
  'og:title',
  'twitter:title',
  'twitter:text:title',
  'sailthru.title',
  'parsely-title',
  'dc.title',
  'title',
];
/** What follows a cut headline in its full form: more words, not a separator and a section or site name. */
const CONTINUES = /^\s*[\p{L}\p{N}'‘’"“(]/u;
/** Fewest letters of a word that says what a headline is about. */
const TOPIC_WORD_MIN = 4;

/**
 * The page's headline: the JSON-LD one (`headline`), then the title metas, then `<title>`,
 * each without the site's name; the first that the page also prints as a heading wins.
 */
export function deriveTitle(
  meta: HtmlMeta,
  headline: string | undefined,
  siteNames: readonly string[],
  hosts: readonly string[],
): { value: string; source: string; raw: string } | null {
  const candidates: { source: string; raw: string }[] = [];
  if (headline) candidates.push({ source: 'json-ld headline', raw: headline });
  for (const m of metaValues(meta.metas, TITLE_METAS)) candidates.push({ source: `meta ${m.key}`, raw: m.value });
  if (meta.title) candidates.push({ source: '<title>', raw: meta.title });
  const cleaned = candidates
    .map((c) => ({ ...c, value: stripSiteAffixes(cleanText(c.raw), siteNames, hosts) }))
    .filter((c) => c.value.length > 0);
  // Social and search titles may differ from the headline printed on the page: the one the
  // page also prints as a heading is the headline.
  const printed = new Set(meta.headings.map((h) => compactName(h.text)));
  const best = cleaned.find((c) => printed.has(compactName(c.value))) ?? cleaned[0];
  if (!best || printed.has(compactName(best.value))) return best ?? null;
  // None is printed: the page's own headline is the <h1> about the same thing (it shares
  // words with the social or search title), not a logo or a section name.
  const own = meta.headings.find(
    (h) => h.level === 1 && !namesSite(h.text, siteNames, hosts) && sharesTopic(h.text, best.value),
  );
  if (own) return { source: '<h1> (the structured titles are not printed)', raw: own.text, value: own.text };
  // A headline cut short for a search snippet, with or without an ellipsis, gives way to a
  // fuller one that it starts and that goes on mid-sentence (not a " | Section" tail).
  const stem = best.value.replace(/\s*(?:\.\.\.|…)$/, '');
  const full = cleaned.find(
    (c) => c.value.length > stem.length && c.value.startsWith(stem) && CONTINUES.test(c.value.slice(stem.length)),
  );
  return full ?? best;
}

/** Words long enough to carry a topic (short ones are mostly "the", "and", "for"). */
function topicWords(text: string): Set<string> {
  const words = compactWords(text).filter((w) => w.length >= TOPIC_WORD_MIN);
  return new Set(words);
}

function compactWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Two headlines about the same thing: two topic words in common, or half of the shorter one's. */
function sharesTopic(a: string, b: string): boolean {
  const wa = topicWords(a);
  const wb = topicWords(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared >= 2 || (shared > 0 && shared * 2 >= Math.min(wa.size, wb.size));
}
