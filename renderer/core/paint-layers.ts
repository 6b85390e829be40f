/**
 * The painter's layers, bottom to top: everything the reader paints over the article text is in one
 * of these, and a higher layer paints over a lower one where they overlap (CSS Highlight priority).
 * Search marks sit lowest so a highlight stays visible under a match; the current match is above
 * the other matches but below highlight colours, so your own colours always show; the selected
 * highlight's focus ring and the arrival flash go on top of everything.
 */
export const PAINT_LAYERS = ['search', 'current-match', 'highlights', 'focus', 'flash'] as const;

export type PaintLayer = (typeof PAINT_LAYERS)[number];

/** The CSS Highlight priority a layer paints at: its place in PAINT_LAYERS. */
export function layerPriority(layer: PaintLayer): number {
  return PAINT_LAYERS.indexOf(layer);
}

/** CSS Custom Highlight names (styled with ::highlight(<name>) in the CSS). */
export const SEARCH_HIGHLIGHT = 'gloss-search';
export const CURRENT_HIGHLIGHT = 'gloss-search-current';
/** Search marks in the article's title (its own painter, so its own name: a name holds one painter's Ranges). */
export const TITLE_SEARCH_HIGHLIGHT = 'gloss-search-title';
export const FOCUS_HIGHLIGHT_NAME = 'gloss-hl-focus';
export const FLASH_HIGHLIGHT_NAME = 'gloss-hl-flash';
