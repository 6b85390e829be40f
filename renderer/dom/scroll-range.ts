/**
 * Scrolls the window so a Range (a search match, a highlight) sits a third of the way down the
 * viewport: clear of the sticky header, with context above it. Scrolling to the Range itself, not its
 * paragraph, keeps it on screen however long the paragraph is.
 */
export function scrollRangeIntoView(range: Range): void {
  const rect = range.getBoundingClientRect();
  // A collapsed or detached range measures as all zeros: scrolling to it would jump to the top.
  if (rect.top === 0 && rect.bottom === 0 && rect.width === 0 && rect.height === 0) {
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    return;
  }
  window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior: 'instant' });
}
