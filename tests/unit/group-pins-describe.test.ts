/**
 * Pins of how an event is described: its headline cleaned of outlet tags and piece labels,
 * the member headline that says what the reports share (a quote-led, cut-short or question
 * headline only when nothing better is there), its date, and the evidence that joined it.
 */
import { describe, expect, it } from 'vitest';
import { chooseDate, chooseTitle, cleanHeadline, explainEvent } from '../../src/core/group/describe';
import type { Article } from '../../src/core/types';
import { makeArticle } from '../helpers';

describe('cleanHeadline', () => {
  it('takes piece labels off the front', () => {
    for (const label of [
      'Breaking:',
      'Breaking news |',
      'WATCH –',
      'Live updates:',
      'Opinion -',
      'Update:',
      'Updated:',
      'Just in:',
    ])
      expect(cleanHeadline(`${label} Quake hits Chile`)).toBe('Quake hits Chile');
  });

  it('takes the site name after a bar off the end', () => {
    expect(cleanHeadline('Quake hits Chile | Example Times')).toBe('Quake hits Chile');
  });

  it('takes a known outlet name after a dash off the end, read literally', () => {
    expect(cleanHeadline('Quake hits Chile - Yahoo! News', ['Yahoo! News'])).toBe('Quake hits Chile');
    expect(cleanHeadline('Quake hits Chile — example times', ['Example Times'])).toBe('Quake hits Chile');
    expect(cleanHeadline('Quake hits Chile - Yahoo News', ['Yahoo! News'])).toBe('Quake hits Chile - Yahoo News');
    expect(cleanHeadline('Quake hits Chile - Example Times', [])).toBe('Quake hits Chile - Example Times');
  });

  it('drops a closing full stop but keeps an ellipsis', () => {
    expect(cleanHeadline('Quake hits Chile.')).toBe('Quake hits Chile');
    expect(cleanHeadline('Quake hits Chile...')).toBe('Quake hits Chile...');
  });

  it('keeps the headline as printed when cleaning would leave nothing', () => {
    expect(cleanHeadline('  Breaking:  ')).toBe('Breaking:');
  });

  it('leaves a label inside the headline alone', () => {
    expect(cleanHeadline('Chile: watch the quake footage')).toBe('Chile: watch the quake footage');
  });
});

const BODY = [
  'A strong earthquake struck northern Chile near Antofagasta on Monday, damaging homes.',
  'Residents of Antofagasta fled into the streets.',
];
const report = (id: string, title: string, date: string | null = '2024-04-15', body: string[] = BODY) =>
  makeArticle(id, title, body, date);
/** Two other reports whose leads share the words of the plain headline below. */
const others = [
  report('a-2', 'Chile earthquake: residents flee into streets'),
  report('a-3', 'Quake hits Chile', '2024-04-16'),
];
const PLAIN = 'Earthquake damages homes in Antofagasta';

describe('chooseTitle', () => {
  it('takes the headline whose words the other reports carry', () => {
    expect(chooseTitle([report('a-1', PLAIN), ...others])).toEqual({ title: PLAIN, from: 'a-1' });
  });

  it('passes over the same headline quote-led, cut short or asked as a question', () => {
    for (const t of [`"${PLAIN}"`, `${PLAIN}…`, `${PLAIN}...`, `${PLAIN}?`])
      expect(chooseTitle([report('a-1', t), ...others]).from).not.toBe('a-1');
  });

  it('takes a single report’s headline, cleaned', () => {
    expect(chooseTitle([report('a-1', 'Breaking: Quake hits Chile.')], [])).toEqual({
      title: 'Quake hits Chile',
      from: 'a-1',
    });
  });

  it('cleans the chosen headline of the outlet names it is given', () => {
    const r = chooseTitle([report('a-1', `${PLAIN} - Example Times`), ...others], ['Example Times']);
    expect(r).toEqual({ title: PLAIN, from: 'a-1' });
  });

  it('keeps the earliest report’s headline when two say as much', () => {
    const same = [report('a-9', PLAIN, '2024-04-15'), report('a-1', PLAIN, '2024-04-16')];
    expect(chooseTitle(same).from).toBe('a-9');
    expect(chooseTitle([...same].reverse()).from).toBe('a-9');
  });

  it('dates an undated report after the dated ones when headlines tie', () => {
    const same = [report('a-1', PLAIN, null), report('a-2', PLAIN, '2024-04-16')];
    expect(chooseTitle(same).from).toBe('a-2');
  });
});

