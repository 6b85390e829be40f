import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../shared/model/article-text';
import { locateOffset } from './block-offsets';

// "Head" [0,4) "\n\n" "First para." [6,17) "\n\n" "Second." [19,26)
const blocks = articleBlocks({ sections: [{ heading: 'Head', paragraphs: ['First para.', 'Second.'] }] }).map((b) => ({
  start: b.start,
  length: b.text.length,
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
