/**
 * Pins of how tokenizing tells a name from a sentence's first word across scripts and white
 * space: every kind of space between a full stop and the next word, a line break without one,
 * an opening quote or bracket after a full stop, capitals of any script (and none in scripts
 * without case), and digits of any script.
 */
import { describe, expect, it } from 'vitest';
import { namePhrases, tokenize } from '../../src/core/group/features';

const names = (text: string) =>
  tokenize(text)
    .filter((t) => t.name)
    .map((t) => t.surface);

describe('tokenize: where a sentence starts', () => {
  /** Every character JavaScript's `\s` matches but the line feed, which ends a sentence on its own. */
  const SPACES = [
    ' ',
    '\t',
    '\v',
    '\f',
    '\r',
    '\u00a0',
    '\u1680',
    '\u2000',
    '\u2005',
    '\u200a',
    '\u2028',
    '\u2029',
    '\u202f',
    '\u205f',
    '\u3000',
    '\ufeff',
  ];

  it('reads past any white space back to the full stop before a word', () => {
    for (const s of SPACES) {
      expect(names(`Talks ended.${s}Peskov spoke`), `U+${s.charCodeAt(0).toString(16)}`).toEqual([]);
      expect(names(`Talks ended.${s}${s}Peskov spoke`), `U+${s.charCodeAt(0).toString(16)}`).toEqual([]);
    }
  });

  it('does not take other characters for white space', () => {
    for (const c of ['\u200b', '\u1fff', '\u2030', '\u0085', '\u00ad', '\u2027'])
      expect(names(`Talks ended.${c}Peskov spoke`), `U+${c.charCodeAt(0).toString(16)}`).toEqual(['Peskov']);
  });

  it('starts a sentence at a line break, and at no other white space without a full stop', () => {
    expect(names('Talks ended\nPeskov spoke')).toEqual([]);
    expect(names('Talks ended \n Peskov spoke')).toEqual([]);
    expect(names('Talks ended\rPeskov spoke')).toEqual(['Peskov']);
    expect(names('Talks ended\u2028Peskov spoke')).toEqual(['Peskov']);
    expect(names('Talks ended \t Peskov spoke')).toEqual(['Peskov']);
  });

  it('starts a sentence after an end mark and an opening quote or bracket, not after either alone', () => {
    for (const open of ['"', '“', "'", '‘', '(']) expect(names(`Talks ended. ${open}Peskov spoke`), open).toEqual([]);
    expect(names('Talks ended. \u00a0 ( Peskov spoke')).toEqual([]);
    expect(names('Talks ended ("Peskov spoke')).toEqual(['Peskov']);
    expect(names('Talks ended (Peskov spoke')).toEqual(['Peskov']);
    expect(names('Talks ended « Peskov spoke')).toEqual(['Peskov']);
    expect(names('Talks ended; Peskov spoke')).toEqual(['Peskov']);
    expect(names('Talks ended, Peskov spoke')).toEqual(['Peskov']);
  });

  it('starts the text with a sentence, whatever comes before its first word', () => {
    expect(names('Peskov spoke')).toEqual([]);
    expect(names('  "Peskov spoke')).toEqual([]);
    expect(names('— Peskov spoke to Lavrov')).toEqual(['Lavrov']);
  });
});

describe('tokenize: capitals and digits of any script', () => {
  it('reads A to Z as capitals and nothing either side of them', () => {
    expect(names('officials near Antofagasta met Zelensky and Yermak')).toEqual(['Antofagasta', 'Zelensky', 'Yermak']);
    expect(names('officials near antofagasta met zelensky')).toEqual([]);
  });

  it('reads a capital of another script as a capital, and no letter of a script without case', () => {
    expect(names('officials in Ürümqi met Ξάνθη and Москва envoys')).toEqual(['Ürümqi', 'Ξάνθη', 'Москва']);
    expect(names('officials in ürümqi met москва envoys')).toEqual([]);
    expect(names('officials in 北京市 met ירושלים envoys')).toEqual([]);
    expect(tokenize('officials in 北京市 met envoys').map((t) => t.key)).toEqual([
      'official',
      '北京市',
      'met',
      'envoy',
    ]);
  });

  it('keys digits of another script as a number', () => {
    expect(tokenize('٢٠٢٤ people and ३४ dogs').map((t) => [t.key, t.number, t.name])).toEqual([
      ['#٢٠٢٤', true, false],
      ['peopl', false, false],
      ['#३४', true, false],
      ['dog', false, false],
    ]);
  });
});

describe('namePhrases', () => {
  it('joins capitalised words only across white space, and starts anew at a sentence start', () => {
    expect(namePhrases('officials met Steve\u00a0Witkoff and Jared\tKushner')).toEqual([
      'Steve Witkoff',
      'Jared Kushner',
    ]);
    expect(namePhrases('officials met Steve-Witkoff')).toEqual(['Steve-Witkoff']);
    expect(namePhrases('officials met Steve. Witkoff spoke')).toEqual(['Steve']);
    expect(namePhrases('officials met Steve/Witkoff')).toEqual(['Steve', 'Witkoff']);
  });
});
