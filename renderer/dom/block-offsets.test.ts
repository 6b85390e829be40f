import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../shared/model/article-text';
import { locateOffset, locateSpan } from './block-offsets';

// "Head" [0,4) "\n\n" "First para." [6,17) "\n\n" "Second." [19,26)
const blocks = articleBlocks({ sections: [{ heading: 'Head', paragraphs: ['First para.', 'Second.'] }] }).map((b) => ({
  start: b.start,
  end: b.start + b.text.length,
}));

describe('locateOffset', () => {
  it('finds offsets inside blocks', () => {
    expect(locateOffset(blocks, 0, 'start')).toEqual({ index: 0, offset: 0 });
    expect(locateOffset(blocks, 8, 'start')).toEqual({ index: 1, offset: 2 });
    expect(locateOffset(blocks, 17, 'end')).toEqual({ index: 1, offset: 11 });
    expect(locateOffset(blocks, 26, 'end')).toEqual({ index: 2, offset: 7 });
  });

  it('snaps a start in a separator forward and an end back', () => {
    expect(locateOffset(blocks, 4, 'start')).toEqual({ index: 1, offset: 0 });
    expect(locateOffset(blocks, 5, 'start')).toEqual({ index: 1, offset: 0 });
    expect(locateOffset(blocks, 18, 'end')).toEqual({ index: 1, offset: 11 });
    expect(locateOffset(blocks, 6, 'end')).toEqual({ index: 0, offset: 4 });
  });

  it('answers null past either end', () => {
    expect(locateOffset(blocks, 26, 'start')).toBeNull();
    expect(locateOffset(blocks, 0, 'end')).toBeNull();
    expect(locateOffset([], 3, 'start')).toBeNull();
  });
});

describe('locateSpan', () => {
  // "Heading" [0,7) "\n\n" "First para." [9,20) "\n\n" "Second." [22,29)
  const spans = [
    { start: 0, end: 7 },
    { start: 9, end: 20 },
    { start: 22, end: 29 },
  ];

  it('finds a span inside one block', () => {
    expect(locateSpan(spans, 10, 14)).toEqual({ startBlock: 1, startOffset: 1, endBlock: 1, endOffset: 5 });
  });

  it('spans blocks, from a heading into a paragraph', () => {
    expect(locateSpan(spans, 3, 15)).toEqual({ startBlock: 0, startOffset: 3, endBlock: 1, endOffset: 6 });
  });

  it('snaps a start in a separator forward and an end in a separator back', () => {
    expect(locateSpan(spans, 7, 21)).toEqual({ startBlock: 1, startOffset: 0, endBlock: 1, endOffset: 11 });
  });

  it('gives null for a span that covers only a separator, or nothing', () => {
    expect(locateSpan(spans, 20, 22)).toBeNull();
    expect(locateSpan(spans, 5, 5)).toBeNull();
    expect(locateSpan(spans, 40, 50)).toBeNull();
    expect(locateSpan([], 0, 3)).toBeNull();
  });

  it('clamps a span running past the last block', () => {
    expect(locateSpan(spans, 25, 99)).toEqual({ startBlock: 2, startOffset: 3, endBlock: 2, endOffset: 7 });
  });

  it('agrees with a linear scan on every span of a many-block article', () => {
    // Blocks of varied lengths with two-character separators, as articleBlocks() lays them out.
    const many: { start: number; end: number }[] = [];
    let at = 0;
    for (let k = 0; k < 40; k++) {
      const length = 1 + ((k * 7) % 13);
      many.push({ start: at, end: at + length });
      at += length + 2;
    }
    const linear = (start: number, end: number) => {
      const i = many.findIndex((b) => start < b.end);
      let j = many.length - 1;
      while (j >= 0 && !(end > many[j]!.start)) j--;
      if (!(start < end) || i < 0 || j < 0) return null;
      const startOffset = Math.max(0, start - many[i]!.start);
      const endOffset = Math.min(many[j]!.end - many[j]!.start, end - many[j]!.start);
      if (i > j || (i === j && startOffset >= endOffset)) return null;
      return { startBlock: i, startOffset, endBlock: j, endOffset };
    };
    for (let s = 0; s <= at; s += 3) {
      for (let e = s; e <= at + 2; e += 5) expect(locateSpan(many, s, e)).toEqual(linear(s, e));
    }
  });
});
