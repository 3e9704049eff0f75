import { describe, expect, it } from 'vitest';
import { isGluedTeaser, isLabelledLink, isPromoLine, isShareBar } from '../../src/core/extract/furniture';
import { bodyStartAfterHeader } from '../../src/core/extract/headline';
import { describeLine, isTruncated, markCaptions } from '../../src/core/extract/lines';
import { extractArticles } from '../../src/core/extract/page';
import { readPageLines } from '../../src/core/extract/page-lines';
import { findWrapWidth, unwrapLines } from '../../src/core/extract/unwrap';
import { weighLines } from '../../src/core/extract/regions';
import { hardWrap } from '../layouts/variants';
import { PARAGRAPHS } from '../helpers';

const options = { isOutletName: () => false, referenceDay: '2024-03-04' };
/** The page's own article. */
const primaryOf = (lines: string[]) => extractArticles(lines.join('\n'), options).find((a) => a.role === 'primary');
/** A sentence of prose, `n` of them different. */
const more = (n: number) =>
  `Residents of district ${n} told the council on Tuesday that the roads in their streets had not been repaired for years.`;

describe('unwrapLines', () => {
  it('joins paragraphs hard-wrapped at 80 columns and keeps short lines and paragraph ends', () => {
    const page = ['Home', 'Council approves the budget', '', ...[...PARAGRAPHS, ...PARAGRAPHS].flatMap((p) => [p, ''])];
    const wrapped = hardWrap(page.join('\n')).split('\n');
    expect(findWrapWidth(wrapped)).toBeLessThanOrEqual(80);
    expect(unwrapLines(wrapped)).toEqual(page);
  });
  it('recognises a wrapped page whose article is short among many headline lines', () => {
    // Headlines of more than half the width, each on its own: they never stop for want of room.
    const headlines = Array.from({ length: 15 }, (_, i) => [`Headline number ${i} about something else entirely`, '']);
    const body = [...PARAGRAPHS, PARAGRAPHS[0]!, PARAGRAPHS[1]!].flatMap((p) => [p, '']);
    const page = ['Home', '', ...headlines.flat(), ...body, ...headlines.flat()];
    const wrapped = hardWrap(page.join('\n')).split('\n');
    expect(findWrapWidth(wrapped)).not.toBeNull();
    expect(unwrapLines(wrapped)).toEqual(page);
  });
  it('leaves a page that was not wrapped alone', () => {
    const page = ['Home', 'World', ...PARAGRAPHS];
    expect(findWrapWidth(page)).toBeNull();
    expect(unwrapLines(page)).toEqual(page);
  });
});

describe('markCaptions', () => {
  it('makes a line printed against a credit line a caption, not one beside a caption ending in a credit', () => {
    const lines = [
      'Delegates walk past the flags before the talks',
      'Photo: Maria Example / Example Agency',
      'The talks opened on Monday (AP)',
      'The delegations met for two hours and agreed to meet again.',
    ].map(describeLine);
    markCaptions(lines);
    expect(lines.map((f) => f.caption)).toEqual([true, true, true, false]);
  });
  it('charges each photo of a gallery the same, so a gallery does not cut a body in two', () => {
    const photo = ['An artist’s concept of the lander.', 'Photo: Example Agency'];
    const lines = [PARAGRAPHS[0]!, ...photo, ...photo, ...photo, ...photo, PARAGRAPHS[1]!].map(describeLine);
    markCaptions(lines);
    const w = weighLines(lines);
    expect(new Set(w.slice(1, -1)).size).toBe(1);
  });
});

describe('date lines', () => {
  it.each([
    'PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019',
    'Nov. 19, 2019, 8:41 AM UTC',
    '2 hours ago',
    'Updated yesterday',
  ])('knows %j for a date line', (line) => expect(describeLine(line).timestamp).toBe(true));
  it.each([
    'Clinching in November',
    'Today, I’m going to explain the process of building your business.',
    'The findings were published today (Nov. 18) in the journal.',
    'http://example.org/2011/09/07/a-post-about-something/',
  ])('does not take %j for one', (line) => expect(describeLine(line).timestamp).toBe(false));
});

