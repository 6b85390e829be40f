import type { Article } from '../../model';

/** Test support only: a small article with sensible defaults. */
export function makeArticle(id: string, parts: { title?: string; byline?: string; source?: string; published?: string; sections?: { heading?: string; paragraphs: string[] }[] }): Article {
  const sections = (parts.sections ?? []).map((s) => ({ heading: s.heading ?? null, paragraphs: s.paragraphs }));
  return {
    id,
    title: parts.title ?? `Article ${id}`,
    byline: parts.byline ?? null,
    source: parts.source ?? null,
    kind: null,
    dateline: null,
    published: parts.published ?? null,
    sections,
    figures: [],
    wordCount: 0,
    readingMinutes: 1,
    sourceFile: `${id}.txt`,
    contentHash: id,
  };
}
