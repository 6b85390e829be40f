/** Small records for the export tests (imported only by *.test.ts files). */
import type { Article, Highlight, Note } from '../../../../shared/model';

export function article(id: string, title: string): Article {
  return {
    id,
    title,
    byline: 'Analysis by PMOI/MEK',
    source: 'PMOI/MEK',
    kind: 'analysis',
    dateline: 'Iraq',
    published: '2020-01-21',
    sections: [{ heading: null, paragraphs: ['The Iraqi people are setting fire to the posters.'] }],
    figures: [],
    wordCount: 9,
    readingMinutes: 1,
    sourceFile: `${id}.txt`,
    contentHash: '0123456789abcdef',
  };
}

export function highlight(id: string, articleId: string, start: number, exact = `quote ${id}`, tags: string[] = []): Highlight {
  return {
    id,
    articleId,
    color: 'yellow',
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    contentHash: '0123456789abcdef',
    tags,
    createdAt: '2024-03-01T10:00:00.000Z',
    updatedAt: '2024-03-01T10:00:00.000Z',
    revision: 1,
  };
}

export function note(id: string, articleId: string, highlightId: string | null, body: string, tags: string[] = []): Note {
  return { id, articleId, highlightId, body, tags, createdAt: '2024-03-01T11:00:00.000Z', updatedAt: '2024-03-01T11:00:00.000Z', revision: 1 };
}
