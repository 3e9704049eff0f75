import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, parseJsonLd, readHtmlMeta } from '../../src/core/eval/html-meta';
import { hostLabels, personNames, readIsoDay, stripSiteAffixes } from '../../src/core/eval/label-values';
import {
  daysApart,
  normalizePersonName,
  normalizeTitle,
  scoreAuthors,
  titleTokenF1,
} from '../../src/core/eval/meta-metric';
import { deriveSilverLabels } from '../../src/core/eval/silver-labels';

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('readHtmlMeta', () => {
  it('reads meta tags whatever the attribute order and quoting, a ">" inside a value included', () => {
    const m = readHtmlMeta(
      page(`<meta content='A > B &amp; C' property="og:title"><META NAME=author CONTENT="Ann Lee">`),
    );
    expect(m.metas).toEqual([
      { key: 'og:title', content: 'A > B & C' },
      { key: 'author', content: 'Ann Lee' },
    ]);
  });
  it('does not read tags inside scripts or comments', () => {
    const m = readHtmlMeta(
      page(
        `<script>var s = '<meta name="author" content="Script">';</script><!-- <meta name="author" content="Comment"> -->`,
      ),
    );
    expect(m.metas).toEqual([]);
  });
  it('parses JSON-LD blocks, counting the ones that do not parse', () => {
    const m = readHtmlMeta(
      page(`${ld({ '@type': 'NewsArticle', headline: 'H' })}<script type="application/ld+json">{oops</script>`),
    );
    expect(m.jsonLd).toEqual([{ '@type': 'NewsArticle', headline: 'H' }]);
    expect(m.jsonLdErrors).toBe(1);
  });
  it('reads the title, the headings with their level and the author links', () => {
    const m = readHtmlMeta(
      page(
        '<title>Rain &#8211; Site</title>',
        '<h1>Rain <em>falls</em></h1><h2>More</h2><a rel="author" href="/a">Ann Lee</a>',
      ),
    );
    expect(m.title).toBe('Rain – Site');
    expect(m.headings).toEqual([
      { level: 1, text: 'Rain falls' },
      { level: 2, text: 'More' },
    ]);
    expect(m.authorMarks).toEqual(['Ann Lee']);
  });
  it('knows whether a time element is in the article and what it dates', () => {
    const m = readHtmlMeta(
      page(
        '',
        '<time datetime="2020-01-01">x</time><article><time class="updated" datetime="2020-01-03">y</time></article>',
      ),
    );
    expect(m.times).toEqual([
      { datetime: '2020-01-01', inArticle: false, published: false, updated: false },
      { datetime: '2020-01-03', inArticle: true, published: false, updated: true },
    ]);
  });
});

describe('parseJsonLd and decodeEntities', () => {
  it('repairs what pages print: comment wrappers, raw line breaks and trailing commas', () => {
    expect(parseJsonLd('<!-- {"headline": "A\nB", "x": [1,],} -->')).toEqual({ headline: 'A B', x: [1] });
  });
  it('decodes numeric and common named entities and leaves unknown ones', () => {
    expect(decodeEntities('&#8220;A&#x2019;s&rdquo; &foo; a&copy=1')).toBe('“A’s” &foo; a&copy=1');
  });
});

