/**
 * renderer/features/highlights: the reader's annotation layer. Mount <AnnotationsProvider> around
 * the article (it keeps the article's annotation store, paints, and shows toasts) and mount the
 * views, <SelectionToolbar>, <HighlightPopover> and <HighlightsSidebar>, where the layout wants them.
 */
export {
  AnnotationsProvider,
  useAnnotationsController,
  useAnnotationState,
  type AnnotationsController,
  type AnnotationsProviderProps,
} from './annotations-context';
export { createAnnotationStore, type AnnotationStore, type AnnotationState } from './annotation-store';
export { HighlightsSidebar } from './highlights-sidebar';
export { SelectionToolbar } from './selection-toolbar';
export { HighlightPopover } from './highlight-popover';
export { formatQuoteWithCitation } from './citation';
export { placeHighlights, type Placement, type PlacedHighlight } from './place-highlights';
export { COLOR_LABELS, colorHighlightName } from './colors';