describe('chooseDate', () => {
  const dated = (id: string, date: string | null, estimated = false): Article => ({
    ...report(id, PLAIN, date),
    published: { date, estimated, basis: date ? 'text' : 'none' },
  });

  it('takes the day most reports state', () => {
    expect(chooseDate([dated('a-1', '2024-04-16'), dated('a-2', '2024-04-15'), dated('a-3', '2024-04-16')])).toEqual({
      date: '2024-04-16',
      estimated: false,
    });
  });

  it('takes the earlier day when as many reports state each', () => {
    expect(chooseDate([dated('a-1', '2024-04-16'), dated('a-2', '2024-04-15')]).date).toBe('2024-04-15');
  });

  it('prefers a stated day to estimated ones, however many', () => {
    const members = [dated('a-1', '2024-04-10', true), dated('a-2', '2024-04-10', true), dated('a-3', '2024-04-15')];
    expect(chooseDate(members)).toEqual({ date: '2024-04-15', estimated: false });
  });

  it('falls back to an estimated day, saying so, and to none', () => {
    expect(chooseDate([dated('a-1', '2024-04-10', true), dated('a-2', null)])).toEqual({
      date: '2024-04-10',
      estimated: true,
    });
    expect(chooseDate([dated('a-1', null)])).toEqual({ date: null, estimated: false });
  });
});

describe('explainEvent', () => {
  const QUOTE = 'useful and we will continue them next week in the same format';
  const a = makeArticle(
    'a-1',
    'Peskov says talks in Istanbul were useful',
    [
      `Kremlin spokesman Dmitry Peskov said on May 5 that the talks in Istanbul were "${QUOTE}", according to Interfax.`,
    ],
    '2025-05-06',
  );
  const b = makeArticle(
    'a-2',
    'Kremlin: Istanbul talks useful',
    [`Officials said Dmitry Peskov told reporters the Istanbul talks were "${QUOTE}" on May 5.`],
    '2025-05-06',
  );

  it('gives nothing for an event of one report', () => {
    expect(explainEvent([a], 0.5)).toEqual({ names: [], quotes: [], dates: [], terms: [] });
  });

  it('names what two reports share: the full name, the quote, the day and the kind words', () => {
    const why = explainEvent([a, b]);
    expect(why.names).toContain('Dmitry Peskov');
    expect(why.names).not.toContain('Peskov');
    expect(why.names).toContain('Istanbul');
    expect(why.names).not.toContain('Interfax');
    expect(why.quotes).toEqual([QUOTE]);
    expect(why.dates).toEqual(['2025-05-06', '05-05']);
    expect(why.terms).toContain('talks');
    expect(why.terms).not.toContain('istanbul');
    expect(why).not.toHaveProperty('cohesion');
  });

  it('gives the cohesion rounded to hundredths when it is known', () => {
    expect(explainEvent([a, b], 0.456).cohesion).toBe(0.46);
    expect(explainEvent([a, b], 0).cohesion).toBe(0);
  });

  it('cuts a long shared quote at a word, with an ellipsis', () => {
    const long = `${'the council will meet again next week to settle the budget and the roads '.repeat(3)}today`;
    const x = makeArticle('a-1', 'Council to meet', [`The mayor said "${long}" to reporters.`], '2025-05-06');
    const y = makeArticle('a-2', 'Council meets again', [`She said "${long}" on Monday.`], '2025-05-06');
    const [quote] = explainEvent([x, y]).quotes;
    expect(quote!.endsWith('…')).toBe(true);
    expect(quote!.length).toBeLessThanOrEqual(161);
    expect(long.startsWith(quote!.slice(0, -1))).toBe(true);
    expect(long.charAt(quote!.length - 1)).toBe(' ');
  });

  it('lists a quote two reports share once, and none that only one gives', () => {
    const c = makeArticle(
      'a-3',
      'Other talks',
      ['He said "nothing at all was agreed in the end" and left.'],
      '2025-05-06',
    );
    expect(explainEvent([a, b, c]).quotes).toEqual([QUOTE]);
  });
});
