/**
 * The arithmetic under the Range ⇄ offset adapter, kept free of the DOM so it can be tested in Node.
 * A block is one rendered text block of articleBlocks(): it starts at `start` in articleText() and
 * holds `length` characters. Between blocks lies a separator the DOM does not show.
 */
export interface BlockSpan {
  start: number;
  length: number;
}

export interface BlockPoint {
  /** Index into the blocks array. */
  index: number;
  /** Character offset within that block's text. */
  offset: number;
}

/**
 * Where an articleText offset falls. Offsets in a separator snap forward for a range's start and back
 * for its end, so a range never begins or ends in text that is not on screen. null when no block
 * lies on the requested side.
 */
export function locateOffset(blocks: readonly BlockSpan[], offset: number, edge: 'start' | 'end'): BlockPoint | null {
  if (edge === 'start') {
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (offset < b.start + b.length) return { index: i, offset: Math.max(0, offset - b.start) };
    }
    return null;
  }
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (offset > b.start) return { index: i, offset: Math.min(b.length, offset - b.start) };
  }
  return null;
}
