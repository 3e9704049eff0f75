/**
 * Pins of how a page's article is put together from its parts: which lines beside a photo are
 * its caption, which header line gives the date and who shows the article, a standfirst that
 * opens the body's run, a closing note about the author, and further articles on an
 * aggregator page, each with its own header, after the page's own. Pages are written here.
 */
import { describe, expect, it } from 'vitest';
import { extractArticles, type PageOptions } from '../../src/core/extract/page';
import { PARAGRAPHS } from '../helpers';

const OPTIONS: PageOptions = { isOutletName: () => false, referenceDay: null };
const TITLE = 'Council approves the budget after weeks of debate';
const CAPTION = 'Delegates arrive at City Hall before the vote (AP Photo/Jane Roe)';

/** Site name and menu, headline, the given header lines, then the body's lines with blank lines between. */
function page(head: string[], body: readonly string[] = PARAGRAPHS, top: string[] = ['Example Times', 'Home']): string {
  return [...top, '', TITLE, ...head, '', ...body.flatMap((p) => [p, ''])].join('\n');
}

const primary = (text: string, options: PageOptions = OPTIONS) => {
  const found = extractArticles(text, options);
  expect(found[0]?.role).toBe('primary');
  return found[0]!;
};

describe('captions among the paragraphs', () => {
  it('takes a short label printed against a caption for part of the caption, above or below it', () => {
    for (const pair of [
      ['Delegates at City Hall', CAPTION],
      [CAPTION, 'Delegates at City Hall'],
    ]) {
      const text = page(['March 3, 2024'], [PARAGRAPHS[0]!, pair.join('\n'), ...PARAGRAPHS.slice(1)]);
      const a = primary(text);
      expect(a.body).toEqual(PARAGRAPHS);
      expect(a.captions).toEqual(pair);
    }
  });

  it('keeps a cross-head between paragraphs, away from any caption, in the body', () => {
    const body = [PARAGRAPHS[0]!, PARAGRAPHS[1]!, 'What happens next', PARAGRAPHS[2]!, PARAGRAPHS[3]!];
    const a = primary(page(['March 3, 2024'], body));
    expect(a.body).toEqual(body);
    expect(a.captions).toEqual([]);
  });

  it('keeps a sentence, or a label of more than twelve words, beside a caption in the body', () => {
    const sentence = 'The vote was close.';
    const long = 'Delegates of the council and the mayor at City Hall on the morning of the budget vote';
    for (const line of [sentence, long]) {
      const body = [PARAGRAPHS[0]!, line, CAPTION, ...PARAGRAPHS.slice(1)];
      const a = primary(page(['March 3, 2024'], body));
      expect(a.body).toContain(line);
      expect(a.captions).toEqual([CAPTION]);
    }
  });
});

describe('the header: date and who shows the article', () => {
  it('reads no date from a header line longer than 120 characters', () => {
    const long = `The council met on March 1, 2024 to debate the budget and the roads, and the mayor spoke for an hour to the delegates of the wards`;
    expect(long.length).toBeGreaterThan(120);
    expect(primary(page(['', long])).date).toBeNull();
    expect(primary(page(['', long, 'March 3, 2024'])).date).toMatchObject({ date: '2024-03-03' });
  });

  it('takes the date nearest the headline when two are alike', () => {
    const a = primary(page(['March 3, 2024, 10:15', 'By Jane Example', '', 'Updated', 'March 5, 2024, 09:00']));
    expect(a.date).toMatchObject({ date: '2024-03-03', time: '10:15' });
  });

  it('names every outlet printed on its own above the body, nearest first, once each', () => {
    const known = (n: string) => n === 'The Hill' || n === 'Yahoo';
    const a = primary(page(['- The Hill', '* Yahoo', 'The Hill', 'March 3, 2024']), {
      isOutletName: known,
      referenceDay: null,
    });
    expect(a.carrierNames).toEqual(['The Hill', 'Yahoo']);
  });

  it('reads an outlet named on the page’s first line', () => {
    const known = (n: string) => n === 'Example Times';
    expect(primary(page(['March 3, 2024']), { isOutletName: known, referenceDay: null }).carrierNames).toEqual([
      'Example Times',
    ]);
  });

  it('does not read a line of more than 60 characters as an outlet’s name', () => {
    const name = 'The Very Long Name Of A Regional Newspaper Of The Eastern Counties';
    expect(name.length).toBeGreaterThan(60);
    const a = primary(page([name, 'March 3, 2024']), { isOutletName: (n) => n === name, referenceDay: null });
    expect(a.carrierNames).toEqual([]);
  });
});

