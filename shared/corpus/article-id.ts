import { hash64 } from '../text/hash';

/**
 * The article id: a readable slug of the file name plus a short hash of the whole relative path.
 * It depends on the path only, so editing an article's text never orphans its highlights, and two
 * files with the same name in different folders still get different ids.
 */
export function articleId(sourceFile: string): string {
  const path = normalisePath(sourceFile);
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  const slug = base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const hash = hash64(path).slice(0, 8);
  return slug ? `${slug}-${hash}` : `article-${hash}`;
}

/** Forward slashes and no leading "./", so Windows and POSIX builds agree. */
export function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
