import { describe, expect, it } from 'vitest';
import { parsePlainText } from './plain-text';
import { parseSource } from './parse-source';

const parse = (text: string) => {
  const result = parseSource('a.txt', text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('parsePlainText', () => {
  it('drops every ad-size line, with or without spaces', () => {
    const doc = parsePlainText('300 x 250\nTitle here\n300x250\n\nA paragraph of text.\n728 X 90\n160×600');
    expect(doc.blocks.map((b) => (b.type === 'figure' ? b.caption : b.text))).toEqual(['Title here', 'A paragraph of text.']);
  });

  it('keeps a line that merely mentions a size', () => {
    const article = parse('Title\n\nThe banner was 728 x 90 pixels wide.');
    expect(article.sections[0]!.paragraphs).toEqual(['The banner was 728 x 90 pixels wide.']);
  });

  it('makes a caption repeated on consecutive lines one figure, even without a credit', () => {
    const article = parse('Title\n\nA crowd in Baghdad\nA crowd in Baghdad\n\nBody text follows here.');
    expect(article.figures).toEqual([{ caption: 'A crowd in Baghdad', credit: null }]);
    expect(article.sections[0]!.paragraphs).toEqual(['Body text follows here.']);
  });

  it('reads "By X" bylines without a kind', () => {
    const article = parse('Title\nBy Jane Doe\n\nText of the piece.');
    expect([article.byline, article.source, article.kind]).toEqual(['By Jane Doe', 'Jane Doe', null]);
  });

  it('reads "<Kind> by X" for every kind', () => {
    const article = parse('Title\nOpinion by Jane Doe and John Roe\n\nText of the piece.');
    expect([article.kind, article.source]).toEqual(['opinion', 'Jane Doe and John Roe']);
  });

  it('does not take a sentence starting with "By" for a byline', () => {
    const article = parse('Title\n\nBy the end of the year, the protests had spread.');
    expect(article.byline).toBeNull();
    expect(article.sections[0]!.paragraphs).toEqual(['By the end of the year, the protests had spread.']);
  });

  it('detects headings without blank lines around them', () => {
    const article = parse('Title\nFirst paragraph of text.\nA Heading\nSecond paragraph of text.');
    expect(article.sections).toEqual([
      { heading: null, paragraphs: ['First paragraph of text.'] },
      { heading: 'A Heading', paragraphs: ['Second paragraph of text.'] },
    ]);
  });

  it('does not make two short lines in a row into headings', () => {
    const article = parse('Title\n\nRoses are red\nViolets are blue\n\nSugar is sweet.');
    expect(article.sections.map((s) => s.heading)).toEqual([null, 'Violets are blue']);
    expect(article.sections[0]!.paragraphs).toEqual(['Roses are red']);
  });

  it('joins hard-wrapped prose into one paragraph', () => {
    const text = [
      'Title',
      '',
      'The protesters had given an ultimatum to the government that if',
      'their demands are not met by January 18, they would enter a new phase',
      'of civil disobedience across the country.',
      '',
      'Next paragraph.',
    ].join('\n');
    expect(parse(text).sections[0]!.paragraphs).toEqual([
      'The protesters had given an ultimatum to the government that if their demands are not met by January 18, they would enter a new phase of civil disobedience across the country.',
      'Next paragraph.',
    ]);
  });

  it('joins two lines when the second continues the sentence', () => {
    const text = 'Title\n\nThe protesters had given an ultimatum to the government\nthat their demands be met.';
    expect(parse(text).sections[0]!.paragraphs).toEqual(['The protesters had given an ultimatum to the government that their demands be met.']);
  });
});
