import { describe, expect, it } from 'vitest';
import { locateSpan } from './range-mapper';

// "Heading" [0,7) "\n\n" "First para." [9,20) "\n\n" "Second." [22,29)
const blocks = [
  { start: 0, end: 7 },
  { start: 9, end: 20 },
  { start: 22, end: 29 },
];

describe('locateSpan', () => {
  it('finds a span inside one block', () => {
    expect(locateSpan(blocks, 10, 14)).toEqual({ startBlock: 1, startOffset: 1, endBlock: 1, endOffset: 5 });
  });

  it('spans blocks, from a heading into a paragraph', () => {
    expect(locateSpan(blocks, 3, 15)).toEqual({ startBlock: 0, startOffset: 3, endBlock: 1, endOffset: 6 });
  });

  it('snaps a start in a separator forward and an end in a separator back', () => {
    expect(locateSpan(blocks, 7, 21)).toEqual({ startBlock: 1, startOffset: 0, endBlock: 1, endOffset: 11 });
  });

  it('gives null for a span that covers only a separator, or nothing', () => {
    expect(locateSpan(blocks, 20, 22)).toBeNull();
    expect(locateSpan(blocks, 5, 5)).toBeNull();
    expect(locateSpan(blocks, 40, 50)).toBeNull();
    expect(locateSpan([], 0, 3)).toBeNull();
  });

  it('clamps a span running past the last block', () => {
    expect(locateSpan(blocks, 25, 99)).toEqual({ startBlock: 2, startOffset: 3, endBlock: 2, endOffset: 7 });
  });
});
