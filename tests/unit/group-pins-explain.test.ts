/**
 * Pins of the evidence an event shows and the headline it takes, as exact lists: names by how
 * many reports share them (full names first among equals, then as first printed), at most eight;
 * kind words without the names; days as published or mentioned; at most three shared quotes,
 * each cut at 160 characters; and the headline whose words the other reports' leads carry.
 */
import { describe, expect, it } from 'vitest';
import { chooseTitle, cleanHeadline, explainEvent } from '../../src/core/group/describe';
import { makeArticle } from '../helpers';

const A = makeArticle(
  'a-1',
  'Storm Dana floods Valencia',
  [
    'Heavy rain from Storm Dana flooded Valencia and Paiporta on May 1, officials said.',
    'Mayor Maria Lopez closed schools in Paiporta and Alfafar.',
    'Residents of Paiporta and Alfafar and Sedavi and Catarroja and Massanassa waited for help from Madrid and Brussels.',
  ],
  '2024-05-02',
);
const B = makeArticle(
  'a-2',
  'Valencia counts flood damage after Storm Dana',
  [
    'Storm Dana flooded streets in Paiporta near Valencia on 1 May.',
    'Maria Lopez said schools stay closed in Alfafar and Sedavi and Catarroja and Massanassa as Madrid and Brussels pledged help.',
  ],
  '2024-05-02',
);
const C = makeArticle(
  'a-3',
  'Dana flood victims mourned in Paiporta',
  ['Residents of Paiporta mourned victims of the flood on May 3.', 'Help came from Madrid.'],
  '2024-05-03',
);

describe('explainEvent', () => {
  it('lists what at least two reports share, most shared first, at most eight names', () => {
    expect(explainEvent([A, B, C], 0.12345)).toEqual({
      // Paiporta and Madrid are in all three; of the names in two, the full name first, then as printed;
      // Brussels, also in two, is the ninth.
      names: ['Paiporta', 'Madrid', 'Storm Dana', 'Valencia', 'Alfafar', 'Sedavi', 'Catarroja', 'Massanassa'],
      quotes: [],
      dates: ['2024-05-02', '05-01'],
      terms: ['floods', 'help', 'closed', 'schools', 'residents'],
      cohesion: 0.12,
    });
  });

  it('gives the same evidence whatever order the reports come in', () => {
    const why = explainEvent([A, B, C]);
    expect(explainEvent([C, A, B]).names).toEqual(why.names);
    expect(why.names).toHaveLength(8);
  });

  it('lists at most eight kind words and four days', () => {
    const words = 'harbour crane collapse container traffic inspectors engineers workers cargo ships';
    const x = makeArticle(
      'a-1',
      'Crane collapse',
      [`The ${words} on May 1, May 2, May 3, May 4 and May 5.`],
      '2024-05-06',
    );
    const y = makeArticle(
      'a-2',
      'Port halted',
      [`Reports of ${words} on 1 May, 2 May, 3 May, 4 May and 5 May.`],
      '2024-05-06',
    );
    const why = explainEvent([x, y]);
    // The headline's words come first: the lead is read headline first.
    expect(why.terms).toEqual([
      'crane',
      'collapse',
      'harbour',
      'container',
      'traffic',
      'inspectors',
      'engineers',
      'workers',
    ]);
    expect(why.dates).toEqual(['2024-05-06', '05-01', '05-02', '05-03']);
  });

  it('keeps the evidence to what two reports share: nothing of one report alone', () => {
    const why = explainEvent([A, makeArticle('a-9', 'Parliament votes on budget', ['The parliament voted.'], null)]);
    expect(why).toEqual({ names: [], quotes: [], dates: [], terms: [] });
  });

  it('lists at most three shared quotes, and a quote of 160 characters whole', () => {
    const quotes = [
      'we will rebuild every bridge the river took',
      'nobody could have foreseen rain like this',
      'the schools will reopen when the water is gone',
      'help from the capital came far too late',
    ];
    const say = (id: string) =>
      makeArticle(
        id,
        'Mayor speaks',
        quotes.map((q) => `The mayor said "${q}" on Monday.`),
        '2024-05-06',
      );
    expect(explainEvent([say('a-1'), say('a-2')]).quotes).toEqual(quotes.slice(0, 3));
    // Twenty distinct words of seven letters and one of eight: 160 characters.
    const words = Array.from({ length: 20 }, (_, i) => `quote${String.fromCharCode(97 + i)}x`);
    const exact = `${words.join(' ')}x`;
    expect(exact).toHaveLength(160);
    const both = (q: string) => [
      makeArticle('a-1', 'Mayor speaks', [`The mayor said "${q}" on Monday.`], '2024-05-06'),
      makeArticle('a-2', 'Mayor speaks again', [`She said "${q}" again.`], '2024-05-06'),
    ];
    expect(explainEvent(both(exact)).quotes).toEqual([exact]);
    expect(explainEvent(both(`${exact}s`)).quotes).toEqual([`${words.slice(0, 19).join(' ')}…`]);
  });
});

