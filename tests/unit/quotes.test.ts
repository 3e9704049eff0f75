import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../../src/core/compare/quote-marks';
import { extractQuotes } from '../../src/core/compare/quotes';
import { countWords, lastVisible, tokensIn } from '../../src/core/compare/text-scan';
import type { Quote } from '../../src/core/types';

/** The quotes of an article as [kind, speaker, text], reading order. */
function quotes(...body: string[]): [Quote['kind'], string | null, string][] {
  return extractQuotes(body, 'a').map((q) => [q.kind, q.speaker, q.text]);
}

const direct = (...body: string[]) => quotes(...body).filter(([kind]) => kind !== 'paraphrase');

describe('findQuotedSpans', () => {
  const texts = (s: string) => findQuotedSpans(s).map((q) => s.slice(q.start, q.end));

  it('straight quotes', () => {
    expect(texts('"We are ready," the minister said.')).toEqual(['We are ready']);
  });

  it('curly quotes', () => {
    expect(texts('“We are ready,” the minister said.')).toEqual(['We are ready']);
  });

  it('guillemets «…» and »…«', () => {
    expect(texts('« Nous sommes prêts », dit-il. »Wir sind bereit«, sagte sie.')).toEqual([
      'Nous sommes prêts',
      'Wir sind bereit',
    ]);
  });

  it('low-high quotes „…“ and „…”', () => {
    expect(texts('„Wir sind bereit“, sagte er. „Gut”, sagte sie.')).toEqual(['Wir sind bereit', 'Gut']);
  });

  it("single quotes ‘…’ and '…' used as quotes", () => {
    expect(texts("Mayor backs ‘new deal’ and 'fair fares' for the city")).toEqual(['new deal', 'fair fares']);
  });

  it("apostrophes are not quotes: don't, Kremlin's, '90s, ministers'", () => {
    expect(texts("Don't mistake the Kremlin's '90s playbook for the ministers' plan.")).toEqual([]);
  });

  it('a quote inside a quote stays part of the outer quote', () => {
    expect(texts('“They have not really ‘hit it off’ yet,” he said.')).toEqual([
      'They have not really ‘hit it off’ yet',
    ]);
  });

  it('mismatched marks pair up: a straight opener with a curly closer', () => {
    expect(texts('The talks were "very good” and "a lot of progress” was made.')).toEqual([
      'very good',
      'a lot of progress',
    ]);
  });

  it('a quote left open runs to the end of its paragraph', () => {
    const spans = findQuotedSpans('"We will keep talking to everyone');
    expect(spans).toHaveLength(1);
    expect(spans[0]!.close).toBe(-1);
  });

  it('doubled apostrophes stand for a double mark', () => {
    expect(texts("Allies act as ''free riders,'' the senator said.")).toEqual(['free riders']);
  });
});

