import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNaming } from '../../src/core/compare/naming';
import { ConfigError, parsePlaceNames } from '../../src/core/ingest/config';
import type { Article, Naming, PlaceName } from '../../src/core/types';
import { makeArticle } from '../helpers';

const PLACES: PlaceName[] = [
  { referent: 'Kyiv', spellings: ['Kyiv', 'Kiev'] },
  { referent: 'Kharkiv', spellings: ['Kharkiv', 'Kharkov'] },
];

const article = (id: string, ...body: string[]): Article => makeArticle(id, `Report ${id}`, body, '2025-05-05');

/** Rows as `referent: words [ids] | words [ids]`, for compact expectations. */
function rows(naming: readonly Naming[]): string[] {
  return naming.map(
    (n) => `${n.referent}: ${n.variants.map((v) => `${v.words} [${v.articleIds.join(',')}]`).join(' | ')}`,
  );
}

describe('compareNaming', () => {
  it('Kyiv and Kiev across two articles', () => {
    const a = article('a-1', 'Talks resumed in Kyiv on Monday.');
    const b = article('a-2', "Talks resumed in Kiev on Monday, and Kiev's delegation left early.");
    expect(rows(compareNaming([a, b], PLACES))).toEqual(['Kyiv: Kiev [a-2] | Kyiv [a-1]']);
  });

  it('a place metonym is its own variant', () => {
    const a = article('a-1', 'The Kyiv government rejected the offer.');
    const b = article('a-2', 'The Kiev regime rejected the offer, officials said in Kiev.');
    expect(rows(compareNaming([a, b], PLACES))).toEqual([
      'Kyiv: Kiev [a-2] | Kiev regime [a-2] | Kyiv government [a-1]',
    ]);
  });

  it('an outlet name that contains a spelling is not a spelling choice', () => {
    const a = article('a-1', 'Officials told the Kyiv Independent that talks resumed in Kiev.');
    const b = article('a-2', 'Talks resumed in Kiev.');
    expect(compareNaming([a, b], PLACES)).toEqual([]);
    const c = article('a-3', 'Talks resumed in Kiev, the Kyiv Herald reported.');
    expect(compareNaming([b, c], PLACES)).toEqual([]);
  });

  it('role description differs for the same person', () => {
    const a = article('a-1', 'Kremlin spokesperson Dmitry Peskov said a meeting was needed.');
    const b = article('a-2', 'Kremlin spokesman Dmitry Peskov said a meeting was needed.');
    const c = article('a-3', 'A meeting is needed, Kremlin spokesperson Dmitry Peskov told reporters.');
    expect(rows(compareNaming([a, b, c], PLACES))).toEqual([
      'Dmitry Peskov: Kremlin spokesperson [a-1,a-3] | Kremlin spokesman [a-2]',
    ]);
  });

  it('an unnamed description joins the one named person with that role', () => {
    const a = makeArticle(
      'a-1',
      "Putin's spokesperson says a meeting is needed",
      ['Kremlin spokesman Dmitry Peskov said so.'],
      null,
    );
    const b = article('a-2', 'Kremlin spokesman Dmitry Peskov said so.');
    expect(rows(compareNaming([a, b], PLACES))).toEqual([
      "Dmitry Peskov: Kremlin spokesman [a-1,a-2] | Putin's spokesperson [a-1]",
    ]);
  });

  it('an unnamed description two named people could hold is left out', () => {
    const a = article(
      'a-1',
      'Russian President Vladimir Putin met US President Donald Trump.',
      'The Republican president said little.',
    );
    const b = article('a-2', 'Russian President Vladimir Putin met US President Donald Trump.');
    expect(compareNaming([a, b], PLACES)).toEqual([]);
  });

  it('apposition after the name and titles of paired countries', () => {
    const a = article(
      'a-1',
      'A meeting between the Presidents of Russia and the United States, Vladimir Putin and Donald Trump, is necessary.',
    );
    const b = article('a-2', 'Russian leader Vladimir Putin and U.S. President Donald Trump may meet.');
    const c = article('a-3', 'Yuri Ushakov, Russian leader Vladimir Putin’s foreign policy advisor, has said so.');
    const d = article('a-4', 'Russian presidential aide Yuri Ushakov said so.');
    expect(rows(compareNaming([a, b, c, d], PLACES))).toEqual([
      'Vladimir Putin: Russian leader [a-2,a-3] | President of Russia [a-1]',
      'Donald Trump: President of the United States [a-1] | U.S. President [a-2]',
      'Yuri Ushakov: Russian leader Vladimir Putin’s foreign policy advisor [a-3] | Russian presidential aide [a-4]',
    ]);
  });

  it('US and U.S. are the same words', () => {
    const a = article('a-1', 'US President Donald Trump spoke.');
    const b = article('a-2', 'U.S. President Donald Trump spoke.');
    expect(compareNaming([a, b], PLACES)).toEqual([]);
  });

  it('no row when all articles agree', () => {
    const a = article('a-1', 'Kremlin spokesperson Dmitry Peskov spoke in Kyiv.');
    const b = article('a-2', 'Kremlin spokesperson Dmitry Peskov spoke in Kyiv.');
    expect(compareNaming([a, b], PLACES)).toEqual([]);
  });

  it('no row when only one article uses every variant', () => {
    const a = article(
      'a-1',
      'Kyiv, also written Kiev, is the capital.',
      'Kremlin spokesman Dmitry Peskov and Kremlin spokesperson Dmitry Peskov.',
    );
    const b = article('a-2', 'Nothing about places here.');
    expect(compareNaming([a, b], PLACES)).toEqual([]);
  });

  it('a bare title with a surname and a sentence opener are not descriptions', () => {
    const a = article('a-1', 'President Trump spoke. Earlier Donald Trump had left.');
    const b = article('a-2', 'US President Donald Trump spoke.');
    expect(compareNaming([a, b], PLACES)).toEqual([]);
  });

  it('is independent of article order', () => {
    const pool = [
      article('a-1', 'Kremlin spokesperson Dmitry Peskov spoke in Kyiv.', 'Russian President Vladimir Putin agreed.'),
      article('a-2', 'Kremlin spokesman Dmitry Peskov spoke in Kiev.', 'Russian leader Vladimir Putin agreed.'),
      article('a-3', 'The Kiev regime objected, Kharkov said.', "Putin's spokesperson Dmitry Peskov spoke."),
      article('a-4', 'Kharkiv and Kyiv were quiet.', 'Russian leader Vladimir Putin agreed.'),
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: 2 }), (members) => {
        const sorted = [...members].sort((x, y) => (x.id < y.id ? -1 : 1));
        expect(compareNaming(members, PLACES)).toEqual(compareNaming(sorted, PLACES));
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { maxLength: 3 }), { maxLength: 3 }), (bodies) => {
        const members = bodies.map((b, i) => article(`a-${i}`, ...b));
        for (const n of compareNaming(members, PLACES)) expect(n.variants.length).toBeGreaterThanOrEqual(2);
      }),
    );
  });
});

