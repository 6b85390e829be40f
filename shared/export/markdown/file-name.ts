import type { Article } from '../../model';
import { hash64 } from '../../text';

/** Room for the id suffix and ".md" well inside every file system's 255-byte name limit. */
const MAX_SLUG_CHARS = 60;

/**
 * A file-system-safe slug: diacritics folded, lower case, letters and digits of any script kept,
 * apostrophes dropped, everything else a single "-". Safe on Windows, macOS and Linux (no reserved characters, no
 * leading dot, never a reserved device name because an id suffix always follows).
 */
export function slugify(text: string): string {
  const slug = text
    // Apostrophes join a word ("Iran’s" → "irans"), they do not split it.
    .replace(/['’ʼ]/g, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if ([...slug].length <= MAX_SLUG_CHARS) return slug;
  const cut = [...slug].slice(0, MAX_SLUG_CHARS).join('');
  const atDash = cut.lastIndexOf('-');
  return (atDash > MAX_SLUG_CHARS / 2 ? cut.slice(0, atDash) : cut).replace(/-+$/, '');
}

/**
 * "<title-slug>-<8 hex of the article id>.md": the same article always gets the same name, so
 * re-exporting overwrites the earlier file; the id part keeps two articles with one title apart.
 */
export function exportFileName(article: Pick<Article, 'id' | 'title'>): string {
  const slug = slugify(article.title) || 'article';
  return `${slug}-${hash64(article.id).slice(0, 8)}.md`;
}

/** The one file "export all in one file" writes (fixed, so re-exporting replaces it). */
export const COMBINED_FILE_NAME = 'gloss-notes.md';
