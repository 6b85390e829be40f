import DOMPurify from 'dompurify';
import { markdownToHtml } from './markdown';

/** A note's Markdown as HTML that is safe to put in the DOM (see markdown.ts for why twice). */
export function renderNoteHtml(source: string): string {
  return DOMPurify.sanitize(markdownToHtml(source), { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input'] });
}