describe('extractQuotes: speakers', () => {
  it('curly quotes with speaker after: "…," Peskov said', () => {
    expect(
      direct('Kremlin spokesperson Dmitry Peskov spoke on Monday.', '“The talks will go on,” Peskov said.'),
    ).toEqual([['direct', 'Dmitry Peskov', 'The talks will go on']]);
  });

  it('speaker before the quote: Peskov said: "…"', () => {
    expect(direct('Peskov said: "There is nothing to add."')).toEqual([
      ['direct', 'Peskov', 'There is nothing to add.'],
    ]);
  });

  it('inverted speaker after the quote with an apposition: "…," said Jane Doe, a spokeswoman for X', () => {
    expect(direct('"We have not seen the letter," said Jane Doe, a spokeswoman for the ministry.')).toEqual([
      ['direct', 'Jane Doe', 'We have not seen the letter'],
    ]);
  });

  it('the spokesperson added resolves to the named spokesperson', () => {
    expect(
      direct(
        'The summit is not planned yet, Kremlin spokesperson Dmitry Peskov said on Tuesday.',
        '"It needs careful preparation," Peskov said.',
        '"Contacts are continuing at expert level," the spokesperson added.',
      ),
    ).toEqual([
      ['direct', 'Dmitry Peskov', 'It needs careful preparation'],
      ['direct', 'Dmitry Peskov', 'Contacts are continuing at expert level'],
    ]);
  });

  it('he noted after a named speaker', () => {
    expect(direct('Finance Minister Anna Berg presented the budget.', '"Taxes will not rise," she noted.')).toEqual([
      ['direct', 'Anna Berg', 'Taxes will not rise'],
    ]);
  });

  it('a surname alone resolves to the full name printed earlier', () => {
    expect(direct('Mayor Lucia Ferreira opened the bridge.', '"It took ten years," Ferreira told reporters.')).toEqual([
      ['direct', 'Lucia Ferreira', 'It took ten years'],
    ]);
  });

  it('X told reporters', () => {
    expect(direct('"We expect a decision soon," Omar Haddad told reporters.')).toEqual([
      ['direct', 'Omar Haddad', 'We expect a decision soon'],
    ]);
  });

  it('according to X', () => {
    expect(quotes('According to Omar Haddad, the decision will come in June.')).toEqual([
      ['paraphrase', 'Omar Haddad', 'the decision will come in June'],
    ]);
  });

  it('split quote: "…," he said. "…" continues the same speaker', () => {
    expect(direct('"We are ready," Omar Haddad said. "The rest is up to them."')).toEqual([
      ['direct', 'Omar Haddad', 'We are ready'],
      ['direct', 'Omar Haddad', 'The rest is up to them.'],
    ]);
  });

  it('"…" he said, adding that "…" keeps one speaker', () => {
    expect(direct('"The date is set," Omar Haddad said, adding that "nothing will change it."')).toEqual([
      ['direct', 'Omar Haddad', 'The date is set'],
      ['partial', 'Omar Haddad', 'nothing will change it.'],
    ]);
  });

  it('a quote paragraph with no attribution takes the speaker of the paragraph before', () => {
    expect(direct('"We will appeal," lawyer Sara Lind said.', '"The ruling ignores the evidence."')).toEqual([
      ['direct', 'Sara Lind', 'We will appeal'],
      ['direct', 'Sara Lind', 'The ruling ignores the evidence.'],
    ]);
  });

  it('quote spanning two paragraphs becomes one span per paragraph with one speaker', () => {
    const body = ['"The first part of the plan is to build.', '"The second part is to hire," Sara Lind said.'];
    expect(direct(...body)).toEqual([
      ['direct', 'Sara Lind', 'The first part of the plan is to build.'],
      ['direct', 'Sara Lind', 'The second part is to hire'],
    ]);
  });

  it('Quote: block takes the current speaker', () => {
    expect(
      direct(
        'Kremlin spokesman Dmitry Peskov has stated that the meeting is necessary.',
        'Source: a news agency',
        'Quote: "Such a meeting is on the radar."',
      ),
    ).toEqual([['direct', 'Dmitry Peskov', 'Such a meeting is on the radar.']]);
  });

  it('Details: He added that "…" is a partial quote of the current speaker', () => {
    expect(
      direct(
        'Kremlin spokesman Dmitry Peskov has stated that talks go on.',
        'Details: He added that "there are no specifics yet".',
      ),
    ).toEqual([['partial', 'Dmitry Peskov', 'there are no specifics yet']]);
  });

  it('a headline "Name: … ‘quote’" takes the name', () => {
    expect(direct('Haddad: Budget plan is ‘dead on arrival’')).toEqual([['partial', 'Haddad', 'dead on arrival']]);
  });

  it('a generic source names nobody', () => {
    expect(direct('"Nothing is decided," a source said.')).toEqual([['direct', null, 'Nothing is decided']]);
  });
});

