import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/core/compare/citations';
import { OutletRegistry } from '../../src/core/outlets';
import type { OutletId, OutletKind, OutletRecord } from '../../src/core/types';

function outlet(id: string, name: string, kind: OutletKind, aliases: string[] = []): OutletRecord {
  return { id: id as OutletId, name, aliases, country: null, kind, homepage: null };
}

const REGISTRY = new OutletRegistry([
  outlet('tass', 'TASS', 'news agency', ['ITAR-TASS']),
  outlet('ria-novosti', 'RIA Novosti', 'news agency'),
  outlet('interfax', 'Interfax', 'news agency'),
  outlet('nbc-news', 'NBC News', 'broadcaster', ['NBC']),
  outlet('european-pravda', 'European Pravda', 'online'),
  outlet('ukrainska-pravda', 'Ukrainska Pravda', 'online', ['UP']),
  outlet('kyiv-independent', 'Kyiv Independent', 'online', ['The Kyiv Independent']),
]);

/** Citations of one paragraph, each as `label|name|kind|outletId` and the words its span covers. */
function cite(paragraph: string) {
  return extractCitations([paragraph], REGISTRY).map((c) => ({
    said: `${c.label}|${c.name}|${c.kind}|${c.outletId ?? ''}`,
    span: paragraph.slice(c.start, c.end),
  }));
}

