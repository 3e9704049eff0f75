import { describe, expect, it } from 'vitest';
import { ingestTexts, newsPage, PARAGRAPHS } from '../helpers';

const GLUED =
  'Officials said the talks would resume.White House Press Secretary Karoline Leavitt told reporters the date was not yet set.';

describe('a sentence glued to the next one (ingest)', () => {
  it('splits it and keeps every word when the page shows none of them on their own', () => {
    const corpus = ingestTexts({
      'p.txt': newsPage({ title: 'Talks to resume, officials say', paragraphs: [...PARAGRAPHS, GLUED] }),
    });
    const a = corpus.articles[0]!;
    expect(a.body).toContain(
      'Officials said the talks would resume. White House Press Secretary Karoline Leavitt told reporters the date was not yet set.',
    );
    expect(a.warnings ?? []).not.toContain(expect.stringMatching(/^removed link text/));
  });

  it('takes out a link label the page also lists on its own, and records it in the warnings', () => {
    const page = newsPage({
      title: 'Talks to resume, officials say',
      paragraphs: [
        ...PARAGRAPHS,
        'It must be prepared, he said, as quoted by TASS.Putin-Trump Summit According to Peskov, talks will continue.',
      ],
      extra: ['Tags: Kremlin, Putin-Trump Summit'],
    });
    const a = ingestTexts({ 'p.txt': page }).articles[0]!;
    expect(a.body).toContain(
      'It must be prepared, he said, as quoted by TASS. According to Peskov, talks will continue.',
    );
    expect(a.warnings).toContain(
      'removed link text glued into a sentence: "Putin-Trump Summit" (it stands on its own elsewhere on the page)',
    );
  });
});
