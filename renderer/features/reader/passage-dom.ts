/**
 * The DOM side of keyboard passage selection: which sentence the reader is looking at, the article
 * selection as offsets, and making a span the real DOM selection (so the selection toolbar, the `h`
 * shortcut, "Add note" and "Copy quote" treat it exactly like one made with the mouse).
 */
import { BLOCK_SELECTOR, rangeToOffsets, type RangeMapper } from '../../dom/offsets';
import type { ArticleSentence, SentenceSpan } from './sentence-split';

/** The visible band of the viewport: below the sticky header and reader toolbar. */
function viewBand(): { top: number; bottom: number } {
  // The sticky header and reader toolbar cover the top (html has no scroll-padding-top any more, see
  // styles/base.css): what shows starts below the lower of them.
  const bars = ['.app-header', '.reader-toolbar'].map((sel) => document.querySelector(sel)?.getBoundingClientRect().bottom ?? 0);
  return { top: Math.max(0, ...bars), bottom: window.innerHeight };
}

/** Whether any of the span's text shows in the visible band. */
export function spanInView(mapper: RangeMapper, span: SentenceSpan): boolean {
  const r = mapper(span.start, span.end)?.getBoundingClientRect();
  const { top, bottom } = viewBand();
  return !!r && r.bottom > top && r.top < bottom;
}

/**
 * The first sentence that starts in view, from the first block visible; when none starts in view (a
 * long sentence fills it), the one running across its top.
 */
export function firstSentenceInView(root: Element, sentences: readonly ArticleSentence[], mapper: RangeMapper): SentenceSpan | null {
  const { top, bottom } = viewBand();
  const block = Array.from(root.querySelectorAll(BLOCK_SELECTOR)).find((el) => el.getBoundingClientRect().bottom > top);
  if (!block) return null;
  const from = Number(block.getAttribute('data-block-start'));
  let across: SentenceSpan | null = null;
  for (const s of sentences) {
    if (s.end <= from) continue;
    const range = mapper(s.start, s.end);
    if (!range) continue;
    const box = range.getBoundingClientRect();
    if (box.bottom <= top) continue;
    if (box.top >= bottom) break;
    const firstLine = range.getClientRects()[0] ?? box;
    // A pixel of slack: a line sitting exactly under the toolbar counts as in view.
    if (firstLine.top >= top - 1) return { start: s.start, end: s.end };
    across ??= { start: s.start, end: s.end };
  }
  return across;
}

/** The reader's non-empty selection inside the article, as articleText() offsets. */
export function currentSelectionSpan(root: Element): SentenceSpan | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  return range.intersectsNode(root) ? rangeToOffsets(root, range) : null;
}

/** Makes the span the document’s selection (anchored at its start); null when it maps to no text. */
export function selectSpan(root: Element, mapper: RangeMapper, span: SentenceSpan): Range | null {
  const range = mapper(span.start, span.end);
  const selection = root.ownerDocument.getSelection();
  if (!range || !selection) return null;
  selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  return range;
}

const MARGIN = 24;

/**
 * Scrolls the window the least that shows the range whole; a range taller than the view shows the
 * `edge` that moved (its end while extending, its start otherwise).
 */
export function revealRange(range: Range, edge: 'start' | 'end'): void {
  const box = range.getBoundingClientRect();
  const band = viewBand();
  const top = band.top + MARGIN;
  const bottom = band.bottom - MARGIN;
  if (box.top >= top && box.bottom <= bottom) return;
  let dy: number;
  if (box.height > bottom - top) dy = edge === 'start' ? box.top - top : box.bottom - bottom;
  else dy = box.top < top ? box.top - top : box.bottom - bottom;
  window.scrollBy({ top: dy, behavior: 'instant' });
}
