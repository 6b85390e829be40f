import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/model';

export { HIGHLIGHT_COLORS, type HighlightColor };

export const COLOR_LABELS: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};

/** The CSS Custom Highlight name that paints one colour (styled in highlights.css). */
export function colorHighlightName(color: HighlightColor): string {
  return `gloss-hl-${color}`;
}
