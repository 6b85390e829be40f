import type { Article } from '../model';

/** The fields of the search index, in the order a query names them (`title:iran`). */
export const INDEX_FIELDS = ['title', 'byline', 'source', 'headings', 'body'] as const;
export type IndexField = (typeof INDEX_FIELDS)[number];

// A word in the title says far more about what an article is about than one in the body; bylines and
// publishers are how researchers recall a piece; headings sit in between.
export const FIELD_BOOSTS: Record<IndexField, number> = { title: 10, byline: 3, source: 3, headings: 2, body: 1 };

/** Names a researcher may type before a colon, mapped to the field they mean. */
export const FIELD_ALIASES: Record<string, IndexField> = {
  title: 'title',
  byline: 'byline',
  by: 'byline',
  source: 'source',
  heading: 'headings',
  headings: 'headings',
  body: 'body',
  text: 'body',
};

export type IndexDocument = { id: string } & Record<IndexField, string>;

export function indexDocument(article: Article): IndexDocument {
  return {
    id: article.id,
    title: article.title,
    byline: article.byline ?? '',
    source: article.source ?? '',
    headings: article.sections.flatMap((s) => (s.heading === null ? [] : [s.heading])).join('\n\n'),
    body: article.sections.flatMap((s) => s.paragraphs).join('\n\n'),
  };
}