describe('text cut off', () => {
  const cut = `${PARAGRAPHS[0]!.slice(0, -1)} and the mayor said that the plan would`;
  it('is a teaser when it stands alone, not when the sentence runs on into the next line', () => {
    expect(isTruncated(readPageLines(cut)[0]!)).toBe(true);
    expect(isTruncated(readPageLines(`${cut}\nbe ready by June, officials said.`)[0]!)).toBe(false);
  });
  it('is not a post that ends on a hashtag, a handle or a link', () => {
    expect(isTruncated(describeLine(`${cut} #CouncilVote`))).toBe(false);
    expect(isTruncated(describeLine(`${cut} pic.twitter.com/AbC123`))).toBe(false);
  });
  it('counts for the body right after a paragraph (a paywall cut it), not after a headline', () => {
    const after = (above: string) => weighLines(readPageLines(`${above}\n${cut}`))[1]!;
    expect(after(PARAGRAPHS[1]!)).toBeGreaterThan(0);
    expect(after('Council Approves The Budget')).toBeLessThan(0);
  });
});

describe('page furniture', () => {
  it.each([
    'No spam, we promise. You can unsubscribe at any time.',
    'Get breaking news alerts and special reports. The news that matters, delivered weekday mornings.',
    'Let our news meet your inbox.',
    'Have a tip? Ann Example may be reached at ann@example.org.',
    'Email Ann Example at ann@example.org or follow her on Twitter.',
    'Join our Space Forums to keep talking space!',
    'CLICK HERE TO GET THE EXAMPLE NEWS APP',
    'Clique na imagem acima e veja o ranking.',
    'Show more sharing options',
    'View PDF/Print Mode',
    'Opinions expressed by Example Contributors are their own.',
  ])('takes %j for a promo or a control', (line) => expect(isPromoLine(line, line.split(' ').length)).toBe(true));
  it('does not take a sentence about a newsletter or an inbox in passing for a promo', () => {
    const line = 'The newsletter, which the council publishes each month, reported the vote in detail on Tuesday.';
    expect(isPromoLine(line, line.split(' ').length)).toBe(false);
  });
  it('knows a share bar by its words alone', () => {
    expect(isShareBar('tweet share Reddit Pocket Flipboard Email')).toBe(true);
    expect(isShareBar('Facebook Twitter Google+ Whatsapp')).toBe(true);
    expect(isShareBar('Share your thoughts')).toBe(false);
    expect(isShareBar('Email Print')).toBe(false);
  });
  it('knows links to other stories: labelled, a tag line, or a whole headline in capitals', () => {
    const link = (t: string) => isLabelledLink(t, t.split(' ').length);
    expect(link('Related: The Council and the Roads in Pictures')).toBe(true);
    expect(link('Also on example.com Officials threatened with arrest')).toBe(true);
    expect(link('Filed to: city hall')).toBe(true);
    expect(link("MAYOR'S FORMER AIDE BLASTS COUNCIL OVER BUDGET VOTE, SAYS SHE KNEW")).toBe(true);
    expect(link('WHAT YOU NEED TO MAKE JAM')).toBe(false);
    expect(link('HD THE HOME DEPOT INC. 225.86 -12.99 -5.44% TODAY ON THE MARKET')).toBe(false);
  });
  it('knows a headline glued to its blurb, but not a table row or a roundup’s label', () => {
    const t = (s: string) => isGluedTeaser(s, s.split(' ').length);
    expect(t('Customers Leave Without Paying Bill At Downtown Steakhouse A party of six left without paying.')).toBe(
      true,
    );
    expect(t('DL Larry Example 63 85% 1 tackle (1 combined). 1 sack.')).toBe(false);
    expect(t('Wild 4, Sabres 1: Zach Example scored twice and Minnesota beat Buffalo.')).toBe(false);
  });
});

describe('bodyStartAfterHeader', () => {
  it('starts the body after a byline and a date that follow a standfirst and a caption', () => {
    const lines = readPageLines(
      [
        'The council approved the budget after weeks of debate.',
        'The mayor at city hall on Monday (Credit: Example Images)',
        'Nov. 19, 2019, 8:41 AM UTC',
        'By Ann Example',
        PARAGRAPHS[0]!,
        PARAGRAPHS[1]!,
      ].join('\n'),
    );
    expect(bodyStartAfterHeader(lines, 0, 5)).toBe(4);
  });
  it('leaves a run that opens with its body alone', () => {
    const lines = readPageLines([PARAGRAPHS[0]!, PARAGRAPHS[1]!, PARAGRAPHS[2]!].join('\n'));
    expect(bodyStartAfterHeader(lines, 0, 2)).toBeNull();
  });
});

