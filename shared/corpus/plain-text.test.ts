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

  it('re-flows ragged 72-column mail so a phrase can cross a line break', () => {
    const text = [
      'Re: the harbour plan',
      '',
      'Thanks for sending the minutes. I read them on the train and I think the',
      'committee has misunderstood what the residents asked for at the meeting',
      'in March. Nobody objected to the cycle lane itself; what people wanted',
      'was a loading bay for the shops.',
      '',
      'Best, Kev',
    ].join('\n');
    expect(parse(text).sections[0]!.paragraphs).toEqual([
      'Thanks for sending the minutes. I read them on the train and I think the committee has misunderstood what the residents asked for at the meeting in March. Nobody objected to the cycle lane itself; what people wanted was a loading bay for the shops.',
      'Best, Kev',
    ]);
  });

  it('keeps verse, code, list items and quoted replies line by line', () => {
    const text = [
      'Title',
      '',
      'The list of things the committee agreed on at the last meeting:',
      '- a loading bay outside the bakery on the harbour road, by the lights',
      '- short-stay parking on both of the side streets near the school gates',
      '',
      '> On Monday you wrote that the council had already decided the matter',
      '> before the consultation closed, which is not what the minutes say.',
      '',
      '    for (const line of lines) print(line) // an example that must stay',
      '    return lines.length // as it was written, one line at a time here',
      '',
      'The sea was calm',
      'The night was long',
      'And no one spoke',
      'Until the dawn.',
    ].join('\n');
    const paragraphs = parse(text).sections.flatMap((s) => s.paragraphs);
    expect(paragraphs).toContain('- a loading bay outside the bakery on the harbour road, by the lights');
    expect(paragraphs).toContain('> On Monday you wrote that the council had already decided the matter');
    expect(paragraphs).toContain('for (const line of lines) print(line) // an example that must stay');
    expect(paragraphs).toContain('And no one spoke');
  });

  it('does not make numbers, list items or quoted lines into headings', () => {
    const article = parse('Title\n\nFirst paragraph of text.\n\n38,153\n\nSecond paragraph.\n\n- an item\n\nThird paragraph.\n\n> a quoted reply\n\nFourth paragraph.\n\nSubject: harbour\n\nFifth paragraph.');
    expect(article.sections.map((s) => s.heading)).toEqual([null]);
    expect(article.sections[0]!.paragraphs).toContain('38,153');
  });
});

