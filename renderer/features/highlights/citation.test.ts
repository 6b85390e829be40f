import { describe, expect, it } from 'vitest';
import { formatCitationLine, formatQuoteWithCitation, tidyQuote } from './citation';

const article = { title: 'How Iran’s regime failed to derail Iraq’s nationwide protests', source: 'PMOI/MEK', published: '2020-01-21' };

describe('formatQuoteWithCitation', () => {
  it('quotes the text and cites title, source and date', () => {
    expect(formatQuoteWithCitation('the protesters blocked the main roads', article)).toBe(
      '“the protesters blocked the main roads”\n— How Iran’s regime failed to derail Iraq’s nationwide protests, PMOI/MEK, January 21, 2020',
    );
  });

  it('keeps paragraph breaks and tidies spaces inside paragraphs', () => {
    expect(tidyQuote('  Heading \n\nFirst   line\nwrapped.\n\n\n\nNext ')).toBe('Heading\n\nFirst line wrapped.\n\nNext');
  });

  it('says "undated" and leaves out a missing source', () => {
    expect(formatCitationLine({ title: 'T', source: null, published: null })).toBe('— T, undated');
  });

  it('gives nothing for a blank quote', () => {
    expect(formatQuoteWithCitation(' \n\n ', article)).toBe('');
  });
});
