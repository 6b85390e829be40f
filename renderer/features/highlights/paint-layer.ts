/**
 * Paints highlights with the CSS Custom Highlight API: one registered Highlight per colour holding
 * plain DOM Ranges, styled by ::highlight(gloss-hl-<colour>) in highlights.css.
 *
 * Why this and not <mark> wrappers: React owns the article DOM and the reader relies on every block
 * being a single text node (the Range ⇄ offset contract). Wrapping text would split those nodes behind
 * React's back and break on its next render. Ranges leave the DOM untouched, overlapping and nested
 * highlights stay separate objects (two Ranges over the same words, each painted, the colours
 * blending), and 1,000 highlights are 1,000 Range objects with no layout work of our own.
 */
import type { HighlightColor } from '../../../shared/model';
import { clearHighlight, paintHighlight, supportsHighlights } from '../../dom/paint-highlights';
import { colorHighlightName, FLASH_HIGHLIGHT_NAME, FOCUS_HIGHLIGHT_NAME, HIGHLIGHT_COLORS } from './colors';

export interface PaintSpan {
  id: string;
  color: HighlightColor;
  start: number;
  end: number;
}

// Above the search marks (priority 0) so a highlight stays visible under a match; focus and flash on top.
const COLOR_PRIORITY = 1;
const FOCUS_PRIORITY = 2;
const FLASH_PRIORITY = 3;

/** Paints each span's Range in its colour: one CSS Highlight per colour, replaced as a whole. */
export function paintColors(spans: readonly PaintSpan[], ranges: ReadonlyMap<string, Range>): void {
  if (!supportsHighlights()) return;
  const byColor = new Map<HighlightColor, Range[]>(HIGHLIGHT_COLORS.map((c) => [c, []]));
  for (const span of spans) {
    const range = ranges.get(span.id);
    if (range) byColor.get(span.color)?.push(range);
  }
  for (const [color, list] of byColor) paintHighlight(colorHighlightName(color), list, COLOR_PRIORITY);
}

/** The selected highlight gets an underline ring on top of its colour. */
export function paintFocus(range: Range | null): void {
  paintHighlight(FOCUS_HIGHLIGHT_NAME, range ? [range] : [], FOCUS_PRIORITY);
}

export function paintFlash(range: Range | null): void {
  paintHighlight(FLASH_HIGHLIGHT_NAME, range ? [range] : [], FLASH_PRIORITY);
}

export function clearAllPaint(): void {
  for (const color of HIGHLIGHT_COLORS) clearHighlight(colorHighlightName(color));
  clearHighlight(FOCUS_HIGHLIGHT_NAME);
  clearHighlight(FLASH_HIGHLIGHT_NAME);
}
