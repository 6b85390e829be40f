import { describe, expect, it } from 'vitest';
import { countSentences, sentenceAt, stepPassage } from './passage-step';
import { articleSentences } from './sentence-split';

// Two blocks, as articleBlocks() lays them out: a blank line between them.
const blocks = [
  { start: 0, text: 'One. Two. Three.' },
  { start: 18, text: 'Four. Five.' },
];
const text = 'One. Two. Three.\n\nFour. Five.';
const sentences = articleSentences(blocks);
const span = (phrase: string, to?: string) => {
  const start = text.indexOf(phrase);
  return { start, end: to ? text.indexOf(to) + to.length : start + phrase.length };
};
const quote = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

describe('stepPassage', () => {
  it('snaps to the sentence holding the selection start, or the next after a gap', () => {
    expect(quote(stepPassage(sentences, span('wo'), 'sentence'))).toBe('Two.');
    expect(quote(sentenceAt(sentences, text.indexOf('\n')))).toBe('Four.');
    expect(sentenceAt(sentences, text.length)).toBeNull();
  });

  it('extends by one sentence at the end, across blocks, and first to the end of a partial sentence', () => {
    expect(quote(stepPassage(sentences, span('Two.'), 'extend'))).toBe('Two. Three.');
    expect(quote(stepPassage(sentences, span('Three.'), 'extend'))).toBe('Three.\n\nFour.');
    expect(quote(stepPassage(sentences, span('Tw'), 'extend'))).toBe('Two.');
    expect(stepPassage(sentences, span('Five.'), 'extend')).toBeNull();
  });

  it('shrinks by one sentence at the end, never below one', () => {
    expect(quote(stepPassage(sentences, span('Two.', 'Four.'), 'shrink'))).toBe('Two. Three.');
    expect(quote(stepPassage(sentences, span('Two.', 'Three.'), 'shrink'))).toBe('Two.');
    expect(stepPassage(sentences, span('Two.'), 'shrink')).toBeNull();
  });

  it('moves to the next or previous single sentence, crossing blocks', () => {
    expect(quote(stepPassage(sentences, span('Three.'), 'next'))).toBe('Four.');
    expect(quote(stepPassage(sentences, span('Two.', 'Three.'), 'next'))).toBe('Four.');
    expect(quote(stepPassage(sentences, span('Four.'), 'previous'))).toBe('Three.');
    expect(quote(stepPassage(sentences, span('Two.', 'Four.'), 'previous'))).toBe('One.');
    expect(stepPassage(sentences, span('Five.'), 'next')).toBeNull();
    expect(stepPassage(sentences, span('One.'), 'previous')).toBeNull();
  });

  it('selects the whole paragraph the selection starts in', () => {
    expect(quote(stepPassage(sentences, span('Two.'), 'paragraph'))).toBe('One. Two. Three.');
    expect(quote(stepPassage(sentences, span('Three.', 'Five.'), 'paragraph'))).toBe('One. Two. Three.');
    expect(quote(stepPassage(sentences, span('ive'), 'paragraph'))).toBe('Four. Five.');
  });
});

describe('countSentences', () => {
  it('counts the sentences a span touches', () => {
    expect(countSentences(sentences, span('Two.', 'Four.'))).toBe(3);
    expect(countSentences(sentences, span('wo'))).toBe(1);
  });
});
