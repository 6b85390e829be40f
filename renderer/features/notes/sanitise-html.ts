import DOMPurify, { type NodeHook } from 'dompurify';
import { isLocalImageSource } from './image-source';
import { markdownToHtml } from './markdown';

/**
 * A note's image that would be fetched from elsewhere (a tracking pixel in a note from someone
 * else's backup) loses its source before it reaches the DOM, so it is never requested; its alt text
 * says what was there. Only data:image/… and the app's own files load (image-source.ts).
 */
const dropRemoteImages: NodeHook = (node) => {
  if (!(node instanceof Element) || node.nodeName !== 'IMG') return;
  const src = node.getAttribute('src') ?? '';
  if (isLocalImageSource(src, window.location.href)) return;
  node.removeAttribute('src');
  node.removeAttribute('srcset');
  const alt = node.getAttribute('alt')?.trim();
  node.setAttribute('alt', alt ? `${alt} (remote image not loaded)` : 'Remote image not loaded');
};

/** A note's Markdown as HTML that is safe to put in the DOM (see markdown.ts for why twice). */
export function renderNoteHtml(source: string, options: { headingShift?: number } = {}): string {
  // Added for this one synchronous call, like markdown-view.tsx's link hook, so other sanitising is unaffected.
  DOMPurify.addHook('afterSanitizeAttributes', dropRemoteImages);
  try {
    return DOMPurify.sanitize(markdownToHtml(source, options), { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input'], FORBID_ATTR: ['srcset'] });
  } finally {
    DOMPurify.removeHook('afterSanitizeAttributes', dropRemoteImages);
  }
}
