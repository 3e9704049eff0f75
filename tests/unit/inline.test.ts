import { describe, expect, it } from 'vitest';
import {
  extractInlineCredits,
  isCaptionLine,
  pageLabels,
  repairGluedText,
  splitLongLine,
} from '../../src/core/extract/inline';

describe('repairGluedText', () => {
  it.each([
    [
      'Talks would resume.White House Press Secretary Karoline Leavitt told reporters on Monday.',
      'Talks would resume. White House Press Secretary Karoline Leavitt told reporters on Monday.',
    ],
    [
      'The storm hit overnight.New York Governor Kathy Hochul declared an emergency.',
      'The storm hit overnight. New York Governor Kathy Hochul declared an emergency.',
    ],
    [
      'Rates were left unchanged.European Central Bank President Christine Lagarde said inflation was easing.',
      'Rates were left unchanged. European Central Bank President Christine Lagarde said inflation was easing.',
    ],
  ])('keeps every word of a glued sentence the page shows nowhere else: %j', (glued, split) => {
    const r = repairGluedText(glued, pageLabels(['Home', 'Politics | World | Business', 'White House']));
    expect(r.text).toBe(split);
    expect(r.removed).toEqual([]);
  });
  it('takes out a glued link label only when the page shows it on its own, and reports it', () => {
    const text =
      'It must be prepared," he said, as quoted by TASS.Putin-Trump Summit According to Peskov, talks continue.';
    const r = repairGluedText(text, pageLabels(['Tags: Kremlin, Putin-Trump Summit', 'Related']));
    expect(r.text).toBe('It must be prepared," he said, as quoted by TASS. According to Peskov, talks continue.');
    expect(r.removed).toEqual(['Putin-Trump Summit']);
    expect(repairGluedText(text).text).toBe(
      'It must be prepared," he said, as quoted by TASS. Putin-Trump Summit According to Peskov, talks continue.',
    );
  });
  it('only adds the missing space after a full stop when one word follows', () => {
    expect(repairGluedText('The talks ended.Officials left the room.').text).toBe(
      'The talks ended. Officials left the room.',
    );
  });
  it('leaves domains and abbreviations alone', () => {
    expect(repairGluedText('Subscribe to Pravda.Ru Telegram channel').text).toBe(
      'Subscribe to Pravda.Ru Telegram channel',
    );
    expect(repairGluedText('the U.S. and the U.K. agreed').text).toBe('the U.S. and the U.K. agreed');
  });
});

describe('pageLabels', () => {
  it('knows whole short lines, menu entries and tags, whatever their case and punctuation', () => {
    const has = pageLabels(['News | World • Europe', 'Tags: Kremlin; Summit talks', 'Read the analysis']);
    expect(['world', 'Europe', 'summit talks', 'Read the analysis!'].every(has)).toBe(true);
    expect(has('the analysis')).toBe(false);
  });
});

describe('isCaptionLine', () => {
  it.each([
    "US President Donald Trump (L) and Russia's President Vladimir Putin shake hands in Helsinki, on July 16, 2018 (Yuri Kadobnov / AFP)",
    'Putin. Photo: Getty Images',
    'Protesters have worn masks to protect their identities (Image: GETTY )',
    'Vicente Aguiar loads garage door trims into his pickup truck (AP Photo/Alan Diaz, File)',
    'Natalie Naccache | Bloomberg | Getty Images',
    'More than 4,000 people are expected to receive notice in coming weeks (Credit: Example Images)',
    'Roughly 13,000 troops remain in the country, 18 years after the invasion [File: Reuters]',
    'In the age of influencers, some people run their profile like a job. Photograph: Jane Roe/Bloomberg/Getty Images',
    'The road to retiring early isn’t easy. Jane Roe/Getty',
  ])('recognises %j', (line) => expect(isCaptionLine(line)).toBe(true));
  it('does not take prose with an agency name for a caption', () => {
    expect(isCaptionLine('Russian state news agency TASS reported that the talks were productive.')).toBe(false);
    expect(isCaptionLine('The meeting (which lasted four hours) ended late.')).toBe(false);
  });
});

describe('extractInlineCredits', () => {
  it('moves an inline photo credit out of a paragraph', () => {
    const r = extractInlineCredits('Talks ended Monday. © AP Ukrainian officials said more.');
    expect(r.text).toBe('Talks ended Monday. Ukrainian officials said more.');
    expect(r.credits).toEqual(['© AP']);
  });
});

describe('splitLongLine', () => {
  it('ends a run-on article where newsletter chrome begins', () => {
    const article = 'The delegations met for an hour and agreed to exchange prisoners of war. '.repeat(25);
    const [body, rest] = splitLongLine(
      `${article}Read the full report at Welcome to the Example newsletter. Subscribe here.`,
    );
    expect(body).toBe(article.trim());
    expect(rest?.startsWith('Read the full report')).toBe(true);
  });
  it('leaves ordinary lines whole', () => {
    expect(splitLongLine('A short line. Subscribe here.')).toEqual(['A short line. Subscribe here.']);
  });
});