describe('parsePlaceNames', () => {
  it('reads places with their spellings', () => {
    const text = JSON.stringify({
      schemaVersion: 1,
      places: [{ referent: 'Kyiv', spellings: ['Kyiv', 'Kiev'], note: 'romanisation' }],
    });
    expect(parsePlaceNames('place-names.json', text)).toEqual([
      { referent: 'Kyiv', spellings: ['Kyiv', 'Kiev'], note: 'romanisation' },
    ]);
  });

  it('names the field of a malformed entry', () => {
    const text = JSON.stringify({ schemaVersion: 1, places: [{ referent: 'Kyiv', spellings: ['Kyiv'] }] });
    expect(() => parsePlaceNames('place-names.json', text)).toThrow(
      new ConfigError('place-names.json: at .places[0].spellings: expected at least two spellings'),
    );
  });

  it('names the position of a JSON syntax error', () => {
    expect(() => parsePlaceNames('place-names.json', '{\n  "schemaVersion": 1\n  "places": []\n}')).toThrow(
      /^place-names\.json: malformed JSON at line 3, column 3: Expected ',' or '}'/,
    );
  });

  it('refuses a spelling listed under two places', () => {
    const text = JSON.stringify({
      schemaVersion: 1,
      places: [
        { referent: 'Kyiv', spellings: ['Kyiv', 'Kiev'] },
        { referent: 'Kiev Oblast', spellings: ['Kiev Oblast', 'Kiev'] },
      ],
    });
    expect(() => parsePlaceNames('place-names.json', text)).toThrow(
      new ConfigError('place-names.json: at .places[1].spellings[1]: "Kiev" is already a spelling of "Kyiv"'),
    );
  });

  it('refuses a referent missing from its spellings', () => {
    const text = JSON.stringify({ schemaVersion: 1, places: [{ referent: 'Kyiv', spellings: ['Kiev', 'Kyjiw'] }] });
    expect(() => parsePlaceNames('place-names.json', text)).toThrow(
      'place-names.json: at .places[0].spellings: must include the referent "Kyiv"',
    );
  });
});
