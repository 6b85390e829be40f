/**
 * Offsets → DOM Ranges for many highlights at once. renderer/dom's offsetsToRange() re-reads every
 * block per call; painting 1,000 highlights that way re-queries the DOM 1,000 times. This reads the
 * blocks once and binary-searches them, with the same contract: every [data-block-start] element's
 * only child is one text node holding the block's text, and separators between blocks are not shown.
 */
import { BLOCK_SELECTOR } from '../../dom/offsets';

interface Block {
  start: number;
  end: number;
  text: Text;
}

export type RangeMapper = (start: number, end: number) => Range | null;

function readBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  for (const el of root.querySelectorAll(BLOCK_SELECTOR)) {
    const first = el.firstChild;
    const start = Number(el.getAttribute('data-block-start'));
    if (first && first.nodeType === Node.TEXT_NODE && Number.isFinite(start)) {
      const text = first as Text;
      blocks.push({ start, end: start + text.data.length, text });
    }
  }
  return blocks.sort((a, b) => a.start - b.start);
}

/** Index of the first block whose end is after `offset` (a range starting in a gap snaps forward). */
function firstEndingAfter(blocks: readonly { end: number }[], offset: number): number {
  let lo = 0, hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last block starting before `offset` (a range ending in a gap snaps back). */
function lastStartingBefore(blocks: readonly { start: number }[], offset: number): number {
  let lo = 0, hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export interface BlockSpanPoints {
  startBlock: number;
  startOffset: number;
  endBlock: number;
  endOffset: number;
}

/** Pure: where [start, end) begins and ends among blocks sorted by start; null when it covers no shown text. */
export function locateSpan(blocks: readonly { start: number; end: number }[], start: number, end: number): BlockSpanPoints | null {
  if (!(start < end)) return null;
  const i = firstEndingAfter(blocks, start);
  const j = lastStartingBefore(blocks, end);
  if (i >= blocks.length || j < 0 || i > j) return null;
  const a = blocks[i]!, b = blocks[j]!;
  const startOffset = Math.max(0, start - a.start);
  const endOffset = Math.min(b.end - b.start, end - b.start);
  if (i === j && startOffset >= endOffset) return null;
  return { startBlock: i, startOffset, endBlock: j, endOffset };
}

export function createRangeMapper(root: Element): RangeMapper {
  const blocks = readBlocks(root);
  const doc = root.ownerDocument;
  return (start, end) => {
    const at = locateSpan(blocks, start, end);
    if (!at) return null;
    const range = doc.createRange();
    range.setStart(blocks[at.startBlock]!.text, at.startOffset);
    range.setEnd(blocks[at.endBlock]!.text, at.endOffset);
    return range;
  };
}
