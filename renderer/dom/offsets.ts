/**
 * DOM Range ⇄ articleText() offsets. The reader renders every block of articleBlocks() as an element
 * carrying data-block-start whose only child is one text node holding the block's text exactly; that
 * is the whole contract this adapter relies on (search marks today, highlights next).
 */
import { locateOffset, type BlockSpan } from './block-offsets';

export const BLOCK_SELECTOR = '[data-block-start]';

interface RenderedBlock extends BlockSpan {
  el: Element;
  text: Text | null;
}

function readBlocks(root: Element): RenderedBlock[] {
  return Array.from(root.querySelectorAll(BLOCK_SELECTOR), (el) => {
    const first = el.firstChild;
    const text = first && first.nodeType === Node.TEXT_NODE ? (first as Text) : null;
    return { el, text, start: Number(el.getAttribute('data-block-start')), length: text?.data.length ?? 0 };
  }).filter((b) => Number.isFinite(b.start));
}

/** A Range over [start, end) of articleText(), or null when no rendered text lies in it. */
export function offsetsToRange(root: Element, start: number, end: number): Range | null {
  if (!(start < end)) return null;
  const blocks = readBlocks(root);
  const from = locateOffset(blocks, start, 'start');
  const to = locateOffset(blocks, end, 'end');
  if (!from || !to) return null;
  const a = blocks[from.index]!;
  const b = blocks[to.index]!;
  if (!a.text || !b.text) return null;
  if (from.index > to.index || (from.index === to.index && from.offset >= to.offset)) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(a.text, from.offset);
  range.setEnd(b.text, to.offset);
  return range;
}

function pointToOffset(blocks: RenderedBlock[], node: Node, offset: number, edge: 'start' | 'end'): number | null {
  for (const b of blocks) {
    if (b.text && node === b.text) return b.start + Math.min(offset, b.length);
    if (node === b.el) return offset === 0 ? b.start : b.start + b.length;
  }
  // The point is outside every block (a caption, the title, a gap): snap to the nearest block edge
  // on the inside of the range.
  const probe = (blocks[0]?.el.ownerDocument ?? document).createRange();
  if (edge === 'start') {
    for (const b of blocks) {
      probe.selectNodeContents(b.el);
      if (probe.comparePoint(node, offset) < 0) return b.start;
    }
    return null;
  }
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    probe.selectNodeContents(b.el);
    if (probe.comparePoint(node, offset) > 0) return b.start + b.length;
  }
  return null;
}

/** The [start, end) of articleText() a DOM Range covers, or null when it covers no block text. */
export function rangeToOffsets(root: Element, range: Range): { start: number; end: number } | null {
  const blocks = readBlocks(root);
  const start = pointToOffset(blocks, range.startContainer, range.startOffset, 'start');
  const end = pointToOffset(blocks, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || start >= end) return null;
  return { start, end };
}
