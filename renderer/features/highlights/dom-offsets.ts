/**
 * The two DOM questions the highlight layer asks: where in articleText() the reader's selection
 * lies, and which character a click landed on.
 */
import type { TextRange } from '../../../shared/model';
import { BLOCK_SELECTOR, rangeToOffsets } from '../../dom/offsets';

/** The current selection as articleText() offsets, when it is non-empty and touches the article. */
export function selectionSpan(root: Element): { span: TextRange; range: Range } | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const span = rangeToOffsets(root, range);
  return span ? { span, range } : null;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  // Older Chromium (and Electron builds before 128) have only the WebKit spelling.
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function charContains(doc: Document, text: Text, index: number, x: number, y: number): boolean {
  if (index < 0 || index >= text.data.length) return false;
  const probe = doc.createRange();
  probe.setStart(text, index);
  probe.setEnd(text, index + 1);
  for (const r of probe.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/**
 * The articleText() offset of the character under (x, y), or null when the point is not over article
 * text. The caret sits between characters, so the character itself is the one after or before it,
 * whichever box holds the point: a click just past a highlight's last letter is not a hit.
 */
export function charOffsetAtPoint(root: Element, x: number, y: number): number | null {
  const doc = root.ownerDocument;
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const text = caret.node as Text;
  const block = text.parentElement?.closest(BLOCK_SELECTOR);
  if (!block || block.firstChild !== text || !root.contains(block)) return null;
  const blockStart = Number(block.getAttribute('data-block-start'));
  if (!Number.isFinite(blockStart)) return null;
  if (charContains(doc, text, caret.offset, x, y)) return blockStart + caret.offset;
  if (charContains(doc, text, caret.offset - 1, x, y)) return blockStart + caret.offset - 1;
  return null;
}
