import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  highlight,
  LEAD_CHARS,
  loadSearchIndex,
  search,
  type SearchableArticle,
} from '../../src/core/search';

const article = (
  id: string,
  title: string,
  body: string[],
  outletId = 'a',
  date: string | null = '2025-05-05',
): SearchableArticle => ({
  id,
  title,
  body,
  outletId,
  published: { date },
});

const articles = [
  article(
    '1',
    'Kremlin says no date set for summit',
    ['Dmitry Peskov told reporters that the meeting had no date yet.'],
    'kyiv',
    '2025-05-05',
  ),
  article(
    '2',
    'Peskov: talks with Washington continue',
    ['The Kremlin spokesman said contacts with the United States go on.'],
    'pravda',
    '2025-05-06',
  ),
  article(
    '3',
    'Earthquake strikes coastal town',
    ['Rescuers searched the rubble after the tremor hit the harbour.'],
    'wire',
    null,
  ),
  article(
    '4',
    'Zelenský meets European leaders',
    ['The president of Ukraine met leaders in Kyiv.'],
    'kyiv',
    '2025-06-01',
  ),
];
const events: Record<string, string> = { '1': 'e1', '2': 'e1', '3': 'e2', '4': 'e3' };
const index = loadSearchIndex(buildSearchIndex(articles, (id) => events[id]));
const ids = (q: string, filters = {}) => search(index, q, filters).hits.map((h) => h.id);

describe('full-text search', () => {
  it('finds words of the title and of the body, title matches ranked first', () => {
    expect(ids('peskov')).toEqual(['2', '1']);
    expect(ids('rubble')).toEqual(['3']);
  });

  it('needs every word typed, the last one as a prefix', () => {
    expect(ids('kremlin summit')).toEqual(['1']);
    expect(ids('kremlin spokes')).toEqual(['2']);
    expect(ids('kremlin earthquake')).toEqual([]);
  });

  it('ignores case and diacritics', () => {
    expect(ids('ZELENSKY')).toEqual(['4']);
  });

  it('combines with the outlet and date filters; an undated article falls out of a date range', () => {
    expect(ids('kremlin', { outlets: ['pravda'] })).toEqual(['2']);
    expect(ids('kremlin', { from: '2025-05-06', to: '2025-05-31' })).toEqual(['2']);
    expect(ids('earthquake', { from: '2025-01-01' })).toEqual([]);
    expect(ids('earthquake')).toEqual(['3']);
  });

  it('gives each hit its event, outlet, date and lead, and the terms it matched', () => {
    const [hit] = search(index, 'rubble').hits;
    expect(hit).toMatchObject({ id: '3', eventId: 'e2', outletId: 'wire', date: '', terms: ['rubble'] });
    expect(hit!.lead).toBe(articles[2]!.body[0]);
  });

  it('cuts a long lead at a word, within the limit', () => {
    const long = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const [hit] = search(loadSearchIndex(buildSearchIndex([article('x', 'Long', [long])], () => 'e')), 'long').hits;
    expect(hit!.lead.length).toBeLessThanOrEqual(LEAD_CHARS + 1);
    expect(hit!.lead.endsWith('…')).toBe(true);
    expect(long.startsWith(hit!.lead.slice(0, -1))).toBe(true);
  });

  it('an empty query finds nothing', () => {
    expect(search(index, '   ')).toEqual({ hits: [], total: 0 });
  });
});

describe('highlight', () => {
  it('marks exactly the matched words, whatever their case or accents, and keeps every character', () => {
    const runs = highlight('Zelenský met Peskov’s aides; peskov spoke.', ['zelensky', 'peskov']);
    expect(runs.map((r) => r.text).join('')).toBe('Zelenský met Peskov’s aides; peskov spoke.');
    expect(runs.filter((r) => r.match).map((r) => r.text)).toEqual(['Zelenský', 'Peskov', 'peskov']);
  });

  it('marks nothing without terms', () => {
    expect(highlight('Some text', [])).toEqual([{ text: 'Some text', match: false }]);
  });
});
