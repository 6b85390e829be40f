import { describe, expect, it } from 'vitest';
import type { Highlight, Note } from '../../../shared/model';
import { buildNotebookItems } from './notebook-items';
import { notebookRows, sortNotebook } from './notebook-order';

function hl(id: string, articleId: string, start: number, createdAt: string, tags: string[] = []): Highlight {
  const exact = `quote ${id}`;
  return {
    id,
    articleId,
    color: 'yellow',
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    contentHash: 'h',
    tags,
    createdAt,
    updatedAt: createdAt,
    revision: 1,
  };
}
const articleNote = (id: string, articleId: string, createdAt: string, tags: string[] = []): Note => ({
  id, articleId, highlightId: null, body: 'thoughts', tags, createdAt, updatedAt: createdAt, revision: 1,
});

const titles = new Map([
  ['a', 'Zagros notes'],
  ['b', 'Basra roadblocks'],
]);
// a: h1 at 500 (Mar 1), h2 at 10 (Mar 5), article note (Mar 3); b: h3 at 40 (Mar 4), h4 at 5 (Mar 2).
const items = buildNotebookItems(
  [
    hl('h1', 'a', 500, '2024-03-01T00:00:00.000Z', ['Iraq', 'militias']),
    hl('h2', 'a', 10, '2024-03-05T00:00:00.000Z'),
    hl('h3', 'b', 40, '2024-03-04T00:00:00.000Z', ['iraq']),
    hl('h4', 'b', 5, '2024-03-02T00:00:00.000Z', ['C++']),
  ],
  [articleNote('n1', 'a', '2024-03-03T00:00:00.000Z')],
  titles,
);
const keys = (list: readonly { key: string }[]) => list.map((i) => i.key);

describe('sortNotebook', () => {
  it('sorts newest first, oldest first, by article title, and by position in the article', () => {
    expect(keys(sortNotebook(items, 'newest'))).toEqual(['hl:h2', 'hl:h3', 'note:n1', 'hl:h4', 'hl:h1']);
    expect(keys(sortNotebook(items, 'oldest'))).toEqual(['hl:h1', 'hl:h4', 'note:n1', 'hl:h3', 'hl:h2']);
    // Basra before Zagros; within an article, newest first.
    expect(keys(sortNotebook(items, 'title'))).toEqual(['hl:h3', 'hl:h4', 'hl:h2', 'note:n1', 'hl:h1']);
    // Within an article in reading order, the article note first.
    expect(keys(sortNotebook(items, 'position'))).toEqual(['hl:h4', 'hl:h3', 'note:n1', 'hl:h2', 'hl:h1']);
  });
});

describe('notebookRows', () => {
  it('without grouping is the sorted list, no headings', () => {
    const rows = notebookRows(items, 'none', 'newest');
    expect(rows.map((r) => r.item.key)).toEqual(keys(sortNotebook(items, 'newest')));
    expect(rows.every((r) => r.startsGroup === null && r.group === null)).toBe(true);
  });

  it('by article: one heading per article, on its first row, articles in the order the sort first meets them', () => {
    const rows = notebookRows(items, 'article', 'newest');
    expect(rows.map((r) => r.item.key)).toEqual(['hl:h2', 'note:n1', 'hl:h1', 'hl:h3', 'hl:h4']);
    const heads = rows.filter((r) => r.startsGroup).map((r) => [r.startsGroup!.label, r.startsGroup!.count]);
    expect(heads).toEqual([
      ['Zagros notes', 3],
      ['Basra roadblocks', 2],
    ]);
    expect(rows.map((r) => r.group?.key)).toEqual(['article:a', 'article:a', 'article:a', 'article:b', 'article:b']);
  });

  it('by article in reading order', () => {
    expect(notebookRows(items, 'article', 'position').map((r) => r.item.key)).toEqual(['hl:h4', 'hl:h3', 'note:n1', 'hl:h2', 'hl:h1']);
  });

  it('by tag: an item under each of its tags (one group per tag by the tag rule), alphabetical, untagged last; row keys stay unique', () => {
    const rows = notebookRows(items, 'tag', 'oldest');
    const heads = rows.filter((r) => r.startsGroup).map((r) => `${r.startsGroup!.label} (${r.startsGroup!.count})`);
    // "Iraq" and "iraq" are one tag (first spelling kept); C++ stays as typed.
    expect(heads).toEqual(['C++ (1)', 'Iraq (2)', 'militias (1)', 'No tag (2)']);
    expect(rows.map((r) => r.item.key)).toEqual(['hl:h4', 'hl:h1', 'hl:h3', 'hl:h1', 'note:n1', 'hl:h2']);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
});