describe('a standfirst that opens the body’s run', () => {
  const STANDFIRST = 'Spending on roads will rise by a tenth while property taxes stay where they are, the mayor said.';

  it('reads a sentence right under the headline, set apart from the body by a photo, as the subtitle', () => {
    const a = primary(page([], [STANDFIRST, CAPTION, ...PARAGRAPHS]));
    expect(a.subtitle).toBe(STANDFIRST);
    expect(a.body).toEqual(PARAGRAPHS);
    expect(a.captions).toEqual([CAPTION]);
  });

  it('keeps the first paragraph in the body when no photo, rule, byline or date sets it apart', () => {
    const a = primary(page([], [STANDFIRST, ...PARAGRAPHS]));
    expect(a.body[0]).toBe(STANDFIRST);
    expect(a.subtitle).toBeUndefined();
  });
});

describe('a closing note about the author', () => {
  it('leaves out a closing paragraph that names the byline’s author, and says so', () => {
    const note = 'Jane Example covers the city council and its budgets for the Example Times.';
    const a = primary(page(['By Jane Example', 'March 3, 2024'], [...PARAGRAPHS, note]));
    expect(a.body).toEqual(PARAGRAPHS);
    expect(a.warnings).toEqual(['left out 1 closing paragraph(s) about the author']);
  });
});

describe('further articles on an aggregator page', () => {
  const article = (title: string, source: string | null, date: string | null, place: string) => [
    title,
    ...(source ? [source] : []),
    ...(date ? [date] : []),
    '',
    `A ferry carrying 300 passengers ran aground near the port of ${place} early on Saturday, and the coast guard sent three patrol boats and a helicopter to the island.`,
    '',
    `Passengers were moved to smaller vessels and taken to the harbour of ${place}, officials said, while the operator said the hull was breached but that the ship was stable.`,
    '',
    `Greek investigators questioned the captain about the route that the ship had taken to ${place} in the strong winds, and the port authority closed the harbour until the evening.`,
    '',
    `The operator said that all of the passengers bound for ${place} would be refunded and that the ship would be towed to a shipyard near Athens for repairs over the coming weeks.`,
    '',
    `It was the second time this year that a ferry of the line had run aground near ${place}, and the union of seamen called for an inquiry into the crews and their hours.`,
    '',
  ];
  const aggregator = (...further: string[][]) =>
    [page(['By Jane Example', 'March 3, 2024']), 'More stories', '', ...further.flat()].join('\n');
  const known = { ...OPTIONS, isOutletName: (n: string) => n === 'Aegean Post' || n === 'Island News' };

  it('gives the page’s own article first, then the further ones in page order, each with its own header', () => {
    const found = extractArticles(
      aggregator(
        article('Ferry runs aground off Paros', 'Aegean Post', 'March 2, 2024', 'Paros'),
        ['Latest'],
        article('Second ferry stranded near Naxos', 'Island News', 'March 1, 2024', 'Naxos'),
      ),
      known,
    );
    expect(found.map((a) => [a.role, a.title])).toEqual([
      ['primary', TITLE],
      ['embedded', 'Ferry runs aground off Paros'],
      ['embedded', 'Second ferry stranded near Naxos'],
    ]);
    expect(found.map((a) => a.carrierNames)).toEqual([[], ['Aegean Post'], ['Island News']]);
    expect(found.map((a) => a.date?.date)).toEqual(['2024-03-03', '2024-03-02', '2024-03-01']);
  });

  it('takes no further article from prose with a headline but neither a date nor a source above it', () => {
    const found = extractArticles(aggregator(article('Ferry runs aground off Paros', null, null, 'Paros')), known);
    expect(found.map((a) => a.role)).toEqual(['primary']);
  });
});