describe('extractCitations', () => {
  it('Source: line with two labelled agencies', () => {
    expect(cite('Source: Russian propaganda outlet RIA Novosti; Russian news agency Interfax')).toEqual([
      {
        said: 'Russian propaganda outlet|RIA Novosti|agency|ria-novosti',
        span: 'Russian propaganda outlet RIA Novosti',
      },
      { said: 'Russian news agency|Interfax|agency|interfax', span: 'Russian news agency Interfax' },
    ]);
  });

  it('as quoted by X gives an empty label', () => {
    expect(cite('"It must be prepared appropriately," he said, as quoted by TASS.')).toEqual([
      { said: '|TASS|agency|tass', span: 'TASS' },
    ]);
  });

  it('X reported with a labelled state agency before it', () => {
    expect(cite('Russian state news agency TASS reported that the talks were productive.')).toEqual([
      { said: 'Russian state news agency|TASS|agency|tass', span: 'Russian state news agency TASS' },
    ]);
  });

  it('interview with a labelled person, as reported by an outlet', () => {
    expect(
      cite('Source: Ushakov in an interview with Kremlin propagandist Pavel Zarubin, as reported by European Pravda'),
    ).toEqual([
      { said: 'Kremlin propagandist|Pavel Zarubin|person|', span: 'Kremlin propagandist Pavel Zarubin' },
      { said: '|European Pravda|outlet|european-pravda', span: 'European Pravda' },
    ]);
  });

  it('in an interview with a registered broadcaster', () => {
    expect(cite('In an interview with NBC News, Trump suggested that a deal might be undoable.')).toEqual([
      { said: '|NBC News|outlet|nbc-news', span: 'NBC News' },
    ]);
  });

  it('told a journalist counts, told an unlabelled person does not', () => {
    expect(cite('"This meeting will take place," Peskov told Russia journalist Pavel Zarubin.')).toEqual([
      { said: 'Russia journalist|Pavel Zarubin|person|', span: 'Russia journalist Pavel Zarubin' },
    ]);
    expect(cite('Zelensky told Donald Trump that Ukraine would not cede land.')).toEqual([]);
  });

  it('told an outlet, with its article', () => {
    expect(cite('A senior official told the Kyiv Independent on condition of anonymity.')).toEqual([
      { said: '|Kyiv Independent|outlet|kyiv-independent', span: 'Kyiv Independent' },
    ]);
  });

  it('told reporters and according to unnamed media are not citations', () => {
    expect(cite('Peskov told reporters the date was open, according to state news agencies.')).toEqual([]);
  });

  it('according to the speaker is not a citation, according to an outlet is', () => {
    const body = ['Kremlin spokesperson Dmitry Peskov spoke on Monday.', 'According to Peskov, contacts continue.'];
    expect(extractCitations(body, REGISTRY)).toEqual([]);
    expect(cite('According to Interfax, contacts continue.')).toEqual([
      { said: '|Interfax|agency|interfax', span: 'Interfax' },
    ]);
  });

  it('according to an institution named with its article', () => {
    expect(cite('The front line barely moved, according to the Institute for the Study of War.')).toEqual([
      { said: '|Institute for the Study of War|other|', span: 'Institute for the Study of War' },
    ]);
  });

  it('citing two outlets joined by and', () => {
    expect(cite('The ministry confirmed the swap, citing RIA Novosti and Interfax.')).toEqual([
      { said: '|RIA Novosti|agency|ria-novosti', span: 'RIA Novosti' },
      { said: '|Interfax|agency|interfax', span: 'Interfax' },
    ]);
  });

  it('X cited by Y cites Y', () => {
    expect(cite('Peskov, cited by ITAR-TASS, said no date was set.')).toEqual([
      { said: '|ITAR-TASS|agency|tass', span: 'ITAR-TASS' },
    ]);
  });

  it('a report by an unregistered newspaper', () => {
    expect(cite('The plan was first described in a report by the Wall Street Journal on Friday.')).toEqual([
      { said: '|Wall Street Journal|outlet|', span: 'Wall Street Journal' },
    ]);
  });

  it('a statement or a Telegram post is a document named by its issuer, not by the platform', () => {
    expect(cite('Power was cut, Russia-installed Governor Yevgeny Belitsky wrote on Telegram.')).toEqual([
      {
        said: 'Russia-installed Governor|Yevgeny Belitsky|document|',
        span: 'Russia-installed Governor Yevgeny Belitsky',
      },
    ]);
    expect(cite('The Defence Ministry said in a statement that the drills were over.')).toEqual([
      { said: '|Defence Ministry|document|', span: 'Defence Ministry' },
    ]);
  });

  it('an unregistered agency is recognised by its label, a space agency is not', () => {
    expect(cite('The Turkish news agency Anadolu reported that the talks ended.')).toEqual([
      { said: 'Turkish news agency|Anadolu|agency|', span: 'Turkish news agency Anadolu' },
    ]);
    expect(cite('The launch was delayed, according to the US space agency NASA.')).toEqual([
      { said: 'US space agency|NASA|other|', span: 'US space agency NASA' },
    ]);
  });

  it('a short alias matches only with its case', () => {
    expect(cite('Prices went up, as reported by UP.')).toEqual([{ said: '|UP|outlet|ukrainska-pravda', span: 'UP' }]);
    expect(cite('Prices went up, the ministry reported.')).toEqual([]);
  });

  it('a source is listed once unless introduced with new words', () => {
    const body = [
      'Peskov told Russia journalist Pavel Zarubin that a meeting would happen.',
      '"It is a fact," the spokesperson told Zarubin, as quoted by TASS.',
      'Russian state news agency TASS reported the same.',
    ];
    expect(extractCitations(body, REGISTRY).map((c) => `${c.paragraph}:${c.label}|${c.name}`)).toEqual([
      '0:Russia journalist|Pavel Zarubin',
      '1:|TASS',
      '2:Russian state news agency|TASS',
    ]);
  });

  it('never throws, and every span slices its paragraph exactly and ends with the name', () => {
    const words = fc.constantFrom(
      'according to',
      'as quoted by',
      'told',
      'Source:',
      'TASS',
      'RIA Novosti',
      'Russian',
      'news agency',
      'Kremlin propagandist',
      'Pavel Zarubin',
      'reported',
      'said in a statement',
      'wrote on Telegram',
      'the',
      'and',
      ',',
      ';',
      '.',
      "'s",
      'U.S.',
    );
    const paragraph = fc.oneof(
      fc.string(),
      fc.array(words, { maxLength: 14 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 4 }), (body) => {
        for (const c of extractCitations(body, REGISTRY)) {
          const span = body[c.paragraph]!.slice(c.start, c.end);
          expect(c.start).toBeLessThan(c.end);
          expect(span.endsWith(c.name)).toBe(true);
          expect(span.startsWith(c.label)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
