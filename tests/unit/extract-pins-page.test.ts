/**
 * Pins of extraction from a whole page dump: the body is the article's paragraphs and
 * nothing of the page around them (menus, related lists, comment threads, footers), the
 * byline and the date are read as such, photo captions are kept apart, and a page of teasers
 * has no article. Each page is a few lines written here.
 */
import { describe, expect, it } from 'vitest';
import { extractArticles, type PageOptions } from '../../src/core/extract/page';
import { PARAGRAPHS } from '../helpers';

const OPTIONS: PageOptions = { isOutletName: () => false, referenceDay: null };
const TITLE = 'Council approves the budget after weeks of debate';

/** A news page: site name and menu, headline, byline, date, body, related list, footer. */
function page(parts: { head?: string[]; body?: string[]; after?: string[] } = {}): string {
  return [
    'Example Times',
    'Home',
    'World',
    'Politics',
    'Business',
    '',
    TITLE,
    '',
    ...(parts.head ?? ['By Jane Example', 'March 3, 2024, 10:15']),
    '',
    ...(parts.body ?? PARAGRAPHS).flatMap((p) => [p, '']),
    ...(parts.after ?? [
      'Related',
      'Another story about something else entirely',
      'Yet another story headline here',
      '© 2024 Example Times. All rights reserved.',
    ]),
  ].join('\n');
}

const primary = (text: string, options: PageOptions = OPTIONS) => {
  const found = extractArticles(text, options);
  expect(found[0]?.role).toBe('primary');
  return found[0]!;
};

describe('extractArticles on a news page', () => {
  it('reads the paragraphs as the body, without the menu, the related list or the footer', () => {
    expect(primary(page()).body).toEqual(PARAGRAPHS);
  });

  it('reads the headline as the title and the byline as the author', () => {
    const a = primary(page());
    expect(a.title).toBe(TITLE);
    expect(a.authors).toEqual(['Jane Example']);
  });

  it('reads the date printed above the body, with its time', () => {
    const a = primary(page());
    expect(a.date).toMatchObject({ date: '2024-03-03', time: '10:15', relative: false });
  });

  it('counts a relative date back from the reference day', () => {
    const a = primary(page({ head: ['By Jane Example', '2 days ago'] }), { ...OPTIONS, referenceDay: '2024-03-05' });
    expect(a.date).toMatchObject({ date: '2024-03-03', relative: true });
  });

  it('keeps a comment thread out of the body, however long it runs', () => {
    const comments = [
      'Comments',
      'John Reader says:',
      'I have lived in this city for thirty years and the roads have never been this bad, so the council should have acted much sooner than it did.',
      'Mary Voter says:',
      'The budget is a good start but the council must now show that it can spend the money on the repairs it promised to the people of this city.',
    ];
    expect(primary(page({ after: comments })).body).toEqual(PARAGRAPHS);
  });

  it('keeps a photo caption between two paragraphs out of the body, as a caption', () => {
    const caption = 'Council members vote on the budget at City Hall (Photo: Jane Example / Example Times)';
    const body = [PARAGRAPHS[0]!, PARAGRAPHS[1]!, caption, PARAGRAPHS[2]!, PARAGRAPHS[3]!];
    const a = primary(page({ body }));
    expect(a.body).toEqual(PARAGRAPHS);
    expect(a.captions).toContain(caption);
  });

  it('finds the author of an author box after the article', () => {
    const box = [
      'Jane Example',
      'Jane Example is a senior reporter at the Example Times who covers the city council and its budgets.',
      '© 2024 Example Times. All rights reserved.',
    ];
    const a = primary(page({ head: ['March 3, 2024, 10:15'], after: box }));
    expect(a.authors).toEqual(['Jane Example']);
    expect(a.body).toEqual(PARAGRAPHS);
  });

  it('finds no article on a page of headlines and one-line teasers', () => {
    const teasers = [
      'Home',
      'World',
      'Council approves the budget',
      'The council voted on Tuesday.',
      'Mayor opens the new bridge',
      'The bridge opened on Monday.',
      'Ferry runs aground off Paros',
      'Nobody was hurt.',
    ].join('\n');
    expect(extractArticles(teasers, OPTIONS)).toEqual([]);
  });

  it('finds no article in a page of menus', () => {
    expect(extractArticles(['Home', 'World', 'Politics', 'Business', 'Sport'].join('\n'), OPTIONS)).toEqual([]);
  });

  it('records nothing it did not do: a clean page has no warnings', () => {
    expect(primary(page()).warnings).toEqual([]);
  });

  it('prefers a date with its time, and a printed date to an age', () => {
    const reference = { ...OPTIONS, referenceDay: '2024-03-05' };
    const timed = primary(page({ head: ['By Jane Example', 'March 2, 2024', 'March 3, 2024, 10:15'] }), reference);
    expect(timed.date).toMatchObject({ date: '2024-03-03', time: '10:15' });
    const aged = primary(page({ head: ['By Jane Example', '2 days ago', 'March 1, 2024'] }), reference);
    expect(aged.date).toMatchObject({ date: '2024-03-01', relative: false });
  });

  it('reads the outlet a source line names, glued to its age, and the age as the date', () => {
    const known = (n: string) => n === 'Yahoo' || n === 'The Hill';
    const a = primary(page({ head: ['Yahooa day ago'] }), { isOutletName: known, referenceDay: '2024-03-05' });
    expect(a.carrierNames).toEqual(['Yahoo']);
    expect(a.date).toMatchObject({ date: '2024-03-04', relative: true });
    expect(primary(page({ head: ['Yahooa day ago'] }), { isOutletName: known, referenceDay: null }).date).toBeNull();
    const hill = primary(page({ head: ['• The Hill', 'time21 minutes ago'] }), {
      isOutletName: known,
      referenceDay: '2024-03-05',
    });
    expect(hill.carrierNames).toEqual(['The Hill']);
    expect(primary(page({ head: ['• The Hill'] })).carrierNames).toEqual([]);
  });

  it('reads a photo’s label printed against its credit line as a caption', () => {
    const text = [
      'Example Times',
      'Home',
      '',
      TITLE,
      '',
      'March 3, 2024',
      '',
      PARAGRAPHS[0],
      '',
      'Council members vote on the budget',
      'Photo: Jane Roe / Example Times',
      '',
      ...PARAGRAPHS.slice(1).flatMap((p) => [p, '']),
    ].join('\n');
    const a = primary(text);
    expect(a.body).toEqual(PARAGRAPHS);
    expect(a.captions).toEqual(['Council members vote on the budget', 'Photo: Jane Roe / Example Times']);
  });

  it('reads a standfirst set apart from the body by a byline or a date as the subtitle', () => {
    const standfirst =
      'Spending on roads will rise by a tenth while property taxes stay where they are, the mayor said.';
    for (const head of [
      ['', standfirst, '', 'By Jane Example'],
      [standfirst, 'By Jane Example', 'March 3, 2024'],
      ['', standfirst, 'March 3, 2024'],
    ]) {
      const text = ['Example Times', 'Home', '', TITLE, ...head, '', ...PARAGRAPHS.flatMap((p) => [p, ''])].join('\n');
      const a = primary(text);
      expect(a.subtitle).toBe(standfirst);
      expect(a.body).toEqual(PARAGRAPHS);
    }
  });

  it('does not take the day a photo was taken, printed in its caption, for the article’s date', () => {
    const caption = 'Delegates on the steps in Helsinki on July 16, 2018 (AP Photo/Jane Roe)';
    const withCaption = (head: string[]) =>
      primary(['Example Times', 'Home', '', TITLE, '', ...head, '', ...PARAGRAPHS.flatMap((p) => [p, ''])].join('\n'));
    expect(withCaption([caption]).date).toBeNull();
    expect(withCaption([caption]).captions).toEqual([caption]);
    expect(withCaption([caption, 'March 3, 2024']).date).toMatchObject({ date: '2024-03-03' });
  });

  it('reads an author box in the lines after the body, not one far below it', () => {
    const box = (links: number) => [
      ...Array.from({ length: links }, (_, i) => `Footer link ${i}`),
      'Jane Example',
      'Jane Example is a reporter at the Example Times.',
    ];
    expect(primary(page({ head: ['March 3, 2024'], after: box(5) })).authors).toEqual(['Jane Example']);
    expect(primary(page({ head: ['March 3, 2024'], after: box(40) })).authors).toEqual([]);
  });
});