describe('deriveSilverLabels: title', () => {
  it('takes the JSON-LD headline of the article, also inside @graph', () => {
    const html = page(
      ld({
        '@graph': [
          { '@type': 'WebSite', name: 'Example' },
          { '@type': 'NewsArticle', headline: 'Dam opens' },
        ],
      }) + '<meta property="og:title" content="Dam opens, finally">',
    );
    expect(deriveSilverLabels(html, 'https://example.com/a').title).toMatchObject({
      value: 'Dam opens',
      source: 'json-ld headline',
    });
  });
  it('removes the site name the page gives, or its address spells, from either end', () => {
    const site = '<meta property="og:site_name" content="Daily Example">';
    expect(
      deriveSilverLabels(
        page(`${site}<meta property="og:title" content="Dam opens | Daily Example">`),
        'https://x.org/a',
      ).title?.value,
    ).toBe('Dam opens');
    expect(
      deriveSilverLabels(page('<title>Dam opens - Wall Street Journal</title>'), 'https://www.wsj.com/a').title?.value,
    ).toBe('Dam opens');
    expect(
      deriveSilverLabels(page('<title>The Space Post: Dam opens</title>'), 'https://thespacepost.com/a').title?.value,
    ).toBe('Dam opens');
  });
  it('prefers the title the page prints as a heading over a social one', () => {
    const html = page(
      '<meta property="og:title" content="You will not believe this dam"><title>Dam opens</title>',
      '<h1>Dam opens</h1>',
    );
    expect(deriveSilverLabels(html, 'https://x.org/a').title).toMatchObject({ value: 'Dam opens', source: '<title>' });
  });
  it('takes the <h1> about the same thing when no structured title is printed, not a logo', () => {
    const html = page(
      '<meta property="og:title" content="River dam opens to traffic">',
      '<h1>Example</h1><h1>New river dam opens after ten years</h1>',
    );
    expect(deriveSilverLabels(html, 'https://example.com/a').title?.value).toBe('New river dam opens after ten years');
  });
  it('replaces a headline cut for search snippets by the full one it starts', () => {
    const html = page(
      ld({ '@type': 'Article', headline: 'Dam opens after a decade of' }) +
        '<meta property="og:title" content="Dam opens after a decade of delays">',
    );
    expect(deriveSilverLabels(html, 'https://x.org/a').title?.value).toBe('Dam opens after a decade of delays');
  });
  it('gives no label when the page states no title', () => {
    expect(deriveSilverLabels(page(''), 'https://x.org/a').title).toBeNull();
  });
});

describe('deriveSilverLabels: authors', () => {
  it('follows an @id reference to the Person even when the reference comes first', () => {
    const html = ld({
      '@graph': [
        { '@type': 'Article', headline: 'H', author: { '@id': '#p1' } },
        { '@type': 'Person', '@id': '#p1', name: 'Ann Lee' },
      ],
    });
    expect(deriveSilverLabels(html, 'https://x.org/a').authors).toMatchObject({
      names: ['Ann Lee'],
      source: 'json-ld author',
    });
  });
  it('skips an organisation as author and falls back to the author meta', () => {
    const html = page(
      ld({ '@type': 'Article', author: { '@type': 'Organization', name: 'Example News' } }) +
        '<meta name="author" content="By Ann Lee and Bo Chan">',
    );
    expect(deriveSilverLabels(html, 'https://x.org/a').authors?.names).toEqual(['Ann Lee', 'Bo Chan']);
  });
  it('falls back to author links when no structured author names a person', () => {
    const html = page('<meta name="author" content="@handle">', '<a rel="author" href="/people/ann-lee">Ann Lee</a>');
    expect(deriveSilverLabels(html, 'https://x.org/a').authors).toMatchObject({
      names: ['Ann Lee'],
      source: 'author markup',
    });
  });
  it('gives no label when no field names a person', () => {
    expect(
      deriveSilverLabels(page('<meta name="author" content="Example Staff">'), 'https://x.org/a').authors,
    ).toBeNull();
  });
});

describe('deriveSilverLabels: date', () => {
  it('takes the day as written in the value’s own offset, never a modified time', () => {
    const html = page(
      '<meta property="article:modified_time" content="2019-11-20T09:00:00-05:00"><meta property="article:published_time" content="2019-11-18T21:24:00-05:00">',
    );
    expect(deriveSilverLabels(html, 'https://x.org/a').date).toMatchObject({ day: '2019-11-18', utc: false });
  });
  it('moves a UTC stamp to the offset the page states elsewhere', () => {
    const html = ld({
      '@type': 'NewsArticle',
      datePublished: '2019-11-20T02:24:00Z',
      dateModified: '2019-11-19T22:00:00-05:00',
    });
    expect(deriveSilverLabels(html, 'https://x.org/a').date).toMatchObject({ day: '2019-11-19', utc: false });
  });
  it('takes the day in the address when a UTC stamp is a day after it and no offset is stated', () => {
    const html = ld({ '@type': 'NewsArticle', datePublished: '2019-11-20T02:24:00Z' });
    expect(deriveSilverLabels(html, 'https://x.org/2019/11/19/story').date?.day).toBe('2019-11-19');
    expect(deriveSilverLabels(html, 'https://x.org/story').date).toMatchObject({ day: '2019-11-20', utc: true });
  });
  it('falls back to a <time> alone in the article', () => {
    const html = page('', '<article><time datetime="2018-10-09T09:40:04+01:00">9 Oct</time></article>');
    expect(deriveSilverLabels(html, 'https://x.org/a').date).toMatchObject({
      day: '2018-10-09',
      source: '<time> in article',
    });
  });
  it('gives no label when the page states no date', () => {
    expect(deriveSilverLabels(page('', '<p>Nov 18, 2019</p>'), 'https://x.org/a').date).toBeNull();
  });
});

