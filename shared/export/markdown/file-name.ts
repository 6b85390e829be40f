import type { Article } from '../../model';
import { hash64 } from '../../text';

/** Room for the id suffix and ".md" well inside every file system's 255-byte name limit. */
const MAX_SLUG_CHARS = 60;

/**
 * A file-system-safe slug: diacritics folded, lower case, letters and digits of any script kept,
 * apostrophes dropped, everything else a single "-". Safe on Windows, macOS and Linux (no reserved
 * characters, no leading dot; exportFileName keeps reserved device names such as "con" apart).
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

/** Windows refuses these as file names even with an extension ("con.md"). */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

const idSuffix = (id: string): string => hash64(id).slice(0, 8);

/**
 * "<title-slug>.md": readable (issue 12: names used to end in a hash) and the same for the same
 * article, so re-exporting overwrites the earlier file. This is the name when the title is unique in
 * the library; exportFileNames(library) gives the name that keeps clashing titles apart.
 */
export function exportFileName(article: Pick<Article, 'id' | 'title'>): string {
  const slug = slugify(article.title) || 'article';
  return RESERVED.test(slug) ? `${slug}-${idSuffix(article.id)}.md` : `${slug}.md`;
}

/**
 * The file name of every article of a library: "<title-slug>.md", plus "-<8 hex of the id>" for each
 * article whose title slugs like another's in the library (the whole corpus, not one export's
 * selection, so a name never depends on which articles one export happens to include).
 */
export function exportFileNames(library: readonly Pick<Article, 'id' | 'title'>[]): Map<string, string> {
  const slugs = new Map<string, string>(library.map((a) => [a.id, slugify(a.title) || 'article']));
  const count = new Map<string, number>();
  for (const slug of slugs.values()) count.set(slug, (count.get(slug) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const [id, slug] of slugs) {
    names.set(id, RESERVED.test(slug) || (count.get(slug) ?? 0) > 1 ? `${slug}-${idSuffix(id)}.md` : `${slug}.md`);
  }
  return names;
}

/** The one file "export all in one file" writes (fixed, so re-exporting replaces it). */
export const COMBINED_FILE_NAME = 'gloss-notes.md';