describe('extractArticles on an aggregator page', () => {
  /** A second complete article: headline, source line, date, then its own prose. */
  const second = [
    'Ferry carrying 300 passengers runs aground off Paros',
    'Aegean Post',
    'March 2, 2024',
    '',
    'A ferry carrying 300 passengers ran aground near the port of Paros early on Saturday, and the coast guard sent three patrol boats and a helicopter to the island.',
    '',
    'Passengers were moved to smaller vessels and taken to the harbour, officials said, while the operator said the hull was breached but that the ship was stable.',
    '',
    'Greek investigators questioned the captain about the route that the ship had taken in the strong winds, and the port authority closed the harbour until the evening.',
    '',
    'The operator said that all of the passengers would be refunded and that the ship would be towed to a shipyard near Athens for repairs over the coming weeks.',
    '',
    'It was the second time this year that a ferry of the line had run aground in the islands, and the union of seamen called for an inquiry into the crews and their hours.',
  ];

  it('reads a further complete article after a wall, with its own headline and source, as an embedded article', () => {
    const text = [page({ after: ['More stories'] }), '', ...second].join('\n');
    const options = { ...OPTIONS, isOutletName: (n: string) => n === 'Aegean Post' };
    const found = extractArticles(text, options);
    expect(found.map((a) => a.role)).toEqual(['primary', 'embedded']);
    expect(found[0]!.body).toEqual(PARAGRAPHS);
    expect(found[1]!.title).toBe(second[0]);
    expect(found[1]!.carrierNames).toEqual(['Aegean Post']);
    expect(found[1]!.date).toMatchObject({ date: '2024-03-02' });
    expect(found[1]!.body).toEqual(second.slice(4).filter((l) => l !== ''));
  });

  it('takes the date line above a further article for its header, known source or not', () => {
    const text = [page({ after: ['More stories'] }), '', ...second].join('\n');
    expect(extractArticles(text, OPTIONS).map((a) => a.role)).toEqual(['primary', 'embedded']);
    expect(extractArticles(text, OPTIONS)[1]!.carrierNames).toEqual([]);
  });

  it('takes no further article from prose that is cut off as a teaser', () => {
    const cut = [...second.slice(0, -1), `${second.at(-1)!.replace(/\.$/, '')} and the union of seamen said that`];
    const text = [page({ after: ['More stories'] }), '', ...cut].join('\n');
    const known = { ...OPTIONS, isOutletName: (n: string) => n === 'Aegean Post' };
    expect(extractArticles(text, known).map((a) => a.role)).toEqual(['primary']);
  });
});
