/**
 * renderer/features/highlights: the reader's annotation layer. Mount <AnnotationsProvider> around
 * the article (it paints, shows the selection toolbar, the highlight editor and toasts) and put
 * <HighlightsSidebar> wherever the reader's layout wants it.
 */
export { AnnotationsProvider, useAnnotations, type AnnotationsProviderProps, type AnnotationsValue } from './annotations-context';
export { HighlightsSidebar } from './highlights-sidebar';
export { SelectionToolbar } from './selection-toolbar';
export { HighlightPopover } from './highlight-popover';
export { formatQuoteWithCitation } from './citation';
export { placeHighlights, type Placement, type PlacedHighlight } from './place-highlights';
export { COLOR_LABELS, colorHighlightName } from './colors';
