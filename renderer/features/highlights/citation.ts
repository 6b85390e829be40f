/**
 * "Copy quote": the quoted words plus where they come from, ready to paste into a draft. The
 * quote's paragraph breaks are kept (a quote may span paragraphs); the citation line names title,
 * source and the article's date as the reader shows them.
 */
import type { Article } from '../../../shared/model';
import { formatDate } from '../../format/format-date';

export type CitationSource = Pick<Article, 'title' | 'source' | 'published'>;

/** Collapses runs of spaces inside each paragraph; blank-line paragraph breaks survive. */
export function tidyQuote(quote: string): string {
  return quote
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

export function formatCitationLine(article: CitationSource): string {
  const parts = [article.title.trim()];
  if (article.source && article.source.trim() !== '') parts.push(article.source.trim());
  parts.push(article.published ? formatDate(article.published) : 'undated');
  return `— ${parts.join(', ')}`;
}

/** “quote” then the citation line; an empty quote gives an empty string (nothing worth copying). */
export function formatQuoteWithCitation(quote: string, article: CitationSource): string {
  const tidy = tidyQuote(quote);
  if (tidy === '') return '';
  return `“${tidy}”\n${formatCitationLine(article)}`;
}
