/**
 * A stable citation key for the front matter ("pmoimek2020iran"), in the author-year-title shape
 * Better BibTeX and Pandoc users know, so a note can cite the article as [@key]. Derived from stored
 * fields only: the same article always gets the same key. Two articles of the library with the same
 * key get "a", "b"… in id order (citationKeys), like BibTeX's own disambiguation.
 */
import type { Article } from '../../model';

/** Words a title key skips ("The Iranian regime…" → "iranian"). */
const STOP = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'and', 'or', 'to', 'for', 'how', 'why', 'what', 'is', 'are', 'at', 'by', 'with', 'from']);

/** ASCII letters and digits only: keys must survive BibTeX, Pandoc and YAML unquoted. */
const ascii = (s: string): string =>
  s
    .replace(/['’ʼ]s\b/g, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export type CitableArticle = Pick<Article, 'id' | 'title' | 'source' | 'byline' | 'published'>;

export function citationKey(article: CitableArticle): string {
  // An organisation ("PMOI/MEK") is its whole name; a person in a byline ("By Jane Doe") their last name.
  const fromByline = ascii((article.byline ?? '').replace(/^.*\bby\s+/i, '')).split(' ').filter(Boolean).pop() ?? '';
  const author = article.source !== null ? ascii(article.source).replace(/ /g, '').slice(0, 20) : fromByline;
  const year = /^\d{4}/.exec(article.published ?? '')?.[0] ?? '';
  const word = ascii(article.title).split(' ').find((w) => w.length > 1 && !STOP.has(w)) ?? '';
  const key = `${author}${year}${word}`;
  // Nothing usable (an untitled article in another script): still a stable key, from the id.
  return /^[a-z]/.test(key) ? key : `gloss${key}${ascii(article.id).replace(/ /g, '').slice(-8)}`;
}

/** citationKey for a whole library, with "a", "b"… where two articles would share one. */
export function citationKeys(library: readonly CitableArticle[]): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const a of library) {
    const key = citationKey(a);
    groups.set(key, [...(groups.get(key) ?? []), a.id]);
  }
  const out = new Map<string, string>();
  for (const [key, ids] of groups) {
    if (ids.length === 1) out.set(ids[0]!, key);
    else [...ids].sort().forEach((id, i) => out.set(id, `${key}${suffix(i)}`));
  }
  return out;
}

/** a, b, … z, aa, ab, … */
function suffix(i: number): string {
  return i < 26 ? String.fromCharCode(97 + i) : suffix(Math.floor(i / 26) - 1) + String.fromCharCode(97 + (i % 26));
}
