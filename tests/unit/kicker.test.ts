import { describe, expect, it } from 'vitest';
import { splitGluedKicker } from '../../src/core/extract/inline';
import { ingestTexts, newsPage, PARAGRAPHS } from '../helpers';

const REST = [
  'Council approves the budget for next year',
  'Members of the budget committee said the vote followed weeks of talks with the mayor.',
];

describe('splitGluedKicker', () => {
  it('takes a newsletter label off the start of a teaser', () => {
    expect(
      splitGluedKicker('The Big Story Councillors from both parties approved the budget on Tuesday.', [
        ...REST,
        'The councillors met again in June.',
      ]),
    ).toEqual({ label: 'The Big Story', text: 'Councillors from both parties approved the budget on Tuesday.' });
  });
  it.each([
    // The words after the run are a name, never written in lower case.
    'New York Governor Kathy Hochul declared an emergency on Tuesday.',
    'White House Press Secretary Karoline Leavitt told reporters on Monday.',
    // The run is the sentence's subject, talked about again.
    'The United States lost to Canada for the first time, and the United team left early.',
    // The word after the run is not one the article writes in lower case.
    'The Big Story Members of the committee approved it.',
  ])('leaves a sentence whose opening words are its subject: %j', (first) => {
    expect(splitGluedKicker(first, REST)).toBeNull();
  });
});

describe('a kicker line (ingest)', () => {
  const base = newsPage({ title: 'Council approves the budget for next year', paragraphs: PARAGRAPHS });
  it.each([
    ['directly before the teaser', base.replace('10:15\n', '10:15\nThe Big Story\n')],
    ['directly before the headline', base.replace('Council approves', 'The Big Story\nCouncil approves')],
  ])('is furniture %s: neither headline, subtitle nor body', (_where, page) => {
    const a = ingestTexts({ 'p.txt': page }).articles[0]!;
    expect(a.title).toBe('Council approves the budget for next year');
    expect(a.subtitle).toBeUndefined();
    expect(a.body).toEqual(PARAGRAPHS);
  });
  it('glued to the teaser, is taken off and recorded', () => {
    const page = base.replace(PARAGRAPHS[0]!, `Top Stories ${PARAGRAPHS[0]!}`);
    const a = ingestTexts({ 'p.txt': page }).articles[0]!;
    expect(a.body).toEqual(PARAGRAPHS);
    expect(a.warnings).toContain('dropped a section label glued to the start of the text: "Top Stories"');
  });
  it('leaves a short sentence-case headline above its deck', () => {
    const page = base.replace(
      'Council approves the budget for next year',
      'Council approves budget\nA deal on roads and buses after weeks of talks',
    );
    expect(ingestTexts({ 'p.txt': page }).articles[0]!.title).toBe('Council approves budget');
  });
});