describe('extractArticles on page shapes', () => {
  it('leaves the header (standfirst, byline, date) out of the body and the byline gives the author', () => {
    const standfirst =
      'The council approved the budget on Tuesday after weeks of debate over how to pay for road repairs, ' +
      'and the mayor said that work would start in the spring.';
    const a = primaryOf([
      'Council approves the budget | Example Times',
      'Home',
      'Council approves the budget',
      standfirst,
      'The mayor at city hall on Monday (Credit: Example Images)',
      'Nov. 19, 2019, 8:41 AM UTC',
      'Dan Example - Nov 19, 2019',
      ...PARAGRAPHS,
    ])!;
    expect(a.body).toEqual(PARAGRAPHS);
    expect(a.authors).toEqual(['Dan Example']);
    expect(a.title).toBe('Council approves the budget');
    expect(a.subtitle).toBe(standfirst);
  });
  it('carries the body on past a link card closed by "Read more"', () => {
    const card = [
      'Another Story About The Harbour',
      'In recent months, hundreds of people in the harbour district have become sick and some have even died due to',
      'Read more',
    ];
    const a = primaryOf(['Home', ...PARAGRAPHS.slice(0, 2), ...card, ...PARAGRAPHS.slice(2), more(1), more(2)])!;
    expect(a.body).toEqual([...PARAGRAPHS, more(1), more(2)]);
  });
  it('drops related links, promos and shouted headlines set between paragraphs', () => {
    const a = primaryOf([
      'Home',
      PARAGRAPHS[0]!,
      'Related: The Council and the Roads in Pictures',
      PARAGRAPHS[1]!,
      "MAYOR'S FORMER AIDE BLASTS COUNCIL OVER BUDGET VOTE, SAYS SHE KNEW",
      PARAGRAPHS[2]!,
      'More:',
      'Council members react to the vote',
      'What the budget means for schools',
      PARAGRAPHS[3]!,
      'No spam, we promise. You can unsubscribe at any time.',
    ])!;
    expect(a.body).toEqual(PARAGRAPHS);
  });
  it('takes a list of teasers, each a headline glued to its blurb, for no article', () => {
    const teasers = [
      'Customers Leave Without Paying Bill At Downtown Steakhouse A party of six left without paying after a fight.',
      'Police Arrest Two After Death Of Local Student Athlete A woman and a man were arrested in the death.',
      'State To Mail Redistricting Panel Applications To Voters The state will mail applications to voters.',
      'Officials Seek Tips About Bull Elk Poached In Northern Forest Conservation officers are seeking information.',
    ];
    const a = primaryOf([
      'Home',
      'Latest Headlines',
      ...teasers,
      'Weather',
      '',
      'Council approves the budget',
      ...PARAGRAPHS,
    ])!;
    expect(a.body).toEqual(PARAGRAPHS);
  });
  it('reads a ranking whose rows count up as the article’s text', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${i + 1} Driver Example${i} ${5000 - i * 7} ${i % 3} ${i % 5}`);
    const a = primaryOf(['Home', 'Standings after the last race:', '', ...rows, '', 'Menu', 'Contact'])!;
    expect(a.body).toEqual(['Standings after the last race:', ...rows]);
  });
  it('does not make page furniture the article when an author box stands above the lead', () => {
    const bio =
      'Ann Example is a senior correspondent at the newsroom who covers the city council, its budget and the ' +
      'roads, and before that spent six years as a regional reporter for several weekly papers in the county.';
    const a = primaryOf([
      'Council approves the budget | Example Times',
      'Change language: English Deutsch Français Español Italiano Nederlands Polski Português Svenska Türkçe ' +
        'Afrique francophone América Latina Argentina Australia België Belgique Brasil Canada Česká republika',
      'Ann Example',
      bio,
      ...PARAGRAPHS,
    ])!;
    expect(a.body).toEqual(PARAGRAPHS);
  });
  it('never takes the site’s name, a byline, an address or a person’s name for the headline', () => {
    const menu = ['Home', 'World', 'Politics', 'Business', 'Sport', 'Culture', 'Travel', 'Science', 'Opinion', 'Video'];
    const title = (header: string[]) =>
      primaryOf(['Council approves the budget | The Example Times Daily', ...menu, ...menu, ...header, ...PARAGRAPHS])!
        .title;
    // The site's name printed above the headline matches the document title as well as the headline does.
    expect(title(['The Example Times Daily', 'Latest News', 'Council approves the budget'])).toBe(
      'Council approves the budget',
    );
    expect(title(['Posted by Vortex'])).toBeNull();
    expect(title(['https://example.org/news/council-approves-the-budget'])).toBeNull();
    expect(title(['Ann Example @annexample'])).toBeNull();
    expect(title(['The Council Approves the Budget', 'The Example Times Daily'])).toBe(
      'The Council Approves the Budget',
    );
  });
});
