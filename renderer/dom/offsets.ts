/**
 * DOM Range ⇄ articleText() offsets. The reader renders every block of articleBlocks() as an element
 * carrying data-block-start whose only child is one text node holding the block's text exactly; that
 * is the whole contract this adapter relies on (search marks and highlights alike).
 */
import { locateSpan, type BlockSpan } from './block-offsets';

export const BLOCK_SELECTOR = '[data-block-start]';

interface RenderedBlock extends BlockSpan {
  el: Element;
  text: Text | null;
}

/** The rendered blocks in articleText() order (blocks with no text node have end === start). */
function readBlocks(root: Element): RenderedBlock[] {
  return Array.from(root.querySelectorAll(BLOCK_SELECTOR), (el) => {
    const first = el.firstChild;
    const text = first && first.nodeType === Node.TEXT_NODE ? (first as Text) : null;
    const start = Number(el.getAttribute('data-block-start'));
    return { el, text, start, end: start + (text?.data.length ?? 0) };
  })
    .filter((b) => Number.isFinite(b.start))
    .sort((a, b) => a.start - b.start);
}

/** Maps [start, end) of articleText() to a Range, or null when no rendered text lies in it. */
export type RangeMapper = (start: number, end: number) => Range | null;

/**
 * A mapper over the article as rendered now: it reads the blocks once, so mapping many spans (every
 * search match, every highlight) does not re-query the DOM per span. Make a new one after the
 * article's DOM changes.
 */
export function createRangeMapper(root: Element): RangeMapper {
  const blocks = readBlocks(root).filter((b): b is RenderedBlock & { text: Text } => b.text !== null);
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

function pointToOffset(blocks: RenderedBlock[], node: Node, offset: number, edge: 'start' | 'end'): number | null {
  for (const b of blocks) {
    if (b.text && node === b.text) return Math.min(b.start + offset, b.end);
    if (node === b.el) return offset === 0 ? b.start : b.end;
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
    if (probe.comparePoint(node, offset) > 0) return b.end;
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
