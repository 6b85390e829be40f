import { describe, expect, it } from 'vitest';
import { articleBlocks, articleText } from '../model';
import { scanMatchRanges as findMatchRanges } from './testing/scan-matches';
import { buildSnippet, SNIPPET_WORDS, type WordBlock } from './snippet';
import { tokenizeWords } from './tokenize';

function blocksOf(sections: { heading: string | null; paragraphs: string[] }[]): { text: string; blocks: WordBlock[] } {
  const article = { sections };
  return {
    text: articleText(article),
    blocks: articleBlocks(article).map((b) => ({ kind: b.kind, start: b.start, end: b.end, words: tokenizeWords(b.text, b.start) })),
  };
}
const render = (segments: { text: string; marked: boolean }[]) => segments.map((s) => (s.marked ? `[${s.text}]` : s.text)).join('');

describe('buildSnippet', () => {
  const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
  const long = words.join(' ');

  it('centres about 30 words on the densest cluster of matches, with ellipses at cuts', () => {
    const { text, blocks } = blocksOf([{ heading: null, paragraphs: ['Alpha starts here.', long.replace('w10 ', 'iran ').replace('w60', 'iran').replace('w64', 'iran')] }]);
    const snippet = render(buildSnippet(text, blocks, findMatchRanges(text, 'iran')).segments);
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet.match(/\[iran\]/g)).toHaveLength(2);
    expect(snippet.replace(/^… | …$/g, '').split(' ')).toHaveLength(SNIPPET_WORDS);
    expect(snippet).toContain('[iran] w61 w62 w63 [iran]');
  });

  it('never cuts "U.S." (or any word written without a space) in two (issue 12)', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `w${i}`);
    for (let at = 0; at < 40; at++) {
      const words = [...filler];
      words.splice(at, 0, 'U.S.');
      const { text, blocks } = blocksOf([{ heading: null, paragraphs: [words.join(' ') + ' iran ' + filler.join(' ')] }]);
      const snippet = render(buildSnippet(text, blocks, findMatchRanges(text, 'iran')).segments);
      expect(snippet).not.toMatch(/(^|\s)U …|… S\./);
    }
  });

  it('does not end the first sentence at an initial ("U.S. Army")', () => {
    const { text, blocks } = blocksOf([{ heading: null, paragraphs: ['The U.S. Army left. Protests followed.'] }]);
    expect(buildSnippet(text, blocks, []).segments).toEqual([{ text: 'The U.S. Army left.', marked: false }]);
  });

  it('keeps a short block whole, with its punctuation and no ellipsis', () => {
    const { text, blocks } = blocksOf([{ heading: 'The reason for defeat', paragraphs: ['“Resistance and patience,” they wrote.'] }]);
    expect(render(buildSnippet(text, blocks, findMatchRanges(text, 'patience')).segments)).toBe('“Resistance and [patience],” they wrote.');
  });

  it('falls back to the first sentence of the first paragraph when nothing in the text matched', () => {
    const { text, blocks } = blocksOf([{ heading: 'A heading', paragraphs: ['A U.S. drone strike killed two. Protests followed.'] }]);
    expect(buildSnippet(text, blocks, []).segments).toEqual([{ text: 'A U.S. drone strike killed two.', marked: false }]);
    const { text: t2, blocks: b2 } = blocksOf([{ heading: null, paragraphs: [long] }]);
    expect(render(buildSnippet(t2, b2, []).segments)).toBe(words.slice(0, SNIPPET_WORDS).join(' ') + ' …');
    expect(buildSnippet('', [], []).segments).toEqual([]);
  });
});
