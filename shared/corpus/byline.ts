import type { ArticleKind } from '../model/article';

const KINDS: readonly ArticleKind[] = ['analysis', 'report', 'opinion', 'editorial', 'interview', 'review', 'news', 'commentary'];

export interface Byline {
  kind: ArticleKind | null;
  source: string;
}

/** Reads a kind name ("Analysis", "op-ed" is not one) as an ArticleKind, or null. */
export function toKind(word: string): ArticleKind | null {
  const lower = word.toLowerCase();
  return KINDS.find((k) => k === lower) ?? null;
}

// "Analysis by PMOI/MEK", "Opinion by Jane Doe", "By Jane Doe", "Written by Jane Doe".
const KIND_BY = /^([\p{L}-]+)\s+by\s+(.+)$/iu;
const BY = /^by\s+(.+)$/iu;
// A byline is a short line that names someone; a sentence that happens to start with "By" is not.
const MAX_BYLINE = 120;

export function parseByline(line: string): Byline | null {
  if (line.length > MAX_BYLINE || /[.!?]$/.test(line) && !/\b[A-Z]\.$/.test(line)) return null;
  const by = BY.exec(line);
  if (by) return { kind: null, source: clean(by[1]!) };
  const kindBy = KIND_BY.exec(line);
  if (!kindBy) return null;
  const kind = toKind(kindBy[1]!);
  if (kind === null && !/^(written|reported|posted|published)$/i.test(kindBy[1]!)) return null;
  return { kind, source: clean(kindBy[2]!) };
}

function clean(source: string): string {
  return source.replace(/[\s,;|–—-]+$/, '').trim();
}
