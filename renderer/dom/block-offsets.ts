import type { TextRange } from '../../shared/model/range';

/**
 * The arithmetic under the Range ⇄ offset adapter, kept free of the DOM so it can be tested in Node.
 * A block is one rendered text block of articleBlocks(): it covers [start, end) of articleText().
 * Between blocks lies a separator the DOM does not show. Blocks are sorted by start, so a lookup is a
 * binary search: painting 1,000 highlights costs 1,000 × log(blocks), not 1,000 DOM walks.
 */
/** A rendered block's [start, end) in articleText(). */
export type BlockSpan = TextRange;

export interface BlockPoint {
  /** Index into the blocks array. */
  index: number;
  /** Character offset within that block's text. */
  offset: number;
}

/** Index of the first block whose end is after `offset`. */
function firstEndingAfter(blocks: readonly BlockSpan[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last block starting before `offset` (-1 when none does). */
function lastStartingBefore(blocks: readonly BlockSpan[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Where an articleText offset falls. Offsets in a separator snap forward for a range's start and back
 * for its end, so a range never begins or ends in text that is not on screen. null when no block
 * lies on the requested side.
 */
export function locateOffset(blocks: readonly BlockSpan[], offset: number, edge: 'start' | 'end'): BlockPoint | null {
  if (edge === 'start') {
    const i = firstEndingAfter(blocks, offset);
    const b = blocks[i];
    return b ? { index: i, offset: Math.max(0, offset - b.start) } : null;
  }
  const j = lastStartingBefore(blocks, offset);
  const b = blocks[j];
  return b ? { index: j, offset: Math.min(b.end - b.start, offset - b.start) } : null;
}

export interface BlockSpanPoints {
  startBlock: number;
  startOffset: number;
  endBlock: number;
  endOffset: number;
}

/** Where [start, end) begins and ends among the blocks; null when it covers no shown text. */
export function locateSpan(blocks: readonly BlockSpan[], start: number, end: number): BlockSpanPoints | null {
  if (!(start < end)) return null;
  const from = locateOffset(blocks, start, 'start');
  const to = locateOffset(blocks, end, 'end');
  if (!from || !to) return null;
  if (from.index > to.index || (from.index === to.index && from.offset >= to.offset)) return null;
  return { startBlock: from.index, startOffset: from.offset, endBlock: to.index, endOffset: to.offset };
}