describe('extractQuotes: kinds', () => {
  it('partial quote inside reported speech', () => {
    expect(direct('Omar Haddad said the plan was "far from finished" and would change.')).toEqual([
      ['partial', 'Omar Haddad', 'far from finished'],
    ]);
  });

  it('full-sentence quote after a colon is direct', () => {
    expect(direct('Omar Haddad added: "We will not wait any longer."')).toEqual([
      ['direct', 'Omar Haddad', 'We will not wait any longer.'],
    ]);
  });

  it('paraphrase: X said that …', () => {
    expect(quotes('Omar Haddad said that the budget would be cut by a tenth.')).toEqual([
      ['paraphrase', 'Omar Haddad', 'the budget would be cut by a tenth'],
    ]);
  });

  it('paraphrase: …, X said', () => {
    expect(quotes('The budget will be cut by a tenth next year, Finance Minister Anna Berg said on Monday.')).toEqual([
      ['paraphrase', 'Anna Berg', 'The budget will be cut by a tenth next year'],
    ]);
  });

  it('paraphrase stops where the next reported clause begins', () => {
    expect(quotes('Anna Berg said that the budget is balanced, though she admitted that "a gap remains".')).toEqual([
      ['paraphrase', 'Anna Berg', 'the budget is balanced'],
      ['partial', 'Anna Berg', 'a gap remains'],
    ]);
  });

  it('a short unattributed scare quote is dropped', () => {
    expect(direct('The so-called "green deal" is back on the table.')).toEqual([]);
  });
});

describe('extractQuotes: speakers on real-page patterns', () => {
  it('a platform is never a speaker: "… and in a post on X accused …"', () => {
    expect(
      direct(
        "Senator Jane Roe, a sponsor of the measure, criticised the delay and in a short post on X accused the agency of 'treating riders as an afterthought.'",
      ),
    ).toEqual([['partial', 'Jane Roe', 'treating riders as an afterthought.']]);
  });

  it('a platform is never a speaker: "wrote on Telegram"', () => {
    expect(quotes('The grid was damaged overnight, Mayor Ivan Petrenko wrote on Telegram.')).toEqual([
      ['paraphrase', 'Ivan Petrenko', 'The grid was damaged overnight'],
    ]);
  });

  it('a place opening the sentence is no speaker: "In neighbouring Lviv region, …" then "he said"', () => {
    expect(
      quotes(
        'In neighbouring Lviv region, Governor Maksym Kozak said a storm had damaged three substations. Repair crews were working to restore power, he said.',
      ),
    ).toEqual([['paraphrase', 'Maksym Kozak', 'Repair crews were working to restore power']]);
  });

  it('a place in an aside is no speaker: "Clinton, during a rally in Columbus, Ohio, said"', () => {
    expect(direct("Clinton, during a rally in Columbus, Ohio, said the plan would 'pay for itself.'")).toEqual([
      ['partial', 'Clinton', 'pay for itself.'],
    ]);
  });

  it('a titled name after an object between commas speaks: "… on Gotham, Senator Ada Brook, accused"', () => {
    expect(
      direct(
        "One of the sponsors of a motion that seeks new fees on Gotham, Senator Ada Brook, accused the mayor of 'ignoring the riders' on Tuesday.",
      ),
    ).toEqual([['partial', 'Ada Brook', 'ignoring the riders']]);
  });

  it('a scare quote inside a noun phrase takes no later speaker and is dropped', () => {
    expect(
      direct(
        "A motion that seeks to impose 'punishing' new fees on Gotham, Senator Ada Brook, accused the mayor of delay.",
      ),
    ).toEqual([]);
  });

  it('a closing reporting clause wins over a country as sentence subject, and its speaker is the next "he"', () => {
    expect(
      quotes(
        "Canada is insisting on a 'complete and lasting settlement' within a month to 'stop the bleeding now,' Morales told reporters. He noted that the offer had stood for weeks.",
      ),
    ).toEqual([
      ['partial', 'Morales', 'complete and lasting settlement'],
      ['partial', 'Morales', 'stop the bleeding now'],
      ['paraphrase', 'Morales', 'the offer had stood for weeks'],
    ]);
  });

  it('a reporting clause inside the sentence: "For now, she noted, …" is a paraphrase', () => {
    expect(
      quotes(
        'Minister Olga Berg spoke to reporters on Monday. For now, she noted, talks with the lenders continue at a technical level.',
      ),
    ).toEqual([['paraphrase', 'Olga Berg', 'talks with the lenders continue at a technical level']]);
  });

  it('initials are kept: "says J.J. MacNab"', () => {
    expect(direct('"The movement is growing fast," says J.J. MacNab, a researcher.')).toEqual([
      ['direct', 'J.J. MacNab', 'The movement is growing fast'],
    ]);
  });

  it('an abbreviated title and a home state: "said Rep. Jane Roe of Maryland"', () => {
    expect(direct('"They want a photo op," said Rep. Jane Roe of Maryland.')).toEqual([
      ['direct', 'Jane Roe', 'They want a photo op'],
    ]);
  });

  it("a long paragraph does not lend one speaker's words to a quote three sentences on", () => {
    expect(
      direct(
        "Ann Lee called the plan 'absolutely mad' on Friday. Critics agree. Others do not. The 'punishing' fees are back on the agenda.",
      ),
    ).toEqual([['partial', 'Ann Lee', 'absolutely mad']]);
  });
});

