import { describe, expect, it } from 'vitest';
import type { Highlight, Note } from '../../../shared/model';
import { buildNotebookItems } from './notebook-items';
import { selectedRecords } from './use-notebook-selection';

const h: Highlight = {
  id: 'h1',
  articleId: 'a',
  color: 'green',
  quote: { type: 'TextQuoteSelector', exact: 'quote', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 5 },
  contentHash: 'x',
  tags: [],
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  revision: 1,
};
const notes: Note[] = [
  { id: 'n1', articleId: 'a', highlightId: 'h1', body: 'on h1', tags: [], createdAt: h.createdAt, updatedAt: h.createdAt, revision: 1 },
  { id: 'n2', articleId: 'a', highlightId: null, body: 'article', tags: [], createdAt: h.createdAt, updatedAt: h.createdAt, revision: 1 },
];

describe('selectedRecords', () => {
  const items = buildNotebookItems([h], notes, new Map([['a', 'A']]));
  it('splits the selection into highlight ids and article-note ids', () => {
    expect(selectedRecords(items, new Set(['hl:h1', 'note:n2']))).toMatchObject({ highlightIds: ['h1'], noteIds: ['n2'] });
    expect(selectedRecords(items, new Set(['hl:h1'])).noteIds).toEqual([]);
    expect(selectedRecords(items, new Set(['hl:gone'])).items).toEqual([]);
  });
});
