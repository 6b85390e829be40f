/**
 * Marks ranges with the CSS Custom Highlight API: no wrapper elements, so the article DOM (and with
 * it every block's single text node) stays untouched. Styled in CSS with ::highlight(<name>).
 */
export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function paintHighlight(name: string, ranges: readonly Range[], priority = 0): void {
  if (!supportsHighlights()) return;
  if (ranges.length === 0) {
    CSS.highlights.delete(name);
    return;
  }
  const highlight = new Highlight(...ranges);
  highlight.priority = priority;
  CSS.highlights.set(name, highlight);
}

export function clearHighlight(name: string): void {
  if (supportsHighlights()) CSS.highlights.delete(name);
}