describe('label values', () => {
  it.each([
    ['2019-11-18T21:24:00-05:00', { day: '2019-11-18', utc: false, offset: -300 }],
    ['2019-11-19T02:24:00Z', { day: '2019-11-19', utc: true, offset: 0 }],
    ['2019-11-18 21:24:00', { day: '2019-11-18', utc: false }],
    ['20191118', { day: '2019-11-18', utc: false }],
    ['1574130240', { day: '2019-11-19', utc: true }],
  ])('reads the machine date %j', (raw, expected) => {
    expect(readIsoDay(raw)).toMatchObject(expected);
  });
  it('rejects impossible machine dates', () => {
    expect(readIsoDay('2019-02-30')).toBeNull();
  });
  it('names the host without its public suffix', () => {
    expect(hostLabels('https://www.bbc.co.uk/news/1')).toEqual(['bbc', 'bbccouk']);
  });
  it('keeps a separator that is part of the headline', () => {
    expect(stripSiteAffixes('Stocks – what next? | Example', ['Example'], [])).toBe('Stocks – what next?');
  });
  it('reads names from author fields: labels, outlets and job titles out', () => {
    expect(personNames('Analysis by Ann Lee, Example Business', ['Example'], ['example'])).toEqual(['Ann Lee']);
    expect(personNames('BO CHAN, AP National Political Writer', [], [])).toEqual(['BO CHAN']);
    expect(personNames('https://x.org/author/ann-lee/', [], [])).toEqual(['Ann Lee']);
    expect(personNames('https://www.facebook.com/ann.lee', [], [])).toEqual([]);
  });
});

describe('meta metrics', () => {
  it('compares titles without case, spacing, quote or dash style', () => {
    expect(normalizeTitle('‘Meth’ — We’re  On It')).toBe(normalizeTitle("'meth' - we're on it"));
  });
  it('scores titles by shared words', () => {
    expect(titleTokenF1('Dam opens', 'Dam opens')).toBe(1);
    expect(titleTokenF1('Dam opens today', 'Dam opens')).toBeCloseTo(0.8);
    expect(titleTokenF1('', 'Dam opens')).toBe(0);
  });
  it('matches names without diacritics, case or middle initials', () => {
    expect(normalizePersonName('Sarah E. Needleman')).toBe(normalizePersonName('SARAH NEEDLEMAN'));
    expect(normalizePersonName('José Núñez')).toBe('jose nunez');
  });
  it('scores authors as sets', () => {
    expect(scoreAuthors(['Ann Lee', 'ann lee', 'Bo Chan'], ['Ann Lee', 'Cy Dee'])).toEqual({
      matched: 1,
      predicted: 2,
      labelled: 2,
    });
  });
  it('counts whole days between dates, capped', () => {
    expect(daysApart('2019-11-30', '2019-12-01')).toBe(1);
    expect(daysApart('2019-11-01', '2019-11-09')).toBe(2);
  });
});

describe('deriveSilverLabels (properties)', () => {
  it('never throws on any markup, however broken', () => {
    const pieces = fc.constantFrom(
      '<meta property="og:title" content="A | B">',
      '<script type="application/ld+json">',
      '</script>',
      '<!--',
      '-->',
      '<h1>',
      '</h1>',
      '<time datetime="2019-11-18">',
      '{"@type":"Article","author":{"@id":"#a"}}',
      '"',
      '<',
      '>',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 16 }), (parts) => {
        const labels = deriveSilverLabels(parts.join(''), 'https://example.com/2019/11/18/a');
        if (labels.date) expect(labels.date.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });
});