describe('text scans against their regex definitions', () => {
  const text = fc.string({
    unit: fc.constantFrom(...'aZé1\'’.-, \t\u00a0;:—"“\u0001'.split(''), '𝒜', 'J.J.', 'Mr.', 'said'),
    maxLength: 60,
  });

  it("tokensIn finds the words of /[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*/ cut at the range end", () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const [from, to] = [Math.min(a, b) % (s.length + 1), Math.max(a, b) % (s.length + 1)].sort((x, y) => x - y) as [
          number,
          number,
        ];
        const re = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
        re.lastIndex = from;
        const starts: number[] = [];
        for (let m = re.exec(s); m && m.index < to; m = re.exec(s)) starts.push(m.index);
        expect(tokensIn(s, from, to).map((t) => t.start)).toEqual(starts);
      }),
      { numRuns: 300 },
    );
  });

  it('lastVisible is the last code unit before trailing spaces and countWords the chunks of split(/\\s+/) holding a letter', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(lastVisible(s, 0, s.length)).toBe(s.replace(/\s+$/u, '').slice(-1));
        expect(countWords(s)).toBe(s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('extractQuotes: contract', () => {
  it('ids follow reading order from q0 and spans slice their paragraph', () => {
    const body = ['"One," Ann Lee said.', 'Ann Lee said that the second point matters.'];
    const found = extractQuotes(body, 'art');
    expect(found.map((q) => q.id)).toEqual(['art:q0', 'art:q1']);
    for (const q of found) expect(body[q.paragraph]!.slice(q.start, q.end)).toBe(q.text);
  });

  const quoteHeavy = fc.string({
    unit: fc.constantFrom(
      ...'"“”„«»‘’\'‚‹› ,.:;!?—–-\n()[]aBcDeFheShe said toldthat'.split(''),
      'said',
      'He',
      'Anna Berg',
    ),
    maxLength: 120,
  });
  const paragraph = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 60 }), quoteHeavy);

  it('never throws; every span slices its paragraph exactly, in range, in reading order, with unique ids', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), (body) => {
        const found = extractQuotes(body, 'p');
        const ids = new Set<string>();
        let last: [number, number] = [-1, -1];
        for (const q of found) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.start).toBeLessThan(q.end);
          expect(q.end).toBeLessThanOrEqual(body[q.paragraph]!.length);
          expect(body[q.paragraph]!.slice(q.start, q.end)).toBe(q.text);
          expect(q.paragraph > last[0] || (q.paragraph === last[0] && q.start >= last[1])).toBe(true);
          last = [q.paragraph, q.start];
          ids.add(q.id);
        }
        expect(ids.size).toBe(found.length);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.array(quoteHeavy, { maxLength: 4 }), (body) => {
        expect(extractQuotes(body, 'p')).toEqual(extractQuotes(body, 'p'));
      }),
      { numRuns: 100 },
    );
  });
});