describe('chooseTitle', () => {
  it('scores a headline by the share of other leads that carry each of its words, over the root of their number', () => {
    // A's four words: storm and valencia in one other lead, dana and flood in both: 3 / √4 = 1.5.
    // B's six: 3 / √6 ≈ 1.22; C's five: 3 / √5 ≈ 1.34.
    expect(chooseTitle([C, B, A])).toEqual({ title: 'Storm Dana floods Valencia', from: 'a-1' });
  });

  it('discounts a quote-led headline by 0.7, a question by 0.8 and a cut-short one by 0.4', () => {
    // A at 1.5 × 0.8 = 1.2 falls below C's 1.34; × 0.7 and × 0.4 further.
    const as = (title: string) => ({ ...A, title });
    expect(chooseTitle([as('Storm Dana floods Valencia?'), B, C]).from).toBe('a-3');
    expect(chooseTitle([as('“Storm Dana floods Valencia”'), B, C]).from).toBe('a-3');
    expect(chooseTitle([as('Storm Dana floods Valencia...'), B, C]).from).toBe('a-3');
    // A question mark inside the headline, or a quote inside it, costs nothing.
    expect(chooseTitle([as('Storm Dana? It floods Valencia'), B, C]).from).toBe('a-1');
  });
});

describe('cleanHeadline: outlet names read literally', () => {
  it('takes off a name with regex characters only where it stands as printed', () => {
    expect(cleanHeadline('Quake hits Chile - Pravda.Ru', ['Pravda.Ru'])).toBe('Quake hits Chile');
    expect(cleanHeadline('Quake hits Chile - PravdaxRu', ['Pravda.Ru'])).toBe('Quake hits Chile - PravdaxRu');
    expect(cleanHeadline('Quake hits Chile – C++ Weekly', ['C++ Weekly'])).toBe('Quake hits Chile');
    expect(cleanHeadline('Quake hits Chile — (BBC)', ['(BBC)'])).toBe('Quake hits Chile');
    expect(cleanHeadline('Quake hits Chile - BBC', ['(BBC)'])).toBe('Quake hits Chile - BBC');
    expect(
      cleanHeadline('Quake hits Chile - $1 [Daily] {News} ^Star* Or|And \\Back?', [
        '$1 [Daily] {News} ^Star* Or|And \\Back?',
      ]),
    ).toBe('Quake hits Chile');
  });

  it('takes a name off only after a dash with space around it, at the end', () => {
    expect(cleanHeadline('Quake hits Chile-Example Times', ['Example Times'])).toBe('Quake hits Chile-Example Times');
    expect(cleanHeadline('Example Times - Quake hits Chile', ['Example Times'])).toBe(
      'Example Times - Quake hits Chile',
    );
  });
});
